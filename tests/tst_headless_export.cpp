// `ftroi --export-chart` end to end: the real app writes an image of the
// asked size without a window, and refuses bad arguments with exit code 2.
#include "testsupport.h"

#include <QImage>
#include <QProcess>
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

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("scenario 0") << QStringList{QStringLiteral("--scenario"), QStringLiteral("0")};
        QTest::newRow("unknown name") << QStringList{QStringLiteral("--scenario"), QStringLiteral("No such scenario")};
        QTest::newRow("bad chart") << QStringList{QStringLiteral("--chart"), QStringLiteral("pie")};
        QTest::newRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")};
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
