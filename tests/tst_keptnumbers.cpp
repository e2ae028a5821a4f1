// Numbers of unknown keys come back from a re-save with their text exactly
// (numbertexts.h): big integers, -0.0, exponents, numbers beyond a double's
// range, trailing zeros; in every place unknown keys are kept, and linearly.
// Keys and texts that start with U+FEFF keep it (it is not dropped as a mark).
#include "core/io/documentformat.h"
#include "core/io/numbertexts.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ftroi;

namespace {

QJsonObject referenceRoot()
{
    return QJsonDocument::fromJson(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")))).object();
}

// The reference document with `number` as the text of unknown keys at every kind of place.
QByteArray withUnknownNumber(const QByteArray &number)
{
    const QString slot = QStringLiteral("@slot@");
    QJsonObject root = referenceRoot();
    root.insert(QStringLiteral("x_root"), slot);
    QJsonArray scenarios = root.value(QStringLiteral("scenarios")).toArray();
    QJsonObject s = scenarios[1].toObject();
    s.insert(QStringLiteral("x_scenario"), slot);
    QJsonObject workload = s.value(QStringLiteral("workload")).toObject();
    workload.insert(QStringLiteral("x_workload"), slot);
    s.insert(QStringLiteral("workload"), workload);
    s.insert(QStringLiteral("x_list"), QJsonArray{1, slot, QJsonObject{{QStringLiteral("deep"), slot}}, QJsonArray{slot}});
    scenarios[1] = s;
    root.insert(QStringLiteral("scenarios"), scenarios);
    QByteArray text = QJsonDocument(root).toJson();
    text.replace("\"@slot@\"", number);
    return text;
}

} // namespace

class TestKeptNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textSurvivesResave_data()
    {
        QTest::addColumn<QByteArray>("number");
        for (const char *text : {"18446744073709551615", "12345678901234567890123", "-0.0", "-0", "1e400", "-1E+999",
                                 "1e-400", "1E5", "1.10", "0.1000", "9007199254740993", "2.5e-3", "1.5e300"})
            QTest::newRow(text) << QByteArray(text);
    }

    void textSurvivesResave()
    {
        QFETCH(QByteArray, number);
        const ReadResult read = readDocument(withUnknownNumber(number));
        QVERIFY2(read.document, qPrintable(read.error));
        ScenarioDocument edited = *read.document;
        edited.scenarios[1].api.reviewRate = 0.031; // an edit of a known value
        const QByteArray saved = writeDocument(edited);
        QVERIFY2(saved.contains("\"x_root\": " + number + "\n"), saved.right(300).constData());
        QVERIFY(saved.contains("\"x_scenario\": " + number));
        QVERIFY(saved.contains("\"x_workload\": " + number));
        QVERIFY(saved.contains("\"deep\": " + number + "\n"));
        QVERIFY(saved.contains("1,\n                " + number + ",\n"));
        QVERIFY(!saved.contains("\\udfff"));
        // Saved again, the document reads back and writes the same bytes.
        const ReadResult back = readDocument(saved);
        QVERIFY2(back.document, qPrintable(back.error));
        QCOMPARE(writeDocument(*back.document), saved);
        QCOMPARE(back.document->scenarios[1].api.reviewRate, 0.031);
    }

    void numbersJsonDoesNotSpellAreRefused()
    {
        // Qt's parser (which reads what simdjson refuses) also takes ".02" or "1.": JSON does not.
        for (const char *text : {".02", "1.", "+1", "01"}) {
            const ReadResult read = readDocument(withUnknownNumber(text));
            QVERIFY2(!read.document, text);
            QVERIFY2(read.error.contains(QStringLiteral("is not a number as JSON writes one"))
                         || read.error.startsWith(QStringLiteral("not a valid JSON document: ")),
                     qPrintable(read.error));
        }
        const ReadResult dot = readDocument(withUnknownNumber(".02"));
        QVERIFY2(dot.error.endsWith(QStringLiteral(": \".02\" is not a number as JSON writes one")), qPrintable(dot.error));
    }

    void aLeadingZeroWidthNoBreakSpaceIsKept()
    {
        // "\ufeffx" and "x" are two keys; a name may start with U+FEFF. Neither may be merged or trimmed.
        QByteArray text = withUnknownNumber("1");
        text.replace("\"x_root\"", "\"x\": 1, \"\xEF\xBB\xBFx\": 2, \"x_root\"");
        const qsizetype name = text.indexOf("\"name\": \"") + 9;
        text.insert(name, "\xEF\xBB\xBF");
        const ReadResult read = readDocument(text);
        QVERIFY2(read.document, qPrintable(read.error));
        QCOMPARE(read.document->preserved.size(), 3);
        QVERIFY(read.document->scenarios.first().name.startsWith(QChar(0xFEFF)));
        const QByteArray saved = writeDocument(*read.document);
        QVERIFY(saved.contains("\"x\": 1,") && saved.contains("\"\xEF\xBB\xBFx\": 2"));
        const ReadResult back = readDocument(saved);
        QVERIFY2(back.document, qPrintable(back.error));
        QCOMPARE(writeDocument(*back.document), saved);
    }

    void canonicalNumbersAreKeptAsNumbers()
    {
        const ReadResult read = readDocument(withUnknownNumber("42.5"));
        QVERIFY(read.document);
        QCOMPARE(read.document->preserved.value(QStringLiteral("x_root")).toDouble(), 42.5);
        QCOMPARE(writeDocument(*read.document), QJsonDocument(documentToJson(*read.document)).toJson());
    }

    void outOfRangeKnownValuesAreStillRefused()
    {
        QByteArray text = testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
        const qsizetype at = text.indexOf("\"requests_per_day\"");
        QVERIFY(at > 0);
        const qsizetype value = text.indexOf(':', at) + 1;
        const qsizetype end = text.indexOf(',', value);
        text.replace(value, end - value, " 1e400");
        const ReadResult read = readDocument(text);
        QVERIFY(!read.document);
        QVERIFY2(read.error.startsWith(QStringLiteral("not a valid JSON document: illegal number")), qPrintable(read.error));
        // Beside a kept 1e400 as well: the known value still refuses the document.
        text.replace("\"format\"", "\"x\": 1e400, \"format\"");
        QVERIFY(!readDocument(text).document);
    }

    void markersAreNeverWrittenAsText()
    {
        QCOMPARE(keptNumberText(QJsonValue(keptNumberMarker("1e400"))), QByteArray("1e400"));
        QVERIFY(!keptNumberText(QJsonValue(QStringLiteral("1e400"))));
        QVERIFY(!keptNumberText(QJsonValue(5)));
        // A text holding a lone surrogate never comes from a document: the reader refuses it.
        QVERIFY(!readDocument(withUnknownNumber("\"\\udfff1\"")).document);
        const QJsonObject root{{QStringLiteral("a"), keptNumberMarker("-0.0")}, {QStringLiteral("b"), QStringLiteral("text")}};
        QCOMPARE(documentJsonText(root, QJsonDocument::Compact), QByteArray("{\"a\":-0.0,\"b\":\"text\"}"));
    }

    void manyKeptNumbersReadAndWriteLinearly()
    {
        QByteArray text = withUnknownNumber("1.0");
        QByteArray many = "\"x_many\": {";
        for (int i = 0; i < 150000; ++i)
            many += "\"k" + QByteArray::number(i) + "\": 1.50" + (i + 1 < 150000 ? "," : "");
        many += "}, ";
        text.replace("\"format\"", many + "\"format\"");
        QElapsedTimer timer;
        timer.start();
        const ReadResult read = readDocument(text);
        QVERIFY2(read.document, qPrintable(read.error));
        const QByteArray saved = writeDocument(*read.document);
        const qint64 ms = timer.elapsed();
        QCOMPARE(saved.count("1.50"), 150000);
        qInfo("150k kept numbers read and written in %lld ms", ms);
        QVERIFY2(ms < 5000 * testsupport::kTimeScale, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestKeptNumbers)
#include "tst_keptnumbers.moc"
