// Refusals name the right cause: a document or price list in UTF-16 or
// UTF-32 ("is UTF-16 text …; save it as UTF-8"), a UTF-8 byte-order mark
// accepted in documents, LiteLLM JSON and vms.csv alike; a folder, a pipe or a
// link to a folder given to any command ("is a folder", "not a regular file",
// never "No such file").
#include "core/catalog/priceimport.h"
#include "core/io/documentformat.h"
#include "core/text/inputfile.h"
#include "testsupport.h"

#include <QProcess>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace ftroi;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QString &userCatalog)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FTROI_USER_CATALOG"), userCatalog);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FTROI_CLI_PATH), args);
    if (!p.waitForFinished(20000)) { // a blocked read would end here
        p.kill();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray encoded(const QByteArray &utf8, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(QString::fromUtf8(utf8));
}

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString userCatalog() const { return m_dir.filePath(QStringLiteral("user/catalog.json")); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        testsupport::writeFile(path, bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void otherUnicodeEncodingsAreNamed_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("reason");
        QTest::newRow("UTF-16 with its mark") << int(QStringConverter::Utf16) << true
                                              << QStringLiteral("is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        QTest::newRow("UTF-16LE") << int(QStringConverter::Utf16LE) << false
                                  << QStringLiteral("is UTF-16 text (every character takes two bytes); save it as UTF-8");
        QTest::newRow("UTF-16BE") << int(QStringConverter::Utf16BE) << false
                                  << QStringLiteral("is UTF-16 text (every character takes two bytes); save it as UTF-8");
        QTest::newRow("UTF-32 with its mark") << int(QStringConverter::Utf32) << true
                                              << QStringLiteral("is UTF-32 text (it starts with a UTF-32 byte-order mark); save it as UTF-8");
        QTest::newRow("UTF-32LE") << int(QStringConverter::Utf32LE) << false
                                  << QStringLiteral("is UTF-32 text (every character takes four bytes); save it as UTF-8");
    }

    void otherUnicodeEncodingsAreNamed()
    {
        QFETCH(int, encoding);
        QFETCH(bool, bom);
        QFETCH(QString, reason);
        const auto as = QStringConverter::Encoding(encoding);
        const QByteArray document = testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
        const ReadResult read = readDocument(encoded(document, as, bom));
        QVERIFY(!read.document);
        QCOMPARE(read.error, QStringLiteral("document: ") + reason);
        const Run validate = cli({QStringLiteral("validate"), write(QStringLiteral("doc.ftroi"), encoded(document, as, bom))}, userCatalog());
        QCOMPARE(validate.exitCode, 2);
        QVERIFY2(validate.err.contains(reason), qPrintable(validate.err));

        const QByteArray prices = testsupport::readFile(testsupport::dataPath(QStringLiteral("prices/litellm-sample.json")));
        const ImportResult imported = importPriceFile(write(QStringLiteral("prices.json"), encoded(prices, as, bom)));
        QVERIFY2(imported.error.endsWith(QStringLiteral("prices.json ") + reason), qPrintable(imported.error));
    }

    void aUtf8ByteOrderMarkIsAccepted()
    {
        const QByteArray bom = "\xEF\xBB\xBF";
        QCOMPARE(utf8BomLength(bom + "{"), 3);
        QVERIFY(unicodeEncodingFault(bom + "{").isEmpty());
        const QByteArray document = testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
        QVERIFY(readDocument(bom + document).document);
        const QByteArray json = testsupport::readFile(testsupport::dataPath(QStringLiteral("prices/litellm-sample.json")));
        const ImportResult api = importPriceFile(write(QStringLiteral("bom/model_prices.json"), bom + json));
        QVERIFY2(api.error.isEmpty(), qPrintable(api.error));
        QCOMPARE(api.format, QStringLiteral("LiteLLM JSON"));
        QCOMPARE(api.entries.size(), 2);
        const QByteArray csv = testsupport::readFile(testsupport::dataPath(QStringLiteral("prices/aws/vms.csv")));
        const ImportResult gpus = importPriceFile(write(QStringLiteral("bom/aws/vms.csv"), bom + csv));
        QVERIFY2(gpus.error.isEmpty(), qPrintable(gpus.error));
        QCOMPARE(gpus.format, QStringLiteral("SkyPilot CSV"));
        const Run r = cli({QStringLiteral("catalog"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("bom/model_prices.json"))}, userCatalog());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("imported 2 entries (LiteLLM JSON)")), qPrintable(r.out));
    }

    void foldersAndPipesAreNamedByEveryCommand_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        const QString folder = m_dir.filePath(QStringLiteral("folder.ftroi"));
        QDir().mkpath(folder);
        const QString pipe = m_dir.filePath(QStringLiteral("pipe.json"));
        QFile::remove(pipe);
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        const QString link = m_dir.filePath(QStringLiteral("link.ftroi"));
        QFile::remove(link);
        QVERIFY(QFile::link(folder, link));
        QTest::newRow("folder") << folder << QStringLiteral("is a folder, not a file");
        QTest::newRow("pipe") << pipe << QStringLiteral("is not a regular file (a device, pipe or socket)");
        QTest::newRow("link to a folder") << link << QStringLiteral("is a folder, not a file");
    }

    void foldersAndPipesAreNamedByEveryCommand()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const QList<QStringList> commands = {
            {QStringLiteral("validate"), path},
            {QStringLiteral("evaluate"), path},
            {QStringLiteral("compare"), path, QStringLiteral("--csv")},
            {QStringLiteral("simulate"), path},
            {QStringLiteral("sensitivity"), path, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--metric"), QStringLiteral("npv")},
            {QStringLiteral("catalog"), QStringLiteral("import"), path},
        };
        for (const QStringList &args : commands) {
            const Run r = cli(args, userCatalog());
            QVERIFY2(r.exitCode == 2, qPrintable(args.first() + QStringLiteral(": exit %1").arg(r.exitCode)));
            QVERIFY2(r.err.contains(reason), qPrintable(args.first() + QStringLiteral(": ") + r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("No such file"), Qt::CaseInsensitive), qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
