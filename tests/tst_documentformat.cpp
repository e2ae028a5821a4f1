// Scenario documents: one refused document per kind of fault (checking the
// message names the place), save -> load round trips, unknown keys kept.
#include "core/engine/costengine.h"
#include "core/io/documentformat.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ftroi;

namespace {

QJsonObject referenceRoot()
{
    return QJsonDocument::fromJson(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")))).object();
}

// Sets (or, with an undefined value, removes) "a.b.c" inside `object`.
QJsonObject withPath(QJsonObject object, const QStringList &keys, const QJsonValue &value)
{
    const QString key = keys.first();
    if (keys.size() == 1) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    }
    object.insert(key, withPath(object.value(key).toObject(), keys.mid(1), value));
    return object;
}

// Applies a change to scenarios[2] of the reference document.
QByteArray referenceWith(const QString &path, const QJsonValue &value)
{
    QJsonObject root = referenceRoot();
    QJsonArray scenarios = root.value(QStringLiteral("scenarios")).toArray();
    scenarios[2] = withPath(scenarios[2].toObject(), path.split(QLatin1Char('.')), value);
    root.insert(QStringLiteral("scenarios"), scenarios);
    return QJsonDocument(root).toJson();
}

const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestDocumentFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsReference()
    {
        const ReadResult read = readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        QVERIFY2(read.document, qPrintable(read.error));
        QCOMPARE(read.document->scenarios.size(), 6);
        const Scenario &auto5 = read.document->scenarios.at(4);
        QVERIFY(!auto5.selfHosted.fixedInstances);
        QVERIFY(!auto5.project.computeCostPerRun);
        QVERIFY(auto5.project.training);
        QCOMPARE(auto5.project.training->method, Method::Qlora);
        QCOMPARE(auto5.project.engineeringHours.size(), 8);
        QVERIFY(!read.document->scenarios.at(5).context);
        QCOMPARE(read.document->currency, QStringLiteral("USD"));
    }

    void refusesScenarioFaults_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("fraction out of range") << QStringLiteral("self_hosted.review_rate") << QJsonValue(1.7)
                                               << QStringLiteral("scenarios[2].self_hosted.review_rate: 1.7 is not in [0, 1]");
        QTest::newRow("negative count") << QStringLiteral("workload.requests_per_day") << QJsonValue(-5)
                                        << QStringLiteral("scenarios[2].workload.requests_per_day: -5 must be >= 0");
        QTest::newRow("negative price") << QStringLiteral("api.output_price_per_1m") << QJsonValue(-0.5)
                                        << QStringLiteral("scenarios[2].api.output_price_per_1m: -0.5 must be >= 0");
        QTest::newRow("zero throughput") << QStringLiteral("self_hosted.throughput_tokens_per_s") << QJsonValue(0)
                                         << QStringLiteral("scenarios[2].self_hosted.throughput_tokens_per_s: 0 must be > 0");
        QTest::newRow("zero utilization") << QStringLiteral("self_hosted.target_utilization") << QJsonValue(0)
                                          << QStringLiteral("scenarios[2].self_hosted.target_utilization: 0 is not in (0, 1]");
        QTest::newRow("zero training model size") << QStringLiteral("project.training") << QJsonValue(QJsonObject{
            {QStringLiteral("model_size_b"), 0}, {QStringLiteral("method"), QStringLiteral("lora")}, {QStringLiteral("examples"), 1},
            {QStringLiteral("avg_seq_len"), 1}, {QStringLiteral("epochs"), 1}, {QStringLiteral("gpu"), QStringLiteral("a10g")}})
                                                  << QStringLiteral("scenarios[2].project.training.model_size_b: 0 must be > 0");
        QTest::newRow("zero lifetime") << QStringLiteral("project.lifetime_months") << QJsonValue(0)
                                       << QStringLiteral("scenarios[2].project.lifetime_months: 0 must be > 0");
        QTest::newRow("missing key") << QStringLiteral("api.input_price_per_1m") << kRemove
                                     << QStringLiteral("scenarios[2].api.input_price_per_1m: required key is missing");
        QTest::newRow("missing object") << QStringLiteral("workload") << kRemove
                                        << QStringLiteral("scenarios[2].workload: required key is missing");
        QTest::newRow("mistyped number") << QStringLiteral("review_cost") << QJsonValue(QStringLiteral("5"))
                                         << QStringLiteral("scenarios[2].review_cost: expected a number, found the text \"5\"");
        QTest::newRow("mistyped object") << QStringLiteral("project") << QJsonValue(3)
                                         << QStringLiteral("scenarios[2].project: expected an object, found the number 3");
        QTest::newRow("mistyped bool") << QStringLiteral("context.team_ml_expertise") << QJsonValue(QStringLiteral("yes"))
                                       << QStringLiteral("scenarios[2].context.team_ml_expertise: expected true or false, found the text \"yes\"");
        QTest::newRow("bad level") << QStringLiteral("context.task_consistency") << QJsonValue(QStringLiteral("very"))
                                   << QStringLiteral("scenarios[2].context.task_consistency: \"very\" is not one of \"high\", \"medium\", \"low\"");
        QTest::newRow("bad method") << QStringLiteral("self_hosted.method") << QJsonValue(QStringLiteral("dpo"))
                                    << QStringLiteral("scenarios[2].self_hosted.method: \"dpo\" is not one of \"lora\", \"qlora\", \"full\"");
        QTest::newRow("fractional instances") << QStringLiteral("self_hosted.instances") << QJsonValue(2.5)
                                              << QStringLiteral("scenarios[2].self_hosted.instances: expected a whole number from 1 to 1000000 or \"auto\", found the number 2.5");
        QTest::newRow("zero instances") << QStringLiteral("self_hosted.instances") << QJsonValue(0)
                                        << QStringLiteral("scenarios[2].self_hosted.instances: expected a whole number from 1 to 1000000 or \"auto\", found the number 0");
        QTest::newRow("other instances text") << QStringLiteral("self_hosted.instances") << QJsonValue(QStringLiteral("many"))
                                              << QStringLiteral("scenarios[2].self_hosted.instances: expected a whole number from 1 to 1000000 or \"auto\", found the text \"many\"");
        QTest::newRow("negative phase hours") << QStringLiteral("project.engineering_hours.all_phases") << QJsonValue(-1)
                                              << QStringLiteral("scenarios[2].project.engineering_hours.all_phases: -1 must be >= 0");
        QTest::newRow("no run cost and no training") << QStringLiteral("project.compute_cost_per_run") << kRemove
                                                     << QStringLiteral("scenarios[2].project.compute_cost_per_run: required key is missing (or give \"training\" to estimate it)");
        QTest::newRow("too large") << QStringLiteral("workload.input_tokens_per_request") << QJsonValue(1e300)
                                   << QStringLiteral("scenarios[2].workload.input_tokens_per_request: 1e+300 is too large (at most 1e+15)");
        QTest::newRow("name missing") << QStringLiteral("name") << kRemove
                                      << QStringLiteral("scenarios[2].name: required key is missing");
        QTest::newRow("bad training") << QStringLiteral("project.training") << QJsonValue(QJsonObject{{QStringLiteral("model_size_b"), 7}})
                                      << QStringLiteral("scenarios[2].project.training.method: required key is missing");
        QTest::newRow("null value") << QStringLiteral("api.review_rate") << QJsonValue(QJsonValue::Null)
                                    << QStringLiteral("scenarios[2].api.review_rate: expected a number, found null");
        // Format 2 keys.
        auto row = [](const char *name, const char *path, const QJsonValue &value, const char *message) {
            QTest::newRow(name) << QString::fromLatin1(path) << value << QString::fromUtf8(message);
        };
        row("peak hours 0", "workload.peak_hours_per_day", 0, "scenarios[2].workload.peak_hours_per_day: 0 is not in (0, 24]");
        row("peak hours 25", "workload.peak_hours_per_day", 25, "scenarios[2].workload.peak_hours_per_day: 25 is not in (0, 24]");
        row("peak share at 24 h", "workload.peak_traffic_share", 0.8,
            "scenarios[2].workload.peak_traffic_share: 0.8 must be 1 when peak_hours_per_day is 24 (all traffic is in the peak)");
        row("peak share 0", "workload.peak_traffic_share", 0, "scenarios[2].workload.peak_traffic_share: 0 is not in (0, 1]");
        row("growth too low", "workload.monthly_growth", -0.6, "scenarios[2].workload.monthly_growth: -0.6 is not in [-0.5, 10]");
        row("growth too high", "workload.monthly_growth", 11, "scenarios[2].workload.monthly_growth: 11 is not in [-0.5, 10]");
        row("growth as text", "workload.monthly_growth", QStringLiteral("5%"),
            "scenarios[2].workload.monthly_growth: expected a number, found the text \"5%\"");
        row("cached share", "api.cached_input_share", 1.5, "scenarios[2].api.cached_input_share: 1.5 is not in [0, 1]");
        row("cached price", "api.cached_input_price_per_1m", -1, "scenarios[2].api.cached_input_price_per_1m: -1 must be >= 0");
        row("batch share", "api.batch_share", 2, "scenarios[2].api.batch_share: 2 is not in [0, 1]");
        row("batch discount", "api.batch_discount", -0.1, "scenarios[2].api.batch_discount: -0.1 is not in [0, 1]");
        row("api error rate", "api.error_rate", 3, "scenarios[2].api.error_rate: 3 is not in [0, 1]");
        row("self error rate", "self_hosted.error_rate", -1, "scenarios[2].self_hosted.error_rate: -1 is not in [0, 1]");
        row("cost per error", "cost_per_error", -5, "scenarios[2].cost_per_error: -5 must be >= 0");
        row("autoscaling a fixed fleet", "self_hosted.autoscaling", true,
            "scenarios[2].self_hosted.autoscaling: needs \"instances\": \"auto\" (a fixed fleet of 4 cannot scale)");
        row("autoscaling as text", "self_hosted.autoscaling", QStringLiteral("yes"),
            "scenarios[2].self_hosted.autoscaling: expected true or false, found the text \"yes\"");
        row("fractional floor", "self_hosted.min_instances", 1.5, "scenarios[2].self_hosted.min_instances: 1.5 is not a whole number");
        row("negative floor", "self_hosted.min_instances", -1, "scenarios[2].self_hosted.min_instances: -1 must be >= 0");
        row("unknown precision", "self_hosted.precision", QStringLiteral("fp8"),
            "scenarios[2].self_hosted.precision: \"fp8\" is not one of \"bf16\", \"fp16\", \"int8\", \"int4\"");
        row("engine speedup 0", "self_hosted.speedup.engine", 0, "scenarios[2].self_hosted.speedup.engine: 0 must be > 0");
        row("quantization speedup", "self_hosted.speedup.quantization", -2, "scenarios[2].self_hosted.speedup.quantization: -2 must be > 0");
        row("speculative speedup", "self_hosted.speedup.speculative_decoding", 0,
            "scenarios[2].self_hosted.speedup.speculative_decoding: 0 must be > 0");
        row("speedup not an object", "self_hosted.speedup", 2, "scenarios[2].self_hosted.speedup: expected an object, found the number 2");
        row("discount rate", "project.discount_rate_annual", 1.2, "scenarios[2].project.discount_rate_annual: 1.2 is not in [0, 1]");
        const QJsonObject managed{{QStringLiteral("provider"), QStringLiteral("OpenAI")},
                                  {QStringLiteral("training_price_per_1m_tokens"), 8},
                                  {QStringLiteral("training_tokens_per_run"), 2e6},
                                  {QStringLiteral("input_price_per_1m"), 0.3},
                                  {QStringLiteral("output_price_per_1m"), 1.2}};
        auto managedWith = [&](const QString &key, const QJsonValue &value) {
            QJsonObject m = managed;
            if (value.isUndefined())
                m.remove(key);
            else
                m.insert(key, value);
            return m;
        };
        row("managed review rate", "managed", managedWith(QStringLiteral("review_rate"), 3),
            "scenarios[2].managed.review_rate: 3 is not in [0, 1]");
        row("managed runs", "managed", managedWith(QStringLiteral("training_runs"), 2.5),
            "scenarios[2].managed.training_runs: 2.5 is not a whole number");
        row("managed price missing", "managed", managedWith(QStringLiteral("input_price_per_1m"), kRemove),
            "scenarios[2].managed.input_price_per_1m: required key is missing");
        row("managed hosting", "managed", managedWith(QStringLiteral("hosting_cost_per_hour"), -1),
            "scenarios[2].managed.hosting_cost_per_hour: -1 must be >= 0");
        row("managed hours", "managed", managedWith(QStringLiteral("engineering_hours"), QJsonObject{{QStringLiteral("setup"), -4}}),
            "scenarios[2].managed.engineering_hours.setup: -4 must be >= 0");
        row("managed not an object", "managed", QJsonArray(), "scenarios[2].managed: expected an object, found a list");
    }

    void refusesScenarioFaults()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        const ReadResult read = readDocument(referenceWith(path, value));
        QVERIFY(!read.document);
        QCOMPARE(read.error, message);
    }

    void refusesDocumentFaults_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"format\": \"ftroi\",\n \"version\": }")
                                  << QStringLiteral("not a valid JSON document: object is missing after a comma at line 2, column 14");
        QTest::newRow("array root") << QByteArray("[]")
                                    << QStringLiteral("document: expected a JSON object with \"format\", \"version\" and \"scenarios\"");
        QTest::newRow("other format") << QByteArray(R"({"format": "xls", "version": 1, "scenarios": []})")
                                      << QStringLiteral("format: expected \"ftroi\", found \"xls\"");
        QTest::newRow("newer version") << QByteArray(R"({"format": "ftroi", "version": 4, "scenarios": [{"anything": 1}]})")
                                       << QStringLiteral("version: 4 is newer than this version of Fine-Tuning ROI Studio can read (format 3); open it with a newer version");
        QTest::newRow("bad version") << QByteArray(R"({"format": "ftroi", "version": "1", "scenarios": []})")
                                     << QStringLiteral("version: expected a whole number >= 1, found the text \"1\"");
        QTest::newRow("no scenarios") << QByteArray(R"({"format": "ftroi", "version": 1})")
                                      << QStringLiteral("scenarios: required key is missing");
        QTest::newRow("empty scenarios") << QByteArray(R"({"format": "ftroi", "version": 1, "scenarios": []})")
                                         << QStringLiteral("scenarios: the list is empty; a document holds at least one scenario");
        QTest::newRow("scenario not object") << QByteArray(R"({"format": "ftroi", "version": 1, "scenarios": [7]})")
                                             << QStringLiteral("scenarios[0]: expected an object, found the number 7");
        QTest::newRow("bad currency") << QByteArray(R"({"format": "ftroi", "version": 1, "currency": "", "scenarios": [{}]})")
                                      << QStringLiteral("currency: expected a currency code such as \"USD\"");
    }

    void refusesDocumentFaults()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const ReadResult read = readDocument(json);
        QVERIFY(!read.document);
        QCOMPARE(read.error, message);
    }

    void refusesPeakShareBelowItsHours()
    {
        QJsonObject root = referenceRoot();
        QJsonArray scenarios = root.value(QStringLiteral("scenarios")).toArray();
        QJsonObject s = withPath(scenarios[1].toObject(), {QStringLiteral("workload"), QStringLiteral("peak_hours_per_day")}, 12);
        s = withPath(s, {QStringLiteral("workload"), QStringLiteral("peak_traffic_share")}, 0.4);
        scenarios[1] = s;
        root.insert(QStringLiteral("scenarios"), scenarios);
        const ReadResult read = readDocument(QJsonDocument(root).toJson());
        QVERIFY(!read.document);
        QCOMPARE(read.error, QStringLiteral("scenarios[1].workload.peak_traffic_share: 0.4 is below peak_hours_per_day / 24 = 0.5: "
                                            "the peak hours would carry less than their share of the day"));
    }

    void format2KeysRoundTrip()
    {
        const ReadResult read = readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        QVERIFY(read.document);
        ScenarioDocument doc = *read.document;
        Scenario &s = doc.scenarios[4]; // auto-sized
        s.workload.peakHoursPerDay = 10;
        s.workload.peakTrafficShare = 0.8;
        s.workload.monthlyGrowth = 0.05;
        s.api.cachedInputShare = 0.3;
        s.api.cachedInputPricePer1M = 1.25;
        s.api.batchShare = 0.2;
        s.api.batchDiscount = 0.5;
        s.api.errorRate = 0.01;
        s.selfHosted.errorRate = 0.02;
        s.selfHosted.autoscaling = true;
        s.selfHosted.minInstances = 1;
        s.selfHosted.precision = Precision::Int8;
        s.selfHosted.speedup = {12, 1.3, 2.5};
        s.costPerError = 30;
        s.project.discountRateAnnual = 0.1;
        ManagedPath m;
        m.provider = QStringLiteral("Together");
        m.trainingPricePer1MTokens = 2;
        m.trainingTokensPerRun = 5e6;
        m.trainingRuns = 3;
        m.inputPricePer1M = 0.2;
        m.outputPricePer1M = 0.2;
        m.hostingCostPerHour = 0.5;
        m.reviewRate = 0.04;
        m.engineeringHours = {{QStringLiteral("setup"), 16}, {QStringLiteral("evaluation"), 8}};
        s.managed = m;
        const QByteArray saved = writeDocument(doc);
        const ReadResult again = readDocument(saved);
        QVERIFY2(again.document, qPrintable(again.error));
        QCOMPARE(writeDocument(*again.document), saved);
        const Scenario &t = again.document->scenarios.at(4);
        QCOMPARE(t.workload.peakHoursPerDay, 10.0);
        QCOMPARE(t.api.cachedInputPricePer1M.value_or(-1), 1.25);
        QCOMPARE(t.selfHosted.precision, Precision::Int8);
        QCOMPARE(t.selfHosted.speedup.speculativeDecoding, 2.5);
        QVERIFY(t.selfHosted.autoscaling);
        QCOMPARE(t.managed->engineeringHours.at(1).name, QStringLiteral("evaluation"));
        QVERIFY(!t.managed->errorRate);
        const ScenarioResult a = evaluate(s);
        const ScenarioResult b = evaluate(t);
        QCOMPARE(a.monthlySavings, b.monthlySavings);
        QCOMPARE(*a.lifetime.npv, *b.lifetime.npv);
        QCOMPARE(*a.managed->lifetime.npv, *b.managed->lifetime.npv);
        // Defaults are not written: an unchanged format-1 scenario gains no keys.
        const QJsonObject first = QJsonDocument::fromJson(saved).object().value(QStringLiteral("scenarios")).toArray().at(0).toObject();
        QVERIFY(!first.value(QStringLiteral("workload")).toObject().contains(QStringLiteral("monthly_growth")));
        QVERIFY(!first.contains(QStringLiteral("managed")));
        QVERIFY(!first.value(QStringLiteral("self_hosted")).toObject().contains(QStringLiteral("speedup")));
    }

    void roundTripKeepsEveryValue()
    {
        const QByteArray original = testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
        const ReadResult first = readDocument(original);
        QVERIFY(first.document);
        const QByteArray saved = writeDocument(*first.document);
        const ReadResult second = readDocument(saved);
        QVERIFY2(second.document, qPrintable(second.error));
        // Same JSON as the original, key for key and value for value, plus the
        // phase order this app adds; a format-1 file is saved as format 2.
        QJsonObject savedRoot = QJsonDocument::fromJson(saved).object();
        QCOMPARE(savedRoot.value(QStringLiteral("version")).toInt(), 2);
        savedRoot.insert(QStringLiteral("version"), 1);
        QJsonArray savedScenarios = savedRoot.value(QStringLiteral("scenarios")).toArray();
        for (qsizetype i = 0; i < savedScenarios.size(); ++i) {
            QJsonObject scenario = savedScenarios[i].toObject();
            QJsonObject project = scenario.value(QStringLiteral("project")).toObject();
            QVERIFY(project.contains(QStringLiteral("engineering_phase_order")));
            project.remove(QStringLiteral("engineering_phase_order"));
            scenario.insert(QStringLiteral("project"), project);
            savedScenarios[i] = scenario;
        }
        savedRoot.insert(QStringLiteral("scenarios"), savedScenarios);
        QCOMPARE(savedRoot, QJsonDocument::fromJson(original).object());
        QCOMPARE(writeDocument(*second.document), saved);
        for (int i = 0; i < first.document->scenarios.size(); ++i) {
            const ScenarioResult a = evaluate(first.document->scenarios.at(i));
            const ScenarioResult b = evaluate(second.document->scenarios.at(i));
            QCOMPARE(a.monthlySavings, b.monthlySavings);
            QCOMPARE(a.totalProjectCost, b.totalProjectCost);
        }
    }

    void editedValuesRoundTrip()
    {
        ScenarioDocument doc;
        doc.currency = QStringLiteral("EUR");
        Scenario s = testsupport::baseScenario();
        s.name = QStringLiteral("Edited \u00e9 \"quoted\"");
        s.selfHosted.fixedInstances.reset();
        s.project.computeCostPerRun.reset();
        s.project.training = TrainingSpec{13, Method::Full, 1234, 256, 1.5, GpuKind::Other, QStringLiteral("l40s"), false};
        s.context = DecisionContext{Level::Low, 250, Level::High, false, true};
        doc.scenarios = {s};
        const ReadResult back = readDocument(writeDocument(doc));
        QVERIFY2(back.document, qPrintable(back.error));
        const Scenario &r = back.document->scenarios.first();
        QCOMPARE(back.document->currency, QStringLiteral("EUR"));
        QCOMPARE(r.name, s.name);
        QVERIFY(!r.selfHosted.fixedInstances);
        QVERIFY(!r.project.computeCostPerRun);
        QCOMPARE(r.project.training->epochs, 1.5);
        QCOMPARE(gpuCode(*r.project.training), QStringLiteral("l40s"));
        QCOMPARE(r.project.training->spot, false);
        QCOMPARE(r.context->latencyRequirementMs, 250.0);
        QCOMPARE(r.context->iterationSpeedPriority, true);
        QCOMPARE(r.project.engineeringHours.size(), 4);
    }

    void phasesKeepTheirOrder()
    {
        ScenarioDocument doc;
        Scenario s = testsupport::baseScenario();
        s.project.engineeringHours = {{QStringLiteral("Zeta"), 1}, {QStringLiteral("alpha"), 2}, {QStringLiteral("Mid"), 3}};
        doc.scenarios = {s};
        const ReadResult back = readDocument(writeDocument(doc));
        QVERIFY(back.document);
        const QList<EngineeringPhase> &phases = back.document->scenarios.first().project.engineeringHours;
        QCOMPARE(phases.size(), 3);
        QCOMPARE(phases[0].name, QStringLiteral("Zeta"));
        QCOMPARE(phases[1].name, QStringLiteral("alpha"));
        QCOMPARE(phases[2].hours, 3.0);
        // A stale order list: unknown names are ignored, unlisted phases follow.
        const ReadResult stale = readDocument(referenceWith(QStringLiteral("project.engineering_phase_order"),
                                                            QJsonArray{QStringLiteral("gone"), QStringLiteral("all_phases")}));
        QVERIFY2(stale.document, qPrintable(stale.error));
        QCOMPARE(stale.document->scenarios[2].project.engineeringHours.size(), 1);
        const ReadResult bad = readDocument(referenceWith(QStringLiteral("project.engineering_phase_order"), QJsonValue(3)));
        QCOMPARE(bad.error, QStringLiteral("scenarios[2].project.engineering_phase_order: expected a list of phase names, found the number 3"));
    }

    void removedOptionalValuesStayRemoved()
    {
        ReadResult read = readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        Scenario &s = read.document->scenarios[0];
        s.context.reset();
        s.project.engineeringHours.removeFirst();
        const ReadResult back = readDocument(writeDocument(*read.document));
        QVERIFY(!back.document->scenarios.first().context);
        QCOMPARE(back.document->scenarios.first().project.engineeringHours.size(), 3);
    }

    void unknownKeysSurviveResave()
    {
        QJsonObject root = referenceRoot();
        root.insert(QStringLiteral("x_owner"), QStringLiteral("finance"));
        QJsonArray scenarios = root.value(QStringLiteral("scenarios")).toArray();
        QJsonObject first = withPath(scenarios[0].toObject(), {QStringLiteral("notes")}, QStringLiteral("keep me"));
        first = withPath(first, {QStringLiteral("api"), QStringLiteral("x_contract")}, 42);
        scenarios[0] = first;
        root.insert(QStringLiteral("scenarios"), scenarios);

        ReadResult read = readDocument(QJsonDocument(root).toJson());
        QVERIFY(read.document);
        read.document->scenarios[0].api.reviewRate = 0.03; // an edit
        const QJsonObject saved = QJsonDocument::fromJson(writeDocument(*read.document)).object();
        QCOMPARE(saved.value(QStringLiteral("x_owner")).toString(), QStringLiteral("finance"));
        const QJsonObject s0 = saved.value(QStringLiteral("scenarios")).toArray().at(0).toObject();
        QCOMPARE(s0.value(QStringLiteral("notes")).toString(), QStringLiteral("keep me"));
        QCOMPARE(s0.value(QStringLiteral("api")).toObject().value(QStringLiteral("x_contract")).toInt(), 42);
        QCOMPARE(s0.value(QStringLiteral("api")).toObject().value(QStringLiteral("review_rate")).toDouble(), 0.03);
    }

    void bundledExamplesAreValid_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(FTROI_EXAMPLES_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.ftroi")});
        QVERIFY(files.contains(QStringLiteral("starter.ftroi")));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void bundledExamplesAreValid()
    {
        QFETCH(QString, file);
        const ReadResult read = readDocument(testsupport::readFile(file));
        QVERIFY2(read.document, qPrintable(read.error));
    }
};

QTEST_GUILESS_MAIN(TestDocumentFormat)
#include "tst_documentformat.moc"
