// The user catalog loses nothing: two `ftroi-cli catalog import` at once both
// keep their entries (the lock, the merge under it), entries and keys this
// version does not read are written back untouched, an unreadable file is set
// aside and never replaced; imports refuse prices above the limit and bad
// names with the row named, report the bundled presets they replace, and are
// linear (100,000 rows in seconds).
#include "core/catalog/catalog.h"
#include "core/catalog/priceimport.h"
#include "core/catalog/usercatalog.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;

namespace {

const QByteArray kCsvHeader = "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,Region,AvailabilityZone\n";

// A vms.csv of `rows` GPU instances named <prefix><i>.
QByteArray vmsCsv(const QByteArray &prefix, int rows)
{
    QByteArray csv = kCsvHeader;
    for (int i = 0; i < rows; ++i)
        csv += prefix + QByteArray::number(i) + ",A10G,1,4,16,,1." + QByteArray::number(i % 1000) + ",0.4,us-east-1,us-east-1a\n";
    return csv;
}

CatalogEntry apiEntry(const QString &name, double in)
{
    CatalogEntry e;
    e.kind = CatalogKind::Api;
    e.name = name;
    e.source = QStringLiteral("test");
    e.asOf = QStringLiteral("2026-11-01");
    e.inputPricePer1M = in;
    e.outputPricePer1M = 2 * in;
    return e;
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(testsupport::readFile(path)).object();
}

QSet<QString> names(const QString &path)
{
    QSet<QString> out;
    for (const CatalogEntry &e : loadUserCatalog(path).entries)
        out.insert(e.name);
    return out;
}

} // namespace

class TestUserCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString userPath() const { return m_dir.filePath(QStringLiteral("user/catalog.json")); }

    QProcess *startCli(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FTROI_USER_CATALOG"), userPath());
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(FTROI_CLI_PATH), args);
        return p;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        testsupport::writeFile(path, bytes);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.filePath(QStringLiteral("user"))).removeRecursively();
    }

    void concurrentImportsBothKeepTheirEntries()
    {
        const QString a = writeFile(QStringLiteral("a/vms.csv"), vmsCsv("a", 3000));
        const QString b = writeFile(QStringLiteral("b/vms.csv"), vmsCsv("b", 3000));
        for (int round = 0; round < 3; ++round) {
            QDir(m_dir.filePath(QStringLiteral("user"))).removeRecursively();
            QProcess *first = startCli({QStringLiteral("catalog"), QStringLiteral("import"), a});
            QProcess *second = startCli({QStringLiteral("catalog"), QStringLiteral("import"), b});
            QVERIFY(first->waitForFinished(60000 * testsupport::kTimeScale) && second->waitForFinished(60000 * testsupport::kTimeScale));
            QCOMPARE(first->exitCode(), 0);
            QCOMPARE(second->exitCode(), 0);
            const QSet<QString> kept = names(userPath());
            QCOMPARE(kept.size(), 6000);
            QVERIFY(kept.contains(QStringLiteral("a2999")) && kept.contains(QStringLiteral("b2999")));
            QVERIFY(!QFile::exists(userPath() + QStringLiteral(".lock")));
            delete first;
            delete second;
        }
    }

    void anImportWaitsForTheLock()
    {
        const QString a = writeFile(QStringLiteral("a/vms.csv"), vmsCsv("a", 10));
        QDir().mkpath(QFileInfo(userPath()).absolutePath());
        QLockFile lock(userPath() + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        QProcess *cli = startCli({QStringLiteral("catalog"), QStringLiteral("import"), a});
        QVERIFY(!cli->waitForFinished(1500)); // waits while another program changes the catalog
        QVERIFY(!QFile::exists(userPath()));
        lock.unlock();
        QVERIFY(cli->waitForFinished(30000));
        QCOMPARE(cli->exitCode(), 0);
        QCOMPARE(names(userPath()).size(), 10);
        delete cli;
    }

    void whatIsNotUnderstoodIsKeptUntouched()
    {
        const QJsonObject unknownKind{{QStringLiteral("kind"), QStringLiteral("tpu")}, {QStringLiteral("name"), QStringLiteral("v5e")},
                                      {QStringLiteral("price_per_chip_hour"), 1.2}};
        const QJsonObject extraKeys{{QStringLiteral("kind"), QStringLiteral("api")}, {QStringLiteral("name"), QStringLiteral("mine")},
                                    {QStringLiteral("input_price_per_1m"), 1}, {QStringLiteral("output_price_per_1m"), 2},
                                    {QStringLiteral("x_contract"), QStringLiteral("negotiated until 2027")}};
        const QJsonObject badPrice{{QStringLiteral("kind"), QStringLiteral("gpu")}, {QStringLiteral("name"), QStringLiteral("neg")},
                                   {QStringLiteral("price_per_hour"), -1}};
        const QJsonObject root{{QStringLiteral("format"), QStringLiteral("ftroi-catalog")},
                               {QStringLiteral("version"), 7},
                               {QStringLiteral("x_owner"), QJsonObject{{QStringLiteral("team"), QStringLiteral("finance")}}},
                               {QStringLiteral("entries"), QJsonArray{unknownKind, 42, extraKeys, QStringLiteral("note"), badPrice}}};
        QDir().mkpath(QFileInfo(userPath()).absolutePath());
        testsupport::writeFile(userPath(), QJsonDocument(root).toJson());

        const Result<UserCatalogChange> change = addToUserCatalog(userPath(), {apiEntry(QStringLiteral("mine"), 5), apiEntry(QStringLiteral("new"), 3)});
        QVERIFY2(change, qPrintable(change.error()));
        QCOMPARE(change->added, 1);
        QCOMPARE(change->replaced, 1);
        QCOMPARE(change->keptUnread, 4);
        QVERIFY(catalogChangeNotes(*change).join(QLatin1Char(' ')).contains(QStringLiteral("4 entries of the user catalog that this version does not read were kept unchanged")));

        const QJsonObject saved = readJson(userPath());
        QCOMPARE(saved.value(QStringLiteral("version")).toInt(), 7);
        QCOMPARE(saved.value(QStringLiteral("x_owner")), root.value(QStringLiteral("x_owner")));
        const QJsonArray entries = saved.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 6);
        QCOMPARE(entries.at(0).toObject(), unknownKind);
        QCOMPARE(entries.at(1), QJsonValue(42));
        QCOMPARE(entries.at(3), QJsonValue(QStringLiteral("note")));
        QCOMPARE(entries.at(4).toObject(), badPrice);
        const QJsonObject mine = entries.at(2).toObject();
        QCOMPARE(mine.value(QStringLiteral("input_price_per_1m")).toDouble(), 5.0); // replaced by the import
        QCOMPARE(mine.value(QStringLiteral("x_contract")).toString(), QStringLiteral("negotiated until 2027")); // its own key kept
        QCOMPARE(entries.at(5).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("new"));

        // Removing keeps them too.
        const Result<UserCatalogChange> removed = removeFromUserCatalog(userPath(), QStringLiteral("new"));
        QCOMPARE(removed->removed, 1);
        QCOMPARE(readJson(userPath()).value(QStringLiteral("entries")).toArray().size(), 5);
        QCOMPARE(readJson(userPath()).value(QStringLiteral("version")).toInt(), 7);
    }

    void anUnreadableCatalogIsSetAsideNeverReplaced()
    {
        QDir().mkpath(QFileInfo(userPath()).absolutePath());
        const QByteArray garbage = "{ \"entries\": [ {\"kind\": \"api\", \"name\": \"lost?\" ";
        for (int round = 0; round < 2; ++round) { // twice within a second: two names
            testsupport::writeFile(userPath(), garbage);
            const Result<UserCatalogChange> change = addToUserCatalog(userPath(), {apiEntry(QStringLiteral("x"), 1)});
            QVERIFY2(change, qPrintable(change.error()));
            QVERIFY2(change->notice.contains(QStringLiteral("could not be read")) && change->notice.contains(QStringLiteral("set aside as")),
                     qPrintable(change->notice));
        }
        const QStringList aside = QDir(QFileInfo(userPath()).absolutePath()).entryList({QStringLiteral("catalog.json.unreadable-*")});
        QCOMPARE(aside.size(), 2);
        for (const QString &name : aside)
            QCOMPARE(testsupport::readFile(QFileInfo(userPath()).absolutePath() + QLatin1Char('/') + name), garbage);
        QCOMPARE(names(userPath()), QSet<QString>{QStringLiteral("x")});

        // A folder where the catalog should be is neither read, moved nor written over.
        QDir(m_dir.filePath(QStringLiteral("user"))).removeRecursively();
        QVERIFY(QDir().mkpath(userPath()));
        const Result<UserCatalogChange> refused = addToUserCatalog(userPath(), {apiEntry(QStringLiteral("x"), 1)});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("nothing was written")), qPrintable(refused.error()));
        QVERIFY(QFileInfo(userPath()).isDir());
        QVERIFY(loadUserCatalog(userPath()).message.contains(QStringLiteral("folder")));
        QVERIFY(QFileInfo(userPath()).isDir());
    }

    void pricesAboveTheLimitAndBadNamesAreRefusedNamingTheRow()
    {
        QByteArray csv = kCsvHeader;
        csv += "ok.xlarge,A10G,1,4,16,,1.5,0.5,us-east-1,a\n";
        csv += "dear.xlarge,A10G,1,4,16,,1e10,0.5,us-east-1,a\n";
        csv += "spot.xlarge,A10G,1,4,16,,1.5,1e308,us-east-1,a\n";
        csv += "bell\a.xlarge,A10G,1,4,16,,1.5,0.5,us-east-1,a\n";
        csv += "   ,A10G,1,4,16,,1.5,0.5,us-east-1,a\n";
        const ImportResult gpus = importSkyPilotCsv(csv, {});
        QCOMPARE(gpus.entries.size(), 1);
        QCOMPARE(gpus.skipped, 4);
        const QString reasons = gpus.reasons.join(QLatin1Char('\n'));
        QVERIFY2(reasons.contains(QStringLiteral("line 3 (dear.xlarge): Price 1e10 is above the limit of 1000000 per hour")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("line 4 (spot.xlarge): SpotPrice 1e308 is above the limit")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("line 5: InstanceType \"bell\\u0007.xlarge\" has a control character (U+0007)")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("line 6: no InstanceType")), qPrintable(reasons));

        const QByteArray json = R"({
            "fine": {"mode": "chat", "input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6},
            "dear": {"mode": "chat", "input_cost_per_token": 1e4, "output_cost_per_token": 2e-6},
            "huge": {"mode": "chat", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e308},
            "  ": {"mode": "chat", "input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6},
            "tab\there": {"mode": "chat", "input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6}
        })";
        const ImportResult api = importLiteLlmJson(json, {});
        QCOMPARE(api.entries.size(), 1);
        const QString apiReasons = api.reasons.join(QLatin1Char('\n'));
        QVERIFY2(apiReasons.contains(QStringLiteral("dear: input_cost_per_token is 10000 per token; prices above 1000000 per 1M tokens are refused")),
                 qPrintable(apiReasons));
        QVERIFY2(apiReasons.contains(QStringLiteral("huge: output_cost_per_token is 1e+308 per token")), qPrintable(apiReasons));
        QVERIFY2(apiReasons.contains(QStringLiteral("the model name \"  \" is blank")), qPrintable(apiReasons));
        QVERIFY2(apiReasons.contains(QStringLiteral("the model name \"tab\\u0009here\" has a control character (U+0009)")), qPrintable(apiReasons));

        // Whatever an import reports as imported is in the catalog afterwards: nothing dropped on the way.
        const QList<CatalogEntry> imported = gpus.entries + api.entries;
        QVERIFY(addToUserCatalog(userPath(), imported));
        QCOMPARE(loadUserCatalog(userPath()).entries.size(), imported.size());
        // The largest price still allowed is kept, one above it is not read.
        CatalogEntry limit = apiEntry(QStringLiteral("limit"), kMaxCatalogPrice);
        limit.outputPricePer1M = kMaxCatalogPrice;
        QVERIFY(entryFromJson(entryToJson(limit), nullptr));
        limit.outputPricePer1M = 2 * kMaxCatalogPrice;
        QVERIFY(!entryFromJson(entryToJson(limit), nullptr));
    }

    void theReportNamesReplacedBundledPresets()
    {
        const QString file = writeFile(QStringLiteral("prices.json"),
                                       R"({"GPT-4o": {"mode": "chat", "input_cost_per_token": 2e-6, "output_cost_per_token": 8e-6},
                                           "mine": {"mode": "chat", "input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6}})");
        QProcess *cli = startCli({QStringLiteral("catalog"), QStringLiteral("import"), file});
        QVERIFY(cli->waitForFinished(30000));
        QCOMPARE(cli->exitCode(), 0);
        const QByteArray err = cli->readAllStandardError();
        QVERIFY2(err.contains("1 entry replaces the bundled preset of the same name: GPT-4o (api)."), err.constData());
        QVERIFY2(cli->readAllStandardOutput().contains("2 new, 0 replaced"), "");
        delete cli;
    }

    void listPrintsNoControlCharacters()
    {
        CatalogEntry e = apiEntry(QStringLiteral("shown"), 1);
        e.source = QStringLiteral("evil\x1b[31m source");
        QVERIFY(addToUserCatalog(userPath(), {e}));
        QProcess *cli = startCli({QStringLiteral("catalog"), QStringLiteral("list")});
        QVERIFY(cli->waitForFinished(30000));
        const QByteArray out = cli->readAllStandardOutput();
        QVERIFY(out.contains("evil\\u001b[31m source"));
        QVERIFY(!out.contains('\x1b'));
        delete cli;
    }

    void importAndListAreLinear()
    {
        const QString file = writeFile(QStringLiteral("big/vms.csv"), vmsCsv("g", 100000));
        QElapsedTimer timer;
        timer.start();
        QProcess *cli = startCli({QStringLiteral("catalog"), QStringLiteral("import"), file});
        QVERIFY(cli->waitForFinished(120000 * testsupport::kTimeScale));
        QCOMPARE(cli->exitCode(), 0);
        const qint64 importMs = timer.restart();
        QProcess *list = startCli({QStringLiteral("catalog"), QStringLiteral("list")});
        QVERIFY(list->waitForFinished(120000 * testsupport::kTimeScale));
        QCOMPARE(list->exitCode(), 0);
        const qint64 listMs = timer.elapsed();
        QVERIFY(list->readAllStandardOutput().contains("g99999"));
        qInfo("100,000 rows: import %lld ms, list %lld ms", importMs, listMs);
        // Linear: a few seconds each (quadratic, they took minutes); loose for a busy machine.
        const qint64 limit = 30000 * testsupport::kTimeScale;
        QVERIFY2(importMs < limit && listMs < limit, qPrintable(QStringLiteral("%1 / %2 ms").arg(importMs).arg(listMs)));
        delete cli;
        delete list;
    }
};

QTEST_GUILESS_MAIN(TestUserCatalog)
#include "tst_usercatalog.moc"
