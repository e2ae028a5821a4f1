// Text that leaves the product cannot act: a CSV field that starts like a
// spreadsheet formula is written as text; a currency is a three-letter code,
// never markup for a chart's axis.
#include "core/io/documentformat.h"
#include "core/text/csvtext.h"
#include "testsupport.h"

#include <QtTest>

using namespace ftroi;

class TestTextSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvFieldNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("\"'+cmd|' /C calc'!A0\"");
        QTest::newRow("minus formula") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
        QTest::newRow("negative money") << QStringLiteral("-$219,072.19") << QStringLiteral("\"-$219,072.19\"");
        QTest::newRow("negative number") << QStringLiteral("-1103.5") << QStringLiteral("-1103.5");
        QTest::newRow("plain name") << QStringLiteral("Support bot") << QStringLiteral("Support bot");
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    }

    void csvFieldNeutralisesFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(csvField(text), field);
    }

    void currencyIsAThreeLetterCode_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("EUR") << QStringLiteral("EUR") << true;
        QTest::newRow("markup") << QStringLiteral("<b>") << false;
        QTest::newRow("lower case") << QStringLiteral("usd") << false;
        QTest::newRow("long") << QStringLiteral("DOLLARS") << false;
        QTest::newRow("spaces") << QStringLiteral(" USD ") << false;
    }

    void currencyIsAThreeLetterCode()
    {
        QFETCH(QString, currency);
        QFETCH(bool, accepted);
        QByteArray text = testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
        text.replace("\"version\":", "\"currency\": \"" + currency.toUtf8() + "\", \"version\":");
        const ReadResult read = readDocument(text);
        QCOMPARE(bool(read.document), accepted);
        if (!accepted)
            QCOMPARE(read.error, QStringLiteral("currency: expected a currency code such as \"USD\""));
    }
};

QTEST_GUILESS_MAIN(TestTextSafety)
#include "tst_textsafety.moc"
