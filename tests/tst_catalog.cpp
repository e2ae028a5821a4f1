// The price catalog: the bundled entries' sources and dates, staleness, the
// user catalog merged over the bundled one, LiteLLM and SkyPilot imports with
// bad files, a corrupt user catalog set aside, the 2,000-entry import time, and
// the price_source / training-estimate keys through a save and load.
#include "core/catalog/catalog.h"
#include "core/io/documentformat.h"
#include "core/catalog/pricenotes.h"
#include "core/catalog/priceimport.h"
#include "testsupport.h"
#include "core/catalog/usercatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;

namespace {

QString prices(const char *name)
{
    return testsupport::dataPath(QStringLiteral("prices/") + QLatin1String(name));
}

CatalogEntry apiEntry(const QString &name, double in, double out)
{
    CatalogEntry e;
    e.kind = CatalogKind::Api;
    e.name = name;
    e.provider = QStringLiteral("Test");
    e.source = QStringLiteral("test");
    e.asOf = QStringLiteral("2026-11-01");
    e.inputPricePer1M = in;
    e.outputPricePer1M = out;
    return e;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString userPath() const { return m_dir.filePath(QStringLiteral("user/catalog.json")); }

private Q_SLOTS:
    // Beside the form's prices: their source and date, and whether they may be stale.
    void priceSourceNoteSaysWhereAndWhen()
    {
        const QDate today(2026, 12, 3);
        QCOMPARE(priceSourceNote(std::nullopt, today), QStringLiteral("Prices typed in: no source recorded"));
        const PriceSource old{QStringLiteral("GPT-4o (2024-05-13)"), QStringLiteral("Seed article (2024)"), QStringLiteral("2024")};
        QCOMPARE(priceSourceNote(old, today),
                 QStringLiteral("Prices from GPT-4o (2024-05-13), Seed article (2024), as of 2024: may be stale, check today's price"));
        QVERIFY(isStale(old, today));
        // 180 days or less is recent enough; 181 is not.
        const PriceSource recent{QStringLiteral("GPT-4o"), QString(), QStringLiteral("2026-06-06")};
        QVERIFY(!isStale(recent, today));
        QCOMPARE(priceSourceNote(recent, today), QStringLiteral("Prices from GPT-4o, as of 2026-06-06"));
        QVERIFY(isStale(PriceSource{QStringLiteral("x"), QString(), QStringLiteral("2026-06-05")}, today));
        QVERIFY(isStale(PriceSource{QStringLiteral("x"), QString(), QString()}, today)); // undated
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        qputenv("FTROI_USER_CATALOG", userPath().toUtf8());
        QFile::remove(userPath());
        QVERIFY(reloadCatalog().isEmpty());
    }

    void bundledEntriesHaveSourceAndDate()
    {
        const Catalog &c = bundledCatalog();
        QVERIFY(c.apiModels.size() >= 20);
        QVERIFY(c.instances.size() >= 10);
        QVERIFY(c.managed.size() >= 4);
        for (const CatalogEntry &e : c.all()) {
            QVERIFY2(!e.source.isEmpty(), qPrintable(e.name));
            QVERIFY2(!e.provider.isEmpty(), qPrintable(e.name));
            QVERIFY2(asOfDate(e.asOf), qPrintable(e.name));
        }
        // The seed's figures stay, marked as the seed's.
        const CatalogEntry *seed4o = c.apiModel(QStringLiteral("GPT-4o (2024-05-13)"));
        QVERIFY(seed4o && seed4o->seed);
        QCOMPARE(seed4o->inputPricePer1M, 5.0);
        QCOMPARE(seed4o->outputPricePer1M, 15.0);
        const CatalogEntry *gpt4o = c.apiModel(QStringLiteral("GPT-4o"));
        QVERIFY(gpt4o && !gpt4o->seed);
        QCOMPARE(gpt4o->inputPricePer1M, 2.5);
        QCOMPARE(gpt4o->outputPricePer1M, 10.0);
        QCOMPARE(*gpt4o->cachedInputPricePer1M, 1.25);
        QCOMPARE(*gpt4o->batchDiscount, 0.5);
        QCOMPARE(c.apiModel(QStringLiteral("GPT-4o-mini"))->cachedInputPricePer1M.value_or(-1), 0.075);
        QCOMPARE(c.apiModel(QStringLiteral("Claude 3.5 Haiku"))->inputPricePer1M, 0.8);
        const CatalogEntry *a10g = c.instance(QStringLiteral("A10G"));
        QVERIFY(a10g && a10g->seed);
        QCOMPARE(a10g->costPerHour, 1.03);
        QCOMPARE(a10g->throughputFor(7).value_or(0), 5000.0);
        QCOMPARE(c.managed.first().name, QStringLiteral("OpenAI fine-tuned GPT-4o-mini"));
        QCOMPARE(c.managed.first().trainingPricePer1MTokens, 8.0);
        QVERIFY(c.managed.first().seed);
    }

    void staleness_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<bool>("stale");
        // today is 2026-06-30; 2026-01-01 is 180 days before it
        QTest::newRow("180 days") << QStringLiteral("2026-01-01") << false;
        QTest::newRow("181 days") << QStringLiteral("2025-12-31") << true;
        QTest::newRow("month") << QStringLiteral("2026-05") << false;
        QTest::newRow("seed year") << QStringLiteral("2024") << true;
        QTest::newRow("no date") << QString() << true;
        QTest::newRow("not a date") << QStringLiteral("recently") << true;
    }

    void staleness()
    {
        QFETCH(QString, asOf);
        QFETCH(bool, stale);
        CatalogEntry e = apiEntry(QStringLiteral("x"), 1, 1);
        e.asOf = asOf;
        QCOMPARE(isStale(e, QDate(2026, 6, 30)), stale);
        QCOMPARE(presetSummary(e, QDate(2026, 6, 30)).contains(QStringLiteral("may be stale")), stale);
    }

    void presetSummaryShowsProviderPriceAndDate()
    {
        const QString text = presetSummary(*bundledCatalog().apiModel(QStringLiteral("GPT-4o")), QDate(2025, 7, 1));
        QCOMPARE(text, QStringLiteral("OpenAI · $2.50 / $10.00 per 1M, cached $1.25 · as of 2025-06-01"));
    }

    void userEntriesMergeOverBundled()
    {
        CatalogEntry replaced = apiEntry(QStringLiteral("GPT-4o"), 2.0, 8.0);
        CatalogEntry added = apiEntry(QStringLiteral("my-model"), 1.0, 2.0);
        CatalogEntry gpuNamedLikeApi;
        gpuNamedLikeApi.kind = CatalogKind::Gpu;
        gpuNamedLikeApi.name = QStringLiteral("GPT-4o");
        gpuNamedLikeApi.costPerHour = 1;
        gpuNamedLikeApi.gpuMemoryGb = 24;
        const Result<UserCatalogChange> change = addToUserCatalog(userPath(), {replaced, added, gpuNamedLikeApi});
        QVERIFY2(change, qPrintable(change.error()));
        QCOMPARE(change->overridesBundled, QStringList{QStringLiteral("GPT-4o (api)")});
        QVERIFY(reloadCatalog().isEmpty());
        const Catalog &c = catalog();
        QCOMPARE(c.apiModel(QStringLiteral("GPT-4o"))->inputPricePer1M, 2.0);          // user over bundled
        QCOMPARE(c.apiModel(QStringLiteral("GPT-4o"))->source, QStringLiteral("test"));
        QCOMPARE(c.apiModels.size(), bundledCatalog().apiModels.size() + 1);           // one added
        QCOMPARE(c.apiModels.last().name, QStringLiteral("my-model"));
        QCOMPARE(c.instance(QStringLiteral("GPT-4o"))->costPerHour, 1.0);              // kinds do not collide
        QCOMPARE(bundledCatalog().apiModel(QStringLiteral("GPT-4o"))->inputPricePer1M, 2.5); // bundled untouched

        // A second import of the same name replaces the first.
        QVERIFY(addToUserCatalog(userPath(), {apiEntry(QStringLiteral("my-model"), 3.0, 4.0)}));
        reloadCatalog();
        QCOMPARE(catalog().apiModel(QStringLiteral("my-model"))->inputPricePer1M, 3.0);
        QCOMPARE(loadUserCatalog(userPath()).entries.size(), 3);

        QCOMPARE(removeFromUserCatalog(userPath(), QStringLiteral("GPT-4o"))->removed, 2); // both kinds
        reloadCatalog();
        QCOMPARE(catalog().apiModel(QStringLiteral("GPT-4o"))->inputPricePer1M, 2.5);    // the bundled one is back
        QCOMPARE(removeFromUserCatalog(userPath(), QStringLiteral("nothing"))->removed, 0);
    }

    void liteLlmImport()
    {
        ImportOptions options;
        options.asOf = QStringLiteral("2026-11-20");
        const ImportResult r = importLiteLlmJson(testsupport::readFile(prices("litellm-sample.json")), options);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.entries.size(), 2); // two good chat models; the embedding model is not a chat model
        QCOMPARE(r.skipped, 3);
        QCOMPARE(r.reasons.size(), 3);
        QVERIFY(r.reasons.join(QLatin1Char('\n')).contains(QStringLiteral("bad-negative: input_cost_per_token")));
        QVERIFY(r.reasons.join(QLatin1Char('\n')).contains(QStringLiteral("bad-text-price: input_cost_per_token is not a number")));
        QVERIFY(r.reasons.join(QLatin1Char('\n')).contains(QStringLiteral("bad-missing-output: output_cost_per_token is missing")));
        const int gptIndex = r.entries.at(0).name == QLatin1String("gpt-4o") ? 0 : 1;
        const CatalogEntry &gpt = r.entries.at(gptIndex);
        QCOMPARE(gpt.name, QStringLiteral("gpt-4o"));
        QCOMPARE(gpt.provider, QStringLiteral("openai"));
        QCOMPARE(gpt.kind, CatalogKind::Api);
        QCOMPARE(gpt.inputPricePer1M, 2.5);  // 2.5e-06 x 1e6, exactly
        QCOMPARE(gpt.outputPricePer1M, 10.0);
        QCOMPARE(*gpt.cachedInputPricePer1M, 1.25);
        QCOMPARE(*gpt.batchDiscount, 0.5);
        QCOMPARE(gpt.asOf, QStringLiteral("2026-11-20"));
        QVERIFY(gpt.source.contains(QStringLiteral("LiteLLM")));
        QCOMPARE(r.entries.at(1 - gptIndex).inputPricePer1M, 0.8);
        QCOMPARE(*r.entries.at(1 - gptIndex).cachedInputPricePer1M, 0.08);
    }

    void skyPilotImport()
    {
        const ImportResult r = importPriceFile(prices("aws/vms.csv"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("SkyPilot CSV"));
        QCOMPARE(r.entries.size(), 3); // g5.xlarge, g6.xlarge, p4de.24xlarge; m5.large has no GPU
        QCOMPARE(r.skipped, 2);        // p5 with a negative price, g4dn with "n/a"
        const CatalogEntry &g5 = r.entries.at(0);
        QCOMPARE(g5.name, QStringLiteral("g5.xlarge"));
        QCOMPARE(g5.kind, CatalogKind::Gpu);
        QCOMPARE(g5.provider, QStringLiteral("AWS")); // from the folder
        QCOMPARE(g5.costPerHour, 1.006);               // the cheaper of two regions
        QCOMPARE(g5.region, QStringLiteral("us-east-1"));
        QCOMPARE(*g5.spotPricePerHour, 0.4523);
        QCOMPARE(g5.gpuMemoryGb, 24.0);                // 24,576 MiB from GpuInfo
        QCOMPARE(g5.asOf, QFileInfo(prices("aws/vms.csv")).lastModified().date().toString(Qt::ISODate));
        const CatalogEntry &g6 = r.entries.at(1);
        QCOMPARE(g6.costPerHour, 0.7);
        QCOMPARE(g6.region, QStringLiteral("us-west-2"));
        QCOMPARE(g6.gpuMemoryGb, 24.0);                // no GpuInfo: the known L4 figure
        QCOMPARE(r.entries.at(2).gpus, 8.0);
        QCOMPARE(r.entries.at(2).gpuMemoryGb, 80.0);

        ImportOptions east;
        east.region = QStringLiteral("us-east-1");
        const ImportResult e = importPriceFile(prices("aws/vms.csv"), east);
        QCOMPARE(e.entries.at(1).costPerHour, 0.8048);
        QVERIFY(!e.entries.at(1).spotPricePerHour);
        ImportOptions nowhere;
        nowhere.region = QStringLiteral("mars-1");
        QVERIFY(importPriceFile(prices("aws/vms.csv"), nowhere).error.contains(QStringLiteral("mars-1")));

        const ImportResult brief = importPriceFile(prices("vms-brief-layout.csv")); // Price before Region, SpotPrice last
        QCOMPARE(brief.entries.size(), 1);
        QCOMPARE(*brief.entries.at(0).spotPricePerHour, 0.45);
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated JSON") << prices("litellm-truncated.json") << QStringLiteral("truncated");
        QTest::newRow("no chat models") << prices("litellm-no-chat.json") << QStringLiteral("no chat models");
        QTest::newRow("other CSV") << prices("not-prices.csv") << QStringLiteral("neither");
        QTest::newRow("truncated CSV") << prices("vms-truncated.csv") << QStringLiteral("truncated");
        QTest::newRow("missing") << prices("nothing-here.json") << QStringLiteral("no such file");
        QTest::newRow("a catalog, not LiteLLM") << prices("corrupt-user-catalog.json") << QStringLiteral("not valid JSON");
    }

    void badFilesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const ImportResult r = importPriceFile(file);
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QVERIFY(r.entries.isEmpty());
    }

    void hugeFileIsRefusedBeforeReading()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("{") == 1);
        QVERIFY(f.resize(100LL * 1024 * 1024)); // sparse: 100 MB on paper
        f.close();
        QElapsedTimer t;
        t.start();
        const ImportResult r = importPriceFile(path);
        QVERIFY2(r.error.contains(QStringLiteral("refused")), qPrintable(r.error));
        QVERIFY(t.elapsed() < 500);
        QFile::remove(path);
    }

    void corruptUserCatalogIsSetAside()
    {
        QDir().mkpath(QFileInfo(userPath()).absolutePath());
        QVERIFY(QFile::copy(prices("corrupt-user-catalog.json"), userPath()));
        const QString message = reloadCatalog();
        QVERIFY2(message.contains(QStringLiteral("set aside")), qPrintable(message));
        QVERIFY(!QFile::exists(userPath()));
        const QStringList aside = QDir(QFileInfo(userPath()).absolutePath()).entryList({QStringLiteral("catalog.json.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(catalog().size(), bundledCatalog().size()); // the bundled prices still work
        QVERIFY(catalog().apiModel(QStringLiteral("GPT-4o")));
        QFile::remove(QFileInfo(userPath()).absolutePath() + QLatin1Char('/') + aside.first());
    }

    void unwritableUserCatalogIsReported()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Result<UserCatalogChange> change = addToUserCatalog(blocker + QStringLiteral("/catalog.json"), {apiEntry(QStringLiteral("x"), 1, 1)});
        QVERIFY(!change);
        QVERIFY(!change.error().isEmpty());
    }

    void importOf2000EntriesIsFast()
    {
        // A LiteLLM-sized file: 2,000 chat models.
        QJsonObject root;
        for (int i = 0; i < 2000; ++i) {
            QJsonObject m;
            m.insert(QStringLiteral("input_cost_per_token"), 1e-7 * (i % 50 + 1));
            m.insert(QStringLiteral("output_cost_per_token"), 4e-7 * (i % 50 + 1));
            m.insert(QStringLiteral("cache_read_input_token_cost"), 5e-8);
            m.insert(QStringLiteral("litellm_provider"), QStringLiteral("provider%1").arg(i % 40));
            m.insert(QStringLiteral("mode"), QStringLiteral("chat"));
            m.insert(QStringLiteral("max_input_tokens"), 128000);
            m.insert(QStringLiteral("supports_function_calling"), true);
            root.insert(QStringLiteral("model-%1").arg(i), m);
        }
        const QString path = m_dir.filePath(QStringLiteral("litellm-2000.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
        f.close();

        QElapsedTimer t;
        t.start();
        const ImportResult r = importPriceFile(path);
        QVERIFY(addToUserCatalog(userPath(), r.entries));
        reloadCatalog();
        const qint64 ms = t.elapsed();
        QCOMPARE(r.entries.size(), 2000);
        QCOMPARE(catalog().apiModels.size(), bundledCatalog().apiModels.size() + 2000);
        qInfo("import, save and reload of 2,000 entries: %lld ms", ms);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    }

    void priceSourceRoundTrip()
    {
        QJsonObject doc = QJsonDocument::fromJson(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")))).object();
        QJsonArray scenarios = doc.value(QStringLiteral("scenarios")).toArray();
        QJsonObject s = scenarios.at(0).toObject();
        QJsonObject api = s.value(QStringLiteral("api")).toObject();
        api.insert(QStringLiteral("price_source"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("GPT-4o")},
                               {QStringLiteral("source"), QStringLiteral("OpenAI API pricing page")},
                               {QStringLiteral("as_of"), QStringLiteral("2025-06-01")}});
        s.insert(QStringLiteral("api"), api);
        QJsonObject sh = s.value(QStringLiteral("self_hosted")).toObject();
        sh.insert(QStringLiteral("price_source"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("A10G")}, {QStringLiteral("as_of"), QStringLiteral("2024")}});
        s.insert(QStringLiteral("self_hosted"), sh);
        scenarios.replace(0, s);
        doc.insert(QStringLiteral("scenarios"), scenarios);

        const ReadResult first = readDocument(QJsonDocument(doc).toJson());
        QVERIFY2(first.document, qPrintable(first.error));
        const Scenario &a = first.document->scenarios.at(0);
        QVERIFY(a.api.priceSource && a.selfHosted.priceSource);
        QCOMPARE(a.api.priceSource->source, QStringLiteral("OpenAI API pricing page"));
        QCOMPARE(a.selfHosted.priceSource->asOf, QStringLiteral("2024"));
        QVERIFY(a.selfHosted.priceSource->source.isEmpty());
        QVERIFY(!first.document->scenarios.at(1).api.priceSource);
        QCOMPARE(priceSourcesText(a),
                 QStringLiteral("Prices: GPT-4o, OpenAI API pricing page as of 2025-06-01; A10G as of 2024"));

        ScenarioDocument edited = *first.document;
        Scenario &e = edited.scenarios[1];
        e.managed = ManagedPath{};
        e.managed->provider = QStringLiteral("Together (open 8B model)");
        e.managed->priceSource = priceSourceOf(*bundledCatalog().managedProvider(QStringLiteral("Together (open 8B model)")));
        edited.scenarios[0].selfHosted.priceSource.reset(); // an edit that drops it
        const ReadResult second = readDocument(writeDocument(edited));
        QVERIFY2(second.document, qPrintable(second.error));
        QCOMPARE(second.document->scenarios.at(0).api.priceSource->name, QStringLiteral("GPT-4o"));
        QVERIFY(!second.document->scenarios.at(0).selfHosted.priceSource);
        QCOMPARE(second.document->scenarios.at(1).managed->priceSource->source, QStringLiteral("Seed article (2024)"));
        QCOMPARE(second.document->scenarios.at(1).managed->priceSource->asOf, QStringLiteral("2024"));
        QVERIFY(!writeDocument(*second.document).contains("\"estimate\"")); // defaults are not written
    }

    void trainingEstimateKeysRoundTrip()
    {
        ScenarioDocument d = *readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")))).document;
        Scenario &s = d.scenarios[0];
        s.project.training = TrainingSpec{7, Method::Lora, 50000, 512, 3, GpuKind::A10G, QString(), true};
        s.project.training->estimate = TrainingEstimateKind::Flops;
        s.project.training->mfu = 0.3;
        const QByteArray bytes = writeDocument(d);
        QVERIFY(bytes.contains("\"estimate\": \"flops\""));
        const ReadResult back = readDocument(bytes);
        QVERIFY2(back.document, qPrintable(back.error));
        QCOMPARE(back.document->scenarios.at(0).project.training->estimate, TrainingEstimateKind::Flops);
        QCOMPARE(back.document->scenarios.at(0).project.training->mfu, 0.3);
    }

    void badAdditionsAreRefused_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("price_source not an object") << "api" << "price_source" << QJsonValue(3)
                                                    << "scenarios[0].api.price_source: expected an object";
        QTest::newRow("price_source without name")
            << "self_hosted" << "price_source" << QJsonValue(QJsonObject{{QStringLiteral("as_of"), QStringLiteral("2025")}})
            << "scenarios[0].self_hosted.price_source.name: expected text";
        QTest::newRow("as_of a number")
            << "api" << "price_source"
            << QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("as_of"), 2025}})
            << "scenarios[0].api.price_source.as_of: expected text";
    }

    void badAdditionsAreRefused()
    {
        QFETCH(QString, object);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject doc = QJsonDocument::fromJson(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")))).object();
        QJsonArray scenarios = doc.value(QStringLiteral("scenarios")).toArray();
        QJsonObject s = scenarios.at(0).toObject();
        QJsonObject o = s.value(object).toObject();
        o.insert(key, value);
        s.insert(object, o);
        scenarios.replace(0, s);
        doc.insert(QStringLiteral("scenarios"), scenarios);
        const ReadResult r = readDocument(QJsonDocument(doc).toJson());
        QVERIFY(!r.document);
        QVERIFY2(r.error.startsWith(message), qPrintable(r.error));
    }

    void badTrainingChoiceIsRefused()
    {
        ScenarioDocument d = *readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")))).document;
        d.scenarios[0].project.training = TrainingSpec{7, Method::Lora, 50000, 512, 3, GpuKind::A10G, QString(), true};
        QByteArray bytes = writeDocument(d);
        bytes.replace("\"spot\": true", "\"spot\": true, \"estimate\": \"guess\"");
        ReadResult r = readDocument(bytes);
        QVERIFY2(r.error.startsWith(QStringLiteral("scenarios[0].project.training.estimate: expected \"seed\" or \"flops\"")), qPrintable(r.error));
        bytes.replace("\"estimate\": \"guess\"", "\"mfu\": 1.5");
        r = readDocument(bytes);
        QVERIFY2(r.error.startsWith(QStringLiteral("scenarios[0].project.training.mfu: expected a number in (0, 1]")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
