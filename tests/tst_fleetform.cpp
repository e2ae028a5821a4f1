// The fleet as finance buys it, in the app: the "Paid as" choice showing only its
// own fields and turning autoscaling off for a fleet paid every hour (one undo
// step), the suggestions, the operations rows, the routing note, the self-host
// card's capex and opex, the breakdown's stacked parts adding up to each path's
// whole cost, the comparison CSV's fleet columns, and the example document
// "Renting, reserving or owning". Expected figures are worked from the contract's
// formulas here, not taken from the engine.
#include "core/io/documentfile.h"
#include "core/io/documentformat.h"
#include "core/report/comparisoncsv.h"
#include "core/text/format.h"
#include "testsupport.h"
#include "ui/charts/breakdownchart.h"
#include "ui/document/document.h"
#include "ui/form/fleetpricingrows.h"
#include "ui/form/scenarioform.h"
#include "ui/widgets/numberfield.h"
#include "ui/widgets/valuetext.h"
#include "ui/window/mainwindow.h"

#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace ftroi;

namespace {

QString examplePath(const QString &name)
{
    return QStringLiteral(FTROI_EXAMPLES_DIR "/") + name;
}

bool openShown(MainWindow &w, const QString &path)
{
    w.resize(1600, 1000);
    w.show();
    return QTest::qWaitForWindowExposed(&w) && w.openFile(path);
}

// Whether the form shows the row of `key` (hidden rows hide their field's row widget).
bool rowShown(ScenarioForm *form, const QString &key)
{
    NumberField *field = form->field(key);
    return field && !field->parentWidget()->isHidden();
}

void activate(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

// The sum of each bar's stacked segments.
double barTotal(BreakdownChart *chart, int bar)
{
    double total = 0;
    for (QBarSet *set : chart->sets())
        total += set->at(bar);
    return total;
}

} // namespace

class TestFleetForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::setUpAppTest(); }

    void paidAsShowsOnlyItsFieldsAndTurnsAutoscalingOff()
    {
        MainWindow w;
        QVERIFY(openShown(w, testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        Document *doc = w.document();
        doc->editCurrentScenario(QStringLiteral("scale"), [](Scenario &s) {
            s.selfHosted.fixedInstances.reset();
            s.workload.peakHoursPerDay = 8;
            s.workload.peakTrafficShare = 0.6;
            s.selfHosted.autoscaling = true;
        });
        ScenarioForm *form = w.form();
        auto *paidAs = form->findChild<QComboBox *>(QStringLiteral("self_hosted.pricing.model"));
        QVERIFY(paidAs);
        QCOMPARE(paidAs->currentData().toInt(), int(PricingModel::OnDemand));
        QVERIFY(!rowShown(form, QStringLiteral("self_hosted.pricing.discount")));
        QVERIFY(!rowShown(form, QStringLiteral("self_hosted.pricing.server_price")));

        const int before = doc->undoStack()->count();
        activate(paidAs, paidAs->findData(int(PricingModel::Reserved)));
        const Scenario &s = doc->scenario(doc->currentIndex());
        QVERIFY(s.selfHosted.pricing);
        QCOMPARE(s.selfHosted.pricing->model, PricingModel::Reserved);
        QCOMPARE(*s.selfHosted.pricing->discount, 0.4); // the 1-year suggestion
        QVERIFY(!s.selfHosted.autoscaling);              // paid every hour: in the same step
        QCOMPARE(doc->undoStack()->count(), before + 1);
        QVERIFY(rowShown(form, QStringLiteral("self_hosted.pricing.discount")));
        QVERIFY(rowShown(form, QStringLiteral("self_hosted.pricing.term_months")));
        QVERIFY(!rowShown(form, QStringLiteral("self_hosted.pricing.interruption_overhead")));
        QVERIFY(!rowShown(form, QStringLiteral("self_hosted.pricing.power_kw")));
        auto *autoscaling = form->findChild<QCheckBox *>(QStringLiteral("autoscaling"));
        QVERIFY(autoscaling && !autoscaling->isEnabled());
        // The note prices one reserved instance: price x 0.6 x 720.
        auto *note = form->findChild<QLabel *>(QStringLiteral("pricingNote"));
        const double perInstance = s.selfHosted.instanceCostPerHour * 0.6 * 720;
        QVERIFY2(note->text().contains(formatMoney(QLocale(), perInstance, QStringLiteral("USD"), 0)),
                 qPrintable(note->text()));

        // Undo: on demand and autoscaling again.
        doc->undoStack()->undo();
        QVERIFY(!doc->scenario(doc->currentIndex()).selfHosted.pricing);
        QVERIFY(doc->scenario(doc->currentIndex()).selfHosted.autoscaling);
        QVERIFY(autoscaling->isEnabled());
        QVERIFY(!rowShown(form, QStringLiteral("self_hosted.pricing.discount")));
    }

    void ownedSuggestionFillsTheServerAndTheCardShowsCapex()
    {
        MainWindow w;
        QVERIFY(openShown(w, testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        Document *doc = w.document();
        auto *suggestions = w.form()->findChild<QComboBox *>(QStringLiteral("pricingSuggestions"));
        QVERIFY(suggestions);
        int owned = -1;
        for (int i = 1; i < suggestions->count(); ++i)
            if (suggestions->itemText(i).startsWith(QStringLiteral("Owned")))
                owned = i;
        QVERIFY(owned > 0);
        activate(suggestions, owned);
        QCOMPARE(suggestions->currentIndex(), 0); // the picker goes back to its prompt
        const Scenario &s = doc->scenario(doc->currentIndex());
        QVERIFY(s.selfHosted.pricing && s.selfHosted.pricing->model == PricingModel::Owned);
        QCOMPARE(*s.selfHosted.pricing->serverPrice, 300000.0);
        QVERIFY(rowShown(w.form(), QStringLiteral("self_hosted.pricing.power_kw")));
        QVERIFY(!rowShown(w.form(), QStringLiteral("self_hosted.pricing.discount")));
        QVERIFY(!w.form()->field(QStringLiteral("self_hosted.instance_cost_per_hour"))->isEnabled());

        // One server: capital is the level payment of 300,000 over 36 months at
        // the project's discount rate a year (monthly i = (1 + r)^(1/12) - 1).
        const double r = s.project.discountRateAnnual;
        const double i = std::pow(1 + r, 1.0 / 12) - 1;
        const double capital = i > 0 ? 300000 * i / (1 - std::pow(1 + i, -36)) : 300000 / 36.0;
        const double power = 10.2 * 1.4 * 720 * 0.13;
        const double maintenance = 0.1 / 12 * 300000;
        const ScenarioResult &res = doc->result(doc->currentIndex());
        QVERIFY(testsupport::closeRel(res.capexUsd, 300000 * res.instances, 1e-12));
        auto *card = w.findChild<ValueText *>(QStringLiteral("fleetPayment"));
        QVERIFY(card && !card->isHidden());
        QVERIFY2(card->text().contains(formatMoney(QLocale(), 300000 * res.instances, QStringLiteral("USD"), 0)),
                 qPrintable(card->text()));

        // The breakdown stacks capital, power and maintenance for the self-hosted bar.
        BreakdownChart chart;
        chart.setScenario(s, res, QStringLiteral("USD"));
        BreakdownChart *breakdown = &chart;
        QVERIFY(testsupport::closeRel(breakdown->capitalSet()->at(BreakdownChart::SelfHostedBar), capital * res.instances, 1e-9));
        QVERIFY(testsupport::closeRel(breakdown->powerSet()->at(BreakdownChart::SelfHostedBar), power * res.instances, 1e-9));
        QVERIFY(testsupport::closeRel(breakdown->maintenanceSet()->at(BreakdownChart::SelfHostedBar),
                                      maintenance * res.instances, 1e-9));
        QCOMPARE(breakdown->servingSet()->at(BreakdownChart::SelfHostedBar), 0.0);
    }

    void routingNoteAndOperationsRows()
    {
        MainWindow w;
        QVERIFY(openShown(w, testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        Document *doc = w.document();
        ScenarioForm *form = w.form();
        for (const char *key : {"api.ops_hours_per_month", "self_hosted.ops_hours_per_month", "managed.ops_hours_per_month",
                                "routing.fine_tuned_share"})
            QVERIFY2(form->field(QString::fromLatin1(key)), key);
        auto *note = form->findChild<QLabel *>(QStringLiteral("routingNote"));
        QVERIFY(note);
        QCOMPARE(note->text(), QStringLiteral("The fine-tuned model serves every request."));
        NumberField *share = form->field(QStringLiteral("routing.fine_tuned_share"));
        share->setFocus();
        share->selectAll();
        QTest::keyClicks(share, QStringLiteral("30"));
        QTest::keyClick(share, Qt::Key_Return);
        const Scenario &s = doc->scenario(doc->currentIndex());
        QVERIFY(s.routing && s.routing->fineTunedShare);
        QCOMPARE(*s.routing->fineTunedShare, 0.3);
        // 70 % of the API bill stays on the API.
        const double remainder = 0.7 * doc->result(doc->currentIndex()).monthlyApiCost;
        QVERIFY2(note->text().contains(QStringLiteral("The other 70 %")), qPrintable(note->text()));
        QVERIFY2(note->text().contains(formatMoney(QLocale(), remainder, QStringLiteral("USD"), 0)), qPrintable(note->text()));
    }

    void breakdownAddsUpToEachWholeCost()
    {
        // Every format-3 cost at once: owned servers, operations on every path, routing and a managed path.
        Result<ScenarioDocument> document = loadDocumentFile(examplePath(QStringLiteral("renting-reserving-owning.ftroi")));
        QVERIFY2(document, qPrintable(document.error()));
        for (Scenario s : document.value().scenarios) {
            s.managed = ManagedPath{};
            s.managed->provider = QStringLiteral("Managed");
            s.managed->inputPricePer1M = 0.3;
            s.managed->outputPricePer1M = 1.2;
            s.managed->opsHoursPerMonth = 12;
            s.routing = Routing{0.4};
            const ScenarioResult r = evaluate(s);
            BreakdownChart chart;
            chart.resize(1200, 700);
            chart.setScenario(s, r, QStringLiteral("USD"));
            QVERIFY2(testsupport::closeRel(barTotal(&chart, BreakdownChart::ApiBar), r.apiMonthlyTco, 1e-12), qPrintable(s.name));
            QVERIFY2(testsupport::closeRel(barTotal(&chart, BreakdownChart::SelfHostedBar), r.selfHostedMonthlyTco, 1e-12),
                     qPrintable(s.name));
            QVERIFY2(testsupport::closeRel(barTotal(&chart, BreakdownChart::ManagedBar), r.managed->monthlyTco, 1e-12),
                     qPrintable(s.name));
            // Operations: 150 $/h x hours; the fine-tuned paths keep the API's 10 h while 60 % stays on it.
            QVERIFY(testsupport::closeRel(chart.operationsSet()->at(BreakdownChart::ApiBar), 10 * 150.0, 1e-12));
            QVERIFY(testsupport::closeRel(chart.operationsSet()->at(BreakdownChart::ManagedBar), (12 + 10) * 150.0, 1e-12));
        }
    }

    void comparisonCsvHasFleetColumnsOnlyForFleetDocuments()
    {
        Result<ScenarioDocument> fleet = loadDocumentFile(examplePath(QStringLiteral("renting-reserving-owning.ftroi")));
        QVERIFY2(fleet, qPrintable(fleet.error()));
        const QList<QStringList> cells = comparisonCells(fleet.value(), evaluateAll(fleet.value()));
        const QStringList header = cells.first();
        for (const char *column : {"pricing_model", "capex_usd", "monthly_opex_usd", "commitment_upfront_usd",
                                   "self_hosted_monthly_ops_cost_usd", "fine_tuned_share"})
            QVERIFY2(header.contains(QString::fromLatin1(column)), column);
        QCOMPARE(header.last(), QStringLiteral("price_sources"));
        const qsizetype model = header.indexOf(QStringLiteral("pricing_model"));
        const qsizetype capex = header.indexOf(QStringLiteral("capex_usd"));
        const qsizetype instances = header.indexOf(QStringLiteral("instances"));
        QStringList models;
        for (qsizetype row = 1; row < cells.size(); ++row)
            models << cells[row][model];
        QCOMPARE(models, QStringLiteral("on_demand reserved reserved spot owned on_demand").split(QLatin1Char(' ')));
        // Owned: capex = 300,000 per server x the servers.
        QCOMPARE(cells[5][capex].toDouble(), 300000 * cells[5][instances].toDouble());

        Result<ScenarioDocument> seed = loadDocumentFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
        QVERIFY(seed);
        const QStringList seedHeader = comparisonCells(seed.value(), evaluateAll(seed.value())).first();
        QVERIFY(!seedHeader.contains(QStringLiteral("capex_usd")));
    }

    void exampleComparesFivePricingModels()
    {
        Result<ScenarioDocument> document = loadDocumentFile(examplePath(QStringLiteral("renting-reserving-owning.ftroi")));
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(document.value().scenarios.size(), 6);
        const std::vector<ScenarioResult> results = evaluateAll(document.value());
        const ScenarioResult &onDemand = results[0];
        // The same workload and fleet in every pricing scenario; only how it is paid for differs.
        for (int i = 1; i < 5; ++i)
            QCOMPARE(results[size_t(i)].instances, onDemand.instances);
        // Reserved 1 year: 98.32 x 0.6 x 720 per instance; 3 years: x 0.4; spot: x 0.35 x 1.1.
        QVERIFY(testsupport::closeRel(results[1].monthlyServingCost, 98.32 * 0.6 * 720 * onDemand.instances, 1e-12));
        QVERIFY(testsupport::closeRel(results[2].monthlyServingCost, 98.32 * 0.4 * 720 * onDemand.instances, 1e-12));
        QVERIFY(testsupport::closeRel(results[3].monthlyServingCost, 98.32 * 0.35 * 1.1 * 720 * onDemand.instances, 1e-12));
        // Cheaper to run each step down the list, owned the cheapest a month.
        QVERIFY(results[1].monthlyServingCost < onDemand.monthlyServingCost);
        QVERIFY(results[2].monthlyServingCost < results[1].monthlyServingCost);
        QVERIFY(results[4].monthlyServingCost < results[3].monthlyServingCost);
        // Routed: the fleet serves 30 % of the tokens.
        QVERIFY(testsupport::closeRel(results[5].routedDailyTokens, 0.3 * onDemand.currentDailyTokens, 1e-12));
        for (const ScenarioResult &r : results)
            QVERIFY(r.decision.bestPath.has_value());
    }
};

QTEST_MAIN(TestFleetForm)
#include "tst_fleetform.moc"
