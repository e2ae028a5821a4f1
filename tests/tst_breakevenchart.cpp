// The break-even chart's lines: the series hold the engine's cost lines as
// whole costs, fleet steps under auto sizing, updates that follow the
// scenario in place, the break-even label, the hover texts and the time an
// update takes.
#include "chartsupport.h"
#include "core/engine/costengine.h"
#include "core/engine/curves.h"
#include "core/text/format.h"
#include "testsupport.h"
#include "ui/charts/breakevenchart.h"
#include "ui/charts/chartcallout.h"
#include "ui/charts/chartstyle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTest>
#include <QXYSeries>

#include <cmath>

using namespace ftroi;
using namespace chartsupport;

class TestBreakEvenChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void breakEvenMatchesEngine_data();
    void breakEvenMatchesEngine();
    void breakEvenAutoSizedSteps();
    void fixedFleetEndsAtItsCapacity();
    void breakEvenFollowsScenario();
    void breakEvenLabels();
    void breakEvenHoverText();
    void updateIsFast();
};

void TestBreakEvenChart::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestBreakEvenChart::breakEvenMatchesEngine_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::newRow("fixed fleet") << testsupport::baseScenario();
    QTest::newRow("auto sizing") << autoSizedScenario();
    const ScenarioDocument seed = seedDocument();
    for (int i = 0; i < seed.scenarios.size(); ++i)
        QTest::addRow("seed %d", i) << seed.scenarios.at(i);
}

void TestBreakEvenChart::breakEvenMatchesEngine()
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
    // ... and a fixed fleet's capacity, where its line turns dotted.
    const double capacity = line.fixedFleetCapacityTokensPerDay();
    if (capacity > chart.volumeAxis()->min() && capacity < chart.volumeAxis()->max()) {
        auto at = expected.begin();
        while (at != expected.end() && at->tokensPerDay < capacity)
            ++at;
        expected.insert(at, CostCurvePoint{capacity, line.apiCostAt(capacity), line.selfHostedAllInAt(capacity)});
    }
    const QList<QPointF> api = chart.apiSeries()->points();
    // The self-hosted line: solid up to the capacity, dotted from it on (the capacity point in both).
    QList<QPointF> selfHosted = chart.selfHostedSeries()->points();
    const QList<QPointF> over = chart.selfHostedOverCapacitySeries()->points();
    if (!over.isEmpty()) {
        QCOMPARE(over.first().x(), capacity);
        QCOMPARE(selfHosted.last().x(), capacity);
        selfHosted.append(over.mid(1));
    }
    QCOMPARE(api.size(), qsizetype(expected.size()));
    QCOMPARE(selfHosted.size(), qsizetype(expected.size()));
    QVERIFY(api.size() >= BreakEvenChart::kSamplePoints);
    // Whole costs: both lines carry the API's own reviews and errors on top of
    // the engine's lines (requests = tokens / tokens per request, 30 days).
    const Workload &w = scenario.workload;
    const double perRequest = w.inputTokensPerRequest + w.outputTokensPerRequest;
    const auto apiQuality = [&](double tokens) {
        return perRequest > 0 ? tokens / perRequest * 30 *
                                    (scenario.api.reviewRate * scenario.reviewCost +
                                     scenario.api.errorRate * scenario.costPerError)
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
    // API, self-hosted (within and over capacity), managed, today (line, points), two break-evens
    QCOMPARE(chart.chart()->series().size(), 8);
    QCOMPARE(chart.managedSeries()->count(), 0); // no managed path here
    QVERIFY(firstNonFinite(chart).isEmpty());
    const QString axes = wrongAxes(chart);
    QVERIFY2(axes.isEmpty(), qPrintable(axes));
}

// 2 fixed instances of 100 tokens/s serve 2 x 100 x 86,400 = 17.28 M tokens/day
// through a flat day: the solid line ends there, the dotted one goes on.
void TestBreakEvenChart::fixedFleetEndsAtItsCapacity()
{
    Scenario s = testsupport::baseScenario();
    s.selfHosted.throughputTokensPerS = 100;
    BreakEvenChart chart;
    chart.resize(900, 600);
    chart.setScenario(s, evaluate(s), kUsd);
    chart.grab(); // lays the legend out
    const QList<QPointF> solid = chart.selfHostedSeries()->points();
    const QList<QPointF> over = chart.selfHostedOverCapacitySeries()->points();
    QVERIFY(!solid.isEmpty() && over.size() > 1);
    QCOMPARE(solid.last().x(), 17.28e6);
    QCOMPARE(over.first().x(), 17.28e6);
    QCOMPARE(over.last().x(), chart.volumeAxis()->max());
    QVERIFY(chart.chart()->legend()->markers(chart.selfHostedOverCapacitySeries()).value(0)->isVisible());
    // With enough throughput the capacity is off the chart: no dotted line, no legend entry.
    s.selfHosted.throughputTokensPerS = 5e6;
    chart.setScenario(s, evaluate(s), kUsd);
    chart.grab();
    QVERIFY(chart.selfHostedOverCapacitySeries()->points().isEmpty());
    QVERIFY(!chart.chart()->legend()->markers(chart.selfHostedOverCapacitySeries()).value(0)->isVisible());
}

void TestBreakEvenChart::breakEvenAutoSizedSteps()
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

void TestBreakEvenChart::breakEvenFollowsScenario()
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

void TestBreakEvenChart::breakEvenLabels()
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

void TestBreakEvenChart::breakEvenHoverText()
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
    QVERIFY2(today.contains(QStringLiteral("API: %1/month").arg(chartstyle::money(r.apiMonthlyTco, kUsd))),
             qPrintable(today));
    QVERIFY2(
        today.contains(QStringLiteral("Self-hosted: %1/month").arg(chartstyle::money(r.selfHostedMonthlyTco, kUsd))),
        qPrintable(today));
    QVERIFY(!today.contains(QStringLiteral("nan")) && !today.contains(QStringLiteral("inf")));
}

void TestBreakEvenChart::updateIsFast()
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

QTEST_MAIN(TestBreakEvenChart)
#include "tst_breakevenchart.moc"
