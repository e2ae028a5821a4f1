// Format 3's fleet pricing, operations and routing in documents: the reader's
// refusals (the keys a pricing model requires, a fleet paid every hour with
// autoscaling, a format-3 key in a version-2 document, values outside their
// domains), the round trip read -> write -> read with version 3 and unchanged
// bytes, the lowest version written, the result keys, and the property that
// the neutral values (on demand, share 1, no operations) change no number.
#include "core/engine/costengine.h"
#include "core/engine/curves.h"
#include "core/io/documentformat.h"
#include "core/report/resultjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <functional>
#include <random>
#include <vector>

using namespace ftroi;

namespace {

using Change = std::function<void(QJsonObject &scenario)>;

QJsonObject object(const QJsonObject &parent, const char *key)
{
    return parent.value(QLatin1String(key)).toObject();
}

// Sets `value` at the dotted `path` of `o`, making the objects on the way.
void setPath(QJsonObject &o, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        o.insert(path, value);
        return;
    }
    QJsonObject child = o.value(path.left(dot)).toObject();
    setPath(child, path.mid(dot + 1), value);
    o.insert(path.left(dot), child);
}

// The starter's first scenario without its ranges, changed, alone in a document of `version`.
QByteArray document(const Change &change, int version = 3)
{
    QJsonObject root =
        QJsonDocument::fromJson(testsupport::readFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"))).object();
    QJsonObject s = root.value(QStringLiteral("scenarios")).toArray().first().toObject();
    s.remove(QStringLiteral("uncertainty"));
    change(s);
    root.insert(QStringLiteral("version"), version);
    root.insert(QStringLiteral("scenarios"), QJsonArray{s});
    return QJsonDocument(root).toJson();
}

Change pricing(const QJsonObject &p)
{
    return [p](QJsonObject &s) { setPath(s, QStringLiteral("self_hosted.pricing"), p); };
}

QJsonObject ownedPricing()
{
    return {{QStringLiteral("model"), QStringLiteral("owned")},
            {QStringLiteral("server_price"), 30000},
            {QStringLiteral("power_kw"), 0.8},
            {QStringLiteral("electricity_price_per_kwh"), 0.12}};
}

QJsonObject reservedPricing()
{
    return {{QStringLiteral("model"), QStringLiteral("reserved")}, {QStringLiteral("discount"), 0.3}};
}

QJsonObject without(QJsonObject o, const char *key)
{
    o.remove(QLatin1String(key));
    return o;
}

Change autoscaled(const QJsonObject &p)
{
    return [p](QJsonObject &s) {
        setPath(s, QStringLiteral("self_hosted.autoscaling"), true);
        setPath(s, QStringLiteral("self_hosted.pricing"), p);
    };
}

// Every number of a result, "never" as NaN (so that results compare whole).
std::vector<double> numbersOf(const ScenarioResult &r)
{
    const auto opt = [](const std::optional<double> &v) { return v.value_or(std::nan("")); };
    std::vector<double> v = {r.currentDailyTokens,
                             r.monthlyApiCost,
                             r.blendedApiPricePer1M,
                             r.instances,
                             r.instancesOffPeak,
                             r.utilization,
                             r.peakUtilization,
                             double(r.overCapacity),
                             r.monthlyServingCost,
                             r.monthlyStorageCost,
                             r.monthlyQualityCostDelta,
                             r.engineeringHours,
                             r.costPerRun,
                             r.computeCost,
                             r.engineeringCost,
                             r.totalProjectCost,
                             r.monthlyAmortizedProjectCost,
                             r.monthlyFtTotal,
                             r.monthlySavings,
                             r.monthlySavingsBeforeAmortization,
                             opt(r.paybackMonths),
                             opt(r.breakEvenTokensPerDay),
                             double(r.isAboveBreakEven),
                             opt(r.breakEvenAllInTokensPerDay),
                             opt(r.servingCostPer1MTokens),
                             r.monthlyApiQualityCost,
                             r.apiMonthlyTco,
                             r.selfHostedQualityCost,
                             r.selfHostedMonthlyTco,
                             opt(r.lifetime.npv),
                             opt(r.lifetime.roi),
                             opt(r.lifetime.paybackMonthsWithGrowth),
                             double(r.decision.bestPath ? int(*r.decision.bestPath) : -1),
                             opt(r.decision.npvMargin)};
    if (r.managed) {
        const ManagedResult &m = *r.managed;
        v.insert(v.end(),
                 {m.monthlyInferenceCost, m.monthlyHostingCost, m.monthlyQualityCostDelta, m.monthlyQualityCost,
                  m.totalProjectCost, m.monthlyAmortizedProjectCost, m.monthlyTotal, m.monthlySavings,
                  m.monthlySavingsBeforeAmortization, m.monthlyTco, opt(m.paybackMonths), opt(m.breakEvenTokensPerDay),
                  opt(m.lifetime.npv), opt(m.lifetime.roi), opt(m.lifetime.paybackMonthsWithGrowth)});
    }
    return v;
}

bool sameBits(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

} // namespace

class TestFormat3FleetDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const QString at = QStringLiteral("scenarios[0].");
        const auto row = [&](const char *name, const QByteArray &text, const QString &error) {
            QTest::newRow(name) << text << at + error;
        };
        // Reading 8: the keys each model requires.
        row("pricing without model", document(pricing({{QStringLiteral("discount"), 0.3}})),
            QStringLiteral("self_hosted.pricing.model: required key is missing"));
        row("reserved without discount", document(pricing(without(reservedPricing(), "discount"))),
            QStringLiteral("self_hosted.pricing.discount: required key is missing"));
        row("spot without discount", document(pricing({{QStringLiteral("model"), QStringLiteral("spot")}})),
            QStringLiteral("self_hosted.pricing.discount: required key is missing"));
        row("owned without server_price", document(pricing(without(ownedPricing(), "server_price"))),
            QStringLiteral("self_hosted.pricing.server_price: required key is missing"));
        row("owned without power_kw", document(pricing(without(ownedPricing(), "power_kw"))),
            QStringLiteral("self_hosted.pricing.power_kw: required key is missing"));
        row("owned without electricity", document(pricing(without(ownedPricing(), "electricity_price_per_kwh"))),
            QStringLiteral("self_hosted.pricing.electricity_price_per_kwh: required key is missing"));
        row("on demand without instance price", document([](QJsonObject &s) {
                setPath(s, QStringLiteral("self_hosted.pricing"),
                        QJsonObject{{QStringLiteral("model"), QStringLiteral("on_demand")}});
                QJsonObject h = object(s, "self_hosted");
                h.remove(QStringLiteral("instance_cost_per_hour"));
                s.insert(QStringLiteral("self_hosted"), h);
            }),
            QStringLiteral("self_hosted.instance_cost_per_hour: required key is missing"));
        // A fleet paid for every hour cannot scale down.
        row("reserved with autoscaling", document(autoscaled(reservedPricing())),
            QStringLiteral("self_hosted.pricing.model: \"reserved\" instances are paid for every hour, so the fleet "
                           "cannot scale down: it needs \"autoscaling\": false"));
        row("owned with autoscaling", document(autoscaled(ownedPricing())),
            QStringLiteral("self_hosted.pricing.model: \"owned\" instances are paid for every hour, so the fleet "
                           "cannot scale down: it needs \"autoscaling\": false"));
        // Reading 9: a format-3 key in a version-2 document.
        const QString needs3 = QStringLiteral(": needs version 3 of the format (this document says version 2)");
        row("version 2 with pricing", document(pricing(reservedPricing()), 2),
            QStringLiteral("self_hosted.pricing") + needs3);
        for (const char *path :
             {"api.ops_hours_per_month", "self_hosted.ops_hours_per_month", "managed.ops_hours_per_month"})
            row(path, document([path](QJsonObject &s) { setPath(s, QLatin1String(path), 4); }, 2),
                QLatin1String(path) + needs3);
        row("version 2 with routing",
            document([](QJsonObject &s) { setPath(s, QStringLiteral("routing.fine_tuned_share"), 0.5); }, 2),
            QStringLiteral("routing") + needs3);
        // Values outside their domains.
        row("unknown model", document(pricing({{QStringLiteral("model"), QStringLiteral("lease")}})),
            QStringLiteral(
                "self_hosted.pricing.model: \"lease\" is not one of \"on_demand\", \"reserved\", \"spot\", \"owned\""));
        QJsonObject fullDiscount = reservedPricing();
        fullDiscount.insert(QStringLiteral("discount"), 1);
        row("discount of 1", document(pricing(fullDiscount)),
            QStringLiteral("self_hosted.pricing.discount: 1 is not in [0, 1)"));
        QJsonObject lowPue = ownedPricing();
        lowPue.insert(QStringLiteral("pue"), 0.9);
        row("pue below 1", document(pricing(lowPue)), QStringLiteral("self_hosted.pricing.pue: 0.9 must be >= 1"));
        row("pricing as text",
            document([](QJsonObject &s) { setPath(s, QStringLiteral("self_hosted.pricing"), QStringLiteral("spot")); }),
            QStringLiteral("self_hosted.pricing: expected an object, found the text \"spot\""));
        row("share of 0", document([](QJsonObject &s) { setPath(s, QStringLiteral("routing.fine_tuned_share"), 0); }),
            QStringLiteral("routing.fine_tuned_share: 0 is not in (0, 1]"));
        row("negative operations",
            document([](QJsonObject &s) { setPath(s, QStringLiteral("api.ops_hours_per_month"), -1); }),
            QStringLiteral("api.ops_hours_per_month: -1 must be >= 0"));
    }

    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const ReadResult read = readDocument(text);
        QVERIFY(!read.document);
        QCOMPARE(read.error, error);
    }

    void acceptedCombinations()
    {
        // Owned servers need no hourly price; spot may autoscale; a reserved fleet that does not autoscale.
        const ReadResult owned = readDocument(document([](QJsonObject &s) {
            QJsonObject h = object(s, "self_hosted");
            h.remove(QStringLiteral("instance_cost_per_hour"));
            h.insert(QStringLiteral("pricing"), ownedPricing());
            s.insert(QStringLiteral("self_hosted"), h);
        }));
        QVERIFY2(owned.document, qPrintable(owned.error));
        QCOMPARE(owned.document->scenarios.first().selfHosted.instanceCostPerHour, 0.0);
        QJsonObject spot{{QStringLiteral("model"), QStringLiteral("spot")}, {QStringLiteral("discount"), 0.6}};
        const ReadResult scaled = readDocument(document(autoscaled(spot)));
        QVERIFY2(scaled.document, qPrintable(scaled.error));
        const ReadResult reserved = readDocument(document([](QJsonObject &s) {
            setPath(s, QStringLiteral("self_hosted.autoscaling"), false);
            setPath(s, QStringLiteral("self_hosted.pricing"), reservedPricing());
        }));
        QVERIFY2(reserved.document, qPrintable(reserved.error));
        QCOMPARE(reserved.document->scenarios.first().selfHosted.pricing->discount, 0.3);
    }

    void roundTripKeepsVersion3AndItsBytes()
    {
        // Every new key, an owned fleet without an hourly price, and unknown keys inside the new objects.
        const QByteArray text = document([](QJsonObject &s) {
            QJsonObject h = object(s, "self_hosted");
            h.remove(QStringLiteral("instance_cost_per_hour"));
            QJsonObject p = ownedPricing();
            p.insert(QStringLiteral("pue"), 1.2);
            p.insert(QStringLiteral("cost_of_capital_annual"), 0.08);
            p.insert(QStringLiteral("vendor_quote"), QStringLiteral("Q-17")); // unknown: kept
            h.insert(QStringLiteral("pricing"), p);
            h.insert(QStringLiteral("ops_hours_per_month"), 10);
            s.insert(QStringLiteral("self_hosted"), h);
            setPath(s, QStringLiteral("api.ops_hours_per_month"), 4);
            setPath(s, QStringLiteral("managed.ops_hours_per_month"), 2);
            setPath(s, QStringLiteral("routing"),
                    QJsonObject{{QStringLiteral("fine_tuned_share"), 0.75},
                                {QStringLiteral("note"), QStringLiteral("pilot")}});
        });
        const ReadResult first = readDocument(text);
        QVERIFY2(first.document, qPrintable(first.error));
        const Scenario &s = first.document->scenarios.first();
        QCOMPARE(s.selfHosted.pricing->model, PricingModel::Owned);
        QCOMPARE(*s.selfHosted.pricing->pue, 1.2);
        QVERIFY(!s.selfHosted.pricing->depreciationMonths); // absent stays absent
        QCOMPARE(*s.routing->fineTunedShare, 0.75);
        QCOMPARE(*s.managed->opsHoursPerMonth, 2.0);

        const QByteArray written = writeDocument(*first.document);
        const QJsonObject root = QJsonDocument::fromJson(written).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 3);
        const QJsonObject out = root.value(QStringLiteral("scenarios")).toArray().first().toObject();
        const QJsonObject h = object(out, "self_hosted");
        QVERIFY(!h.contains(QStringLiteral("instance_cost_per_hour")));
        QCOMPARE(object(h, "pricing"), (QJsonObject{{QStringLiteral("model"), QStringLiteral("owned")},
                                                    {QStringLiteral("server_price"), 30000},
                                                    {QStringLiteral("power_kw"), 0.8},
                                                    {QStringLiteral("pue"), 1.2},
                                                    {QStringLiteral("electricity_price_per_kwh"), 0.12},
                                                    {QStringLiteral("cost_of_capital_annual"), 0.08},
                                                    {QStringLiteral("vendor_quote"), QStringLiteral("Q-17")}}));
        QCOMPARE(h.value(QStringLiteral("ops_hours_per_month")).toDouble(), 10.0);
        QCOMPARE(object(out, "api").value(QStringLiteral("ops_hours_per_month")).toDouble(), 4.0);
        QCOMPARE(object(out, "managed").value(QStringLiteral("ops_hours_per_month")).toDouble(), 2.0);
        QCOMPARE(object(out, "routing").value(QStringLiteral("note")).toString(), QStringLiteral("pilot"));

        const ReadResult second = readDocument(written);
        QVERIFY2(second.document, qPrintable(second.error));
        QCOMPARE(writeDocument(*second.document), written);
        QCOMPARE(numbersOf(evaluate(second.document->scenarios.first())).size(), numbersOf(evaluate(s)).size());
        const std::vector<double> a = numbersOf(evaluate(s)),
                                  b = numbersOf(evaluate(second.document->scenarios.first()));
        for (size_t i = 0; i < a.size(); ++i)
            QVERIFY2(sameBits(a[i], b[i]), qPrintable(QString::number(i)));
    }

    void keysOfAnotherModelAreKeptAsTheyWere()
    {
        // A reserved fleet's object that also holds an owned key: not read, kept, written back.
        QJsonObject p = reservedPricing();
        p.insert(QStringLiteral("server_price"), 5);
        const ReadResult read = readDocument(document(pricing(p)));
        QVERIFY2(read.document, qPrintable(read.error));
        QVERIFY(!read.document->scenarios.first().selfHosted.pricing->serverPrice);
        const QJsonObject out = QJsonDocument::fromJson(writeDocument(*read.document))
                                    .object()
                                    .value(QStringLiteral("scenarios"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(object(object(out, "self_hosted"), "pricing").value(QStringLiteral("server_price")).toDouble(), 5.0);
    }

    void theLowestVersionIsWritten()
    {
        // A format-2 document with none of these keys stays version 2, even when read as version 3.
        for (int version : {2, 3}) {
            const ReadResult read = readDocument(document([](QJsonObject &) {}, version));
            QVERIFY2(read.document, qPrintable(read.error));
            QCOMPARE(lowestVersion(*read.document), 2);
            QCOMPARE(QJsonDocument::fromJson(writeDocument(*read.document))
                         .object()
                         .value(QStringLiteral("version"))
                         .toInt(),
                     2);
        }
        // Any one of the new keys needs version 3, even at its neutral value.
        const QList<Change> changes = {
            pricing({{QStringLiteral("model"), QStringLiteral("on_demand")}}),
            [](QJsonObject &s) { setPath(s, QStringLiteral("api.ops_hours_per_month"), 0); },
            [](QJsonObject &s) { setPath(s, QStringLiteral("self_hosted.ops_hours_per_month"), 0); },
            [](QJsonObject &s) { setPath(s, QStringLiteral("managed.ops_hours_per_month"), 0); },
            [](QJsonObject &s) { setPath(s, QStringLiteral("routing"), QJsonObject{}); },
        };
        for (const Change &change : changes) {
            const ReadResult read = readDocument(document(change));
            QVERIFY2(read.document, qPrintable(read.error));
            QCOMPARE(lowestVersion(*read.document), 3);
        }
    }

    void resultKeys()
    {
        // Owned: 30,000 / 36 = 833.3333 capital; power 0.8 x 1.4 x 720 x 0.12 = 96.768;
        // maintenance 0.1 / 12 x 30,000 = 250; one instance (the starter's 50e6 tokens/day).
        // API 4 h, self-hosted 10 h, managed 2 h at 150: 600, 1,500, 300.
        const ReadResult read = readDocument(document([](QJsonObject &s) {
            setPath(s, QStringLiteral("self_hosted.pricing"), ownedPricing());
            setPath(s, QStringLiteral("api.ops_hours_per_month"), 4);
            setPath(s, QStringLiteral("self_hosted.ops_hours_per_month"), 10);
            setPath(s, QStringLiteral("managed.ops_hours_per_month"), 2);
        }));
        QVERIFY2(read.document, qPrintable(read.error));
        const QJsonObject r =
            QJsonDocument::fromJson(evaluateDocumentToJson(*read.document)).array().first().toObject();
        QCOMPARE(r.value(QStringLiteral("pricing_model")).toString(), QStringLiteral("owned"));
        QCOMPARE(r.value(QStringLiteral("capex_usd")).toDouble(), 30000.0);
        QVERIFY(testsupport::closeRel(r.value(QStringLiteral("monthly_capital_cost")).toDouble(), 30000.0 / 36, 1e-12));
        QVERIFY(testsupport::closeRel(r.value(QStringLiteral("monthly_opex")).toDouble(), 96.768 + 250, 1e-12));
        QCOMPARE(r.value(QStringLiteral("commitment_upfront")).toDouble(), 0.0);
        QCOMPARE(r.value(QStringLiteral("api_monthly_ops_cost")).toDouble(), 600.0);
        QCOMPARE(r.value(QStringLiteral("self_hosted_monthly_ops_cost")).toDouble(), 1500.0);
        QCOMPARE(r.value(QStringLiteral("fine_tuned_share")).toDouble(), 1.0);
        QCOMPARE(r.value(QStringLiteral("monthly_remainder_api_cost")).toDouble(), 0.0);
        QCOMPARE(object(r, "managed").value(QStringLiteral("monthly_ops_cost")).toDouble(), 300.0);
        // A scenario without these keys keeps its result object: format 2's, or with
        // format 3's other keys alone (here the memory check) what they add.
        const QList<Change> others = {[](QJsonObject &) {},
                                      [](QJsonObject &s) { setPath(s, QStringLiteral("self_hosted.gpu_memory_gb"), 24); }};
        for (const Change &change : others) {
            const ReadResult plain = readDocument(document(change));
            QVERIFY2(plain.document, qPrintable(plain.error));
            const QJsonObject p =
                QJsonDocument::fromJson(evaluateDocumentToJson(*plain.document)).array().first().toObject();
            for (const char *key : {"pricing_model", "capex_usd", "monthly_opex", "commitment_upfront",
                                    "api_monthly_ops_cost", "self_hosted_monthly_ops_cost", "fine_tuned_share"})
                QVERIFY2(!p.contains(QLatin1String(key)), key);
            QVERIFY(!object(p, "managed").contains(QStringLiteral("monthly_ops_cost")));
        }
    }

    // The neutral values change no number: on demand, a share of 1 and 0 hours of
    // operations give exactly the results of the same scenario without the keys.
    void neutralValuesChangeNothing()
    {
        std::mt19937_64 rng(11);
        auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
        auto coin = [&] { return uniform(0, 1) < 0.5; };
        for (int i = 0; i < 500; ++i) {
            Scenario s = testsupport::baseScenario();
            s.workload = {uniform(0, 2e6), uniform(0, 3000), uniform(0, 1500)};
            s.workload.monthlyGrowth = coin() ? 0 : uniform(-0.2, 0.3);
            if (coin()) {
                s.workload.peakHoursPerDay = uniform(1, 23);
                s.workload.peakTrafficShare = uniform(s.workload.peakHoursPerDay / 24, 1);
            }
            s.api.inputPricePer1M = uniform(0, 20);
            s.api.outputPricePer1M = uniform(0, 60);
            s.api.reviewRate = uniform(0, 0.1);
            s.api.errorRate = uniform(0, 0.05);
            s.costPerError = uniform(0, 20);
            s.selfHosted.reviewRate = uniform(0, 0.1);
            s.selfHosted.instanceCostPerHour = uniform(0, 12);
            s.selfHosted.throughputTokensPerS = uniform(100, 20000);
            if (coin()) {
                s.selfHosted.fixedInstances.reset();
                s.selfHosted.autoscaling = coin();
                s.selfHosted.minInstances = std::round(uniform(0, 2));
            } else {
                s.selfHosted.fixedInstances = std::round(uniform(1, 8));
            }
            s.project.lifetimeMonths = uniform(1, 60);
            s.project.discountRateAnnual = coin() ? 0 : uniform(0, 0.2);
            if (coin()) {
                s.managed = testsupport::openAiManagedPath();
                s.managed->hostingCostPerHour = uniform(0, 3);
                s.managed->reviewRate = uniform(0, 0.1);
            }
            Scenario neutral = s;
            neutral.selfHosted.pricing = FleetPricing{};
            neutral.routing = Routing{1.0};
            neutral.api.opsHoursPerMonth = 0;
            neutral.selfHosted.opsHoursPerMonth = 0;
            if (neutral.managed)
                neutral.managed->opsHoursPerMonth = 0;

            const ScenarioResult a = evaluate(s), b = evaluate(neutral);
            const std::vector<double> x = numbersOf(a), y = numbersOf(b);
            QCOMPARE(x.size(), y.size());
            for (size_t k = 0; k < x.size(); ++k)
                QVERIFY2(sameBits(x[k], y[k]), qPrintable(QStringLiteral("scenario %1, number %2: %3 vs %4")
                                                              .arg(i)
                                                              .arg(k)
                                                              .arg(x[k], 0, 'g', 17)
                                                              .arg(y[k], 0, 'g', 17)));
            // The chart data too: curves and the lifetime's cash.
            std::vector<CostCurvePoint> ca, cb;
            sampleCostCurve(costLine(s, a.monthlyAmortizedProjectCost), 1e3, 1e10, 40, ca);
            sampleCostCurve(costLine(neutral, b.monthlyAmortizedProjectCost), 1e3, 1e10, 40, cb);
            QCOMPARE(ca.size(), cb.size());
            for (size_t k = 0; k < ca.size(); ++k)
                QVERIFY(sameBits(ca[k].apiMonthly, cb[k].apiMonthly) &&
                        sameBits(ca[k].selfHostedMonthly, cb[k].selfHostedMonthly));
            for (const Path path : {Path::SelfHosted, Path::Managed}) {
                std::vector<LifetimeCashPoint> la, lb;
                lifetimeCashFlow(s, a, path, la);
                lifetimeCashFlow(neutral, b, path, lb);
                QCOMPARE(la.size(), lb.size());
                for (size_t k = 0; k < la.size(); ++k)
                    QVERIFY(sameBits(la[k].cumulative, lb[k].cumulative));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFormat3FleetDocument)
#include "tst_format3fleetdocument.moc"
