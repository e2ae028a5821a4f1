// Comparison table: columns follow the scenarios, cells show the engine's
// numbers formatted, edits update one column, the best value is highlighted,
// differing inputs appear as rows, and the TSV / CSV exports quote correctly.
#include "ui/comparison/comparisonmodel.h"
#include "ui/comparison/comparisonview.h"
#include "ui/comparison/tableexport.h"
#include "ui/document/document.h"
#include "core/io/documentformat.h"
#include "core/text/format.h"
#include "core/engine/recommendation.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFont>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QProcess>
#include <QtTest>

using namespace ftroi;

namespace {

using Tester = QAbstractItemModelTester;

Scenario scenarioNamed(const QString &name)
{
    Scenario s = testsupport::baseScenario();
    s.name = name;
    return s;
}

void resetDocument(Document &doc, const QList<Scenario> &scenarios, const QString &currency = QStringLiteral("USD"))
{
    doc.reset(ScenarioDocument{currency, scenarios, {}}, QString());
}

// The row whose header starts with `label`, or -1.
int rowOf(const QAbstractItemModel &model, const QString &label)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.headerData(row, Qt::Vertical).toString().startsWith(label))
            return row;
    }
    return -1;
}

QString cellText(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

bool isBest(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column), ComparisonModel::IsBestValueRole).toBool();
}

using testsupport::parseCsv;

} // namespace

class TestComparison : public QObject
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
        QCOMPARE(cellText(model, rowOf(model, QStringLiteral("Managed ROI")), 1), formatPercent(l, *r.managed->lifetime.roi, 0));

        const int selfNpv = rowOf(model, QStringLiteral("NPV (self-host)"));
        QCOMPARE(cellText(model, selfNpv, 0), formatMoney(l, *plain.lifetime.npv, usd, 0));
        QVERIFY(isBest(model, selfNpv, 1)); // equal review rates: it saves more
        QCOMPARE(cellText(model, rowOf(model, QStringLiteral("Self-host whole cost")), 1), formatMoney(l, r.selfHostedMonthlyTco, usd));
        QCOMPARE(cellText(model, rowOf(model, QStringLiteral("API whole cost")), 1), formatMoney(l, r.apiMonthlyTco, usd));

        const int best = rowOf(model, QStringLiteral("Best path"));
        QVERIFY(best < rowOf(model, QStringLiteral("Monthly API cost"))); // the decision comes first
        QCOMPARE(cellText(model, best, 0), pathTitle(plain.decision.bestPath));
        QCOMPARE(cellText(model, best, 1), pathTitle(r.decision.bestPath));
        QCOMPARE(model.data(model.index(best, 1), ComparisonModel::RawValueRole).toString(), pathCode(r.decision.bestPath));
    }

    void tsvAndCsvText()
    {
        Document doc;
        resetDocument(doc, {scenarioNamed(QStringLiteral("Alpha")), scenarioNamed(QStringLiteral("Big, \"fast\""))});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const int api = rowOf(model, QStringLiteral("Monthly API cost"));

        const QString tsv = tableToTsv(model);
        const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), model.rowCount() + 1);
        QCOMPARE(lines.at(0), QStringLiteral("\tAlpha\tBig, \"fast\""));
        QCOMPARE(lines.at(api + 1), QStringLiteral("Monthly API cost ($/month)\t$8,250.00\t$8,250.00"));

        const QString part = tableToTsv(model, {api}, {1});
        QCOMPARE(part, QStringLiteral("\tBig, \"fast\"\nMonthly API cost ($/month)\t$8,250.00\n"));

        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));

        const QString csv = tableToCsv(model);
        const QStringList records = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(records.size(), model.rowCount() + 1);
        QCOMPARE(records.at(0), QStringLiteral(",Alpha,\"Big, \"\"fast\"\"\""));
        QCOMPARE(records.at(api + 1), QStringLiteral("Monthly API cost ($/month),\"$8,250.00\",\"$8,250.00\""));
        QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    }

    void csvFileRoundTrips()
    {
        Document doc;
        Scenario b = scenarioNamed(QStringLiteral("Big, \"fast\""));
        b.api.model = QStringLiteral("Model \"X\", v2");
        resetDocument(doc, {scenarioNamed(QStringLiteral("Alpha")), b});
        ComparisonModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("comparison.csv"));
        QString error;
        QVERIFY2(writeCsvFile(model, path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());

        const QString text = QString::fromUtf8(testsupport::readFile(path));
        QCOMPARE(text, tableToCsv(model));
        const QList<QStringList> records = parseCsv(text);
        QCOMPARE(records.size(), model.rowCount() + 1);
        QCOMPARE(records.at(0), (QStringList{QString(), QStringLiteral("Alpha"), QStringLiteral("Big, \"fast\"")}));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QStringList &record = records.at(row + 1);
            QCOMPARE(record.size(), model.columnCount() + 1);
            QCOMPARE(record.at(0), model.headerData(row, Qt::Vertical).toString());
            for (int column = 0; column < model.columnCount(); ++column)
                QCOMPARE(record.at(column + 1), cellText(model, row, column));
        }

        const QString missing = dir.filePath(QStringLiteral("no/such/folder/comparison.csv"));
        QVERIFY(!writeCsvFile(model, missing, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(missing));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!writeCsvFile(model, missing)); // no error pointer: still just false
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

    // Export CSV writes what `ftroi-cli compare --csv` prints, byte for byte.
    void exportCsvMatchesCli()
    {
        const QString path = testsupport::dataPath(QStringLiteral("seed-examples.ftroi"));
        ReadResult read = readDocument(testsupport::readFile(path));
        QVERIFY2(read.document, qPrintable(read.error));
        Document doc;
        doc.reset(*read.document, path);
        ComparisonView view(&doc);
        const QByteArray app = view.csvText().toUtf8();

        QProcess cli;
        cli.start(QStringLiteral(FTROI_CLI_PATH), {QStringLiteral("compare"), path, QStringLiteral("--csv")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(app, cli.readAllStandardOutput());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("comparison.csv"));
        QString error;
        QVERIFY2(writeTextFile(view.csvText(), file, &error), qPrintable(error));
        QCOMPARE(testsupport::readFile(file), app);
    }

    // Money columns carry the document's currency; a cell that is never/none is empty.
    void exportCsvNamesCurrency()
    {
        Scenario noTraffic = scenarioNamed(QStringLiteral("No traffic, \"quoted\""));
        noTraffic.workload.requestsPerDay = 0;
        Document doc;
        resetDocument(doc, {scenarioNamed(QStringLiteral("Base")), noTraffic}, QStringLiteral("EUR"));
        ComparisonView view(&doc);
        const QList<QStringList> records = parseCsv(view.csvText());
        QCOMPARE(records.size(), 3);
        const QStringList &header = records.first();
        QVERIFY(header.contains(QStringLiteral("monthly_api_cost_eur")));
        QVERIFY(!header.contains(QStringLiteral("monthly_api_cost_usd")));
        QCOMPARE(records.at(2).first(), noTraffic.name);
        const int perMillion = int(header.indexOf(QStringLiteral("serving_cost_per_1m_tokens_eur")));
        QVERIFY(perMillion > 0);
        QCOMPARE(records.at(2).at(perMillion), QString()); // no traffic: no cost per token
        const double expected = doc.scenario(0).workload.requestsPerDay * 30 *
                                (doc.scenario(0).workload.inputTokensPerRequest * doc.scenario(0).api.inputPricePer1M +
                                 doc.scenario(0).workload.outputTokensPerRequest * doc.scenario(0).api.outputPricePer1M) /
                                1e6;
        bool ok = false;
        const double apiCost = records.at(1).at(header.indexOf(QStringLiteral("monthly_api_cost_eur"))).toDouble(&ok);
        QVERIFY(ok);
        FTROI_COMPARE_REL(apiCost, expected, 1e-12);
    }

    void viewCopiesAndActivates()
    {
        Document doc;
        resetDocument(doc, {scenarioNamed(QStringLiteral("Alpha")), scenarioNamed(QStringLiteral("Beta"))});
        ComparisonView view(&doc);
        Tester tester(view.model(), Tester::FailureReportingMode::QtTest);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.tableView();
        QApplication::clipboard()->clear();

        // Nothing selected: the whole table.
        table->clearSelection();
        view.copyAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), tableToTsv(*view.model()));

        // A selection: its rows and columns with their headers.
        const int api = rowOf(*view.model(), QStringLiteral("Monthly API cost"));
        table->selectionModel()->select(view.model()->index(api, 1), QItemSelectionModel::ClearAndSelect);
        view.copy();
        QCOMPARE(QApplication::clipboard()->text(), tableToTsv(*view.model(), {api}, {1}));

        // Ctrl+C in the table.
        QApplication::clipboard()->clear();
        table->setFocus();
        table->clearSelection();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), tableToTsv(*view.model()));

        // A click on a column header activates that scenario.
        QSignalSpy activated(&view, &ComparisonView::scenarioActivated);
        QHeaderView *header = table->horizontalHeader();
        const QPoint pos(header->sectionViewportPosition(1) + header->sectionSize(1) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), 1);
    }
};

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
