// Chart export: chart kinds by name, edge cases that never reach Qt Charts
// as NaN or infinity, renders of the requested size that are not blank, PNG
// and SVG files, refused paths and the clipboard.
//
// FTROI_CHART_DUMP_DIR=/some/folder also writes the seed example charts
// there as 1920x1080 PNGs (dumpSeedCharts) for a visual check.
#include "chartsupport.h"
#include "core/engine/costengine.h"
#include "core/io/documentformat.h"
#include "testsupport.h"
#include "ui/export/chartexport.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QScopeGuard>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ftroi;
using namespace chartsupport;

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void kindNames();
    void edgeCasesStayFinite_data();
    void edgeCasesStayFinite();
    void renderSize_data();
    void renderSize();
    void renderTransparent();
    void writePng();
    void writePngMissingFolder();
    void writeSvg();
    void copyToClipboard();
    void dumpSeedCharts();
};

void TestChartExport::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestChartExport::kindNames()
{
    for (ChartKind kind : {ChartKind::BreakEven, ChartKind::CashFlow, ChartKind::Breakdown, ChartKind::Levers})
        QCOMPARE(chartKindFromName(chartKindName(kind)), std::optional<ChartKind>(kind));
    QCOMPARE(chartKindFromName(QStringLiteral("break-even")), std::optional<ChartKind>(ChartKind::BreakEven));
    QCOMPARE(chartKindFromName(QStringLiteral("cashflow")), std::optional<ChartKind>(ChartKind::CashFlow));
    QCOMPARE(chartKindFromName(QStringLiteral("breakdown")), std::optional<ChartKind>(ChartKind::Breakdown));
    QVERIFY(!chartKindFromName(QStringLiteral("pie")));
    QVERIFY(!chartKindFromName(QString()));
}

void TestChartExport::edgeCasesStayFinite_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<bool>("poison"); // also put NaN and infinity into the result

    const Scenario base = testsupport::baseScenario();
    QTest::newRow("base") << base << false;
    Scenario s = base;
    s.workload.requestsPerDay = 0;
    QTest::newRow("zero requests") << s << false;
    s = base;
    s.api.inputPricePer1M = s.api.outputPricePer1M = 0;
    QTest::newRow("zero prices") << s << false;
    s = autoSizedScenario();
    s.api.inputPricePer1M = s.api.outputPricePer1M = 0;
    QTest::newRow("zero prices, auto") << s << false;
    s = base;
    s.workload.requestsPerDay = 1e13 / 700;
    QTest::newRow("1e13 tokens/day") << s << false;
    s = autoSizedScenario();
    s.workload.requestsPerDay = 1e13 / 700;
    QTest::newRow("1e13 tokens/day, auto") << s << false;
    s = base;
    s.workload.inputTokensPerRequest = s.workload.outputTokensPerRequest = 0;
    QTest::newRow("no tokens per request") << s << false;
    s = base;
    s.selfHosted.instanceCostPerHour = 0;
    s.project = Project();
    s.reviewCost = 0;
    QTest::newRow("self-hosting free") << s << false;
    s = autoSizedScenario();
    s.selfHosted.throughputTokensPerS = 1e-6;
    QTest::newRow("tiny throughput, auto") << s << false;
    s = base;
    s.workload = {1e15, 1e15, 1e15};
    s.api.inputPricePer1M = s.api.outputPricePer1M = 1e15;
    QTest::newRow("huge") << s << false;
    s = base;
    s.project.lifetimeMonths = 0;
    QTest::newRow("zero lifetime") << s << false;
    QTest::newRow("poisoned result") << base << true;
}

void TestChartExport::edgeCasesStayFinite()
{
    QFETCH(Scenario, scenario);
    QFETCH(bool, poison);
    ScenarioResult r = evaluate(scenario);
    if (poison) {
        r.monthlyApiCost = qQNaN();
        r.monthlyFtTotal = qInf();
        r.monthlyServingCost = -qInf();
        r.monthlyQualityCostDelta = qQNaN();
        r.monthlySavingsBeforeAmortization = qQNaN();
        r.totalProjectCost = qInf();
        r.currentDailyTokens = qQNaN();
        r.paybackMonths = qQNaN();
        r.breakEvenAllInTokensPerDay = qInf();
    }
    for (ChartKind kind : {ChartKind::BreakEven, ChartKind::CashFlow, ChartKind::Breakdown, ChartKind::Levers}) {
        const std::unique_ptr<ScenarioChartView> view = createChartView(kind);
        view->setScenario(scenario, r, kUsd);
        const QString problem = firstNonFinite(*view);
        QVERIFY2(problem.isEmpty(), qPrintable(chartKindName(kind) + QStringLiteral(": ") + problem));
        QVERIFY(!view->shownHeading().isEmpty());
        const QImage image = renderChartImage(kind, scenario, r, kUsd, QSize(480, 270), false);
        QCOMPARE(image.size(), QSize(480, 270));
    }
}

void TestChartExport::renderSize_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<QSize>("size");
    for (ChartKind kind : {ChartKind::BreakEven, ChartKind::CashFlow, ChartKind::Breakdown, ChartKind::Levers}) {
        for (const QSize &size : {QSize(1920, 1080), QSize(640, 360), QSize(3840, 2160)}) {
            QTest::addRow("%s %dx%d", qPrintable(chartKindName(kind)), size.width(), size.height()) << kind << size;
        }
    }
}

void TestChartExport::renderSize()
{
    QFETCH(ChartKind, kind);
    QFETCH(QSize, size);
    const Scenario s = payingScenario();
    const QImage image = renderChartImage(kind, s, evaluate(s), kUsd, size, false);
    QCOMPARE(image.size(), size);
    QCOMPARE(image.format(), QImage::Format_ARGB32_Premultiplied);
    const double inked = nonWhiteFraction(image);
    QVERIFY2(inked > 0.02, qPrintable(QString::number(inked)));
    QVERIFY2(inked < 0.6, qPrintable(QString::number(inked)));
    QVERIFY(distinctColours(image) > 20);
    // White background: the corners are white.
    QCOMPARE(image.pixel(0, 0), qRgb(255, 255, 255));
    QCOMPARE(image.pixel(size.width() - 1, size.height() - 1), qRgb(255, 255, 255));
}

void TestChartExport::renderTransparent()
{
    const Scenario s = payingScenario();
    for (ChartKind kind : {ChartKind::BreakEven, ChartKind::CashFlow, ChartKind::Breakdown, ChartKind::Levers}) {
        const QImage image = renderChartImage(kind, s, evaluate(s), kUsd, QSize(960, 540), true);
        QCOMPARE(image.size(), QSize(960, 540));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        qint64 clear = 0;
        qint64 opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const int alpha = qAlpha(image.pixel(x, y));
                clear += alpha == 0;
                opaque += alpha == 255;
            }
        const double total = double(image.width()) * image.height();
        QVERIFY2(clear / total > 0.4, qPrintable(chartKindName(kind)));
        QVERIFY2(opaque / total > 0.01, qPrintable(chartKindName(kind)));
    }
}

void TestChartExport::writePng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Scenario s = payingScenario();
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(writeChartPng(ChartKind::BreakEven, s, evaluate(s), kUsd, QSize(1280, 720), false, path, &error),
             qPrintable(error));
    QVERIFY(error.isEmpty());
    const QImage loaded(path);
    QCOMPARE(loaded.size(), QSize(1280, 720));
    QVERIFY(nonWhiteFraction(loaded.convertToFormat(QImage::Format_ARGB32)) > 0.02);
}

void TestChartExport::writePngMissingFolder()
{
    QTemporaryDir dir;
    const Scenario s = payingScenario();
    const QString path = dir.filePath(QStringLiteral("missing/folder/chart.png"));
    QString error;
    QVERIFY(!writeChartPng(ChartKind::CashFlow, s, evaluate(s), kUsd, QSize(640, 360), false, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    error.clear();
    QVERIFY(!writeChartSvg(ChartKind::CashFlow, s, evaluate(s), kUsd, QSize(640, 360), false, path, &error));
    QVERIFY(!error.isEmpty());

    // A folder where the file should be.
    error.clear();
    QVERIFY(!writeChartPng(ChartKind::CashFlow, s, evaluate(s), kUsd, QSize(640, 360), false, dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
}

void TestChartExport::writeSvg()
{
    QTemporaryDir dir;
    const Scenario s = payingScenario();
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(writeChartSvg(ChartKind::Breakdown, s, evaluate(s), kUsd, QSize(1920, 1080), false, path, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.startsWith("<?xml"));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("viewBox=\"0 0 1920 1080\""));
    QVERIFY(svg.contains("Self-hosted"));

    // It draws the chart, not an empty page.
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QImage image(960, 540, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    QVERIFY(nonWhiteFraction(image) > 0.02);
    if (!qEnvironmentVariableIsEmpty("FTROI_CHART_DUMP_DIR"))
        image.save(qEnvironmentVariable("FTROI_CHART_DUMP_DIR") + QStringLiteral("/svg-breakdown.png"));
}

void TestChartExport::copyToClipboard()
{
    const Scenario s = payingScenario();
    copyChartToClipboard(ChartKind::Breakdown, s, evaluate(s), kUsd, QSize(800, 450), false);
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(800, 450));
}

void TestChartExport::dumpSeedCharts()
{
    const QString folder = qEnvironmentVariable("FTROI_CHART_DUMP_DIR");
    if (folder.isEmpty())
        QSKIP("set FTROI_CHART_DUMP_DIR to write the seed charts as PNGs");
    // As a user in the US sees them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    const ScenarioDocument seed = seedDocument();
    for (int i = 0; i < seed.scenarios.size(); ++i) {
        const Scenario &s = seed.scenarios.at(i);
        for (ChartKind kind : {ChartKind::BreakEven, ChartKind::CashFlow, ChartKind::Breakdown, ChartKind::Levers}) {
            for (const QSize &size : {QSize(1920, 1080), QSize(640, 360)}) {
                const QString path =
                    QStringLiteral("%1/charts-%2-%3%4.png")
                        .arg(folder)
                        .arg(i)
                        .arg(chartKindName(kind), size.width() < 1920 ? QStringLiteral("-small") : QString());
                QString error;
                QVERIFY2(writeChartPng(kind, s, evaluate(s), seed.currency, size, false, path, &error),
                         qPrintable(error));
            }
        }
    }
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
