// Measured capacity in the engine: throughput at the SLO by the contract's rule
// (numbers worked out by hand below), the shape-mismatch flag at its 25 %
// edge, thr_slo replacing thr_eff in every cost, and an infeasible SLO
// excluding the self-hosted path.
#include "core/engine/capacity.h"
#include "core/engine/costengine.h"
#include "testsupport.h"

#include <QtTest>

#include <cmath>

using namespace ftroi;

namespace {

BenchmarkPoint point(double c, double thr, double ttft, double tpot, double in = 1000, double out = 200)
{
    BenchmarkPoint p;
    p.concurrency = c;
    p.totalTokensPerS = thr;
    p.ttftMs = ttft;
    p.tpotMs = tpot;
    p.inputTokens = in;
    p.outputTokens = out;
    return p;
}

// Four loads, deliberately not in order of concurrency:
//   c   tokens/s  TTFT  TPOT
//   1     500      50    10
//   4    1800     100    14
//   8    3000     200    20
//  16    4200     500    40
Benchmark fourLoads()
{
    Benchmark b;
    b.points = {point(8, 3000, 200, 20), point(1, 500, 50, 10), point(16, 4200, 500, 40), point(4, 1800, 100, 14)};
    return b;
}

std::optional<Slo> slo(std::optional<double> ttft, std::optional<double> tpot)
{
    return Slo{ttft, tpot};
}

} // namespace

Q_DECLARE_METATYPE(std::optional<ftroi::Slo>)

class TestCapacity : public QObject
{
    Q_OBJECT

private slots:
    void throughputAtSlo_data()
    {
        QTest::addColumn<std::optional<Slo>>("objectives");
        QTest::addColumn<bool>("feasible");
        QTest::addColumn<double>("concurrency");
        QTest::addColumn<double>("throughput");
        // Without an SLO every point meets it: the last point.
        QTest::newRow("no SLO") << std::optional<Slo>() << true << 16.0 << 4200.0;
        QTest::newRow("all meet") << slo(1000, 50) << true << 16.0 << 4200.0;
        QTest::newRow("all meet, on the line") << slo(500, 40) << true << 16.0 << 4200.0;
        // TTFT 300 breaks between c 8 (200) and c 16 (500): c* = 8 + (300-200)/(500-200) x 8 = 10 2/3;
        // throughput 3000 + (2 2/3 / 8) x 1200 = 3400.
        QTest::newRow("TTFT breaks") << slo(300, std::nullopt) << true << 32.0 / 3 << 3400.0;
        // TPOT 16 breaks between c 4 (14) and c 8 (20): c* = 4 + 2/6 x 4 = 5 1/3; 1800 + (1 1/3 / 4) x 1200 = 2200.
        QTest::newRow("TPOT breaks") << slo(std::nullopt, 16) << true << 16.0 / 3 << 2200.0;
        // Both break between c 4 and c 8: TTFT 150 at 4 + 50/100 x 4 = 6, TPOT 18 at 4 + 4/6 x 4 = 6 2/3:
        // the smaller, 6, and 1800 + 2/4 x 1200 = 2400.
        QTest::newRow("both, TTFT first") << slo(150, 18) << true << 6.0 << 2400.0;
        // TTFT 150 at 6, TPOT 15.5 at 4 + 1.5/6 x 4 = 5: 5, and 1800 + 1/4 x 1200 = 2100.
        QTest::newRow("both, TPOT first") << slo(150, 15.5) << true << 5.0 << 2100.0;
        // A TPOT of 12 fails at c 4 though TTFT holds: k is c 1; 1 + 2/4 x 3 = 2.5; 500 + 1.5/3 x 1300 = 1150.
        QTest::newRow("breaks after the first") << slo(1000, 12) << true << 2.5 << 1150.0;
        QTest::newRow("first point fails") << slo(40, std::nullopt) << false << 0.0 << 0.0;
        QTest::newRow("first point fails TPOT") << slo(std::nullopt, 9.99) << false << 0.0 << 0.0;
    }
    void throughputAtSlo()
    {
        QFETCH(std::optional<Slo>, objectives);
        QFETCH(bool, feasible);
        QFETCH(double, concurrency);
        QFETCH(double, throughput);
        const SloCapacity c = ftroi::throughputAtSlo(fourLoads(), objectives);
        QCOMPARE(c.feasible, feasible);
        if (!feasible)
            return;
        FTROI_COMPARE_REL(c.concurrency, concurrency, 1e-12);
        FTROI_COMPARE_REL(c.throughput, throughput, 1e-12);
    }

    // The order of the points in the file does not matter.
    void unsortedPointsGiveTheSameAnswer()
    {
        Benchmark sorted;
        sorted.points = {point(1, 500, 50, 10), point(4, 1800, 100, 14), point(8, 3000, 200, 20), point(16, 4200, 500, 40)};
        for (const std::optional<Slo> &o : {slo(300, std::nullopt), slo(std::nullopt, 16), slo(150, 18)}) {
            const SloCapacity a = ftroi::throughputAtSlo(sorted, o);
            const SloCapacity b = ftroi::throughputAtSlo(fourLoads(), o);
            QCOMPARE(a.concurrency, b.concurrency);
            QCOMPARE(a.throughput, b.throughput);
        }
        // Reversed too.
        Benchmark reversed;
        reversed.points = {sorted.points[3], sorted.points[2], sorted.points[1], sorted.points[0]};
        const SloCapacity r = ftroi::throughputAtSlo(reversed, slo(300, std::nullopt));
        FTROI_COMPARE_REL(r.throughput, 3400, 1e-12);
    }

    // A point that meets the SLO after one that breaks it does not count: k stops at the first break.
    void aLaterPointMeetingAgainDoesNotCount()
    {
        Benchmark b;
        b.points = {point(1, 500, 50, 10), point(2, 900, 400, 11), point(4, 1800, 100, 14)};
        const SloCapacity c = ftroi::throughputAtSlo(b, slo(200, std::nullopt));
        // 1 + (200 - 50)/(400 - 50) x 1 = 1 3/7; 500 + 3/7 x 400.
        FTROI_COMPARE_REL(c.concurrency, 1 + 150.0 / 350, 1e-12);
        FTROI_COMPARE_REL(c.throughput, 500 + 150.0 / 350 * 400, 1e-12);
    }

    // |x - mean| > 25 % of the mean over ALL points (inputs 900 and 1100: mean 1000; outputs 150, 250: 200).
    void shapeMismatchAtItsEdge_data()
    {
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("output");
        QTest::addColumn<bool>("mismatch");
        QTest::newRow("the mean") << 1000.0 << 200.0 << false;
        QTest::newRow("input +25 %") << 1250.0 << 200.0 << false;
        QTest::newRow("input -25 %") << 750.0 << 200.0 << false;
        QTest::newRow("input +26 %") << 1260.0 << 200.0 << true;
        QTest::newRow("input -26 %") << 740.0 << 200.0 << true;
        QTest::newRow("output +25 %") << 1000.0 << 250.0 << false;
        QTest::newRow("output -26 %") << 1000.0 << 148.0 << true;
        QTest::newRow("output +26 %") << 1000.0 << 252.0 << true;
    }
    void shapeMismatchAtItsEdge()
    {
        QFETCH(double, input);
        QFETCH(double, output);
        QFETCH(bool, mismatch);
        Benchmark b;
        b.points = {point(1, 500, 50, 10, 900, 150), point(4, 1800, 100, 14, 1100, 250)};
        Workload w;
        w.requestsPerDay = 1000;
        w.inputTokensPerRequest = input;
        w.outputTokensPerRequest = output;
        QCOMPARE(benchmarkShapeMismatch(b, w), mismatch);
        Scenario s = testsupport::baseScenario();
        s.workload.inputTokensPerRequest = input;
        s.workload.outputTokensPerRequest = output;
        s.selfHosted.benchmark = b;
        QCOMPARE(evaluate(s).benchmarkShapeMismatch, mismatch);
    }

    // thr_slo replaces thr_eff everywhere: a scenario measured at 3,400 tokens/s
    // costs what the same scenario typed at 3,400 tokens/s costs.
    void sloThroughputReplacesTheTypedOne()
    {
        for (const bool autoSized : {false, true}) {
            Scenario measured = testsupport::baseScenario();
            if (autoSized)
                measured.selfHosted.fixedInstances.reset();
            measured.workload.requestsPerDay = 2e6; // several instances
            measured.selfHosted.benchmark = fourLoads();
            measured.selfHosted.slo = slo(300, std::nullopt);
            Scenario typed = measured;
            typed.selfHosted.benchmark.reset();
            typed.selfHosted.slo.reset();
            typed.selfHosted.throughputTokensPerS = 3400;
            const ScenarioResult m = evaluate(measured);
            const ScenarioResult t = evaluate(typed);
            FTROI_COMPARE_REL(*m.throughputAtSlo, 3400, 1e-12);
            FTROI_COMPARE_REL(*m.sloConcurrency, 32.0 / 3, 1e-12);
            QCOMPARE(m.instances, t.instances);
            FTROI_COMPARE_REL(m.utilization, t.utilization, 1e-12);
            FTROI_COMPARE_REL(m.monthlySavings, t.monthlySavings, 1e-12);
            FTROI_COMPARE_REL(*m.lifetime.npv, *t.lifetime.npv, 1e-12);
            // Reviews eat the savings here: neither has an all-in break-even, or both the same one.
            QCOMPARE(m.breakEvenAllInTokensPerDay.has_value(), t.breakEvenAllInTokensPerDay.has_value());
            if (m.breakEvenAllInTokensPerDay)
                FTROI_COMPARE_REL(*m.breakEvenAllInTokensPerDay, *t.breakEvenAllInTokensPerDay, 1e-12);
            QVERIFY(!m.sloInfeasible);
            QVERIFY(!m.decision.isExcluded(Path::SelfHosted) || m.overCapacity);
            if (autoSized) {
                // By hand: 2e6 requests x 700 tokens at 3,400 tokens/s x 20 % a day.
                const double expected = std::ceil(2e6 * 700 / (86400 * 3400 * 0.2));
                QCOMPARE(m.instances, expected);
            }
        }
    }

    // No measured load meets the SLO: the path is excluded with the contract's
    // reason; the economics come from the typed throughput.
    void infeasibleSloExcludesSelfHosting()
    {
        Scenario s = testsupport::baseScenario();
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.benchmark = fourLoads();
        s.selfHosted.slo = slo(40, std::nullopt);
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.sloInfeasible);
        QVERIFY(!r.throughputAtSlo);
        QVERIFY(!r.sloConcurrency);
        QVERIFY(r.selfHostedEconomicsKnown);
        QCOMPARE(r.decision.exclusion(Path::SelfHosted), Exclusion::SloInfeasible);
        QCOMPARE(exclusionText(r.decision.exclusion(Path::SelfHosted), r.peakUtilization),
                 QStringLiteral("no measured load meets the SLO"));
        QVERIFY(r.decision.bestPath != Path::SelfHosted);
        Scenario typed = s;
        typed.selfHosted.benchmark.reset();
        typed.selfHosted.slo.reset();
        const ScenarioResult t = evaluate(typed);
        QCOMPARE(r.instances, t.instances);
        FTROI_COMPARE_REL(r.monthlySavings, t.monthlySavings, 1e-12);
        // Without a typed throughput nothing of the fleet can be known.
        s.selfHosted.throughputGiven = false;
        QVERIFY(!evaluate(s).selfHostedEconomicsKnown);
    }

    // Without a benchmark: thr_eff, no concurrency, no mismatch.
    void withoutABenchmark()
    {
        const ScenarioResult r = evaluate(testsupport::baseScenario());
        FTROI_COMPARE_REL(*r.throughputAtSlo, 5000, 1e-12);
        QVERIFY(!r.sloConcurrency);
        QVERIFY(!r.benchmarkShapeMismatch);
        QVERIFY(!r.sloInfeasible);
    }
};

QTEST_APPLESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
