// The serving-levers waterfall: the levers a scenario uses, in order, whose
// steps lead from the serving cost with no levers to the scenario's own.
#include "testsupport.h"

#include "core/engine/costengine.h"
#include "core/engine/servinglevers.h"

#include <QtTest>

#include <cmath>

using namespace ftroi;

namespace {

Scenario busyScenario()
{
    Scenario s = testsupport::baseScenario();
    s.workload.requestsPerDay = 500000; // 350 M tokens/day: a fleet of several instances
    s.selfHosted.fixedInstances.reset();
    return s;
}

} // namespace

class TestServingLevers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsSumToTheServingCost_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("share");
        QTest::addColumn<bool>("autoscaling");
        QTest::addColumn<double>("engine");
        QTest::addColumn<double>("quantization");
        QTest::addColumn<double>("speculative");
        QTest::addColumn<int>("levers");
        QTest::newRow("no levers") << 24.0 << 1.0 << false << 1.0 << 1.0 << 1.0 << 0;
        QTest::newRow("business hours") << 10.0 << 0.8 << false << 1.0 << 1.0 << 1.0 << 1;
        QTest::newRow("business hours, autoscaling") << 10.0 << 0.8 << true << 1.0 << 1.0 << 1.0 << 2;
        QTest::newRow("every lever") << 10.0 << 0.8 << true << 15.0 << 1.8 << 2.5 << 5;
        QTest::newRow("speedups only") << 24.0 << 1.0 << false << 12.0 << 1.3 << 2.0 << 3;
        QTest::newRow("evenings, int4") << 6.0 << 0.45 << true << 1.0 << 1.8 << 1.0 << 3;
        QTest::newRow("slowdown") << 24.0 << 1.0 << false << 0.5 << 1.0 << 1.0 << 1;
    }

    void stepsSumToTheServingCost()
    {
        QFETCH(double, hours);
        QFETCH(double, share);
        QFETCH(bool, autoscaling);
        QFETCH(double, engine);
        QFETCH(double, quantization);
        QFETCH(double, speculative);
        QFETCH(int, levers);
        Scenario s = busyScenario();
        s.workload.peakHoursPerDay = hours;
        s.workload.peakTrafficShare = share;
        s.selfHosted.autoscaling = autoscaling;
        s.selfHosted.minInstances = 1;
        s.selfHosted.speedup = {engine, quantization, speculative};
        s.selfHosted.precision = Precision::Int4;

        const ServingLevers w = servingLevers(s);
        const double serving = evaluate(s).monthlyServingCost;
        QCOMPARE(w.steps.size(), levers);
        QCOMPARE(w.today, serving);
        double sum = w.withoutLevers;
        double previous = w.withoutLevers;
        for (const ServingLeverStep &step : w.steps) {
            QCOMPARE(step.before, previous);
            sum += step.change();
            previous = step.after;
        }
        QVERIFY2(testsupport::closeRel(sum, serving, 1e-9), qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(serving)));

        // No levers: a flat fleet sized for the daily average, all day.
        Scenario flat = s;
        flat.workload.peakHoursPerDay = 24;
        flat.workload.peakTrafficShare = 1;
        flat.selfHosted.autoscaling = false;
        flat.selfHosted.speedup = {};
        QCOMPARE(w.withoutLevers, evaluate(flat).monthlyServingCost);
    }

    // Hand-checked: 350 M tokens/day, 86.4 M per instance at 20 %; business hours
    // (10 h, 80 %) need 8 at the peak, 2 off-peak with autoscaling; 1.03 $/h.
    void leversInOrder()
    {
        Scenario s = busyScenario();
        s.workload.peakHoursPerDay = 10;
        s.workload.peakTrafficShare = 0.8;
        s.selfHosted.autoscaling = true;
        s.selfHosted.speedup.engine = 15;
        const ServingLevers w = servingLevers(s);
        QVERIFY(testsupport::closeRel(w.withoutLevers, 1.03 * 5 * 720, 1e-12));
        QCOMPARE(w.steps.size(), 3);
        QCOMPARE(w.steps[0].lever, ServingLever::TrafficShape);
        QVERIFY(testsupport::closeRel(w.steps[0].after, 1.03 * 8 * 720, 1e-12));
        QCOMPARE(w.steps[1].lever, ServingLever::Autoscaling);
        QVERIFY(testsupport::closeRel(w.steps[1].after, 1.03 * 30 * (10 * 8 + 14 * 2), 1e-12));
        QCOMPARE(w.steps[2].lever, ServingLever::Engine);
        QVERIFY(testsupport::closeRel(w.steps[2].after, 1.03 * 30 * (10 * 1 + 14 * 1), 1e-12));
        QVERIFY(w.steps[0].change() > 0); // the peak needs a bigger fleet than the average
        QVERIFY(w.steps[1].change() < 0);
        QVERIFY(w.steps[2].change() < 0);
    }

    // A fixed fleet: the levers change nothing, every step is 0.
    void fixedFleetStepsAreZero()
    {
        Scenario s = testsupport::baseScenario();
        s.workload.peakHoursPerDay = 10;
        s.workload.peakTrafficShare = 0.8;
        s.selfHosted.speedup.engine = 10;
        const ServingLevers w = servingLevers(s);
        QCOMPARE(w.steps.size(), 2);
        for (const ServingLeverStep &step : w.steps)
            QCOMPARE(step.change(), 0.0);
    }

    void extremeValuesStayFinite_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("speedup");
        QTest::newRow("0.01 peak hours") << 0.01 << 1.0;
        QTest::newRow("speedups 1e-9") << 0.01 << 1e-9;
        QTest::newRow("speedups 1e15") << 0.01 << 1e15;
        QTest::newRow("flat, 1e-9") << 24.0 << 1e-9;
    }

    void extremeValuesStayFinite()
    {
        QFETCH(double, hours);
        QFETCH(double, speedup);
        Scenario s = busyScenario();
        s.workload.peakHoursPerDay = hours;
        s.workload.peakTrafficShare = 1;
        s.selfHosted.autoscaling = true;
        s.selfHosted.speedup = {speedup, speedup, speedup};
        const ServingLevers w = servingLevers(s);
        QVERIFY(std::isfinite(w.withoutLevers));
        QVERIFY(std::isfinite(w.today));
        for (const ServingLeverStep &step : w.steps) {
            QVERIFY(std::isfinite(step.after));
            QVERIFY(std::isfinite(step.change()));
        }
    }
};

QTEST_GUILESS_MAIN(TestServingLevers)
#include "tst_servinglevers.moc"
