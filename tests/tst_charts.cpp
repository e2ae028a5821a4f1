// Tests of the chart views and chart export: the series hold the engine's
// numbers, edge cases never reach Qt Charts as NaN/infinity, renders and
// exports have the requested size and are not blank.
//
// FTROI_CHART_DUMP_DIR=/some/folder also writes the seed example charts
// there as 1920x1080 PNGs (dumpSeedCharts) for a visual check.
#include "ui/charts/breakdownchart.h"
#include "ui/charts/breakevenchart.h"
#include "ui/charts/cashflowchart.h"
#include "ui/charts/chartcallout.h"
#include "ui/export/chartexport.h"
#include "ui/charts/chartstyle.h"
#include "ui/export/exportchartdialog.h"
#include "core/engine/costengine.h"
#include "core/engine/curves.h"
#include "core/io/documentformat.h"
#include "core/text/format.h"
#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSet>
#include <QStackedBarSeries>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>
#include <utility>

using namespace ftroi;

namespace {

const QString kUsd = QStringLiteral("USD");

Scenario autoSizedScenario()
{
    Scenario s = testsupport::baseScenario();
    s.selfHosted.fixedInstances.reset();
    return s;
}

// A scenario that pays back: the seed's worked example with equal review rates.
Scenario payingScenario()
{
    Scenario s = testsupport::baseScenario();
    s.selfHosted.reviewRate = s.api.reviewRate;
    return s;
}

ScenarioDocument seedDocument()
{
    const ReadResult read =
        readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
    if (!read.document)
        qFatal("seed examples: %s", qPrintable(read.error));
    return *read.document;
}

bool sameValue(double actual, double expected)
{
    return testsupport::closeRel(actual, expected, 1e-9) || std::abs(actual - expected) < 1e-9;
}

// Every number Qt Charts was given in `view`'s series and axes.
QString firstNonFinite(const ScenarioChartView &view)
{
    const QList<QAbstractSeries *> series = view.chart()->series();
    for (QAbstractSeries *s : series) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            for (const QPointF &p : xy->points())
                if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                    return QStringLiteral("series \"%1\" has (%2, %3)").arg(s->name()).arg(p.x()).arg(p.y());
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    if (!std::isfinite(set->at(i)))
                        return QStringLiteral("bar set \"%1\" has %2").arg(set->label()).arg(set->at(i));
        }
    }
    for (QAbstractAxis *axis : view.chart()->axes()) {
        if (auto *value = qobject_cast<QValueAxis *>(axis)) {
            if (!std::isfinite(value->min()) || !std::isfinite(value->max()) || !(value->max() > value->min()))
                return QStringLiteral("axis \"%1\" range %2..%3")
                    .arg(axis->titleText())
                    .arg(value->min())
                    .arg(value->max());
        } else if (auto *log = qobject_cast<QLogValueAxis *>(axis)) {
            if (!(log->min() > 0) || !std::isfinite(log->max()) || !(log->max() > log->min()))
                return QStringLiteral("log axis range %1..%2").arg(log->min()).arg(log->max());
        }
    }
    return QString();
}

// How far up the log cost axis `y` sits: 0 at the bottom, 1 at the top.
double logAxisFraction(const BreakEvenChart &chart, double y)
{
    const double lo = std::log10(chart.costMin());
    return (std::log10(y) - lo) / (std::log10(chart.costMax()) - lo);
}

// Negative self-hosted costs at high volume: fewer reviews save more than the fleet costs.
// The self-hosted model needs no reviews, the API many: the old review-cost
// delta made the self-hosted line negative; its whole cost never is.
Scenario negativeCostScenario()
{
    Scenario s = testsupport::baseScenario();
    s.selfHosted.reviewRate = 0;
    s.api.reviewRate = 0.1;
    s.reviewCost = 5;
    return s;
}

// Nothing costs anything: no cost above zero for a log axis.
Scenario zeroCostScenario()
{
    Scenario s = testsupport::baseScenario();
    s.api.inputPricePer1M = s.api.outputPricePer1M = 0;
    s.api.reviewRate = s.selfHosted.reviewRate = 0;
    s.selfHosted.instanceCostPerHour = 0;
    s.selfHosted.storagePricePerGbMonth = 0;
    s.project.computeCostPerRun = 0;
    s.project.hourlyRate = 0;
    return s;
}

// Each series sits on the volume axis and on the shown cost axis only.
QString wrongAxes(const BreakEvenChart &chart)
{
    const QList<QAbstractSeries *> series = chart.chart()->series();
    for (QAbstractSeries *s : series) {
        const QList<QAbstractAxis *> axes = s->attachedAxes();
        if (axes.size() != 2 || !axes.contains(chart.volumeAxis()) || !axes.contains(chart.activeCostAxis()))
            return QStringLiteral("series \"%1\" has %2 axes").arg(s->name()).arg(axes.size());
    }
    if (!chart.activeCostAxis()->isVisible())
        return QStringLiteral("the cost axis in use is hidden");
    QAbstractAxis *other = chart.isLogCostAxis() ? static_cast<QAbstractAxis *>(chart.costAxis())
                                                 : static_cast<QAbstractAxis *>(chart.logCostAxis());
    if (other->isVisible())
        return QStringLiteral("the unused cost axis is shown");
    return QString();
}

double nonWhiteFraction(const QImage &image)
{
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (line[x] != 0xffffffffu)
                ++count;
    }
    return double(count) / (qint64(image.width()) * image.height());
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void kindNames();
    void niceRanges_data();
    void niceRanges();
    void niceLogRanges_data();
    void niceLogRanges();

    void breakEvenMatchesEngine_data();
    void breakEvenMatchesEngine();
    void breakEvenAutoSizedSteps();
    void breakEvenFollowsScenario();
    void breakEvenRanges_data();
    void breakEvenRanges();
    void breakEvenLabels();
    void volumeAxisLabels();
    void breakEvenLogCostAxis_data();
    void breakEvenLogCostAxis();
    void breakEvenLinearCostAxis();
    void breakEvenHoverText();
    void cashFlowHoverText();
    void breakEvenSwitchesCostAxis();
    void costAxisLabels();

    void edgeCasesStayFinite_data();
    void edgeCasesStayFinite();

    void cashFlowPaysBack();
    void cashFlowDoesNotPayBack();
    void breakdownStacksParts();
    void breakdownLabelsSmallSegments();

    void renderSize_data();
    void renderSize();
    void renderTransparent();
    void writePng();
    void writePngMissingFolder();
    void writeSvg();
    void copyToClipboard();
    void exportDialog();

    void updateIsFast();
    void dumpSeedCharts();
};

void TestCharts::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestCharts::kindNames()
{
    for (ChartKind kind : {ChartKind::BreakEven, ChartKind::CashFlow, ChartKind::Breakdown, ChartKind::Levers})
        QCOMPARE(chartKindFromName(chartKindName(kind)), std::optional<ChartKind>(kind));
    QCOMPARE(chartKindFromName(QStringLiteral("break-even")), std::optional<ChartKind>(ChartKind::BreakEven));
    QCOMPARE(chartKindFromName(QStringLiteral("cashflow")), std::optional<ChartKind>(ChartKind::CashFlow));
    QCOMPARE(chartKindFromName(QStringLiteral("breakdown")), std::optional<ChartKind>(ChartKind::Breakdown));
    QVERIFY(!chartKindFromName(QStringLiteral("pie")));
    QVERIFY(!chartKindFromName(QString()));
}

void TestCharts::niceRanges_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::newRow("zero") << 0.0 << 0.0;
    QTest::newRow("money") << 0.0 << 8250.0;
    QTest::newRow("negative") << -15096.0 << 120000.0;
    QTest::newRow("tiny") << 0.0 << 0.0123;
    QTest::newRow("huge") << 0.0 << 3e29;
    QTest::newRow("nan") << 0.0 << qQNaN();
}

void TestCharts::niceRanges()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    const chartstyle::NiceRange r = chartstyle::niceRange(lo, hi);
    QVERIFY(std::isfinite(r.min) && std::isfinite(r.max) && r.max > r.min);
    if (std::isfinite(hi)) {
        QVERIFY(r.min <= lo);
        QVERIFY(r.max >= hi);
    }
    QVERIFY(r.tickCount >= 2 && r.tickCount <= 12);
    QVERIFY(sameValue(r.min + (r.tickCount - 1) * r.step, r.max));
}

void TestCharts::niceLogRanges_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::newRow("money") << 45.0 << 4.86e6;
    QTest::newRow("powers of ten") << 100.0 << 1e6;
    QTest::newRow("one value") << 1000.0 << 1000.0;
    QTest::newRow("same decade") << 2100.0 << 2900.0;
    QTest::newRow("cents") << 0.0123 << 0.7;
    QTest::newRow("tiny") << 1e-300 << 1e-299;
    QTest::newRow("huge") << 1e29 << 3e305;
}

void TestCharts::niceLogRanges()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    const chartstyle::LogRange r = chartstyle::niceLogRange(lo, hi);
    QVERIFY(std::isfinite(r.min) && std::isfinite(r.max) && r.min > 0 && r.max > r.min);
    if (lo >= 1e-290 && hi <= 1e290) {
        // Room either side of the data.
        QVERIFY2(r.min < lo && r.max > hi, qPrintable(QStringLiteral("%1..%2").arg(r.min).arg(r.max)));
    }
    // Round ends: 1, 2 or 5 x 10^k.
    for (double end : {r.min, r.max}) {
        const double mantissa = end / std::pow(10.0, std::floor(std::log10(end) + 1e-9));
        QVERIFY2(sameValue(mantissa, 1) || sameValue(mantissa, 2) || sameValue(mantissa, 5),
                 qPrintable(QString::number(end)));
    }
    // At least two labelled powers of ten.
    const int powers = int(std::floor(std::log10(r.max) + 1e-9) - std::ceil(std::log10(r.min) - 1e-9)) + 1;
    QVERIFY2(powers >= 2, qPrintable(QStringLiteral("%1..%2").arg(r.min).arg(r.max)));
    // No more than a decade of room at either end.
    if (lo >= 1e-290 && hi <= 1e290)
        QVERIFY(r.min >= lo / 10 && r.max <= hi * 10);

    // Invalid input: the default range.
    for (const auto &[a, b] : {std::pair(0.0, 10.0), std::pair(-5.0, 10.0), std::pair(10.0, 5.0),
                               std::pair(1.0, qInf()), std::pair(qQNaN(), 10.0)}) {
        const chartstyle::LogRange fallback = chartstyle::niceLogRange(a, b);
        QCOMPARE(fallback.min, 1.0);
        QCOMPARE(fallback.max, 10.0);
    }
}

void TestCharts::breakEvenMatchesEngine_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::newRow("fixed fleet") << testsupport::baseScenario();
    QTest::newRow("auto sizing") << autoSizedScenario();
    const ScenarioDocument seed = seedDocument();
    for (int i = 0; i < seed.scenarios.size(); ++i)
        QTest::addRow("seed %d", i) << seed.scenarios.at(i);
}

void TestCharts::breakEvenMatchesEngine()
{
    QFETCH(Scenario, scenario);
    const ScenarioResult r = evaluate(scenario);
    const CostLine line = costLine(scenario, r.monthlyAmortizedProjectCost);
    BreakEvenChart chart;
    chart.setScenario(scenario, r, kUsd);

    // The same points sampleCostCurve gives over the axis range.
    std::vector<CostCurvePoint> expected;
    sampleCostCurve(line, chart.volumeAxis()->min(), chart.volumeAxis()->max(), BreakEvenChart::kSamplePoints,
                    expected);
    const QList<QPointF> api = chart.apiSeries()->points();
    const QList<QPointF> selfHosted = chart.selfHostedSeries()->points();
    QCOMPARE(api.size(), qsizetype(expected.size()));
    QCOMPARE(selfHosted.size(), qsizetype(expected.size()));
    QVERIFY(api.size() >= BreakEvenChart::kSamplePoints);
    // Whole costs: both lines carry the API's own reviews and errors on top of
    // the engine's lines (requests = tokens / tokens per request, 30 days).
    const Workload &w = scenario.workload;
    const double perRequest = w.inputTokensPerRequest + w.outputTokensPerRequest;
    const auto apiQuality = [&](double tokens) {
        return perRequest > 0 ? tokens / perRequest * 30 *
                                    (scenario.api.reviewRate * scenario.reviewCost + scenario.api.errorRate * scenario.costPerError)
                              : 0.0;
    };
    const auto shown = [&](double cost) { return chart.isLogCostAxis() ? std::max(cost, chart.costMin()) : cost; };
    for (size_t i = 0; i < expected.size(); ++i) {
        const QPointF &a = api.at(qsizetype(i));
        const QPointF &s = selfHosted.at(qsizetype(i));
        const double q = apiQuality(expected[i].tokensPerDay);
        QCOMPARE(a.x(), expected[i].tokensPerDay);
        QVERIFY(sameValue(a.y(), shown(expected[i].apiMonthly + q)));
        QVERIFY(sameValue(s.y(), shown(expected[i].selfHostedMonthly + q)));
        // ... which are the engine's cost lines (the upper side of a fleet step has one instance more).
        QVERIFY2(sameValue(a.y(), shown(line.apiCostAt(a.x()) + q)), qPrintable(QString::number(a.x())));
        const double allIn = line.selfHostedAllInAt(s.x()) + q;
        QVERIFY2(sameValue(s.y(), shown(allIn)) || sameValue(s.y(), shown(allIn + line.servingPerInstance)),
                 qPrintable(QStringLiteral("at %1: %2 vs %3").arg(s.x()).arg(s.y()).arg(allIn)));
    }
    QCOMPARE(chart.chart()->series().size(), 7); // API, self-hosted, managed, today (line, points), two break-evens
    QCOMPARE(chart.managedSeries()->count(), 0); // no managed path here
    QVERIFY(firstNonFinite(chart).isEmpty());
    const QString axes = wrongAxes(chart);
    QVERIFY2(axes.isEmpty(), qPrintable(axes));
}

void TestCharts::breakEvenAutoSizedSteps()
{
    const Scenario fixed = testsupport::baseScenario();
    const Scenario autoSized = autoSizedScenario();
    const auto stepCount = [](const Scenario &s) {
        BreakEvenChart chart;
        chart.setScenario(s, evaluate(s), kUsd);
        const QList<QPointF> points = chart.selfHostedSeries()->points();
        int steps = 0;
        for (qsizetype i = 1; i < points.size(); ++i)
            if (points[i].x() == points[i - 1].x() && points[i].y() != points[i - 1].y())
                ++steps;
        return steps;
    };
    QCOMPARE(stepCount(fixed), 0);
    QVERIFY(stepCount(autoSized) >= 2);
}

void TestCharts::breakEvenFollowsScenario()
{
    Scenario s = testsupport::baseScenario();
    BreakEvenChart chart;
    const QList<QAbstractSeries *> seriesBefore = chart.chart()->series();
    QList<QPointF> apiBefore;
    for (double requests : {50000.0, 80000.0, 2000.0}) {
        s.workload.requestsPerDay = requests;
        const ScenarioResult r = evaluate(s);
        chart.setScenario(s, r, kUsd);
        const QList<QPointF> today = chart.todayPoints()->points();
        QCOMPARE(today.size(), 2);
        // Whole costs: the API bill plus its reviews; the self-hosted TCO.
        QCOMPARE(today[0], QPointF(r.currentDailyTokens, r.monthlyApiCost + r.monthlyApiQualityCost));
        QCOMPARE(today[1], QPointF(r.currentDailyTokens, r.selfHostedMonthlyTco));
        const QList<QPointF> line = chart.todayLine()->points();
        QCOMPARE(line.size(), 2);
        QCOMPARE(line[0].x(), r.currentDailyTokens);
        QCOMPARE(line[0].y(), chart.costMin());
        QCOMPARE(line[1].y(), chart.costMax());
        QCOMPARE(chart.todayText(), QStringLiteral("Today ") + formatTokensPerDay(QLocale(), r.currentDailyTokens));
        // The volume axis spans whole decades, so it holds still during a drag.
        QCOMPARE(std::log10(chart.volumeAxis()->min()), std::round(std::log10(chart.volumeAxis()->min())));
        QCOMPARE(std::log10(chart.volumeAxis()->max()), std::round(std::log10(chart.volumeAxis()->max())));
        if (!apiBefore.isEmpty() && chart.apiSeries()->points().first() == apiBefore.first())
            QCOMPARE(chart.apiSeries()->points(), apiBefore); // same range: the same line
        apiBefore = chart.apiSeries()->points();
    }
    // Updates reuse the series and axes: the volume axis and both cost axes.
    QCOMPARE(chart.chart()->series(), seriesBefore);
    QCOMPARE(chart.chart()->axes().size(), 3);
}

void TestCharts::breakEvenRanges_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::newRow("fixed fleet") << testsupport::baseScenario();
    QTest::newRow("auto sizing") << autoSizedScenario();
    QTest::newRow("pays back") << payingScenario();
    Scenario big = testsupport::baseScenario();
    big.workload.requestsPerDay = 1e13 / 700;
    QTest::newRow("1e13 tokens/day") << big;
    Scenario small = payingScenario();
    small.workload.requestsPerDay = 1;
    QTest::newRow("one request a day") << small;
    Scenario idle = payingScenario();
    idle.workload.requestsPerDay = 0;
    QTest::newRow("no requests") << idle;
    const ScenarioDocument seed = seedDocument();
    for (int i = 0; i < seed.scenarios.size(); ++i)
        QTest::addRow("seed %d", i) << seed.scenarios.at(i);
}

void TestCharts::breakEvenRanges()
{
    QFETCH(Scenario, scenario);
    const ScenarioResult r = evaluate(scenario);
    BreakEvenChart chart;
    chart.setScenario(scenario, r, kUsd);
    const QLogValueAxis *x = chart.volumeAxis();
    QVERIFY(x->min() >= 1e3 && x->max() <= 1e14 && x->max() >= 100 * x->min());
    if (r.currentDailyTokens >= 1e3 && r.currentDailyTokens <= 1e14) {
        QVERIFY(x->min() <= r.currentDailyTokens && r.currentDailyTokens <= x->max());
        QCOMPARE(chart.todayPoints()->count(), 2);
    } else if (r.currentDailyTokens > 0) {
        // Outside the drawn volumes (clamped to 1e3..1e14): no marker.
        QCOMPARE(chart.todayPoints()->count(), 0);
        QCOMPARE(chart.todayLine()->count(), 0);
    } else {
        QVERIFY(x->min() <= 1e4 && x->max() >= 1e10);
        QCOMPARE(chart.todayPoints()->count(), 0);
        QCOMPARE(chart.todayLine()->count(), 0);
    }
    if (r.breakEvenAllInTokensPerDay && *r.breakEvenAllInTokensPerDay > 0) {
        const double be = *r.breakEvenAllInTokensPerDay;
        QVERIFY(x->min() <= be && be <= x->max());
        QCOMPARE(chart.breakEvenPoint()->count(), 1);
        QCOMPARE(chart.breakEvenPoint()->at(0).x(), be);
    }
    // A log cost axis exactly when every plotted cost is above zero; a linear one reaches zero.
    const QList<QXYSeries *> shown = {chart.apiSeries(), chart.selfHostedSeries(), chart.todayPoints(),
                                      chart.breakEvenPoint()};
    double lowest = qInf();
    for (const QXYSeries *series : shown) {
        for (const QPointF &p : series->points()) {
            QVERIFY2(chart.costMin() <= p.y() && p.y() <= chart.costMax(), qPrintable(series->name()));
            QVERIFY(x->min() <= p.x() && p.x() <= x->max());
            lowest = std::min(lowest, p.y());
        }
    }
    QCOMPARE(chart.isLogCostAxis(), lowest > 0 && std::isfinite(lowest));
    if (chart.isLogCostAxis())
        QVERIFY(chart.costMin() > 0);
    else
        QVERIFY(chart.costMin() <= 0);
    QVERIFY(chart.costMax() > chart.costMin());
    const QString axes = wrongAxes(chart);
    QVERIFY2(axes.isEmpty(), qPrintable(axes));
}

void TestCharts::breakEvenLabels()
{
    const QLocale locale;
    const Scenario paying = payingScenario();
    const ScenarioResult r = evaluate(paying);
    QVERIFY(r.breakEvenAllInTokensPerDay);
    BreakEvenChart chart;
    chart.setScenario(paying, r, kUsd);
    const QString expected =
        QStringLiteral("Break-even %1").arg(formatTokensPerDay(locale, *r.breakEvenAllInTokensPerDay));
    QCOMPARE(chart.breakEvenText(), expected);
    QCOMPARE(chart.breakEvenLabel()->text(), expected);
    QVERIFY(chart.breakEvenLabel()->isShown());
    QVERIFY(chart.shownHeading().contains(expected));
    QCOMPARE(chart.activeCostAxis()->titleText(), QStringLiteral("Whole monthly cost (USD)"));
    QCOMPARE(chart.costAxis()->titleText(), QStringLiteral("Whole monthly cost (USD)"));
    QCOMPARE(chart.logCostAxis()->titleText(), QStringLiteral("Whole monthly cost (USD)"));
    QCOMPARE(chart.volumeAxis()->titleText(), QStringLiteral("Daily volume (tokens/day)"));

    // Extra reviews cost more per token than the API: the lines never cross.
    Scenario never = testsupport::baseScenario();
    never.api.inputPricePer1M = 0.001;
    never.api.outputPricePer1M = 0.001;
    const ScenarioResult rn = evaluate(never);
    QVERIFY(!rn.breakEvenAllInTokensPerDay);
    chart.setScenario(never, rn, QStringLiteral("EUR"));
    QVERIFY(chart.breakEvenText().startsWith(QStringLiteral("No break-even up to")));
    QVERIFY(chart.shownHeading().contains(chart.breakEvenText()));
    QCOMPARE(chart.breakEvenPoint()->count(), 0);
    QVERIFY(!chart.breakEvenLabel()->isShown());
    QCOMPARE(chart.activeCostAxis()->titleText(), QStringLiteral("Whole monthly cost (EUR)"));
    QCOMPARE(chart.costAxis()->titleText(), QStringLiteral("Whole monthly cost (EUR)"));
    // The money labels carry the currency on either axis.
    const QString euro = currencySymbol(QStringLiteral("EUR"));
    QVERIFY(chart.logCostAxis()->labelFormat().startsWith(euro));
    chart.layoutForRendering(QSizeF(1280, 720));
    if (chart.isLogCostAxis()) {
        QVERIFY(!chart.costLabels().isEmpty());
        for (const QString &label : chart.costLabels())
            QVERIFY2(label.startsWith(euro), qPrintable(label));
    } else {
        QVERIFY(chart.costAxis()->labelFormat().startsWith(euro));
    }
}

void TestCharts::volumeAxisLabels()
{
    BreakEvenChart chart;
    chart.setScenario(testsupport::baseScenario(), evaluate(testsupport::baseScenario()), kUsd);
    chart.layoutForRendering(QSizeF(1280, 720));
    const QStringList labels = chart.volumeLabels();
    const int first = int(std::ceil(std::log10(chart.volumeAxis()->min()) - 1e-9));
    const int last = int(std::floor(std::log10(chart.volumeAxis()->max()) + 1e-9));
    QCOMPARE(labels.size(), last - first + 1);
    QCOMPARE(labels.first(), chartstyle::powerOfTenLabel(QLocale(), first));
    QVERIFY(labels.contains(QStringLiteral("1 M")) || labels.contains(QStringLiteral("10 M")));
    QCOMPARE(chartstyle::powerOfTenLabel(QLocale(), 9), QStringLiteral("1 B"));
    QCOMPARE(chartstyle::powerOfTenLabel(QLocale(), 13), QStringLiteral("10 T"));
}

void TestCharts::breakEvenLogCostAxis_data()
{
    QTest::addColumn<int>("seedIndex");
    QTest::newRow("seed 2") << 2;
    QTest::newRow("seed 4") << 4;
}

void TestCharts::breakEvenLogCostAxis()
{
    QFETCH(int, seedIndex);
    const Scenario s = seedDocument().scenarios.at(seedIndex);
    const ScenarioResult r = evaluate(s);
    BreakEvenChart chart;
    chart.setScenario(s, r, kUsd);
    chart.layoutForRendering(QSizeF(1920, 1080));

    QVERIFY(chart.isLogCostAxis());
    QCOMPARE(chart.activeCostAxis(), static_cast<QAbstractAxis *>(chart.logCostAxis()));
    QVERIFY(chart.logCostAxis()->isVisible());
    QVERIFY(!chart.costAxis()->isVisible());
    QCOMPARE(chart.logCostAxis()->titleText(), QStringLiteral("Whole monthly cost (USD)"));
    QVERIFY(chart.costMin() > 0 && chart.costMax() > chart.costMin());
    const QString axes = wrongAxes(chart);
    QVERIFY2(axes.isEmpty(), qPrintable(axes));
    QVERIFY(firstNonFinite(chart).isEmpty());

    // Every plotted point lies within the axes.
    const QList<QXYSeries *> shown = {chart.apiSeries(), chart.selfHostedSeries(), chart.todayPoints(),
                                      chart.breakEvenPoint(), chart.todayLine()};
    for (const QXYSeries *series : shown) {
        QVERIFY2(series->count() > 0, qPrintable(series->name()));
        for (const QPointF &p : series->points()) {
            QVERIFY2(chart.costMin() <= p.y() && p.y() <= chart.costMax(), qPrintable(series->name()));
            QVERIFY(chart.volumeAxis()->min() <= p.x() && p.x() <= chart.volumeAxis()->max());
        }
    }
    // Today's line spans the whole cost axis.
    QCOMPARE(chart.todayLine()->at(0).y(), chart.costMin());
    QCOMPARE(chart.todayLine()->at(1).y(), chart.costMax());

    // The crossing is well clear of the bottom of the plot.
    QCOMPARE(chart.breakEvenPoint()->count(), 1);
    const double fraction = logAxisFraction(chart, chart.breakEvenPoint()->at(0).y());
    QVERIFY2(fraction >= 0.15 && fraction <= 0.95, qPrintable(QString::number(fraction)));
    // ... and so are today's costs.
    for (const QPointF &p : chart.todayPoints()->points()) {
        const double todayFraction = logAxisFraction(chart, p.y());
        QVERIFY2(todayFraction >= 0.1 && todayFraction <= 0.95, qPrintable(QString::number(todayFraction)));
    }
    // The label beside it is drawn, inside the plot.
    QVERIFY(chart.breakEvenLabel()->isShown());
    const QPointF at = chart.chart()->mapToPosition(chart.breakEvenPoint()->at(0), chart.breakEvenPoint());
    QVERIFY(chart.chart()->plotArea().adjusted(-1, -1, 1, 1).contains(at));
}

void TestCharts::breakEvenLinearCostAxis()
{
    // Fewer reviews than the API: the whole costs stay above zero, so the
    // cost axis stays logarithmic and no line dives off the plot.
    const Scenario s = negativeCostScenario();
    const ScenarioResult r = evaluate(s);
    QVERIFY(r.monthlyQualityCostDelta < 0);
    BreakEvenChart chart;
    chart.setScenario(s, r, kUsd);
    chart.layoutForRendering(QSizeF(1280, 720));
    QVERIFY(chart.isLogCostAxis());
    QVERIFY(chart.logCostAxis()->isVisible());
    QVERIFY(!chart.costAxis()->isVisible());
    const QString axes = wrongAxes(chart);
    QVERIFY2(axes.isEmpty(), qPrintable(axes));
    QVERIFY(firstNonFinite(chart).isEmpty());
    const QList<QXYSeries *> costSeries = {chart.apiSeries(), chart.selfHostedSeries(), chart.todayPoints()};
    for (const QXYSeries *series : costSeries) {
        for (const QPointF &p : series->points()) {
            QVERIFY2(p.y() > 0, qPrintable(series->name()));
            QVERIFY2(chart.costMin() <= p.y() && p.y() <= chart.costMax(), qPrintable(series->name()));
        }
    }
    // Today's self-hosted whole cost by hand: serving (2 x $1.03 x 720 h), storage
    // (7 B x 2 bytes x $0.023), the project over 18 months, no reviews.
    const double project = 8 * 12 + (40 + 20 + 24 + 16) * 150;
    const double selfHosted = 2 * 1.03 * 720 + 7 * 2 * 0.023 + project / 18;
    QVERIFY(std::abs(chart.todayPoints()->at(1).y() - selfHosted) < 1e-6 * selfHosted);
    // The crossing is where the delta-based lines crossed.
    if (r.breakEvenAllInTokensPerDay && chart.breakEvenPoint()->count() == 1)
        QCOMPARE(chart.breakEvenPoint()->at(0).x(), *r.breakEvenAllInTokensPerDay);

    // A free API with no reviews costs $0: its line sits on the axis' floor, the axis stays log.
    Scenario free = testsupport::baseScenario();
    free.api.inputPricePer1M = free.api.outputPricePer1M = 0;
    free.api.reviewRate = 0;
    chart.setScenario(free, evaluate(free), kUsd);
    QVERIFY(chart.isLogCostAxis());
    for (const QPointF &p : chart.apiSeries()->points())
        QCOMPARE(p.y(), chart.costMin());
    QVERIFY(chart.hoverText(1e6).contains(QStringLiteral("API: $0/month")));

    // Nothing costs anything: a linear 0..1 axis.
    const Scenario zero = zeroCostScenario();
    chart.setScenario(zero, evaluate(zero), kUsd);
    QVERIFY(!chart.isLogCostAxis());
    QVERIFY(chart.costMin() <= 0);
}

void TestCharts::breakEvenHoverText()
{
    const Scenario s = testsupport::baseScenario();
    const ScenarioResult r = evaluate(s);
    BreakEvenChart chart;
    chart.setScenario(s, r, kUsd);
    // At 10 M tokens/day, by hand: tokens are 700 a request, so 14,286 requests a day;
    // API bill: 10 M x (500 x $5 + 200 x $15) / 700 / 1 M x 30 days; reviews: 2 % x $5 a request.
    const double tokens = 1e7;
    const double requests = tokens / 700;
    const double api = requests * 30 * (500 * 5.0 + 200 * 15.0) / 1e6 + requests * 30 * 0.02 * 5;
    const QString text = chart.hoverText(tokens);
    QVERIFY2(text.startsWith(QStringLiteral("At 10.0 M tokens/day")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("API: %1/month").arg(chartstyle::money(api, kUsd))), qPrintable(text));
    // At today: the engine's whole costs.
    const QString today = chart.todayHoverText();
    QVERIFY2(today.contains(QStringLiteral("API: %1/month").arg(chartstyle::money(r.apiMonthlyTco, kUsd))), qPrintable(today));
    QVERIFY2(today.contains(QStringLiteral("Self-hosted: %1/month").arg(chartstyle::money(r.selfHostedMonthlyTco, kUsd))),
             qPrintable(today));
    QVERIFY(!today.contains(QStringLiteral("nan")) && !today.contains(QStringLiteral("inf")));
}

void TestCharts::cashFlowHoverText()
{
    const Scenario s = testsupport::baseScenario();
    CashFlowChart chart;
    chart.setScenario(s, evaluate(s), kUsd);
    // By hand, no growth: -project + months x (API whole cost - self-hosted operating cost).
    const double project = 8 * 12 + (40 + 20 + 24 + 16) * 150;
    const double requests = 50000.0 * 30;
    const double api = requests * (500 * 5.0 + 200 * 15.0) / 1e6 + requests * 0.02 * 5;
    const double selfHosted = 2 * 1.03 * 720 + 7 * 2 * 0.023 + requests * 0.05 * 5;
    const double at = -project + 2.5 * (api - selfHosted);
    const QString text = chart.hoverText(2.5);
    QVERIFY2(text.startsWith(QStringLiteral("Month 2.5")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Self-host: %1 cumulative").arg(chartstyle::money(at, kUsd))), qPrintable(text));
    QVERIFY(chart.hoverText(-1).isEmpty());
}

void TestCharts::breakEvenSwitchesCostAxis()
{
    // Qt Charts warns when a log axis meets a cost <= 0: none of that while switching.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    const Scenario positive = seedDocument().scenarios.at(4);
    const Scenario negative = zeroCostScenario();
    BreakEvenChart chart;
    chart.layoutForRendering(QSizeF(1280, 720));
    const QList<QAbstractSeries *> series = chart.chart()->series();
    const QList<QAbstractAxis *> axes = chart.chart()->axes();

    int switches = 0;
    connect(chart.logCostAxis(), &QAbstractAxis::visibleChanged, &chart, [&switches] { ++switches; });
    const auto show = [&](const Scenario &s, bool expectLog) {
        chart.setScenario(s, evaluate(s), kUsd);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(chart.isLogCostAxis(), expectLog);
        const QString wrong = wrongAxes(chart);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QVERIFY2(firstNonFinite(chart).isEmpty(), qPrintable(firstNonFinite(chart)));
        for (QAbstractSeries *s : series)
            QCOMPARE(s->attachedAxes().count(chart.activeCostAxis()), 1);
        const QList<QXYSeries *> plotted = {chart.apiSeries(), chart.selfHostedSeries(), chart.todayPoints(),
                                            chart.breakEvenPoint(), chart.todayLine()};
        for (const QXYSeries *xy : plotted) {
            for (const QPointF &p : xy->points()) {
                QVERIFY(chart.costMin() <= p.y() && p.y() <= chart.costMax());
                if (expectLog)
                    QVERIFY(p.y() > 0);
            }
        }
        QCOMPARE(chart.todayLine()->at(0).y(), chart.costMin());
        QCOMPARE(chart.todayLine()->at(1).y(), chart.costMax());
        QCOMPARE(chart.costLabels().isEmpty(), !expectLog);
        // The label stays beside its point on either axis.
        if (chart.breakEvenPoint()->count() == 1) {
            const QPointF at = chart.chart()->mapToPosition(chart.breakEvenPoint()->at(0), chart.breakEvenPoint());
            QVERIFY(std::isfinite(at.x()) && std::isfinite(at.y()));
            QVERIFY(chart.chart()->plotArea().adjusted(-1, -1, 1, 1).contains(at));
        }
    };

    show(positive, true);
    QCOMPARE(switches, 1);
    show(negative, false);
    QCOMPARE(switches, 2);
    show(positive, true);
    show(negative, false);
    show(negative, false);
    QCOMPARE(switches, 4);

    // Updates in one mode (a slider drag) never swap the axes.
    Scenario dragged = positive;
    for (double requests : {1e5, 5e5, 2e6, 8e6}) {
        dragged.workload.requestsPerDay = requests;
        show(dragged, true);
    }
    QCOMPARE(switches, 5);
    Scenario draggedNegative = negative;
    for (double requests : {1e4, 1e5, 1e6}) {
        draggedNegative.workload.requestsPerDay = requests;
        show(draggedNegative, false);
    }
    QCOMPARE(switches, 6);

    // The same series and axes throughout.
    QCOMPARE(chart.chart()->series(), series);
    QCOMPARE(chart.chart()->axes(), axes);

    // A render after each switch draws both lines.
    for (const Scenario &s : {positive, negative}) {
        chart.setScenario(s, evaluate(s), kUsd);
        chart.layoutForRendering(QSizeF(960, 540));
        QImage image(960, 540, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.renderChart(&painter, QRectF(0, 0, 960, 540));
        painter.end();
        QVERIFY(nonWhiteFraction(image) > 0.02);
    }
}

void TestCharts::costAxisLabels()
{
    const Scenario s = seedDocument().scenarios.at(4);
    BreakEvenChart chart;
    chart.setScenario(s, evaluate(s), kUsd);
    chart.layoutForRendering(QSizeF(1280, 720));
    QVERIFY(chart.isLogCostAxis());
    const QStringList labels = chart.costLabels();
    const int first = int(std::ceil(std::log10(chart.costMin()) - 1e-9));
    const int last = int(std::floor(std::log10(chart.costMax()) + 1e-9));
    // One label per power of ten, bottom to top, as money.
    QCOMPARE(labels.size(), last - first + 1);
    // Money as every chart writes it: in full below 10,000, then k, M, B.
    const QMap<int, QString> written{{-1, QStringLiteral("$0.1")},    {0, QStringLiteral("$1")},
                                     {1, QStringLiteral("$10")},      {2, QStringLiteral("$100")},
                                     {3, QStringLiteral("$1,000")},   {4, QStringLiteral("$10 k")},
                                     {5, QStringLiteral("$100 k")},   {6, QStringLiteral("$1 M")},
                                     {7, QStringLiteral("$10 M")},    {8, QStringLiteral("$100 M")},
                                     {9, QStringLiteral("$1 B")},     {10, QStringLiteral("$10 B")}};
    for (int i = 0; i < labels.size(); ++i)
        QCOMPARE(labels[i], written.value(first + i));
    QVERIFY(labels.contains(QStringLiteral("$1,000")));
    QVERIFY(labels.contains(QStringLiteral("$1 M")));
    // The axis' own labels only reserve the room.
    QCOMPARE(chart.logCostAxis()->labelsColor(), QColor(Qt::transparent));

    // A small export thins crowded labels to every second or third power of ten.
    Scenario wide = testsupport::baseScenario();
    wide.workload.requestsPerDay = 1e13 / 700; // costs over many decades
    chart.setScenario(wide, evaluate(wide), QStringLiteral("EUR"));
    chart.layoutForRendering(QSizeF(320, 200));
    QVERIFY(chart.isLogCostAxis());
    const QStringList thinned = chart.costLabels();
    QVERIFY(!thinned.isEmpty());
    const int decades =
        int(std::floor(std::log10(chart.costMax()) + 1e-9) - std::ceil(std::log10(chart.costMin()) - 1e-9)) + 1;
    QVERIFY(thinned.size() <= decades);
    for (const QString &label : thinned)
        QVERIFY2(label.startsWith(currencySymbol(QStringLiteral("EUR"))), qPrintable(label));
    const QRectF plot = chart.chart()->plotArea();
    QVERIFY(plot.height() > 0);
    // Labels at least a line apart: no more than fit the plot height.
    const QFontMetricsF metrics(chartstyle::axisLabelFont());
    QVERIFY2(thinned.size() <= int(plot.height() / metrics.height()) + 1, qPrintable(thinned.join(u' ')));
}

void TestCharts::edgeCasesStayFinite_data()
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

void TestCharts::edgeCasesStayFinite()
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

void TestCharts::cashFlowPaysBack()
{
    const Scenario s = payingScenario();
    const ScenarioResult r = evaluate(s);
    QVERIFY(r.paybackMonths && *r.paybackMonths > 0 && *r.paybackMonths < 18);
    CashFlowChart chart;
    chart.setScenario(s, r, kUsd);
    const QString payback = QStringLiteral("pays back in %1").arg(formatMonths(QLocale(), r.lifetime.paybackMonthsWithGrowth));
    QVERIFY2(chart.summaryText().contains(payback), qPrintable(chart.summaryText()));
    QVERIFY(chart.shownHeading().contains(chart.summaryText()));
    QVERIFY(chart.selfHostedPaybackLabel()->isShown());
    QCOMPARE(chart.paybackPoints()->count(), 1);
    QCOMPARE(chart.paybackPoints()->at(0), QPointF(*r.lifetime.paybackMonthsWithGrowth, 0));
    QCOMPARE(chart.monthAxis()->max(), 18.0); // the lifetime
    QCOMPARE(chart.monthAxis()->titleText(), QStringLiteral("Month"));
    QCOMPARE(chart.moneyAxis()->titleText(), QStringLiteral("Cumulative cash (USD)"));

    // Red below zero up to the payback, the path's colour from there.
    const QList<QPointF> below = chart.selfHostedBelowSeries()->points();
    const QList<QPointF> above = chart.selfHostedSeries()->points();
    QCOMPARE(below.first(), QPointF(0, -r.totalProjectCost));
    QVERIFY(sameValue(below.last().x(), *r.lifetime.paybackMonthsWithGrowth));
    QCOMPARE(below.last().y(), 0.0);
    QCOMPARE(above.first(), below.last());
    QVERIFY(sameValue(above.last().y(), -r.totalProjectCost + 18 * r.monthlySavingsBeforeAmortization));
    QCOMPARE(chart.endOfLifePoints()->count(), 1);
    QCOMPARE(chart.endOfLifePoints()->at(0), above.last());
    QVERIFY(chart.moneyAxis()->min() <= -r.totalProjectCost);
    QVERIFY(chart.moneyAxis()->max() >= above.last().y());
}

void TestCharts::cashFlowDoesNotPayBack()
{
    const Scenario s = testsupport::baseScenario(); // review costs eat the savings
    const ScenarioResult r = evaluate(s);
    QVERIFY(!r.paybackMonths);
    CashFlowChart chart;
    chart.setScenario(s, r, kUsd);
    QVERIFY(chart.summaryText().contains(QStringLiteral("does not pay back within 120 months")));
    QVERIFY(chart.shownHeading().contains(QStringLiteral("does not pay back")));
    QCOMPARE(chart.paybackPoints()->count(), 0);
    QVERIFY(!chart.selfHostedPaybackLabel()->isShown());
    QCOMPARE(chart.selfHostedSeries()->count(), 0);
    QCOMPARE(chart.selfHostedBelowSeries()->count(), 19); // months 0..18, all below zero
    QCOMPARE(chart.selfHostedBelowSeries()->pen().color(), chartstyle::color(chartstyle::Role::Negative));
}

void TestCharts::breakdownStacksParts()
{
    Scenario s = testsupport::baseScenario();
    s.selfHosted.reviewRate = 0.01; // fewer reviews than the API: the old delta went negative
    const ScenarioResult r = evaluate(s);
    QVERIFY(r.monthlyQualityCostDelta < 0);
    BreakdownChart chart;
    chart.setScenario(s, r, kUsd);
    chart.layoutForRendering(QSizeF(1280, 720));
    QCOMPARE(chart.barCount(), r.managed ? 3 : 2);
    // Each path's whole cost, side by side: its own reviews, never a delta.
    QCOMPARE(chart.usageSet()->at(BreakdownChart::ApiBar), r.monthlyApiCost);
    QCOMPARE(chart.qualitySet()->at(BreakdownChart::ApiBar), r.monthlyApiQualityCost);
    QCOMPARE(chart.servingSet()->at(BreakdownChart::SelfHostedBar), r.monthlyServingCost);
    QCOMPARE(chart.storageSet()->at(BreakdownChart::SelfHostedBar), r.monthlyStorageCost);
    QCOMPARE(chart.amortizedSet()->at(BreakdownChart::SelfHostedBar), r.monthlyAmortizedProjectCost);
    QCOMPARE(chart.qualitySet()->at(BreakdownChart::SelfHostedBar), r.selfHostedQualityCost);
    QCOMPARE(chart.usageSet()->at(BreakdownChart::SelfHostedBar), 0.0);
    QCOMPARE(chart.servingSet()->at(BreakdownChart::ApiBar), 0.0);
    // The API's reviews by hand: requests/day x review rate x cost per review x 30 days (no errors here).
    QCOMPARE(s.api.errorRate * s.costPerError, 0.0);
    QVERIFY(qFuzzyCompare(chart.qualitySet()->at(BreakdownChart::ApiBar),
                          s.workload.requestsPerDay * s.api.reviewRate * s.reviewCost * 30));
    for (int bar = 0; bar < chart.barCount(); ++bar) {
        double stacked = 0;
        for (QBarSet *set : chart.series()->barSets()) {
            QVERIFY2(set->at(bar) >= 0, qPrintable(set->label())); // no segment below zero
            stacked += set->at(bar);
        }
        const double tco = bar == BreakdownChart::ApiBar ? r.apiMonthlyTco : r.selfHostedMonthlyTco;
        QVERIFY(std::abs(stacked - tco) <= 1e-9 * tco);
    }
    QCOMPARE(chart.costAxis()->min(), 0.0);
    QVERIFY(chart.costAxis()->max() >= std::max(r.apiMonthlyTco, r.selfHostedMonthlyTco));
    QCOMPARE(chart.costAxis()->titleText(), QStringLiteral("Whole monthly cost (USD)"));
    QVERIFY(chart.shownHeading().contains(chartstyle::money(r.apiMonthlyTco, kUsd)));
    QCOMPARE(chart.totalLabels().first(), chartstyle::money(r.apiMonthlyTco, kUsd) + QStringLiteral("/month"));
}

void TestCharts::breakdownLabelsSmallSegments()
{
    const Scenario s = testsupport::baseScenario(); // storage: cents a month beside thousands
    const ScenarioResult r = evaluate(s);
    QVERIFY(r.monthlyStorageCost > 0 && r.monthlyStorageCost < 1);
    BreakdownChart chart;
    chart.setScenario(s, r, kUsd);
    chart.layoutForRendering(QSizeF(1920, 1080));
    // Every segment above zero has its amount beside it, the storage with cents.
    int segments = 0;
    for (QBarSet *set : chart.series()->barSets())
        for (int bar = 0; bar < chart.barCount(); ++bar)
            segments += set->at(bar) > 0;
    QCOMPARE(chart.segmentLabels().size(), segments);
    QVERIFY2(chart.segmentLabels().contains(QStringLiteral("$%1").arg(r.monthlyStorageCost, 0, 'f', 2)),
             qPrintable(chart.segmentLabels().join(QLatin1Char('|'))));
    // No two amounts overlap, and all of them are inside the plot.
    const QList<QRectF> rects = chart.segmentLabelRects();
    const QRectF plot = chart.chart()->plotArea();
    for (qsizetype i = 0; i < rects.size(); ++i) {
        QVERIFY2(plot.adjusted(-1, -1, 1, 1).contains(rects[i]),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 outside %5,%6 %7x%8")
                                .arg(rects[i].x()).arg(rects[i].y()).arg(rects[i].width()).arg(rects[i].height())
                                .arg(plot.x()).arg(plot.y()).arg(plot.width()).arg(plot.height())));
        for (qsizetype k = i + 1; k < rects.size(); ++k)
            QVERIFY2(!rects[i].intersects(rects[k]), qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(k)));
    }
}

void TestCharts::renderSize_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<QSize>("size");
    for (ChartKind kind : {ChartKind::BreakEven, ChartKind::CashFlow, ChartKind::Breakdown, ChartKind::Levers}) {
        for (const QSize &size : {QSize(1920, 1080), QSize(640, 360), QSize(3840, 2160)}) {
            QTest::addRow("%s %dx%d", qPrintable(chartKindName(kind)), size.width(), size.height()) << kind << size;
        }
    }
}

void TestCharts::renderSize()
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

void TestCharts::renderTransparent()
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

void TestCharts::writePng()
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

void TestCharts::writePngMissingFolder()
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

void TestCharts::copyToClipboard()
{
    const Scenario s = payingScenario();
    copyChartToClipboard(ChartKind::Breakdown, s, evaluate(s), kUsd, QSize(800, 450), false);
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(800, 450));
}

void TestCharts::writeSvg()
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

void TestCharts::exportDialog()
{
    QTemporaryDir dir;
    Scenario s = payingScenario();
    s.name = QStringLiteral("Support bot: GPT-4o vs 7B");
    ExportChartDialog dialog(s, evaluate(s), kUsd, ChartKind::CashFlow, nullptr);
    QCOMPARE(dialog.chartKind(), ChartKind::CashFlow);
    QCOMPARE(dialog.imageSize(), QSize(1920, 1080));
    QVERIFY(dialog.filePath().endsWith(QStringLiteral("support-bot-gpt-4o-vs-7b-cashflow.png")));

    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    QVERIFY(format);
    format->setCurrentIndex(1);
    QVERIFY(dialog.isSvg());
    QVERIFY(dialog.filePath().endsWith(QStringLiteral("-cashflow.svg")));

    auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("sizePreset"));
    QVERIFY(preset);
    preset->setCurrentIndex(0);
    QCOMPARE(dialog.imageSize(), QSize(1280, 720));

    const QString path = dir.filePath(QStringLiteral("out.svg"));
    dialog.setFilePath(path);
    QPushButton *exportButton = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("&Export"))
            exportButton = button;
    QVERIFY(exportButton && exportButton->isEnabled());
    exportButton->click();
    QVERIFY(QFile::exists(path));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    dialog.setFilePath(dir.filePath(QStringLiteral("nowhere/out.svg")));
    QVERIFY(!exportButton->isEnabled());
}

void TestCharts::updateIsFast()
{
    BreakEvenChart chart;
    chart.layoutForRendering(QSizeF(1280, 720));
    Scenario s = autoSizedScenario();
    chart.setScenario(s, evaluate(s), kUsd);
    QCoreApplication::sendPostedEvents();

    constexpr int kUpdates = 200;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kUpdates; ++i) {
        s.workload.requestsPerDay = 20000 + 500 * i; // a slider drag
        chart.setScenario(s, evaluate(s), kUsd);
        QCoreApplication::sendPostedEvents();
    }
    const double perUpdateMs = timer.nsecsElapsed() / 1e6 / kUpdates;
    qInfo("break-even chart update: %.3f ms", perUpdateMs);
    // The budget is 5 ms; the bound leaves room for sanitizer and debug builds.
    QVERIFY2(perUpdateMs < 20, qPrintable(QString::number(perUpdateMs)));
}

void TestCharts::dumpSeedCharts()
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

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
