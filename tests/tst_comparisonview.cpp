// The comparison view: Export CSV writes what `ftroi-cli compare --csv`
// prints, money columns carry the document's currency, and the table copies
// its selection (or all of it) and activates a scenario from its header.
#include "comparisonsupport.h"
#include "core/io/documentformat.h"
#include "testsupport.h"
#include "ui/comparison/comparisonmodel.h"
#include "ui/comparison/comparisonview.h"
#include "ui/comparison/tableexport.h"
#include "ui/document/document.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;
using namespace comparisonsupport;

class TestComparisonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

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
        const double expected =
            doc.scenario(0).workload.requestsPerDay * 30 *
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

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
