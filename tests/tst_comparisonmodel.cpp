// The comparison table's model: columns follow the scenarios, cells show the
// engine's numbers formatted, edits update one column, the best value is
// highlighted, differing inputs appear as rows, and edge cases print no NaN
// or infinity.
#include "comparisonsupport.h"
#include "core/engine/recommendation.h"
#include "core/text/format.h"
#include "testsupport.h"
#include "ui/comparison/comparisonmodel.h"
#include "ui/comparison/tableexport.h"
#include "ui/document/document.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace ftroi;
using namespace comparisonsupport;

class TestComparisonModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void columnsFollowScenarios()
    {
        Document doc;
        resetDocument(doc, {scenarioNamed(QStringLiteral("Alpha")), scenarioNamed(QStringLiteral("Beta"))});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);

        QCOMPARE(model.columnCount(), doc.scenarioCount());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Beta"));
        // Identical inputs: only the result rows.
        QCOMPARE(model.rowCount(), model.resultRowCount());
        QVERIFY(rowOf(model, QStringLiteral("Monthly savings ($/month)")) >= 0);
        QVERIFY(rowOf(model, QStringLiteral("Current volume (tokens/day)")) >= 0);
        QVERIFY(rowOf(model, QStringLiteral("Payback (months)")) >= 0);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Scenario third = scenarioNamed(QStringLiteral("Gamma"));
        doc.insertScenario(2, third, QStringLiteral("Add"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Gamma"));
        doc.removeScenario(0);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Beta"));
    }

    void currentScenarioHeaderIsBold()
    {
        Document doc;
        resetDocument(doc, {scenarioNamed(QStringLiteral("Alpha")), scenarioNamed(QStringLiteral("Beta"))});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        doc.setCurrentIndex(1);
        QVERIFY(headers.count() >= 1);
        QVERIFY(model.headerData(1, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::FontRole).isValid());
    }

    void savingsMatchEngine()
    {
        Document doc;
        Scenario b = scenarioNamed(QStringLiteral("Cheap API"));
        b.api.inputPricePer1M = 2.5;
        b.api.outputPricePer1M = 10;
        resetDocument(doc, {scenarioNamed(QStringLiteral("Base")), b});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);

        const int row = rowOf(model, QStringLiteral("Monthly savings"));
        QVERIFY(row >= 0);
        for (int column = 0; column < 2; ++column) {
            const double savings = doc.result(column).monthlySavings;
            QCOMPARE(cellText(model, row, column), formatMoney(QLocale(), savings, QStringLiteral("USD")));
            const QVariant raw = model.data(model.index(row, column), ComparisonModel::RawValueRole);
            QCOMPARE(raw.typeId(), int(QMetaType::Double));
            QCOMPARE(raw.toDouble(), savings);
            const auto alignment = Qt::Alignment(model.data(model.index(row, column), Qt::TextAlignmentRole).toInt());
            QVERIFY(alignment & Qt::AlignRight);
        }
        const int api = rowOf(model, QStringLiteral("Monthly API cost"));
        QCOMPARE(cellText(model, api, 0), QStringLiteral("$8,250.00")); // the seed's worked example
    }

    void currencyComesFromTheDocument()
    {
        Document doc;
        resetDocument(doc, {scenarioNamed(QStringLiteral("A")), scenarioNamed(QStringLiteral("B"))},
                      QStringLiteral("EUR"));
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const int row = rowOf(model, QStringLiteral("Monthly API cost"));
        QCOMPARE(model.headerData(row, Qt::Vertical).toString(), QStringLiteral("Monthly API cost (\u20ac/month)"));
        QCOMPARE(cellText(model, row, 0), formatMoney(QLocale(), doc.result(0).monthlyApiCost, QStringLiteral("EUR")));
        QVERIFY(cellText(model, row, 0).contains(QStringLiteral("\u20ac")));
    }

    void editUpdatesOneColumn()
    {
        Document doc;
        Scenario a = scenarioNamed(QStringLiteral("A"));
        Scenario b = scenarioNamed(QStringLiteral("B"));
        b.workload.requestsPerDay = 80000; // the volume already differs: editing it keeps the rows
        resetDocument(doc, {a, b});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const int rows = model.rowCount();
        const int api = rowOf(model, QStringLiteral("Monthly API cost"));
        const int requests = rowOf(model, QStringLiteral("Requests per day"));
        QVERIFY(requests >= model.resultRowCount());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Scenario edited = doc.scenario(1);
        edited.workload.requestsPerDay = 100000;
        doc.editScenario(1, edited, QStringLiteral("Change volume"));

        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(changed.count() >= 1);
        const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
        const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), 1);
        QCOMPARE(bottomRight.column(), 1);
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), rows - 1);
        // Any further notification only repaints the highlight of another column.
        for (int i = 1; i < changed.count(); ++i) {
            QVERIFY(changed.at(i).at(0).value<QModelIndex>().column() != 1);
            QVERIFY(!changed.at(i).at(2).value<QList<int>>().contains(Qt::DisplayRole));
        }
        QCOMPARE(cellText(model, api, 1), formatMoney(QLocale(), doc.result(1).monthlyApiCost, QStringLiteral("USD")));
        QCOMPARE(doc.result(1).monthlyApiCost, 16500.0); // twice the seed's 50 000 requests
        QCOMPARE(cellText(model, requests, 1), QStringLiteral("100,000"));

        doc.undoStack()->undo();
        QCOMPARE(cellText(model, requests, 1), QStringLiteral("80,000"));
        QCOMPARE(cellText(model, api, 1), formatMoney(QLocale(), 13200.0, QStringLiteral("USD")));
    }

    void renameUpdatesHeader()
    {
        Document doc;
        resetDocument(doc, {scenarioNamed(QStringLiteral("A")), scenarioNamed(QStringLiteral("B"))});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Scenario renamed = doc.scenario(1);
        renamed.name = QStringLiteral("H100 fleet");
        doc.editScenario(1, renamed, QStringLiteral("Rename"));

        QCOMPARE(reset.count(), 0);
        QCOMPARE(headers.count(), 1);
        QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QCOMPARE(headers.at(0).at(1).toInt(), 1);
        QCOMPARE(headers.at(0).at(2).toInt(), 1);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("H100 fleet"));

        // An empty name still gives the column a header.
        renamed.name.clear();
        doc.editScenario(1, renamed, QStringLiteral("Rename"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Scenario 2"));
    }

    void bestValueIsHighlighted()
    {
        Document doc;
        Scenario cheap = scenarioNamed(QStringLiteral("Cheap API"));
        cheap.api.inputPricePer1M = 2.5;
        cheap.api.outputPricePer1M = 10;
        resetDocument(doc, {scenarioNamed(QStringLiteral("Base")), cheap});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);

        const int api = rowOf(model, QStringLiteral("Monthly API cost"));
        QVERIFY(doc.result(1).monthlyApiCost < doc.result(0).monthlyApiCost);
        QVERIFY(isBest(model, api, 1));
        QVERIFY(!isBest(model, api, 0));
        QVERIFY(model.data(model.index(api, 1), Qt::BackgroundRole).isValid());
        QVERIFY(model.data(model.index(api, 1), Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.data(model.index(api, 0), Qt::BackgroundRole).isValid());
        QVERIFY(!model.data(model.index(api, 0), Qt::FontRole).isValid());

        // Highest savings: the scenario with the dearer API saves more.
        const int savings = rowOf(model, QStringLiteral("Monthly savings"));
        QVERIFY(doc.result(0).monthlySavings > doc.result(1).monthlySavings);
        QVERIFY(isBest(model, savings, 0));
        QVERIFY(!isBest(model, savings, 1));

        // Equal values: no highlight.
        const int serving = rowOf(model, QStringLiteral("Serving"));
        QVERIFY(!isBest(model, serving, 0));
        QVERIFY(!isBest(model, serving, 1));
        // Input rows are never highlighted.
        const int price = rowOf(model, QStringLiteral("API input price"));
        QVERIFY(price >= model.resultRowCount());
        QVERIFY(!model.data(model.index(price, 1), Qt::BackgroundRole).isValid());

        // An edit to one column moves the highlight in the other one too.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Scenario cheaper = doc.scenario(0);
        cheaper.api.inputPricePer1M = 1;
        cheaper.api.outputPricePer1M = 2;
        doc.editScenario(0, cheaper, QStringLiteral("Change prices"));
        QVERIFY(isBest(model, api, 0));
        QVERIFY(!isBest(model, api, 1));
        QVERIFY(!model.data(model.index(api, 1), Qt::BackgroundRole).isValid());
        bool otherColumnRepainted = false;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            if (args.at(0).value<QModelIndex>().column() == 1)
                otherColumnRepainted = args.at(2).value<QList<int>>().contains(Qt::BackgroundRole);
        }
        QVERIFY(otherColumnRepainted);
    }

    void noHighlightWithOneScenario()
    {
        Document doc;
        resetDocument(doc, {scenarioNamed(QStringLiteral("Only"))});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), model.resultRowCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.data(model.index(row, 0), Qt::BackgroundRole).isValid());
    }

    void differingInputsAppearAsRows()
    {
        Document doc;
        resetDocument(doc, {scenarioNamed(QStringLiteral("A")), scenarioNamed(QStringLiteral("B"))});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), model.resultRowCount());
        QCOMPARE(rowOf(model, QStringLiteral("API model")), -1);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Scenario b = doc.scenario(1);
        b.api.model = QStringLiteral("Claude Haiku");
        b.selfHosted.fixedInstances.reset();
        doc.editScenario(1, b, QStringLiteral("Change model"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), model.resultRowCount() + 2);

        const int apiModel = rowOf(model, QStringLiteral("API model"));
        QVERIFY(apiModel >= model.resultRowCount());
        QVERIFY(model.isInputRow(apiModel));
        QVERIFY(model.data(model.index(apiModel, 0), ComparisonModel::IsInputRowRole).toBool());
        QCOMPARE(cellText(model, apiModel, 0), QStringLiteral("GPT-4o"));
        QCOMPARE(cellText(model, apiModel, 1), QStringLiteral("Claude Haiku"));
        const int fleet = rowOf(model, QStringLiteral("Fleet size (fixed N / auto)"));
        QVERIFY(fleet >= 0);
        QCOMPARE(cellText(model, fleet, 0), QStringLiteral("2"));
        QCOMPARE(cellText(model, fleet, 1), QStringLiteral("auto"));
        QCOMPARE(model.data(model.index(fleet, 0), ComparisonModel::RawValueRole).toDouble(), 2.0);
        QVERIFY(!model.data(model.index(fleet, 1), ComparisonModel::RawValueRole).isValid());
        // Inputs that are still equal stay hidden.
        QCOMPARE(rowOf(model, QStringLiteral("Requests per day")), -1);
        QCOMPARE(rowOf(model, QStringLiteral("Instance price")), -1);

        doc.undoStack()->undo();
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), model.resultRowCount());
    }

    void neverPaybackIsNotBest()
    {
        Document doc;
        Scenario paysBack = scenarioNamed(QStringLiteral("Base"));
        paysBack.selfHosted.reviewRate = paysBack.api.reviewRate; // no extra reviews: it saves money
        Scenario freeApi = paysBack;
        freeApi.name = QStringLiteral("Free API");
        freeApi.api.inputPricePer1M = 0;
        freeApi.api.outputPricePer1M = 0;
        resetDocument(doc, {paysBack, freeApi});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);

        QVERIFY(doc.result(0).paybackMonths.has_value());
        QVERIFY(!doc.result(1).paybackMonths.has_value());
        const int payback = rowOf(model, QStringLiteral("Payback"));
        QCOMPARE(cellText(model, payback, 1), QStringLiteral("never"));
        QVERIFY(!model.data(model.index(payback, 1), ComparisonModel::RawValueRole).isValid());
        QVERIFY(!isBest(model, payback, 1));
        QVERIFY(isBest(model, payback, 0)); // the only one that pays back
        QCOMPARE(cellText(model, payback, 0), formatMonths(QLocale(), doc.result(0).paybackMonths));

        const int allIn = rowOf(model, QStringLiteral("Break-even (all-in)"));
        QCOMPARE(cellText(model, allIn, 1), QStringLiteral("never"));
        QVERIFY(!isBest(model, allIn, 1));
        const int seed = rowOf(model, QStringLiteral("Break-even (serving + storage)"));
        QCOMPARE(cellText(model, seed, 1), QStringLiteral("none"));
        QVERIFY(!isBest(model, seed, 1));

        // Both never: nothing to highlight.
        Scenario base = doc.scenario(0);
        base.api.inputPricePer1M = 0;
        base.api.outputPricePer1M = 0;
        doc.editScenario(0, base, QStringLiteral("Free"));
        QCOMPARE(cellText(model, payback, 0), QStringLiteral("never"));
        QVERIFY(!isBest(model, payback, 0));
        QVERIFY(!isBest(model, payback, 1));
    }

    void recommendationRow()
    {
        Document doc;
        Scenario withContext = scenarioNamed(QStringLiteral("Decided"));
        withContext.context = DecisionContext{};
        resetDocument(doc, {scenarioNamed(QStringLiteral("Open")), withContext});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const int row = rowOf(model, QStringLiteral("Context score"));
        QCOMPARE(cellText(model, row, 0), QStringLiteral("\u2014"));
        QVERIFY(doc.result(1).recommendation.has_value());
        const Recommendation rec = *doc.result(1).recommendation;
        QCOMPARE(cellText(model, row, 1),
                 QStringLiteral("%1 (score %2)").arg(verdictTitle(rec.verdict)).arg(rec.score));
        QCOMPARE(model.data(model.index(row, 1), ComparisonModel::RawValueRole).toDouble(), double(rec.score));
    }

    void pathRows()
    {
        Document doc;
        Scenario managed = scenarioNamed(QStringLiteral("Managed"));
        managed.selfHosted.reviewRate = managed.api.reviewRate;
        managed.managed = ManagedPath{};
        managed.managed->provider = QStringLiteral("Provider");
        managed.managed->trainingPricePer1MTokens = 8;
        managed.managed->trainingTokensPerRun = 1e7;
        managed.managed->inputPricePer1M = 0.3;
        managed.managed->outputPricePer1M = 1.2;
        managed.managed->engineeringHours = {{QStringLiteral("setup"), 40}};
        resetDocument(doc, {scenarioNamed(QStringLiteral("Plain")), managed});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const ScenarioResult &plain = doc.result(0);
        const ScenarioResult &r = doc.result(1);
        QVERIFY(r.managed);
        const QLocale l;
        const QString usd = QStringLiteral("USD");

        const int tco = rowOf(model, QStringLiteral("Managed whole cost ($/month)"));
        QCOMPARE(cellText(model, tco, 0), QStringLiteral("\u2014")); // no managed path
        QCOMPARE(cellText(model, tco, 1), formatMoney(l, r.managed->monthlyTco, usd));
        QVERIFY(isBest(model, tco, 1));
        const int savings = rowOf(model, QStringLiteral("Managed savings"));
        QCOMPARE(cellText(model, savings, 1), formatMoney(l, r.apiMonthlyTco - r.managed->monthlyTco, usd));
        const int payback = rowOf(model, QStringLiteral("Managed payback"));
        QCOMPARE(cellText(model, payback, 1), formatMonths(l, r.managed->lifetime.paybackMonthsWithGrowth));
        const int npv = rowOf(model, QStringLiteral("Managed NPV"));
        QCOMPARE(cellText(model, npv, 1), formatMoney(l, *r.managed->lifetime.npv, usd, 0));
        QCOMPARE(model.data(model.index(npv, 1), ComparisonModel::RawValueRole).toDouble(), *r.managed->lifetime.npv);
        QCOMPARE(cellText(model, rowOf(model, QStringLiteral("Managed ROI")), 1),
                 formatPercent(l, *r.managed->lifetime.roi, 0));

        const int selfNpv = rowOf(model, QStringLiteral("NPV (self-host)"));
        QCOMPARE(cellText(model, selfNpv, 0), formatMoney(l, *plain.lifetime.npv, usd, 0));
        QVERIFY(isBest(model, selfNpv, 1)); // equal review rates: it saves more
        QCOMPARE(cellText(model, rowOf(model, QStringLiteral("Self-host whole cost")), 1),
                 formatMoney(l, r.selfHostedMonthlyTco, usd));
        QCOMPARE(cellText(model, rowOf(model, QStringLiteral("API whole cost")), 1),
                 formatMoney(l, r.apiMonthlyTco, usd));

        const int best = rowOf(model, QStringLiteral("Best path"));
        QVERIFY(best < rowOf(model, QStringLiteral("Monthly API cost"))); // the decision comes first
        QCOMPARE(cellText(model, best, 0), pathTitle(*plain.decision.bestPath));
        QCOMPARE(cellText(model, best, 1), pathTitle(*r.decision.bestPath));
        QCOMPARE(model.data(model.index(best, 1), ComparisonModel::RawValueRole).toString(),
                 pathCode(*r.decision.bestPath));
    }

    void edgeCasesPrintNoNanOrInf()
    {
        Scenario noRequests = scenarioNamed(QStringLiteral("No requests"));
        noRequests.workload.requestsPerDay = 0;
        noRequests.selfHosted.fixedInstances.reset();
        Scenario freeApi = scenarioNamed(QStringLiteral("Free API"));
        freeApi.api.inputPricePer1M = 0;
        freeApi.api.outputPricePer1M = 0;
        Scenario degenerate = scenarioNamed(QStringLiteral("Degenerate"));
        degenerate.workload = {0, 0, 0};
        degenerate.selfHosted.throughputTokensPerS = 0;
        degenerate.selfHosted.targetUtilization = 0;
        degenerate.selfHosted.fixedInstances.reset();
        degenerate.project.lifetimeMonths = 0;
        Scenario zeroThroughput = scenarioNamed(QStringLiteral("Zero throughput"));
        zeroThroughput.selfHosted.throughputTokensPerS = 0;
        zeroThroughput.selfHosted.fixedInstances.reset();
        zeroThroughput.context = DecisionContext{};

        Document doc;
        resetDocument(doc, {scenarioNamed(QStringLiteral("Base")), noRequests, freeApi, degenerate, zeroThroughput});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > model.resultRowCount());

        const QRegularExpression bad(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                     QRegularExpression::CaseInsensitiveOption);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QString text = cellText(model, row, column);
                QVERIFY2(!text.isEmpty(), qPrintable(model.headerData(row, Qt::Vertical).toString()));
                QVERIFY2(!bad.match(text).hasMatch(),
                         qPrintable(model.headerData(row, Qt::Vertical).toString() + QStringLiteral(": ") + text));
                const QVariant raw = model.data(model.index(row, column), ComparisonModel::RawValueRole);
                if (raw.typeId() == QMetaType::Double)
                    QVERIFY(std::isfinite(raw.toDouble()));
            }
        }
        QVERIFY(!bad.match(tableToCsv(model)).hasMatch());
        QVERIFY(!bad.match(tableToTsv(model)).hasMatch());

        const int perMillion = rowOf(model, QStringLiteral("Self-hosted cost per 1M tokens"));
        QCOMPARE(cellText(model, perMillion, 1), QStringLiteral("no traffic"));
    }
};

QTEST_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
