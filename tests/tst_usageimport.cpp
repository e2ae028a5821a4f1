// Usage exports -> the workload: each kind read from a hand-made file whose
// every derived number is worked out here from the contract's formulas
// (shared/design/imports.md), the traffic-shape rule, growth, --tz, messy CSV,
// failed rows, other models, and every refusal naming the file and line or key.
#include "core/imports/usageimport.h"
#include "core/imports/usagereport.h"
#include "core/imports/usagevalues.h"
#include "testsupport.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ftroi;

class TestUsageImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        testsupport::writeFile(path, bytes);
        return path;
    }
    static UsageSummary import(const QString &path, const UsageOptions &options = {})
    {
        const Result<UsageSummary> r = importUsage(path, options);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return r.value();
    }
    static QString refusal(const QString &path, const UsageOptions &options = {})
    {
        const Result<UsageSummary> r = importUsage(path, options);
        return r ? QString() : r.error();
    }
    static void near(double actual, double expected)
    {
        QVERIFY2(std::abs(actual - expected) <= 1e-12 * std::max(1.0, std::abs(expected)),
                 qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }
    static int64_t unixOf(const char *iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toSecsSinceEpoch(); }

private Q_SLOTS:
    // Generic CSV: header case, offsets, an offset-less time (UTC), a quoted field with a
    // comma, a doubled quote and a line break, an extra column, another model.
    void genericCsv()
    {
        const QString path = write(QStringLiteral("generic.csv"),
            "Timestamp,Input_Tokens,Output_Tokens,cached_input_tokens,MODEL,note\n"
            "2026-03-01T10:15:00Z,100,20,50,m1,plain\n"
            "2026-03-01T11:00:00+02:00,200,40,0,m1,\"a, \"\"b\"\"\nsecond line\"\n"
            "2026-03-03 23:30:00,300,60,100,m1,\n"
            "1772000000,10,10,0,m2,\n");
        const UsageSummary u = import(path);
        QCOMPARE(u.kind, QStringLiteral("csv"));
        QCOMPARE(u.model.value_or(QString()), QStringLiteral("m1")); // 720 tokens against 20
        QCOMPARE(u.otherModels.size(), size_t(1));
        QCOMPARE(u.otherModels.front().first, QStringLiteral("m2"));
        near(u.otherModels.front().second, 20);
        near(u.days, 3); // 1 to 3 March, inclusive
        near(u.requestsPerDay, 3.0 / 3);
        near(u.inputTokensPerRequest, 600.0 / 3);
        near(u.outputTokensPerRequest, 120.0 / 3);
        near(u.cachedInputShare, 150.0 / 600);
        QVERIFY(!u.batchShare);
        QVERIFY(!u.failedRequests);
        QVERIFY(!u.monthlyGrowth);
        // Hours (UTC): 10 -> 120 tokens, 9 -> 240, 23 -> 360 of 720: m = 1/2, busy (>= 1/4) = 2, floor(1/m) = 2.
        near(*u.peakHoursPerDay, 2);
        near(*u.peakTrafficShare, 2 * 0.5);
        QCOMPARE(u.from, QStringLiteral("2026-03-01"));
        QCOMPARE(u.to, QStringLiteral("2026-03-03"));

        // At +02:00 the last request falls on 4 March: 4 days.
        UsageOptions tz;
        tz.tzOffset = 2 * 3600;
        const UsageSummary shifted = import(path, tz);
        near(shifted.days, 4);
        near(shifted.requestsPerDay, 3.0 / 4);
        QCOMPARE(shifted.to, QStringLiteral("2026-03-04"));

        // The other model on its own: one request on the day of 1772000000 s.
        UsageOptions m2;
        m2.model = QStringLiteral("m2");
        const UsageSummary other = import(path, m2);
        QCOMPARE(other.from, QDateTime::fromSecsSinceEpoch(1772000000, Qt::UTC).date().toString(Qt::ISODate));
        near(other.days, 1);
        near(other.inputTokensPerRequest, 10);
        near(other.cachedInputShare, 0);
    }

    // The shape rule where floor(1/m) is below the number of busy hours, and where it is above.
    void trafficShapeRule()
    {
        // 40, 30, 30 tokens in hours 0, 1, 2: m = 0.4, busy = 3, floor(1/m) = 2 -> H = 2, share 0.8.
        UsageSummary u = import(write(QStringLiteral("shape1.csv"),
            "timestamp,input_tokens,output_tokens\n2026-04-01T00:10:00Z,40,0\n2026-04-01T01:10:00Z,30,0\n2026-04-01T02:10:00Z,30,0\n"));
        near(*u.peakHoursPerDay, 2);
        near(*u.peakTrafficShare, 2 * 0.4);
        // 50 in hour 0 and 10 in hours 1-5: m = 0.5, busy = 1 -> H = 1, share 0.5.
        QByteArray csv = "timestamp,input_tokens,output_tokens\n2026-04-01T00:00:00Z,50,0\n";
        for (int h = 1; h <= 5; ++h)
            csv += QStringLiteral("2026-04-01T%1:30:00Z,10,0\n").arg(h, 2, 10, QLatin1Char('0')).toUtf8();
        u = import(write(QStringLiteral("shape2.csv"), csv));
        near(*u.peakHoursPerDay, 1);
        near(*u.peakTrafficShare, 0.5);
        // Even traffic in every hour: m = 1/24, H = 24 and share 1 (not 23 from rounding).
        csv = "timestamp,input_tokens,output_tokens\n";
        for (int h = 0; h < 24; ++h)
            csv += QStringLiteral("2026-04-01T%1:00:00Z,7,3\n").arg(h, 2, 10, QLatin1Char('0')).toUtf8();
        u = import(write(QStringLiteral("shape3.csv"), csv));
        near(*u.peakHoursPerDay, 24);
        near(*u.peakTrafficShare, 1);
    }

    // LiteLLM spend logs: BOM, CRLF, fractional seconds, cache_hit, failed rows, a quoted JSON column.
    void litellmSpendLogs()
    {
        const QString path = write(QStringLiteral("spend.csv"),
            "\xEF\xBB\xBFrequest_id,startTime,model,prompt_tokens,completion_tokens,cache_hit,status,metadata\r\n"
            "a,2026-05-01 08:00:00.5+00:00,gpt-x,1000,100,True,success,\"{\"\"k\"\": \"\"v, w\"\"}\"\r\n"
            "b,2026-05-01 09:00:00+00:00,gpt-x,500,50,False,,\r\n"
            "c,2026-05-02 10:00:00+00:00,gpt-x,,,False,failure,\r\n"
            "d,2026-05-02 10:30:00+00:00,other,7,3,False,success,\r\n");
        const UsageSummary u = import(path);
        QCOMPARE(u.kind, QStringLiteral("litellm_spend_logs"));
        QCOMPARE(*u.model, QStringLiteral("gpt-x"));
        QCOMPARE(*u.failedRequests, qint64(1));
        near(u.days, 2); // the failed request on 2 May is still a request in time
        near(u.requestsPerDay, 2.0 / 2);
        near(u.inputTokensPerRequest, 1500.0 / 2);
        near(u.outputTokensPerRequest, 150.0 / 2);
        near(u.cachedInputShare, 1000.0 / 1500); // a cache hit: all its prompt tokens cached
        // Hours 8 -> 1100, 9 -> 550 of 1650: m = 2/3, busy = 2, floor(1/m) = 1 -> H = 1.
        near(*u.peakHoursPerDay, 1);
        near(*u.peakTrafficShare, 1100.0 / 1650);
        QCOMPARE(u.otherModels.front().first, QStringLiteral("other"));
        QCOMPARE(u.otherRows, qint64(1));
        QCOMPARE(u.modelRows, qint64(3));
    }

    void litellmDailyJson()
    {
        const UsageSummary u = import(write(QStringLiteral("daily.json"),
            "[{\"date\":\"2026-01-01\",\"model\":\"m\",\"prompt_tokens\":1000,\"completion_tokens\":200,"
            "\"cache_read_input_tokens\":100,\"api_requests\":10,\"spend\":0.5},"
            "{\"date\":\"2026-01-02\",\"model\":\"m\",\"prompt_tokens\":\"3000\",\"completion_tokens\":600,"
            "\"cache_read_input_tokens\":0,\"api_requests\":30},"
            "{\"date\":\"2026-01-04\",\"model\":\"n\",\"prompt_tokens\":1,\"completion_tokens\":1,"
            "\"cache_read_input_tokens\":0,\"api_requests\":1}]"));
        QCOMPARE(u.kind, QStringLiteral("litellm_daily"));
        near(u.days, 3); // the distinct days of the file, whatever model
        near(u.requestsPerDay, 40.0 / 3);
        near(u.inputTokensPerRequest, 4000.0 / 40);
        near(u.outputTokensPerRequest, 800.0 / 40);
        near(u.cachedInputShare, 100.0 / 4000);
        QVERIFY(!u.peakHoursPerDay && !u.peakTrafficShare && !u.batchShare && !u.failedRequests && !u.monthlyGrowth);
        QCOMPARE(u.from, QStringLiteral("2026-01-01"));
        QCOMPARE(u.to, QStringLiteral("2026-01-04"));
    }

    void openAiUsage()
    {
        const int64_t t0 = unixOf("2026-09-01T22:00:00Z");
        const auto bucket = [](int64_t start, const char *results) {
            return QStringLiteral("{\"object\":\"bucket\",\"start_time\":%1,\"end_time\":%2,\"results\":[%3]}")
                .arg(start).arg(start + 3600).arg(QLatin1String(results)).toUtf8();
        };
        const QByteArray b1 = bucket(t0,
            "{\"input_tokens\":1000,\"output_tokens\":100,\"input_cached_tokens\":200,\"num_model_requests\":10,\"model\":\"a\",\"batch\":false},"
            "{\"input_tokens\":500,\"output_tokens\":50,\"input_cached_tokens\":0,\"num_model_requests\":5,\"model\":\"a\",\"batch\":true},"
            "{\"input_tokens\":10,\"output_tokens\":10,\"input_cached_tokens\":0,\"num_model_requests\":1,\"model\":\"b\",\"batch\":false}");
        const QByteArray b2 = bucket(t0 + 3600,
            "{\"input_tokens\":2000,\"output_tokens\":200,\"input_cached_tokens\":0,\"num_model_requests\":20,\"model\":\"a\",\"batch\":false}");
        const QByteArray b3 = bucket(t0 + 7200, "");
        const auto check = [&](const UsageSummary &u) {
            QCOMPARE(u.kind, QStringLiteral("openai_usage"));
            QCOMPARE(*u.model, QStringLiteral("a"));
            near(u.days, 3 * 3600 / 86400.0); // three distinct hourly buckets, the empty one too
            near(u.requestsPerDay, 35 / (3 * 3600 / 86400.0));
            near(u.inputTokensPerRequest, 3500.0 / 35);
            near(u.outputTokensPerRequest, 350.0 / 35);
            near(u.cachedInputShare, 200.0 / 3500);
            near(*u.batchShare, 5.0 / 35);
            // Hours 22 -> 1650, 23 -> 2200 of 3850: m = 4/7, busy 2, floor(7/4) = 1.
            near(*u.peakHoursPerDay, 1);
            near(*u.peakTrafficShare, 2200.0 / 3850);
            QVERIFY(!u.failedRequests);
            QCOMPARE(u.from, QStringLiteral("2026-09-01"));
            QCOMPARE(u.to, QStringLiteral("2026-09-02")); // the last bucket's end - 1 s
            QCOMPARE(u.otherModels.size(), size_t(1));
        };
        check(import(write(QStringLiteral("page.json"), "{\"object\":\"page\",\"data\":[" + b1 + "," + b2 + "," + b3 + "],\"has_more\":false}")));
        check(import(write(QStringLiteral("pages.json"),
                           "[{\"object\":\"page\",\"data\":[" + b1 + "," + b2 + "]},{\"object\":\"page\",\"data\":[" + b3 + "]}]")));
        // Not grouped by model or batch: no model, batch share unknown.
        const QByteArray plain = bucket(t0, "{\"input_tokens\":10,\"output_tokens\":5,\"input_cached_tokens\":0,\"num_model_requests\":2,\"model\":null,\"batch\":null}");
        const UsageSummary u = import(write(QStringLiteral("plain.json"), "{\"object\":\"page\",\"data\":[" + plain + "]}"));
        QVERIFY(!u.model);
        QVERIFY(u.otherModels.empty());
        QVERIFY(!u.batchShare);
        const QJsonObject json = QJsonDocument::fromJson(usageSummaryJson(u)).object();
        QVERIFY(json.value(QStringLiteral("model")).isNull());
        QVERIFY(json.value(QStringLiteral("batch_share")).isNull());
        QVERIFY(json.value(QStringLiteral("monthly_growth")).isNull());
        QVERIFY(json.value(QStringLiteral("failed_requests")).isNull());
        QCOMPARE(json.value(QStringLiteral("other_models")).toObject().size(), 0);
        QCOMPARE(json.size(), 15);
    }

    // Daily tokens 1000 e^{0.01 d} on the days strictly inside; the first and last
    // days (partial) are off the line and must not count.
    void growthFit()
    {
        const auto series = [&](int days, double rate, const QString &name) {
            QByteArray csv = "timestamp,input_tokens,output_tokens\n";
            const QDate first(2026, 1, 1);
            for (int d = 0; d < days; ++d) {
                double tokens = 1000 * std::exp(rate * d);
                if (d == 0 || d == days - 1)
                    tokens *= 0.3;
                csv += QStringLiteral("%1T12:00:00Z,%2,0\n").arg(first.addDays(d).toString(Qt::ISODate)).arg(tokens, 0, 'g', 17).toUtf8();
            }
            return import(write(name, csv));
        };
        UsageSummary u = series(40, 0.01, QStringLiteral("growth40.csv"));
        QVERIFY(u.monthlyGrowth);
        QVERIFY(std::abs(*u.monthlyGrowth - (std::exp(0.3) - 1)) < 1e-9);
        u = series(28, 0.01, QStringLiteral("growth28.csv")); // the least span that tells
        QVERIFY(u.monthlyGrowth);
        QVERIFY(std::abs(*u.monthlyGrowth - (std::exp(0.3) - 1)) < 1e-9);
        QVERIFY(!series(27, 0.01, QStringLiteral("growth27.csv")).monthlyGrowth);
        near(*series(40, 0.2, QStringLiteral("steep.csv")).monthlyGrowth, 10); // clamped to the format's range
        near(*series(40, -0.1, QStringLiteral("falling.csv")).monthlyGrowth, -0.5);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "timestamp,input_tokens,output_tokens\n";
        QTest::newRow("missing column") << QByteArray("timestamp,input_tokens\n2026-01-01,1\n") << QStringLiteral("line 1: the column \"output_tokens\" is missing");
        QTest::newRow("negative") << head + "2026-01-01,1,2\n2026-01-01,-5,2\n" << QStringLiteral("line 3: \"input_tokens\": \"-5\" is negative");
        QTest::newRow("not a number") << head + "2026-01-01,abc,2\n" << QStringLiteral("line 2: \"input_tokens\": \"abc\" is not a number");
        QTest::newRow("not finite") << head + "2026-01-01,1,1e999\n" << QStringLiteral("line 2: \"output_tokens\": \"1e999\" is not a finite number");
        QTest::newRow("nan") << head + "2026-01-01,nan,1\n" << QStringLiteral("line 2: \"input_tokens\": \"nan\" is not a finite number");
        QTest::newRow("empty") << head + "2026-01-01,,1\n" << QStringLiteral("line 2: \"input_tokens\": is empty");
        QTest::newRow("short row") << head + "2026-01-01,1\n" << QStringLiteral("line 2: \"output_tokens\": the value is missing");
        QTest::newRow("bad time") << head + "2026-13-01,1,1\n" << QStringLiteral("line 2: \"timestamp\": \"2026-13-01\" is not a time");
        QTest::newRow("open quote") << head + "2026-01-01,1,\"2\n" << QStringLiteral("line 2: a quoted field is not closed");
        QTest::newRow("json null") << QByteArray("{\"object\":\"page\",\"data\":[{\"start_time\":0,\"end_time\":3600,\"results\":[{\"input_tokens\":null,\"output_tokens\":1,\"num_model_requests\":1}]}]}")
                                   << QStringLiteral("data[0].results[0].input_tokens: is null");
        QTest::newRow("json missing") << QByteArray("{\"object\":\"page\",\"data\":[{\"start_time\":0,\"end_time\":3600,\"results\":[{\"input_tokens\":1,\"output_tokens\":1}]}]}")
                                      << QStringLiteral("data[0].results[0].num_model_requests: required key is missing");
        QTest::newRow("json text") << QByteArray("[{\"startTime\":\"2026-01-01T00:00:00Z\",\"model\":\"m\",\"prompt_tokens\":\"x\",\"completion_tokens\":1}]")
                                   << QStringLiteral("[0]: \"prompt_tokens\": \"x\" is not a number");
        QTest::newRow("not usage") << QByteArray("a,b\n1,2\n") << QStringLiteral("line 1: is not a usage export");
    }

    void refusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString message = refusal(write(QStringLiteral("bad.csv"), content));
        QVERIFY2(message.startsWith(QStringLiteral("bad.csv: ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void unknownModelAndTz()
    {
        const QString path = write(QStringLiteral("m.csv"), "timestamp,input_tokens,output_tokens,model\n2026-01-01,1,1,a\n");
        UsageOptions options;
        options.model = QStringLiteral("zzz");
        QVERIFY(refusal(path, options).contains(QStringLiteral("--model: \"zzz\" is not a model of m.csv (it has a)")));
        QString why;
        QCOMPARE(usage::parseTzOffset(QStringLiteral("+14:00"), why), std::optional<int>(14 * 3600));
        QCOMPARE(usage::parseTzOffset(QStringLiteral("-12:00"), why), std::optional<int>(-12 * 3600));
        QCOMPARE(usage::parseTzOffset(QStringLiteral("+05:30"), why), std::optional<int>(5 * 3600 + 1800));
        QVERIFY(!usage::parseTzOffset(QStringLiteral("+14:30"), why));
        QVERIFY(why.contains(QStringLiteral("outside -12:00..+14:00")));
        QVERIFY(!usage::parseTzOffset(QStringLiteral("-12:01"), why));
        QVERIFY(!usage::parseTzOffset(QStringLiteral("EST"), why));
    }

    // A million per-request rows in seconds: the reading is linear.
    void largeFileIsLinear()
    {
        QByteArray csv = "timestamp,model,input_tokens,output_tokens\n";
        csv.reserve(40 * 300000);
        for (int i = 0; i < 300000; ++i)
            csv += "2026-02-0" + QByteArray::number(1 + i % 9) + "T" + QByteArray::number(10 + i % 14) + ":00:00Z,m,12,3\n";
        const QString path = write(QStringLiteral("big.csv"), csv);
        QElapsedTimer timer;
        timer.start();
        const UsageSummary u = import(path);
        QVERIFY2(timer.elapsed() < 3000 * testsupport::kTimeScale, qPrintable(QString::number(timer.elapsed())));
        near(u.requestsPerDay, 300000.0 / 9);
        near(u.inputTokensPerRequest, 12);
        // Cancel: the progress callback says stop, the reading ends with "cancelled".
        const Result<usage::UsageData> cancelled = readUsageFile(path, 0, [](qint64, qint64) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error(), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestUsageImport)
#include "tst_usageimport.moc"
