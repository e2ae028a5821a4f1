// What JSON or the format forbids but a fast parser lets through is refused,
// naming the place: raw control characters and lone surrogates in strings,
// keys given twice in one object (core/io/strictjson.h); and what Qt's parser
// (which reads what simdjson refuses) lets through: escapes JSON does not
// know, and any document only Qt would take.
#include "core/io/documentformat.h"
#include "testsupport.h"

#include <QtTest>

using namespace ftroi;

namespace {

// The seed's examples with one text replaced.
QByteArray seedWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        qFatal("no %s in the seed's examples", from.constData());
    return text.replace(at, from.size(), to);
}

QString refusal(const QByteArray &text)
{
    const ReadResult read = readDocument(text);
    return read.document ? QString() : read.error;
}

} // namespace

class TestStrictJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlCharacterInAStringIsRefusedWithItsPlace()
    {
        const QString error = refusal(seedWith("\"name\": \"", "\"name\": \"a\tb"));
        QVERIFY2(error.contains(QLatin1String("control character (U+0009)")), qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("line ")) && error.contains(QLatin1String("column")), qPrintable(error));
        // The same character escaped is fine.
        QVERIFY(refusal(seedWith("\"name\": \"", "\"name\": \"a\\tb")).isEmpty());
    }

    void loneSurrogatesAreRefused()
    {
        QVERIFY(refusal(seedWith("\"name\": \"", "\"name\": \"\\ud800")).contains(QLatin1String("without its second half")));
        QVERIFY(refusal(seedWith("\"name\": \"", "\"name\": \"\\udc00x")).contains(QLatin1String("without its first")));
        QVERIFY(refusal(seedWith("\"name\": \"", "\"name\": \"\\ud800\\u0041")).contains(QLatin1String("without its second half")));
        // A whole pair (U+1F600) is a character like any other.
        QVERIFY(refusal(seedWith("\"name\": \"", "\"name\": \"\\ud83d\\ude00 ")).isEmpty());
    }

    void escapesJsonDoesNotKnowAreRefused()
    {
        const QString error = refusal(seedWith("\"name\": \"", "\"name\": \"a\\eb"));
        QVERIFY2(error.endsWith(QStringLiteral(": \"\\e\" is not an escape JSON knows (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\uXXXX)")),
                 qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("line ")), qPrintable(error));
        QVERIFY(!refusal(seedWith("\"name\": \"", "\"name\": \"\\u12G4")).isEmpty());
        // A key that starts with U+FEFF beside the same key without it: both kept
        // by the reader, never merged by Qt's parser behind a bad escape.
        const QByteArray keys = "\"x\": 1, \"\xEF\xBB\xBFx\": 2, \"name\": \"";
        QVERIFY(refusal(seedWith("\"name\": \"", keys)).isEmpty());
        QVERIFY(!refusal(seedWith("\"name\": \"", keys + "\\q")).isEmpty());
    }

    void aKeyGivenTwiceIsRefusedNamingItsObject()
    {
        QCOMPARE(refusal(seedWith("\"review_rate\": ", "\"review_rate\": 0.5, \"review_rate\": ")),
                 QStringLiteral("scenarios[0].api: \"review_rate\" is given twice; a key may appear once in an object"));
        QCOMPARE(refusal(seedWith("\"version\": ", "\"version\": 2, \"version\": ")),
                 QStringLiteral("document: \"version\" is given twice; a key may appear once in an object"));
        // Also inside a key the reader does not know (kept for re-saving).
        const QString kept = refusal(seedWith("\"workload\": {", "\"notes\": {\"a\": [1, {\"b\": 1, \"b\": 2}]}, \"workload\": {"));
        QCOMPARE(kept, QStringLiteral("scenarios[0].notes.a[1]: \"b\" is given twice; a key may appear once in an object"));
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
