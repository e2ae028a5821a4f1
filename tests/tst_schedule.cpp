// The monthly schedule: months computed by hand from the contract's formulas,
// its identities (the discounted cumulative ends at the NPV, the undiscounted
// crossing is the payback with growth, month 1 is today's result) on every
// example and every branch, and `ftroi-cli schedule`'s three forms.
#include "programrun.h"
#include "testsupport.h"
#include "variantscenarios.h"

#include "core/engine/schedule.h"
#include "core/io/documentformat.h"
#include "core/report/schedulereport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;

namespace {

QList<Scenario> exampleScenarios()
{
    QList<Scenario> out;
    QStringList files = {testsupport::dataPath(QStringLiteral("seed-examples.ftroi")),
                         testsupport::dataPath(QStringLiteral("uncertainty.ftroi"))};
    for (const QString &name : QDir(QStringLiteral(FTROI_EXAMPLES_DIR)).entryList({QStringLiteral("*.ftroi")}))
        files << QStringLiteral(FTROI_EXAMPLES_DIR "/") + name;
    for (const QString &file : files) {
        const ReadResult read = readDocument(testsupport::readFile(file));
        if (!read.document)
            qFatal("cannot read %s", qPrintable(file));
        out << read.document->scenarios;
    }
    return out;
}

// The undiscounted crossing of zero from -project cost, full months (as the
// payback with growth counts them), linear within the month; nullopt: none.
std::optional<double> crossing(const MonthlySchedule &schedule, double projectCost, bool managed)
{
    double cumulative = -projectCost;
    if (projectCost == 0)
        return schedule.months.front().selfHostedSavings > 0 ? std::optional<double>(0.0) : std::nullopt;
    for (const ScheduleMonth &m : schedule.months) {
        const double s = managed ? m.managedSavings : m.selfHostedSavings;
        if (s > 0 && cumulative + s >= 0)
            return (m.month - 1) + -cumulative / s;
        cumulative += s;
    }
    return std::nullopt;
}

void checkIdentities(const Scenario &s)
{
    const ScenarioResult r = evaluate(s);
    const MonthlySchedule schedule = monthlySchedule(s, r);
    const QByteArray name = s.name.toUtf8();
    QVERIFY2(int(schedule.months.size()) == int(std::ceil(s.project.lifetimeMonths)), name);
    const ScheduleMonth &first = schedule.months.front();
    const ScheduleMonth &last = schedule.months.back();
    QVERIFY2(testsupport::closeRel(last.selfHostedCumulativeDiscounted, *r.lifetime.npv, 1e-9), name);
    QVERIFY2(testsupport::closeRel(first.apiCost, r.apiMonthlyTco, 1e-12), name);
    QVERIFY2(testsupport::closeRel(first.selfHostedCost, r.selfHostedMonthlyTco - r.monthlyAmortizedProjectCost, 1e-9),
             name);
    QCOMPARE(first.selfHostedSavings, r.monthlySavingsBeforeAmortization);
    for (const ScheduleMonth &m : schedule.months)
        QVERIFY2(std::abs(m.apiCost - m.selfHostedCost - m.selfHostedSavings) <= 1e-9 * m.apiCost, name);
    // The payback with growth, when the lifetime reaches it.
    const std::optional<double> payback = r.lifetime.paybackMonthsWithGrowth;
    if (payback && *payback <= std::floor(s.project.lifetimeMonths))
        QVERIFY2(testsupport::closeRel(*crossing(schedule, r.totalProjectCost, false), *payback, 1e-9), name);
    else if (!payback)
        QVERIFY2(!crossing(schedule, r.totalProjectCost, false) || s.workload.monthlyGrowth == 0, name);
    QCOMPARE(schedule.hasManaged, bool(r.managed));
    if (r.managed) {
        QVERIFY2(testsupport::closeRel(last.managedCumulativeDiscounted, *r.managed->lifetime.npv, 1e-9), name);
        QVERIFY2(testsupport::closeRel(first.managedCost, r.managed->monthlyTco - r.managed->monthlyAmortizedProjectCost,
                                       1e-9), name);
        const std::optional<double> managedPayback = r.managed->lifetime.paybackMonthsWithGrowth;
        if (managedPayback && *managedPayback <= std::floor(s.project.lifetimeMonths) && r.managed->totalProjectCost > 0)
            QVERIFY2(testsupport::closeRel(*crossing(schedule, r.managed->totalProjectCost, true), *managedPayback, 1e-9),
                     name);
    }
    QCOMPARE(schedule.hasPricing, bool(s.selfHosted.pricing));
    if (schedule.hasPricing) {
        QCOMPARE(first.capexUsd, r.capexUsd);
        QCOMPARE(first.monthlyCapitalCost, r.monthlyCapitalCost);
        QCOMPARE(first.monthlyOpex, r.monthlyOpex);
    }
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    // Auto sizing, 50 % growth a month, 6.5 months, 10 % a year: each month by hand.
    void monthsByHand()
    {
        Scenario s = testsupport::equalReviewsScenario();
        s.selfHosted.fixedInstances.reset();
        s.workload.monthlyGrowth = 0.5;
        s.project.lifetimeMonths = 6.5;
        s.project.discountRateAnnual = 0.1;
        const ScenarioResult r = evaluate(s);
        const MonthlySchedule schedule = monthlySchedule(s, r);
        QCOMPARE(int(schedule.months.size()), 7);
        QVERIFY(!schedule.hasManaged && !schedule.hasPricing);

        const double projectCost = 8 * 12 + (40 + 20 + 24 + 16) * 150.0; // 15,096
        const double bill = 50000.0 * 30 * (500 * 5 + 200 * 15) / 1e6;     // 8,250 a month
        const double reviews = 50000.0 * 30 * 0.02 * 5;                     // 150,000 a month, both paths
        const double capacity = 86400 * 5000 * 0.2;                       // tokens/day one instance carries
        const double storage = 7 * 2 * 0.023;
        double cumulative = -projectCost;
        for (int m = 1; m <= 7; ++m) {
            const ScheduleMonth &row = schedule.months[size_t(m - 1)];
            const double f = std::pow(1.5, m - 1);
            const double instances = std::max(1.0, std::ceil(35e6 * f / capacity));
            const double serving = instances * 1.03 * 24 * 30;
            const double savings = bill * f - serving - storage;
            const double weight = m < 7 ? 1 : 0.5;
            const double discount = std::pow(1.1, -m / 12.0);
            cumulative += weight * savings * discount;
            QCOMPARE(row.month, m);
            QVERIFY(testsupport::closeRel(row.volumeFactor, f, 1e-12));
            QCOMPARE(row.weight, weight);
            QVERIFY(testsupport::closeRel(row.discountFactor, discount, 1e-12));
            QVERIFY(testsupport::closeRel(row.apiCost, (bill + reviews) * f, 1e-12));
            QVERIFY(testsupport::closeRel(row.selfHostedCost, serving + storage + reviews * f, 1e-12));
            QVERIFY(testsupport::closeRel(row.selfHostedSavings, savings, 1e-12));
            QVERIFY(testsupport::closeRel(row.selfHostedCumulativeDiscounted, cumulative, 1e-12));
        }
        QVERIFY(schedule.months[5].volumeFactor * 35e6 > 2 * capacity); // the fleet has stepped
        QVERIFY(testsupport::closeRel(cumulative, *r.lifetime.npv, 1e-12));
    }

    void identitiesOnExamples()
    {
        for (const Scenario &s : exampleScenarios()) {
            checkIdentities(s);
            if (QTest::currentTestFailed())
                return;
            Scenario grown = s;
            grown.workload.monthlyGrowth = 0.04;
            grown.project.lifetimeMonths += 0.5;
            checkIdentities(grown);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void identitiesOnEveryBranch()
    {
        for (const Scenario &s : testsupport::variantScenarios()) {
            checkIdentities(s);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void refusesEndlessLifetimes()
    {
        Scenario s = testsupport::baseScenario();
        s.project.lifetimeMonths = kMaxScheduleMonths + 1;
        const MonthlySchedule schedule = monthlySchedule(s, evaluate(s));
        QVERIFY(schedule.months.empty());
        QVERIFY(scheduleFault(s, schedule).contains(QStringLiteral("project.lifetime_months")));
    }

    void cliForms()
    {
        QTemporaryDir dir;
        ScenarioDocument document;
        document.scenarios = testsupport::variantScenarios();
        const QString path = dir.filePath(QStringLiteral("variants.ftroi"));
        testsupport::writeFile(path, writeDocument(document));
        const QStringList base = {QStringLiteral("month"), QStringLiteral("volume_factor"),
                                  QStringLiteral("weight"), QStringLiteral("api_cost"),
                                  QStringLiteral("self_hosted_cost"), QStringLiteral("self_hosted_savings"),
                                  QStringLiteral("discount_factor"),
                                  QStringLiteral("self_hosted_cumulative_discounted")};
        for (int k = 1; k <= document.scenarios.size(); ++k) {
            const Scenario &s = document.scenarios.at(k - 1);
            QStringList keys = base;
            if (s.managed)
                keys << QStringLiteral("managed_cost") << QStringLiteral("managed_savings")
                     << QStringLiteral("managed_cumulative_discounted");
            if (s.selfHosted.pricing)
                keys << QStringLiteral("capex_usd") << QStringLiteral("monthly_capital_cost")
                     << QStringLiteral("monthly_opex");
            const QString n = QString::number(k);
            const ProgramRun json = runCli({QStringLiteral("schedule"), path, QStringLiteral("--scenario"), n,
                                     QStringLiteral("--json")});
            QCOMPARE(json.exitCode, 0);
            const QJsonArray months = QJsonDocument::fromJson(json.out).array();
            QCOMPARE(months.size(), qsizetype(std::ceil(s.project.lifetimeMonths)));
            QStringList sortedKeys = keys;
            sortedKeys.sort();
            QCOMPARE(months.first().toObject().keys(), sortedKeys);
            const ScenarioResult r = evaluate(s);
            QVERIFY(testsupport::closeRel(months.last()[QStringLiteral("self_hosted_cumulative_discounted")].toDouble(),
                                          *r.lifetime.npv, 1e-9));

            const ProgramRun csv = runCli({QStringLiteral("schedule"), path, QStringLiteral("--scenario"), n,
                                    QStringLiteral("--csv")});
            QCOMPARE(csv.exitCode, 0);
            const QList<QStringList> records = testsupport::parseCsv(QString::fromUtf8(csv.out));
            QCOMPARE(records.first(), keys);
            QCOMPARE(records.size(), months.size() + 1);
            QCOMPARE(records.last().at(0), QString::number(months.size()));

            const ProgramRun table = runCli({QStringLiteral("schedule"), path, QStringLiteral("--scenario"), n});
            QCOMPARE(table.exitCode, 0);
            QVERIFY(table.out.contains("API cost ($/month)"));
        }
        const ProgramRun wrong = runCli({QStringLiteral("schedule"), path, QStringLiteral("--scenario"), QStringLiteral("99")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains(QStringLiteral("--scenario")));
        const ProgramRun both = runCli({QStringLiteral("schedule"), path, QStringLiteral("--scenario"), QStringLiteral("1"),
                                 QStringLiteral("--csv"), QStringLiteral("--json")});
        QCOMPARE(both.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
