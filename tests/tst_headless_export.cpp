// `ftroi --export-chart` end to end: the real app writes an image of the
// asked size without a window, and refuses bad arguments with exit code 2.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

int runApp(const QStringList &args, QString *err = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the export must not need a display by itself
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FTROI_APP_PATH), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// "Customer support on GPT-4o" -> "customer-support-on-gpt-4o", as the contract names export files.
QString slug(const QString &name)
{
    QString s = name.toLower();
    for (QChar &c : s)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            c = QLatin1Char('-');
    s.replace(QRegularExpression(QStringLiteral("-+")), QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    s = s.left(60); // file names stay short
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

// The scenario names of a document, read here from its JSON.
QStringList scenarioNames(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    const QJsonArray scenarios = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("scenarios")).toArray();
    for (const QJsonValue &v : scenarios)
        names.append(v.toObject().value(QStringLiteral("name")).toString());
    return names;
}

// Mean absolute difference of two images of the same size, 0..255.
double meanDifference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            sum += (std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) + std::abs(p.blue() - q.blue())) / 3.0;
        }
    return sum / (double(a.width()) * a.height());
}

} // namespace

class TestHeadlessExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheRequestedImage_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QSize>("size");
        QTest::newRow("break-even 1280x720") << QStringLiteral("break-even") << QStringLiteral("1") << QSize(1280, 720);
        QTest::newRow("cashflow by name") << QStringLiteral("cashflow")
                                         << QStringLiteral("Customer support on GPT-4o vs 7B LoRA on 4x A10G") << QSize(800, 600);
        QTest::newRow("breakdown 1920x1080") << QStringLiteral("breakdown") << QStringLiteral("5") << QSize(1920, 1080);
        QTest::newRow("tornado 1920x1080") << QStringLiteral("tornado") << QStringLiteral("1") << QSize(1920, 1080);
        QTest::newRow("heatmap 1366x768") << QStringLiteral("heatmap") << QStringLiteral("2") << QSize(1366, 768);
        QTest::newRow("levers 1920x1080") << QStringLiteral("levers") << QStringLiteral("1") << QSize(1920, 1080);
    }

    void writesTheRequestedImage()
    {
        QFETCH(QString, chart);
        QFETCH(QString, scenario);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("chart.png"));
        QString err;
        const int code = runApp({QStringLiteral("--export-chart"), testsupport::dataPath(QStringLiteral("seed-examples.ftroi")),
                                 QStringLiteral("--scenario"), scenario, QStringLiteral("--chart"), chart,
                                 QStringLiteral("--size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                                 QStringLiteral("--out"), out},
                                &err);
        QVERIFY2(code == 0, qPrintable(err));
        const QImage image(out);
        QCOMPARE(image.size(), size);
        int inked = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                inked += image.pixelColor(x, y) != QColor(Qt::white);
        QVERIFY2(inked > (image.width() / 4) * (image.height() / 4) / 50, "the image is not blank");
    }

    // --scenario all --chart all: one file per scenario and chart, <slug>-<chart>.png.
    void everyScenarioAndChart()
    {
        QTemporaryDir dir;
        const QString document = testsupport::dataPath(QStringLiteral("seed-examples.ftroi"));
        const QString out = dir.filePath(QStringLiteral("deck")) + QLatin1Char('/');
        QString err;
        const int code = runApp({QStringLiteral("--export-chart"), document, QStringLiteral("--scenario"), QStringLiteral("all"),
                                 QStringLiteral("--chart"), QStringLiteral("all"), QStringLiteral("--size"),
                                 QStringLiteral("480x270"), QStringLiteral("--out"), out},
                                &err);
        QVERIFY2(code == 0, qPrintable(err));
        const QStringList names = scenarioNames(document);
        QVERIFY(names.size() >= 2);
        const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        // The same chart names after every scenario's slug, and nothing else.
        QSet<QString> kinds;
        for (const QString &name : names) {
            QSet<QString> mine;
            for (const QString &file : files)
                if (file.startsWith(slug(name) + QLatin1Char('-')) && file.endsWith(QLatin1String(".png")))
                    mine.insert(file.mid(slug(name).size() + 1).chopped(4));
            if (kinds.isEmpty())
                kinds = mine;
            QCOMPARE(mine, kinds);
        }
        for (const char *kind : {"break-even", "cashflow", "breakdown", "levers", "tornado", "heatmap"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        QCOMPARE(files.size(), int(names.size() * kinds.size()));
        for (const QString &file : files)
            QCOMPARE(QImage(QDir(out).filePath(file)).size(), QSize(480, 270));
        // No scenario there has uncertainty ranges: no empty Uncertainty slide, and it says so.
        QVERIFY(!kinds.contains(QLatin1String("distribution")));
        QVERIFY(err.contains(QLatin1String("no uncertainty ranges")));

        // A scenario with ranges gets its distribution chart.
        const QString ranged = testsupport::dataPath(QStringLiteral("uncertainty.ftroi"));
        const QString deck2 = dir.filePath(QStringLiteral("deck2")) + QLatin1Char('/');
        QCOMPARE(runApp({QStringLiteral("--export-chart"), ranged, QStringLiteral("--chart"), QStringLiteral("all"),
                         QStringLiteral("--size"), QStringLiteral("480x270"), QStringLiteral("--out"), deck2},
                        &err),
                 0);
        QVERIFY(QFileInfo::exists(deck2 + slug(scenarioNames(ranged).value(0)) + QStringLiteral("-distribution.png")));
    }

    // One scenario, every chart; and one chart into a folder gets its proposed name.
    void oneValueStillWorks()
    {
        QTemporaryDir dir;
        const QString document = testsupport::dataPath(QStringLiteral("seed-examples.ftroi"));
        const QString first = scenarioNames(document).value(0);
        QString err;
        QCOMPARE(runApp({QStringLiteral("--export-chart"), document, QStringLiteral("--scenario"), QStringLiteral("1"),
                         QStringLiteral("--chart"), QStringLiteral("breakdown"), QStringLiteral("--size"),
                         QStringLiteral("480x270"), QStringLiteral("--out"), dir.path() + QLatin1Char('/')},
                        &err),
                 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{slug(first) + QStringLiteral("-breakdown.png")});
    }

    // --scale 2: twice the pixels, the same layout (scaled down, it matches the scale-1 image).
    void scaleTwo()
    {
        QTemporaryDir dir;
        const QString document = testsupport::dataPath(QStringLiteral("seed-examples.ftroi"));
        QString err;
        const QStringList common{QStringLiteral("--export-chart"), document, QStringLiteral("--chart"),
                                 QStringLiteral("break-even"), QStringLiteral("--size"), QStringLiteral("800x450")};
        QCOMPARE(runApp(common + QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("one.png"))}, &err), 0);
        QCOMPARE(runApp(common + QStringList{QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("--out"),
                                             dir.filePath(QStringLiteral("two.png"))},
                        &err),
                 0);
        const QImage one(dir.filePath(QStringLiteral("one.png")));
        const QImage two(dir.filePath(QStringLiteral("two.png")));
        QCOMPARE(one.size(), QSize(800, 450));
        QCOMPARE(two.size(), QSize(1600, 900));
        const QImage down = two.scaled(one.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                .convertToFormat(one.format());
        const double difference = meanDifference(one, down);
        QVERIFY2(difference < 6, qPrintable(QString::number(difference)));
        // Another layout (a different size) differs much more.
        QCOMPARE(runApp({QStringLiteral("--export-chart"), document, QStringLiteral("--chart"), QStringLiteral("cashflow"),
                         QStringLiteral("--size"), QStringLiteral("800x450"), QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("other.png"))},
                        &err),
                 0);
        QVERIFY(meanDifference(one, QImage(dir.filePath(QStringLiteral("other.png"))).convertToFormat(one.format())) >
                difference * 2);
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("scenario 0") << QStringList{QStringLiteral("--scenario"), QStringLiteral("0")};
        QTest::newRow("unknown name") << QStringList{QStringLiteral("--scenario"), QStringLiteral("No such scenario")};
        QTest::newRow("bad chart") << QStringList{QStringLiteral("--chart"), QStringLiteral("pie")};
        QTest::newRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")};
        QTest::newRow("bad scale") << QStringList{QStringLiteral("--scale"), QStringLiteral("0.5")};
        QTest::newRow("scale not a number") << QStringList{QStringLiteral("--scale"), QStringLiteral("two")};
        QTest::newRow("bad metric") << QStringList{QStringLiteral("--chart"), QStringLiteral("tornado"), QStringLiteral("--metric"),
                                                   QStringLiteral("profit")};
        QTest::newRow("unknown input") << QStringList{QStringLiteral("--chart"), QStringLiteral("heatmap"), QStringLiteral("--x"),
                                                      QStringLiteral("workload.nothing")};
        QTest::newRow("same input twice") << QStringList{QStringLiteral("--chart"), QStringLiteral("heatmap"), QStringLiteral("--x"),
                                                         QStringLiteral("review_cost"), QStringLiteral("--y"),
                                                         QStringLiteral("review_cost")};
    }

    // --metric and --x/--y choose what the Sensitivity and Two-way charts show, as their tabs do:
    // the SVG's title is the chart's heading.
    void metricAndAxesAsTheTabs()
    {
        QTemporaryDir dir;
        const QString document = testsupport::dataPath(QStringLiteral("seed-examples.ftroi"));
        const QString tornado = dir.filePath(QStringLiteral("tornado.svg"));
        QCOMPARE(runApp({QStringLiteral("--export-chart"), document, QStringLiteral("--chart"), QStringLiteral("tornado"),
                         QStringLiteral("--metric"), QStringLiteral("npv"), QStringLiteral("--out"), tornado}),
                 0);
        const QByteArray tornadoSvg = testsupport::readFile(tornado);
        const QByteArray tornadoTitle = tornadoSvg.mid(tornadoSvg.indexOf("<title>"), 200);
        QVERIFY2(tornadoTitle.contains("NPV"), tornadoTitle.constData());
        const QString heatmap = dir.filePath(QStringLiteral("heatmap.svg"));
        QCOMPARE(runApp({QStringLiteral("--export-chart"), document, QStringLiteral("--chart"), QStringLiteral("heatmap"),
                         QStringLiteral("--metric"), QStringLiteral("npv"), QStringLiteral("--x"),
                         QStringLiteral("self_hosted.instance_cost_per_hour"), QStringLiteral("--y"),
                         QStringLiteral("workload.requests_per_day"), QStringLiteral("--out"), heatmap}),
                 0);
        const QByteArray heatmapSvg = testsupport::readFile(heatmap);
        const QByteArray heatmapTitle = heatmapSvg.mid(heatmapSvg.indexOf("<title>"), 200);
        QVERIFY2(heatmapTitle.contains("NPV by instance price and daily requests"), heatmapTitle.constData());
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        QString err;
        const QStringList args = QStringList{QStringLiteral("--export-chart"), testsupport::dataPath(QStringLiteral("seed-examples.ftroi")),
                                             QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png"))}
            + extra;
        QCOMPARE(runApp(args, &err), 2);
        QVERIFY(!err.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }

    void refusedDocumentExitsTwo()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.ftroi"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"ftroi\", \"version\": 1, \"scenarios\": [{}]}");
        f.close();
        QString err;
        QCOMPARE(runApp({QStringLiteral("--export-chart"), bad, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png"))}, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("scenarios[0].name: required key is missing")), qPrintable(err));
    }

    void versionWithoutDisplay()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FTROI_APP_PATH), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("ftroi " FTROI_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestHeadlessExport)
#include "tst_headless_export.moc"
