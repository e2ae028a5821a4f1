// The cash-flow chart: the cumulative cash of a scenario that pays back and
// of one that does not, red below zero, and the hover text worked out by hand.
#include "chartsupport.h"
#include "core/engine/costengine.h"
#include "core/text/format.h"
#include "testsupport.h"
#include "ui/charts/cashflowchart.h"
#include "ui/charts/chartcallout.h"
#include "ui/charts/chartstyle.h"

#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

using namespace ftroi;
using namespace chartsupport;

class TestCashFlowChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void cashFlowHoverText();
    void cashFlowPaysBack();
    void cashFlowDoesNotPayBack();
    void cashFlowDiscountedNpvBesideUndiscountedLine();
};

void TestCashFlowChart::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestCashFlowChart::cashFlowHoverText()
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
    QVERIFY2(text.contains(QStringLiteral("Self-host: %1 cumulative").arg(chartstyle::money(at, kUsd))),
             qPrintable(text));
    QVERIFY(chart.hoverText(-1).isEmpty());
}

void TestCashFlowChart::cashFlowPaysBack()
{
    const Scenario s = payingScenario();
    const ScenarioResult r = evaluate(s);
    QVERIFY(r.paybackMonths && *r.paybackMonths > 0 && *r.paybackMonths < 18);
    CashFlowChart chart;
    chart.setScenario(s, r, kUsd);
    const QString payback =
        QStringLiteral("pays back in %1").arg(formatMonths(QLocale(), r.lifetime.paybackMonthsWithGrowth));
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

void TestCashFlowChart::cashFlowDoesNotPayBack()
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

// With a discount rate the line (undiscounted: it crosses zero at the payback)
// ends above the NPV: the axis says so and the summary quotes both.
void TestCashFlowChart::cashFlowDiscountedNpvBesideUndiscountedLine()
{
    Scenario s = payingScenario();
    s.project.discountRateAnnual = 0.10;
    const ScenarioResult r = evaluate(s);
    QVERIFY(r.lifetime.npv);
    CashFlowChart chart;
    chart.setScenario(s, r, kUsd);
    QCOMPARE(chart.moneyAxis()->titleText(), QStringLiteral("Cumulative cash, undiscounted (USD)"));
    const double end = -r.totalProjectCost + 18 * r.monthlySavingsBeforeAmortization;
    QVERIFY2(*r.lifetime.npv < end - 1, "discounting lowers the NPV below the line's end");
    const QString expected = QStringLiteral("NPV %1 at 10.0 %/yr (%2 undiscounted)")
                                 .arg(chartstyle::money(*r.lifetime.npv, kUsd), chartstyle::money(end, kUsd));
    QVERIFY2(chart.summaryText().contains(expected), qPrintable(chart.summaryText() + QStringLiteral(" / ") + expected));

    s.project.discountRateAnnual = 0; // no rate: the line ends at the NPV, nothing to add
    chart.setScenario(s, evaluate(s), kUsd);
    QCOMPARE(chart.moneyAxis()->titleText(), QStringLiteral("Cumulative cash (USD)"));
    QVERIFY(!chart.summaryText().contains(QStringLiteral("undiscounted")));
}

QTEST_MAIN(TestCashFlowChart)
#include "tst_cashflowchart.moc"
