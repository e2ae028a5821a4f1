// The break-even chart's axes: ranges that hold every plotted point, the
// volume and cost axis labels, the log cost axis and the linear one that
// takes over only when no cost is above zero, and switching between them
// without a Qt Charts warning.
#include "chartsupport.h"
#include "core/engine/costengine.h"
#include "core/text/format.h"
#include "testsupport.h"
#include "ui/charts/breakevenchart.h"
#include "ui/charts/chartcallout.h"
#include "ui/charts/chartstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

using namespace ftroi;
using namespace chartsupport;

class TestBreakEvenAxes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void breakEvenRanges_data();
    void breakEvenRanges();
    void volumeAxisLabels();
    void breakEvenLogCostAxis_data();
    void breakEvenLogCostAxis();
    void breakEvenLinearCostAxis();
    void breakEvenSwitchesCostAxis();
    void costAxisLabels();
};

void TestBreakEvenAxes::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestBreakEvenAxes::breakEvenRanges_data()
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

void TestBreakEvenAxes::breakEvenRanges()
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

void TestBreakEvenAxes::volumeAxisLabels()
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

void TestBreakEvenAxes::breakEvenLogCostAxis_data()
{
    QTest::addColumn<int>("seedIndex");
    QTest::newRow("seed 2") << 2;
    QTest::newRow("seed 4") << 4;
}

void TestBreakEvenAxes::breakEvenLogCostAxis()
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

void TestBreakEvenAxes::breakEvenLinearCostAxis()
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

void TestBreakEvenAxes::breakEvenSwitchesCostAxis()
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

void TestBreakEvenAxes::costAxisLabels()
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
    const QMap<int, QString> written{
        {-1, QStringLiteral("$0.1")},  {0, QStringLiteral("$1")},     {1, QStringLiteral("$10")},
        {2, QStringLiteral("$100")},   {3, QStringLiteral("$1,000")}, {4, QStringLiteral("$10 k")},
        {5, QStringLiteral("$100 k")}, {6, QStringLiteral("$1 M")},   {7, QStringLiteral("$10 M")},
        {8, QStringLiteral("$100 M")}, {9, QStringLiteral("$1 B")},   {10, QStringLiteral("$10 B")}};
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

QTEST_MAIN(TestBreakEvenAxes)
#include "tst_breakevenaxes.moc"
