// ftroi-cli catalog list / import / remove against a user catalog in a
// temporary folder (FTROI_USER_CATALOG), and estimate-training's added keys.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode;
    QByteArray out;
    QByteArray err;
};

QString prices(const char *name)
{
    return testsupport::dataPath(QStringLiteral("prices/") + QLatin1String(name));
}

} // namespace

class TestCatalogCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString userPath() const { return m_dir.filePath(QStringLiteral("catalog.json")); }

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FTROI_USER_CATALOG"), userPath());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FTROI_CLI_PATH), args);
        if (!p.waitForFinished(30000))
            return {-1, {}, {}};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QJsonArray list()
    {
        const Run r = cli({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
        [&] { QCOMPARE(r.exitCode, 0); }();
        return QJsonDocument::fromJson(r.out).array();
    }

    static QJsonObject find(const QJsonArray &entries, const QString &name)
    {
        for (const QJsonValue &v : entries)
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(userPath());
    }

    void listHasTheKeysOfEachKind()
    {
        const QJsonArray entries = list();
        QVERIFY(entries.size() > 40);
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            for (const char *key : {"kind", "name", "provider", "source", "as_of"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            const QString kind = e.value(QStringLiteral("kind")).toString();
            QStringList keys;
            if (kind == QLatin1String("api") || kind == QLatin1String("managed"))
                keys << QStringLiteral("input_price_per_1m") << QStringLiteral("output_price_per_1m") << QStringLiteral("cached_input_price_per_1m");
            if (kind == QLatin1String("managed"))
                keys << QStringLiteral("training_price_per_1m_tokens");
            if (kind == QLatin1String("gpu"))
                keys << QStringLiteral("price_per_hour") << QStringLiteral("spot_price_per_hour") << QStringLiteral("gpus") << QStringLiteral("gpu_memory_gb");
            QVERIFY2(!keys.isEmpty(), qPrintable(kind));
            for (const QString &k : std::as_const(keys))
                QVERIFY2(e.contains(k), qPrintable(e.value(QStringLiteral("name")).toString() + QLatin1Char(' ') + k));
        }
        const QJsonObject gpt = find(entries, QStringLiteral("GPT-4o"));
        QCOMPARE(gpt.value(QStringLiteral("input_price_per_1m")).toDouble(), 2.5);
        QCOMPARE(gpt.value(QStringLiteral("cached_input_price_per_1m")).toDouble(), 1.25);
        QCOMPARE(gpt.value(QStringLiteral("origin")).toString(), QStringLiteral("bundled"));
        QCOMPARE(find(entries, QStringLiteral("GPT-4o (2024-05-13)")).value(QStringLiteral("seed")).toBool(), true);
    }

    void importListRemove()
    {
        Run r = cli({QStringLiteral("catalog"), QStringLiteral("import"), prices("litellm-sample.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("imported 2 entries (LiteLLM JSON)"), r.out.constData());
        QVERIFY2(r.err.contains("skipped 3 entries") && r.err.contains("bad-negative"), r.err.constData());
        r = cli({QStringLiteral("catalog"), QStringLiteral("import"), prices("aws/vms.csv"), QStringLiteral("--region"), QStringLiteral("us-east-1")});
        QCOMPARE(r.exitCode, 0);

        QJsonArray entries = list();
        const QJsonObject gpt = find(entries, QStringLiteral("gpt-4o"));
        QCOMPARE(gpt.value(QStringLiteral("origin")).toString(), QStringLiteral("user"));
        QCOMPARE(gpt.value(QStringLiteral("output_price_per_1m")).toDouble(), 10.0);
        const QJsonObject g6 = find(entries, QStringLiteral("g6.xlarge"));
        QCOMPARE(g6.value(QStringLiteral("kind")).toString(), QStringLiteral("gpu"));
        QCOMPARE(g6.value(QStringLiteral("price_per_hour")).toDouble(), 0.8048);
        QVERIFY(g6.value(QStringLiteral("spot_price_per_hour")).isNull());
        QCOMPARE(g6.value(QStringLiteral("provider")).toString(), QStringLiteral("AWS"));

        r = cli({QStringLiteral("catalog"), QStringLiteral("remove"), QStringLiteral("gpt-4o")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(find(list(), QStringLiteral("gpt-4o")).isEmpty());
        r = cli({QStringLiteral("catalog"), QStringLiteral("remove"), QStringLiteral("GPT-4o")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("bundled"));
    }

    void badImportLeavesTheCatalogUntouched_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("truncated JSON") << prices("litellm-truncated.json");
        QTest::newRow("not prices") << prices("not-prices.csv");
        QTest::newRow("truncated CSV") << prices("vms-truncated.csv");
        QTest::newRow("no chat models") << prices("litellm-no-chat.json");
    }

    void badImportLeavesTheCatalogUntouched()
    {
        QFETCH(QString, file);
        QCOMPARE(cli({QStringLiteral("catalog"), QStringLiteral("import"), prices("aws/vms.csv")}).exitCode, 0);
        const QByteArray before = testsupport::readFile(userPath());
        const Run r = cli({QStringLiteral("catalog"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unchanged"), r.err.constData());
        QCOMPARE(testsupport::readFile(userPath()), before);
    }

    void corruptUserCatalogIsSetAside()
    {
        QVERIFY(QFile::copy(prices("corrupt-user-catalog.json"), userPath()));
        const Run r = cli({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("set aside"), r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).array().size() > 40);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("catalog.json.unreadable-*")}).size(), 1);
    }

    void badArguments()
    {
        QCOMPARE(cli({QStringLiteral("catalog")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("catalog"), QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("catalog"), QStringLiteral("drop"), QStringLiteral("x")}).exitCode, 2);
    }

    void estimateTrainingAddsTheCrossCheck()
    {
        // 70B full on 16 A100 80GB: the seed's table and FLOPs differ by ~21.6x.
        Run r = cli({QStringLiteral("estimate-training"), QStringLiteral("--model-size"), QStringLiteral("70"), QStringLiteral("--method"),
                     QStringLiteral("full"), QStringLiteral("--examples"), QStringLiteral("50000"), QStringLiteral("--seq-len"),
                     QStringLiteral("512"), QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--gpu"),
                     QStringLiteral("a100_80g"), QStringLiteral("--on-demand"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char *key : {"num_gpus", "tokens_per_second", "total_tokens", "training_hours", "cost_per_hour", "total_cost_usd"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        FTROI_COMPARE_REL(o.value(QStringLiteral("total_cost_usd")).toDouble(), 5531.151515151515, 1e-12);
        const QJsonObject f = o.value(QStringLiteral("flops_estimate")).toObject();
        QCOMPARE(f.value(QStringLiteral("total_flops")).toDouble(), 3.2256e19);
        QCOMPARE(f.value(QStringLiteral("mfu")).toDouble(), 0.4);
        QCOMPARE(f.value(QStringLiteral("peak_flops_per_gpu")).toDouble(), 312e12);
        QCOMPARE(f.value(QStringLiteral("num_gpus")).toDouble(), 16.0);
        FTROI_COMPARE_REL(f.value(QStringLiteral("gpu_hours")).toDouble(), 82.56410256410257, 1e-12);
        FTROI_COMPARE_REL(f.value(QStringLiteral("cost_usd")).toDouble(), 255.94871794871796, 1e-12);
        const QJsonObject m = o.value(QStringLiteral("memory_fit")).toObject();
        QCOMPARE(m.value(QStringLiteral("bytes_needed")).toDouble(), 1.344e12);
        QCOMPARE(m.value(QStringLiteral("gpu_memory_bytes")).toDouble(), 80.0 * 1073741824.0);
        QCOMPARE(m.value(QStringLiteral("gpus_needed")).toDouble(), 16.0);
        QCOMPARE(o.value(QStringLiteral("estimates_disagree")).toBool(), true);

        r = cli({QStringLiteral("estimate-training"), QStringLiteral("--model-size"), QStringLiteral("70"), QStringLiteral("--method"),
                 QStringLiteral("full"), QStringLiteral("--examples"), QStringLiteral("50000"), QStringLiteral("--seq-len"),
                 QStringLiteral("512"), QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--gpu"),
                 QStringLiteral("a100_80g"), QStringLiteral("--on-demand")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("differ by 21.6x: seed $5,531.15, FLOPs $255.95"), r.out.constData());
        QVERIFY(r.out.contains("GPUs to fit"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalogcli.moc"
