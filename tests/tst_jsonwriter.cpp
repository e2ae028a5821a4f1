// The streaming JSON writer: valid JSON, exact numbers, null for "never".
#include "core/text/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <limits>

using namespace ftroi;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesValidJsonWithExactNumbers()
    {
        JsonWriter w;
        w.beginArray();
        w.beginObject();
        w.member("int", 35000000.0);
        w.member("fraction", 0.1 + 0.2);
        w.member("tiny", 5e-324);
        w.member("big", 1e300);
        w.member("negative", -2966.3999999999996);
        w.member("nan", std::numeric_limits<double>::quiet_NaN());
        w.member("inf", std::numeric_limits<double>::infinity());
        w.member("never", std::optional<double>());
        w.member("yes", true);
        w.member("text", QStringLiteral("a \"quoted\" \\ name\n\t\u00e9 \u0001"));
        w.key("empty");
        w.beginArray();
        w.endArray();
        w.endObject();
        w.value(2);
        w.endArray();
        QCOMPARE(w.bytes().left(20), QByteArray("[{\"int\":35000000,\"fr"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(w.bytes(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.array().at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("fraction")).toDouble(), 0.1 + 0.2);
        QCOMPARE(o.value(QStringLiteral("tiny")).toDouble(), 5e-324);
        QCOMPARE(o.value(QStringLiteral("big")).toDouble(), 1e300);
        QCOMPARE(o.value(QStringLiteral("negative")).toDouble(), -2966.3999999999996);
        QVERIFY(o.value(QStringLiteral("nan")).isNull());
        QVERIFY(o.value(QStringLiteral("inf")).isNull());
        QVERIFY(o.value(QStringLiteral("never")).isNull());
        QCOMPARE(o.value(QStringLiteral("text")).toString(), QStringLiteral("a \"quoted\" \\ name\n\t\u00e9 \u0001"));
        QCOMPARE(doc.array().at(1).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
