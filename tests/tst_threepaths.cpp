// Tests of the three paths in the app: the Managed fine-tuning group and the
// new API, growth and discount fields write the document undoably; the
// results show three cards with the engine's numbers, the best one marked,
// and the decision headline.
//
// FTROI_SCREENSHOT_DIR=/some/folder also saves the main window at 1600x1000
// and 1366x768 with each tab shown (screenshots), for a visual check.
#include "ui/window/chartspanel.h"
#include "ui/data/decisiontext.h"
#include "ui/document/document.h"
#include "ui/form/managedgroup.h"
#include "ui/form/managedpresets.h"
#include "ui/widgets/numberfield.h"
#include "ui/form/scenarioform.h"
#include "core/text/format.h"
#include "ui/window/mainwindow.h"
#include "ui/window/pathcard.h"
#include "ui/window/resultspanel.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace ftroi;

namespace {

QString starterPath()
{
    return QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi");
}

void typeInto(NumberField *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QString perMonth(double v)
{
    return formatMoney(QLocale(), v, QStringLiteral("USD"), 0) + QStringLiteral(" /month");
}

} // namespace

class TestThreePaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::setUpAppTest(); }

    void managedToggleIsUndoable()
    {
        MainWindow w;
        Document *doc = w.document();
        QVERIFY(!doc->scenario(0).managed);
        ManagedGroup *group = w.form()->managedGroup();
        QVERIFY(!group->isChecked());
        QVERIFY(w.results()->card(Path::Managed)->note().startsWith(QStringLiteral("Enable Managed fine-tuning")));
        QCOMPARE(w.results()->valueLabel(ResultItem::ManagedMonthlyTco)->text(), QStringLiteral("not modelled"));

        group->setChecked(true);
        QVERIFY(doc->scenario(0).managed);
        const ManagedPath &m = *doc->scenario(0).managed;
        QCOMPARE(m.provider, managedPresets().first().provider);
        QCOMPARE(m.trainingPricePer1MTokens, 8.0);
        QCOMPARE(m.inputPricePer1M, 0.30);
        QCOMPARE(m.outputPricePer1M, 1.20);
        QVERIFY(doc->result(0).managed);
        QVERIFY(w.results()->card(Path::Managed)->note().isEmpty());
        QCOMPARE(w.results()->valueLabel(ResultItem::ManagedMonthlyTco)->text(), perMonth(doc->result(0).managed->monthlyTco));

        doc->undoStack()->undo();
        QVERIFY(!doc->scenario(0).managed);
        QVERIFY(!group->isChecked());
        QVERIFY(!w.results()->card(Path::Managed)->note().isEmpty());
        doc->undoStack()->redo();
        QVERIFY(doc->scenario(0).managed);
        QVERIFY(group->isChecked());

        group->setChecked(false);
        QVERIFY(!doc->scenario(0).managed);
        doc->undoStack()->undo();
        QVERIFY(doc->scenario(0).managed);
    }

    void providerPresetFillsPrices()
    {
        MainWindow w;
        Document *doc = w.document();
        w.form()->managedGroup()->setChecked(true);
        QComboBox *provider = w.form()->managedGroup()->providerCombo();
        const int together = provider->findData(QStringLiteral("Together (open 8B model)"));
        QVERIFY(together >= 0);
        typeInto(w.form()->field(QStringLiteral("managed.training_tokens_per_run")), QStringLiteral("2000000"));
        provider->activated(together);
        const ManagedPath &m = *doc->scenario(0).managed;
        QCOMPARE(m.provider, QStringLiteral("Together (open 8B model)"));
        QCOMPARE(m.trainingPricePer1MTokens, 2.0);
        QCOMPARE(m.inputPricePer1M, 0.20);
        QCOMPARE(m.outputPricePer1M, 0.20);
        QCOMPARE(m.trainingTokensPerRun, 2e6); // the preset keeps what is not a price
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario(0).managed->provider, managedPresets().first().provider);
    }

    void managedFieldsWriteTheDocument()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Document *doc = w.document();
        w.form()->managedGroup()->setChecked(true);
        auto field = [&](const char *key) { return w.form()->field(QLatin1String(key)); };

        typeInto(field("managed.training_price_per_1m_tokens"), QStringLiteral("3"));
        typeInto(field("managed.training_tokens_per_run"), QStringLiteral("5000000"));
        typeInto(field("managed.input_price_per_1m"), QStringLiteral("0.15"));
        typeInto(field("managed.output_price_per_1m"), QStringLiteral("0.6"));
        typeInto(field("managed.hosting_cost_per_hour"), QStringLiteral("1.5"));
        typeInto(field("managed.engineering_hours"), QStringLiteral("64"));
        const ManagedPath *m = &*doc->scenario(0).managed;
        QCOMPARE(m->trainingPricePer1MTokens, 3.0);
        QCOMPARE(m->trainingTokensPerRun, 5e6);
        QCOMPARE(m->inputPricePer1M, 0.15);
        QCOMPARE(m->outputPricePer1M, 0.6);
        QCOMPARE(m->hostingCostPerHour, 1.5);
        QCOMPARE(m->engineeringHours.size(), 1);
        QCOMPARE(m->engineeringHours.first().hours, 64.0);

        // Optional fields: a number overrides, an empty field goes back to the default.
        NumberField *runs = field("managed.training_runs");
        QVERIFY(runs->text().isEmpty());
        QVERIFY(runs->placeholderText().contains(QStringLiteral("8")));
        typeInto(runs, QStringLiteral("3"));
        QCOMPARE(doc->scenario(0).managed->trainingRuns, std::optional<double>(3));
        QCOMPARE(doc->result(0).managed->trainingCost, 3 * 5.0 * 3);
        typeInto(runs, QString());
        QVERIFY(!doc->scenario(0).managed->trainingRuns);
        QVERIFY(runs->text().isEmpty());
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario(0).managed->trainingRuns, std::optional<double>(3));
        QCOMPARE(runs->text(), QStringLiteral("3"));

        NumberField *review = field("managed.review_rate");
        typeInto(review, QStringLiteral("3.5"));
        QCOMPARE(doc->scenario(0).managed->reviewRate, std::optional<double>(0.035));
        typeInto(review, QStringLiteral("140"));
        QVERIFY(!review->errorText().isEmpty()); // refused: above 100 %
        QCOMPARE(doc->scenario(0).managed->reviewRate, std::optional<double>(0.035));

        // Several phases keep their shares when the total changes.
        Scenario s = doc->scenario(0);
        s.managed->engineeringHours = {{QStringLiteral("data"), 30}, {QStringLiteral("evaluation"), 10}};
        doc->editScenario(0, s, QStringLiteral("phases"));
        QCOMPARE(field("managed.engineering_hours")->text(), QStringLiteral("40"));
        typeInto(field("managed.engineering_hours"), QStringLiteral("80"));
        QCOMPARE(doc->scenario(0).managed->engineeringHours.at(0).hours, 60.0);
        QCOMPARE(doc->scenario(0).managed->engineeringHours.at(1).hours, 20.0);
    }

    void apiGrowthAndDiscountFieldsWriteTheDocument()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Document *doc = w.document();
        auto field = [&](const char *key) { return w.form()->field(QLatin1String(key)); };
        const double billBefore = doc->result(0).monthlyApiCost;

        typeInto(field("api.cached_input_share"), QStringLiteral("40"));
        QCOMPARE(doc->scenario(0).api.cachedInputShare, 0.4);
        NumberField *cachedPrice = field("api.cached_input_price_per_1m");
        QVERIFY(cachedPrice->text().isEmpty()); // the input price applies
        typeInto(cachedPrice, QStringLiteral("1.25"));
        QCOMPARE(doc->scenario(0).api.cachedInputPricePer1M, std::optional<double>(1.25));
        QVERIFY(doc->result(0).monthlyApiCost < billBefore);
        typeInto(field("api.batch_share"), QStringLiteral("50"));
        typeInto(field("api.batch_discount"), QStringLiteral("40"));
        QCOMPARE(doc->scenario(0).api.batchShare, 0.5);
        QCOMPARE(doc->scenario(0).api.batchDiscount, 0.4);
        QCOMPARE(w.results()->valueLabel(ResultItem::ApiCost)->text(), perMonth(doc->result(0).monthlyApiCost));
        const QString tip = w.results()->valueLabel(ResultItem::ApiCost)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("after caching = (1 - 0.4) x 5 + 0.4 x 1.25 = 3.5")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("x (1 - 0.5 x 0.4)")), qPrintable(tip));

        typeInto(field("workload.monthly_growth"), QStringLiteral("5"));
        QCOMPARE(doc->scenario(0).workload.monthlyGrowth, 0.05);
        typeInto(field("workload.monthly_growth"), QStringLiteral("-60"));
        QVERIFY(field("workload.monthly_growth")->errorText().contains(QStringLiteral("-50")));
        QCOMPARE(doc->scenario(0).workload.monthlyGrowth, 0.05);
        QCOMPARE(doc->scenario(0).project.discountRateAnnual, 0.1); // a new document's cost of capital
        typeInto(field("project.discount_rate_annual"), QStringLiteral("8"));
        QCOMPARE(doc->scenario(0).project.discountRateAnnual, 0.08);
        QCOMPARE(w.results()->valueLabel(ResultItem::SelfHostedNpv)->text(),
                 formatMoney(QLocale(), *doc->result(0).lifetime.npv, QStringLiteral("USD"), 0));

        // Each edit is one undo step, back to the document as it was.
        QUndoStack *stack = doc->undoStack();
        const int steps = stack->count();
        QCOMPARE(steps, 6); // the refused growth is not a step
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(doc->scenario(0).api.cachedInputShare, 0.0);
        QVERIFY(!doc->scenario(0).api.cachedInputPricePer1M);
        QCOMPARE(doc->scenario(0).workload.monthlyGrowth, 0.0);
        QCOMPARE(doc->scenario(0).project.discountRateAnnual, 0.1);
        QCOMPARE(doc->result(0).monthlyApiCost, billBefore);
    }

    void resultsShowThreeCards()
    {
        MainWindow w;
        QVERIFY(w.openFile(starterPath()));
        Document *doc = w.document();
        const ScenarioResult &r = doc->result(0);
        QVERIFY(r.managed); // the starter's first scenario has all three paths
        ResultsPanel *results = w.results();
        QCOMPARE(results->valueLabel(ResultItem::ApiMonthlyTco)->text(), perMonth(r.apiMonthlyTco));
        QCOMPARE(results->valueLabel(ResultItem::ApiCost)->text(), perMonth(r.monthlyApiCost));
        QCOMPARE(results->valueLabel(ResultItem::SelfHostedMonthlyTco)->text(), perMonth(r.selfHostedMonthlyTco));
        QCOMPARE(results->valueLabel(ResultItem::Savings)->text(), perMonth(r.apiMonthlyTco - r.selfHostedMonthlyTco));
        QCOMPARE(results->valueLabel(ResultItem::Payback)->text(), formatMonths(QLocale(), r.lifetime.paybackMonthsWithGrowth));
        QCOMPARE(results->valueLabel(ResultItem::SelfHostedNpv)->text(), formatMoney(QLocale(), *r.lifetime.npv, QStringLiteral("USD"), 0));
        QCOMPARE(results->valueLabel(ResultItem::SelfHostedRoi)->text(), formatPercent(QLocale(), *r.lifetime.roi, 0));
        QCOMPARE(results->valueLabel(ResultItem::ManagedMonthlyTco)->text(), perMonth(r.managed->monthlyTco));
        QCOMPARE(results->valueLabel(ResultItem::ManagedSavings)->text(), perMonth(r.apiMonthlyTco - r.managed->monthlyTco));
        QCOMPARE(results->valueLabel(ResultItem::ManagedPayback)->text(),
                 formatMonths(QLocale(), r.managed->lifetime.paybackMonthsWithGrowth));
        QCOMPARE(results->valueLabel(ResultItem::ManagedNpv)->text(),
                 formatMoney(QLocale(), *r.managed->lifetime.npv, QStringLiteral("USD"), 0));
        QCOMPARE(results->valueLabel(ResultItem::ManagedRoi)->text(), formatPercent(QLocale(), *r.managed->lifetime.roi, 0));
        QVERIFY(results->valueLabel(ResultItem::ManagedNpv)->toolTip().startsWith(QStringLiteral("NPV")));

        // Exactly one card is marked best: the engine's best path.
        for (Path path : {Path::Api, Path::Managed, Path::SelfHosted})
            QCOMPARE(results->card(path)->isBest(), path == r.decision.bestPath);
        QCOMPARE(results->headlineText(), decisionText(doc->scenario(0), r, doc->currency()).headline);
        QVERIFY(results->recommendationText().startsWith(QStringLiteral("Context score")));

        // Scenario 2 of the starter keeps the API: its card is the best one, the disagreement is said.
        doc->setCurrentIndex(1);
        const ScenarioResult &api = doc->result(1);
        QVERIFY(api.decision.bestPath == Path::Api);
        QVERIFY(results->card(Path::Api)->isBest());
        QVERIFY(!results->card(Path::SelfHosted)->isBest());
        QVERIFY(results->headlineText().startsWith(QStringLiteral("Keep the API")));
        QCOMPARE(api.decision.agrees, std::optional<bool>(false));
        QVERIFY(!results->disagreementText().isEmpty());
        QVERIFY(!results->card(Path::Managed)->note().isEmpty());
    }

    // With FTROI_SCREENSHOT_DIR set, saves the window at two sizes with each tab shown.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("FTROI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set FTROI_SCREENSHOT_DIR to write screenshots");
        for (const QSize &size : {QSize(1600, 1000), QSize(1366, 768)}) {
            MainWindow w;
            w.resize(size);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openFile(starterPath()));
            for (int scenario : {0, 1}) {
                w.document()->setCurrentIndex(scenario);
                for (int tab = 0; tab < w.charts()->count(); ++tab) {
                    w.charts()->setCurrentIndex(tab);
                    QTest::qWait(200);
                    QVERIFY(w.grab().save(QStringLiteral("%1/paths-%2x%3-s%4-tab%5.png")
                                              .arg(dir).arg(size.width()).arg(size.height()).arg(scenario).arg(tab)));
                }
            }
            // The form scrolled to the managed group.
            w.document()->setCurrentIndex(0);
            w.form()->ensureWidgetVisible(w.form()->managedGroup(), 0, 0);
            QTest::qWait(200);
            QVERIFY(w.grab().save(QStringLiteral("%1/paths-%2x%3-form.png").arg(dir).arg(size.width()).arg(size.height())));
        }
    }
};

QTEST_MAIN(TestThreePaths)
#include "tst_threepaths.moc"
