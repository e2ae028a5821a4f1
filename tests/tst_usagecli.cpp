// ftroi-cli usage import / apply: the contract's JSON, the scenario written
// (values, workload.source, version 3) and evaluated, options refused where
// they do not belong, and every refusal leaving the document byte-identical.
// Also the document format's side: workload.source read, checked and written.
#include "core/io/documentformat.h"
#include "programrun.h"
#include "testsupport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Three requests of m1 on 1-3 March (UTC), one of m2 (see tst_usageimport's genericCsv).
const QByteArray kUsage = "timestamp,input_tokens,output_tokens,cached_input_tokens,model\n"
                          "2026-03-01T10:15:00Z,100,20,50,m1\n"
                          "2026-03-01T11:00:00+02:00,200,40,0,m1\n"
                          "2026-03-03T23:30:00Z,300,60,100,m1\n"
                          "2026-03-02T12:00:00Z,10,10,0,m2\n";

} // namespace

class TestUsageCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString usageFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("usage.csv"));
        testsupport::writeFile(path, kUsage);
        return path;
    }
    QString freshDocument()
    {
        const QString path = m_dir.filePath(QStringLiteral("doc.ftroi"));
        QFile::remove(path);
        QFile::remove(path + QLatin1Char('~'));
        QFile::copy(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private Q_SLOTS:
    void importJson()
    {
        const ProgramRun r = runCli({QStringLiteral("usage"), QStringLiteral("import"), usageFile(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("csv"));
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("m1"));
        QCOMPARE(o.value(QStringLiteral("other_models")).toObject().value(QStringLiteral("m2")).toDouble(), 20.0);
        QCOMPARE(o.value(QStringLiteral("days")).toDouble(), 3.0);
        QCOMPARE(o.value(QStringLiteral("requests_per_day")).toDouble(), 1.0);
        QCOMPARE(o.value(QStringLiteral("input_tokens_per_request")).toDouble(), 200.0);
        QCOMPARE(o.value(QStringLiteral("output_tokens_per_request")).toDouble(), 40.0);
        QCOMPARE(o.value(QStringLiteral("cached_input_share")).toDouble(), 0.25);
        QVERIFY(o.value(QStringLiteral("batch_share")).isNull());
        QCOMPARE(o.value(QStringLiteral("peak_hours_per_day")).toDouble(), 2.0);
        QCOMPARE(o.value(QStringLiteral("peak_traffic_share")).toDouble(), 1.0);
        QVERIFY(o.value(QStringLiteral("monthly_growth")).isNull());
        QVERIFY(o.value(QStringLiteral("failed_requests")).isNull());
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-03"));

        // "--tz -05:00" is an option with a value: the last request is on 3 March still,
        // the first (10:15 UTC) on 1 March: 3 days; at +02:00 it is 4.
        const ProgramRun west = runCli({QStringLiteral("usage"), QStringLiteral("import"), usageFile(), QStringLiteral("--tz"), QStringLiteral("-05:00"), QStringLiteral("--json")});
        QCOMPARE(west.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(west.out).object().value(QStringLiteral("days")).toDouble(), 3.0);
        const ProgramRun east = runCli({QStringLiteral("usage"), QStringLiteral("import"), usageFile(), QStringLiteral("--tz=+02:00"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(east.out).object().value(QStringLiteral("days")).toDouble(), 4.0);

        const ProgramRun text = runCli({QStringLiteral("usage"), QStringLiteral("import"), usageFile()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("2026-03-01 – 2026-03-03, 3 days"));
        QVERIFY(text.out.contains("rows for 1 other model left out"));
        QVERIFY(text.out.contains("Monthly growth: the file covers fewer than 28 days"));
    }

    void applyThenEvaluate()
    {
        const QString doc = freshDocument();
        const ProgramRun r = runCli({QStringLiteral("usage"), QStringLiteral("apply"), usageFile(), doc, QStringLiteral("--scenario"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(testsupport::readFile(doc)).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 3);
        const QJsonObject s = root.value(QStringLiteral("scenarios")).toArray().at(0).toObject();
        const QJsonObject w = s.value(QStringLiteral("workload")).toObject();
        QCOMPARE(w.value(QStringLiteral("requests_per_day")).toDouble(), 1.0);
        QCOMPARE(w.value(QStringLiteral("input_tokens_per_request")).toDouble(), 200.0);
        QCOMPARE(w.value(QStringLiteral("output_tokens_per_request")).toDouble(), 40.0);
        QCOMPARE(w.value(QStringLiteral("peak_hours_per_day")).toDouble(), 2.0);
        QCOMPARE(w.value(QStringLiteral("peak_traffic_share")).toDouble(1.0), 1.0); // 1 is written by leaving the key out
        QVERIFY(!w.contains(QStringLiteral("monthly_growth"))); // left as it was (absent: 0)
        const QJsonObject source = w.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("kind")).toString(), QStringLiteral("csv"));
        QCOMPARE(source.value(QStringLiteral("file")).toString(), QStringLiteral("usage.csv"));
        QCOMPARE(source.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(source.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-03"));
        QCOMPARE(source.value(QStringLiteral("imported_at")).toString(), QDate::currentDate().toString(Qt::ISODate));
        const QJsonObject api = s.value(QStringLiteral("api")).toObject();
        QCOMPARE(api.value(QStringLiteral("model")).toString(), QStringLiteral("m1"));
        QCOMPARE(api.value(QStringLiteral("cached_input_share")).toDouble(), 0.25);

        const ProgramRun e = runCli({QStringLiteral("evaluate"), doc, QStringLiteral("--json")});
        QCOMPARE(e.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(e.out).array().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("current_daily_tokens")).toDouble(), 1.0 * (200 + 40));
    }

    void refusalsLeaveTheDocument_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("usage");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad row") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1")}
                                 << QByteArray("timestamp,input_tokens,output_tokens\n2026-01-01,1,1\n2026-01-02,-3,1\n")
                                 << QStringLiteral("usage.csv: line 3: \"input_tokens\": \"-3\" is negative");
        QTest::newRow("unknown model") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--model"), QStringLiteral("gpt-9")}
                                       << kUsage << QStringLiteral("--model: \"gpt-9\" is not a model of usage.csv");
        QTest::newRow("tz") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--tz"), QStringLiteral("+15:00")}
                            << kUsage << QStringLiteral("--tz: +15:00 is outside -12:00..+14:00");
        QTest::newRow("scenario") << QStringList{QStringLiteral("--scenario"), QStringLiteral("9")} << kUsage
                                  << QStringLiteral("--scenario: 9 is not a scenario number");
        QTest::newRow("json") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--json")} << kUsage
                              << QStringLiteral("--json does not apply to usage apply");
        QTest::newRow("foreign option") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--samples"), QStringLiteral("5")} << kUsage
                                        << QStringLiteral("usage: --samples does not apply to usage");
    }

    void refusalsLeaveTheDocument()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, usage);
        QFETCH(QString, message);
        const QString doc = freshDocument();
        const QByteArray before = testsupport::readFile(doc);
        const QString file = m_dir.filePath(QStringLiteral("usage.csv"));
        testsupport::writeFile(file, usage);
        const ProgramRun r = runCli(QStringList{QStringLiteral("usage"), QStringLiteral("apply"), file, doc} + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(testsupport::readFile(doc), before);
        QVERIFY(!QFile::exists(doc + QLatin1Char('~')));
    }

    // workload.source is a format-3 key: written as version 3 only when present,
    // refused in a version-2 document, its dates checked.
    void sourceInTheFormat()
    {
        QByteArray text = testsupport::readFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"));
        ftroi::ReadResult read = ftroi::readDocument(text);
        QVERIFY(read.document);
        QCOMPARE(ftroi::lowestVersion(*read.document), 2);
        read.document->scenarios[0].workload.source = ftroi::ImportSource{QStringLiteral("csv"), QStringLiteral("u.csv"), QStringLiteral("2026-03-01"),
                                                                          QStringLiteral("2026-03-03"), QStringLiteral("2026-12-01")};
        const QByteArray written = ftroi::writeDocument(*read.document);
        QCOMPARE(QJsonDocument::fromJson(written).object().value(QStringLiteral("version")).toInt(), 3);
        const ftroi::ReadResult again = ftroi::readDocument(written);
        QVERIFY2(again.document, qPrintable(again.error));
        QVERIFY(again.document->scenarios[0].workload.source == read.document->scenarios[0].workload.source);

        QByteArray v2 = written;
        v2.replace("\"version\": 3", "\"version\": 2");
        const ftroi::ReadResult refused = ftroi::readDocument(v2);
        QVERIFY(!refused.document);
        QVERIFY2(refused.error.contains(QStringLiteral("scenarios[0].workload.source: needs version 3")), qPrintable(refused.error));

        QByteArray badDate = written;
        badDate.replace("\"2026-03-03\"", "\"2026-3-3\"");
        const ftroi::ReadResult bad = ftroi::readDocument(badDate);
        QVERIFY(!bad.document);
        QVERIFY2(bad.error.contains(QStringLiteral("scenarios[0].workload.source.to: expected a date YYYY-MM-DD")), qPrintable(bad.error));
    }
};

QTEST_GUILESS_MAIN(TestUsageCli)
#include "tst_usagecli.moc"
