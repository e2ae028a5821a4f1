// Safe saving: every failure leaves the previous file intact and says why;
// a short write (a full disk) is caught; one backup copy is kept.
#include "ui/document/documentfile.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace ftroi;

namespace {

ScenarioDocument referenceDocument()
{
    return *readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")))).document;
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Limits the size of files this process may write, like a nearly full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

} // namespace

class TestDocumentFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveThenLoadAndBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.ftroi"));
        ScenarioDocument doc = referenceDocument();
        QString error;
        QVERIFY2(saveDocumentFile(doc, path, &error), qPrintable(error));
        QVERIFY(!QFile::exists(backupPathFor(path))); // nothing to back up the first time
        const QByteArray first = testsupport::readFile(path);
        doc.scenarios[0].reviewCost = 7;
        QVERIFY2(saveDocumentFile(doc, path, &error), qPrintable(error));
        QCOMPARE(testsupport::readFile(backupPathFor(path)), first); // the previous version
        const LoadResult loaded = loadDocumentFile(path);
        QVERIFY(loaded.document);
        QCOMPARE(loaded.document->scenarios[0].reviewCost, 7.0);
    }

    void folderGoneLeavesNothingAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("gone"));
        QDir().mkpath(folder);
        QDir(folder).removeRecursively();
        QString error;
        QVERIFY(!saveDocumentFile(referenceDocument(), folder + QStringLiteral("/a.ftroi"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot save \"a.ftroi\"")), qPrintable(error));
    }

    void parentIsAFileFails()
    {
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
        writeRaw(notAFolder, "x");
        QString error;
        QVERIFY(!saveDocumentFile(referenceDocument(), notAFolder + QStringLiteral("/a.ftroi"), &error));
        QVERIFY(!error.isEmpty());
    }

    void shortWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.ftroi"));
        const QByteArray old = "old contents that must survive";
        writeRaw(path, old);
        ScenarioDocument doc = referenceDocument();
        for (int i = 0; i < 6; ++i)
            doc.scenarios.append(doc.scenarios); // ~ 400 scenarios, several hundred kB
        QString error;
        {
            const FileSizeLimit limit(64 * 1024); // the disk fills up after 64 kB
            QVERIFY(!saveDocumentFile(doc, path, &error));
        }
        QVERIFY2(error.contains(QStringLiteral("disk may be full")) || error.contains(QStringLiteral("Cannot save")), qPrintable(error));
        QCOMPARE(testsupport::readFile(path), old);
        const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(leftovers, QStringList{QStringLiteral("big.ftroi")}); // no temporary file left behind
    }

    void loadRefusesWithThePlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.ftroi"));
        writeRaw(path, R"({"format": "ftroi", "version": 9, "scenarios": []})");
        const LoadResult loaded = loadDocumentFile(path);
        QVERIFY(!loaded.document);
        QVERIFY(loaded.error.startsWith(QStringLiteral("version: 9 is newer")));
        const LoadResult missing = loadDocumentFile(dir.filePath(QStringLiteral("none.ftroi")));
        QVERIFY(missing.error.startsWith(QStringLiteral("Cannot open \"none.ftroi\"")));
    }
};

QTEST_GUILESS_MAIN(TestDocumentFile)
#include "tst_documentfile.moc"
