// The comparison table as text: TSV for the clipboard (all of it or a
// selection) and CSV, quoted correctly; a CSV file that reads back as the
// table, and a refused path that says why.
#include "comparisonsupport.h"
#include "testsupport.h"
#include "ui/comparison/comparisonmodel.h"
#include "ui/comparison/tableexport.h"
#include "ui/document/document.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;
using namespace comparisonsupport;

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

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
};

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
