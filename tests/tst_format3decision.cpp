// Format 3's decision, payback rule and memory fit (docs/scenario-format.md,
// "The decision (format 3)"), each against numbers worked out by hand in the
// comments: exclusions with their reasons, runner-up, NPV margin and close
// call (the margin scaled by NPVs and project costs), best-path shares with
// ranges, the one payback rule, reading version 3 and writing the lowest version.
#include "core/analysis/rangeddecision.h"
#include "core/engine/costengine.h"
#include "core/io/documentformat.h"
#include "core/report/resultjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace ftroi;
using testsupport::baseScenario;

namespace {

// baseScenario() with equal review rates: operating savings 8,250 - 1,483.522 =
// 6,766.478 a month, project 8 x 12 + 100 h x 150 = 15,096, 18 months:
// NPV 6,766.478 x 18 - 15,096 = 106,700.604.
Scenario equalReviews()
{
    return testsupport::equalReviewsScenario();
}

DecisionInputs inputs(std::optional<double> selfNpv, std::optional<double> managedNpv = std::nullopt)
{
    DecisionInputs in;
    in.selfHostedNpv = selfNpv;
    in.hasManaged = managedNpv.has_value();
    in.managedNpv = managedNpv;
    return in;
}

QJsonObject firstResult(const ScenarioDocument &doc)
{
    return QJsonDocument::fromJson(evaluateDocumentToJson(doc)).array().at(0).toObject();
}

ScenarioDocument documentOf(const Scenario &s)
{
    ScenarioDocument doc;
    doc.scenarios = {s};
    return doc;
}

} // namespace

class TestFormat3Decision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runnerUpAndMargin()
    {
        // self 100, managed 80: self leads by 20, 20 >= 0.1 x 100: not close.
        Decision d = decide(inputs(100.0, 80.0));
        QVERIFY(d.bestPath == Path::SelfHosted);
        QVERIFY(d.runnerUp == Path::Managed);
        QCOMPARE(*d.npvMargin, 20.0);
        QVERIFY(!d.closeCall);
        // self 100, managed 95: 5 < 10: a close call.
        d = decide(inputs(100.0, 95.0));
        QVERIFY(d.closeCall);
        QCOMPARE(*d.npvMargin, 5.0);
    }

    void closeCallCountsWhatEachPathInvests()
    {
        // Self-host beats the API by 100 on a 2,000 project: 100 < 0.1 x 2,000.
        DecisionInputs in = inputs(100.0);
        in.selfHostedProjectCost = 2000;
        Decision d = decide(in);
        QVERIFY(d.bestPath == Path::SelfHosted);
        QVERIFY(d.runnerUp == Path::Api);
        QCOMPARE(*d.npvMargin, 100.0);
        QVERIFY(d.closeCall);
        // The same lead on a 900 project: 100 >= 0.1 x 900.
        in.selfHostedProjectCost = 900;
        QVERIFY(!decide(in).closeCall);
        // The rule's margin is the scenario's: 0.2 x 900 = 180 > 100.
        in.closeCallNpvMargin = 0.2;
        QVERIFY(decide(in).closeCall);
    }

    void apiBestWhenNothingPays()
    {
        // API 0, self -10, managed -20: the API, self-host runner-up 10 behind;
        // the scale is max(0, 10, 0, 0) = 10, and 10 >= 1: not close.
        const Decision d = decide(inputs(-10.0, -20.0));
        QVERIFY(d.bestPath == Path::Api);
        QVERIFY(d.runnerUp == Path::SelfHosted);
        QCOMPARE(*d.npvMargin, 10.0);
        QVERIFY(!d.closeCall);
    }

    void tiesPreferApiThenManaged()
    {
        const Decision d = decide(inputs(0.0, 0.0));
        QVERIFY(d.bestPath == Path::Api);
        QVERIFY(d.runnerUp == Path::Managed);
        QCOMPARE(*d.npvMargin, 0.0);
        // 0 < 0.1 x 0 is false: equal zeros are not a close call.
        QVERIFY(!d.closeCall);
        const Decision tie = decide(inputs(7.0, 7.0));
        QVERIFY(tie.bestPath == Path::Managed);
        QVERIFY(tie.runnerUp == Path::SelfHosted);
    }

    void npvThatCannotBeComputedIsNoRunnerUp()
    {
        const Decision d = decide(inputs(std::nullopt, 5.0));
        QVERIFY(d.bestPath == Path::Managed);
        QVERIFY(d.runnerUp == Path::Api);
    }

    void requiredSelfHostingExcludesApiAndManaged()
    {
        DecisionInputs in = inputs(-50.0, 30.0);
        in.requiresSelfHosting = true;
        const Decision d = decide(in);
        // Only self-hosting is allowed: it is best even at a loss.
        QVERIFY(d.bestPath == Path::SelfHosted);
        QVERIFY(!d.runnerUp);
        QVERIFY(!d.npvMargin);
        QVERIFY(!d.closeCall);
        QVERIFY(d.exclusion(Path::Api) == Exclusion::SelfHostingRequired);
        QVERIFY(d.exclusion(Path::Managed) == Exclusion::SelfHostingRequired);
        QCOMPARE(exclusionText(d.exclusion(Path::Api), 0), QStringLiteral("self-hosting is required"));
    }

    void everyPathExcluded()
    {
        DecisionInputs in = inputs(500.0);
        in.requiresSelfHosting = true;
        in.selfHostedExclusion = Exclusion::DoesNotFit;
        in.contextVerdict = Verdict::StrongFineTune;
        const Decision d = decide(in);
        QVERIFY(!d.bestPath);
        QVERIFY(!d.runnerUp);
        QVERIFY(!d.agrees);
        // Without a managed path, managed is not listed as excluded.
        QVERIFY(!d.isExcluded(Path::Managed));
        QCOMPARE(bestPathCode(d), QStringLiteral("none"));
    }

    void fixedFleetOverCapacityIsExcluded()
    {
        Scenario s = equalReviews();
        // 2 instances x 100 tokens/s x 86,400 = 17.28 M tokens/day for 35 M: 202.5 % at the peak.
        s.selfHosted.throughputTokensPerS = 100;
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.overCapacity);
        QVERIFY(r.decision.bestPath == Path::Api);
        QVERIFY(r.decision.exclusion(Path::SelfHosted) == Exclusion::OverCapacity);
        const QJsonObject decision = firstResult(documentOf(s)).value(QStringLiteral("decision")).toObject();
        QCOMPARE(decision.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("self_hosted")).toString(),
                 QStringLiteral("over capacity at the peak: 203 %"));
        QCOMPARE(decision.value(QStringLiteral("best_path")).toString(), QStringLiteral("api"));
        // An "auto" fleet is sized for the peak: never over capacity, never excluded for it.
        s.selfHosted.fixedInstances.reset();
        QVERIFY(!evaluate(s).decision.isExcluded(Path::SelfHosted));
    }

    void memoryFit()
    {
        Scenario s = equalReviews();
        QVERIFY(!evaluate(s).memoryNeededGb); // no gpu_memory_gb: no check
        QVERIFY(!firstResult(documentOf(s)).contains(QStringLiteral("memory_needed_gb")));
        s.selfHosted.gpuMemoryGb = 24;
        s.selfHosted.modelSizeB = 13; // 13 x 2 bytes x 1.2 = 31.2 GB > 24
        ScenarioResult r = evaluate(s);
        QCOMPARE(*r.memoryNeededGb, 31.2);
        QVERIFY(!*r.fitsInMemory);
        QVERIFY(r.decision.exclusion(Path::SelfHosted) == Exclusion::DoesNotFit);
        QVERIFY(r.decision.bestPath == Path::Api);
        const QJsonObject json = firstResult(documentOf(s));
        QCOMPARE(json.value(QStringLiteral("memory_needed_gb")).toDouble(), 31.2);
        QCOMPARE(json.value(QStringLiteral("fits_in_memory")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("decision")).toObject().value(QStringLiteral("excluded")).toObject()
                     .value(QStringLiteral("self_hosted")).toString(),
                 QStringLiteral("the model does not fit in the instance's memory"));
        s.selfHosted.precision = Precision::Int4; // 13 x 0.5 x 1.2 = 7.8 GB
        r = evaluate(s);
        QCOMPARE(*r.memoryNeededGb, 7.8);
        QVERIFY(*r.fitsInMemory);
        QVERIFY(r.decision.bestPath == Path::SelfHosted);
    }

    void paybackRuleForAProjectThatCostsNothing()
    {
        Scenario s = equalReviews();
        s.project.trainingRuns = 0;
        s.project.engineeringHours.clear();
        ScenarioResult r = evaluate(s);
        QCOMPARE(r.totalProjectCost, 0.0);
        QCOMPARE(*r.paybackMonths, 0.0); // costs 0, saves 6,766.478 a month
        QCOMPARE(*r.lifetime.paybackMonthsWithGrowth, 0.0);
        // Serving dearer than the API: operating savings 8,250 - (2 x 9 x 720 + 0.322) < 0: never.
        s.selfHosted.instanceCostPerHour = 9;
        r = evaluate(s);
        QVERIFY(r.monthlySavingsBeforeAmortization < 0);
        QVERIFY(!r.paybackMonths);
        QVERIFY(!r.lifetime.paybackMonthsWithGrowth);
        // With growth: month 1 loses money, so never, even if later months save.
        s.workload.monthlyGrowth = 0.5;
        r = evaluate(s);
        QVERIFY(!r.lifetime.paybackMonthsWithGrowth);
        const QJsonObject json = firstResult(documentOf(s));
        QVERIFY(json.value(QStringLiteral("payback_months")).isNull());
        QVERIFY(json.value(QStringLiteral("payback_months_with_growth")).isNull());
    }

    void managedPaybackFollowsTheSameRule()
    {
        Scenario s = equalReviews();
        ManagedPath m = testsupport::openAiManagedPath();
        m.engineeringHours.clear();
        m.trainingTokensPerRun = 0; // the managed project costs 0
        m.hostingCostPerHour = 100; // 72,000 a month: far above the API bill
        s.managed = m;
        const ScenarioResult r = evaluate(s);
        QCOMPARE(r.managed->totalProjectCost, 0.0);
        QVERIFY(!r.managed->paybackMonths);
        QVERIFY(!r.managed->lifetime.paybackMonthsWithGrowth);
    }

    void sharesOfSamplesMakeACloseCall()
    {
        // Savings are linear in the volume R: NPV = 18 x (8,250 R / 50,000 - 1,483.522) - 15,096,
        // above 0 for R > 14,073.9. R uniform on [0, 28,147.8]: self-host is best in half the samples.
        Scenario s = testsupport::linearScenario(0, 28147.8);
        ScenarioResult r = evaluate(s);
        QVERIFY(r.decision.bestPath == Path::SelfHosted);
        QVERIFY(!r.decision.closeCall); // by NPV it is no close call
        addSampleShares(s, r);
        QVERIFY(r.decision.bestPathShares.has_value());
        const auto &shares = *r.decision.bestPathShares;
        QVERIFY(std::abs(shares[size_t(Path::SelfHosted)] - 0.5) < 0.02);
        QVERIFY(std::abs(shares[size_t(Path::Api)] - 0.5) < 0.02);
        QCOMPARE(shares[size_t(Path::Managed)], 0.0);
        QVERIFY(r.decision.closeCallByShare);
        QVERIFY(r.decision.closeCall);
        // evaluate --json reports the same, from the document's samples and seed.
        const QJsonObject decision = firstResult(documentOf(s)).value(QStringLiteral("decision")).toObject();
        QCOMPARE(decision.value(QStringLiteral("close_call")).toBool(), true);
        QCOMPARE(decision.value(QStringLiteral("best_path_shares")).toObject().value(QStringLiteral("self_hosted")).toDouble(),
                 shares[size_t(Path::SelfHosted)]);
        // A range where self-hosting always wins: best in every sample, no close call.
        s = testsupport::linearScenario(40000, 60000);
        r = evaluateWithShares(s);
        QCOMPARE((*r.decision.bestPathShares)[size_t(Path::SelfHosted)], 1.0);
        QVERIFY(!r.decision.closeCall);
    }

    void decisionObjectHasTheContractKeys()
    {
        const QJsonObject decision = firstResult(documentOf(equalReviews())).value(QStringLiteral("decision")).toObject();
        const QStringList keys{QStringLiteral("agrees"), QStringLiteral("best_path"), QStringLiteral("close_call"),
                               QStringLiteral("context_verdict"), QStringLiteral("excluded"),
                               QStringLiteral("npv_margin"), QStringLiteral("runner_up")};
        QCOMPARE(decision.keys(), keys);
        QCOMPARE(decision.value(QStringLiteral("runner_up")).toString(), QStringLiteral("api"));
        QCOMPARE(decision.value(QStringLiteral("npv_margin")).toDouble(), 6766.478 * 18 - 15096);
        QVERIFY(decision.value(QStringLiteral("excluded")).toObject().isEmpty());
    }

    void readsVersion3AndWritesTheLowestVersion()
    {
        Scenario s = equalReviews();
        const QByteArray v2 = writeDocument(documentOf(s));
        QVERIFY(v2.contains("\"version\": 2"));
        s.selfHosted.gpuMemoryGb = 24;
        s.requiresSelfHosting = true;
        s.decisionRules = DecisionRules{0.25, std::nullopt};
        const QByteArray v3 = writeDocument(documentOf(s));
        QVERIFY(v3.contains("\"version\": 3"));
        const ReadResult read = readDocument(v3);
        QVERIFY2(read.document, qPrintable(read.error));
        const Scenario &back = read.document->scenarios.at(0);
        QCOMPARE(*back.selfHosted.gpuMemoryGb, 24.0);
        QCOMPARE(*back.requiresSelfHosting, true);
        QVERIFY(!back.context); // requires_self_hosting alone: no context score
        QCOMPARE(*back.decisionRules->closeCallNpvMargin, 0.25);
        QVERIFY(!back.decisionRules->closeCallProbability);
        QCOMPARE(writeDocument(*read.document), v3);
    }

    void earlierVersionsRefuseFormat3Keys_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("gpu memory") << QByteArray("\"instances\": 2,") << QByteArray("\"instances\": 2, \"gpu_memory_gb\": 24,")
                                    << QStringLiteral("scenarios[0].self_hosted.gpu_memory_gb: needs version 3 of the format (this document says version 2)");
        QTest::newRow("decision rules") << QByteArray("\"review_cost\":") << QByteArray("\"decision_rules\": {}, \"review_cost\":")
                                        << QStringLiteral("scenarios[0].decision_rules: needs version 3 of the format (this document says version 2)");
    }

    void earlierVersionsRefuseFormat3Keys()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray text = QJsonDocument(documentToJson(documentOf(equalReviews()))).toJson(QJsonDocument::Compact);
        text.replace("\"instances\":2,", "\"instances\": 2,").replace("\"review_cost\":", "\"review_cost\":");
        QVERIFY(text.contains(from));
        text.replace(from, to);
        const ReadResult read = readDocument(text);
        QVERIFY(!read.document);
        QCOMPARE(read.error, message);
        text.replace("\"version\":2", "\"version\":3");
        const ReadResult v3 = readDocument(text);
        QVERIFY2(v3.document, qPrintable(v3.error));
    }

    void contextCanRequireSelfHosting()
    {
        QByteArray text = writeDocument(documentOf(equalReviews()));
        text.replace("\"version\": 2", "\"version\": 3");
        text.replace("\"review_cost\":", "\"context\": {\"requires_self_hosting\": true}, \"review_cost\":");
        const ReadResult read = readDocument(text);
        QVERIFY2(read.document, qPrintable(read.error));
        const QJsonObject decision = firstResult(*read.document).value(QStringLiteral("decision")).toObject();
        QCOMPARE(decision.value(QStringLiteral("best_path")).toString(), QStringLiteral("self_hosted"));
        QCOMPARE(decision.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("api")).toString(),
                 QStringLiteral("self-hosting is required"));
        QVERIFY(decision.value(QStringLiteral("runner_up")).isNull());
        QVERIFY(decision.value(QStringLiteral("context_verdict")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestFormat3Decision)
#include "tst_format3decision.moc"
