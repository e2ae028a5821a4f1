// The one safe save and the Result type it answers with: bytes replace a file
// only when all of them were written, the "~" backup keeps the previous
// version on request, and a failure says why and leaves no partial file.
#include "core/catalog/usercatalog.h"
#include "core/text/result.h"
#include "core/text/safesave.h"
#include "filesizelimit.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;

namespace {

Result<int> half(int n)
{
    if (n % 2)
        return Failure{QStringLiteral("%1 is odd").arg(n)};
    return n / 2;
}

} // namespace

class TestSafeSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultHoldsAValueOrAMessage()
    {
        const Result<int> four = half(8);
        QVERIFY(four.ok());
        QVERIFY(four);
        QCOMPARE(*four, 4);
        QVERIFY(four.error().isEmpty());
        const Result<int> odd = half(7);
        QVERIFY(!odd);
        QCOMPARE(odd.error(), QStringLiteral("7 is odd"));

        const Result<void> done;
        QVERIFY(done.ok());
        const Result<void> failed = Failure{QString()};
        QVERIFY(!failed.ok()); // a failure stays one even without a message
    }

    void writesAndReplacesWithoutBackupByDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(saveFileSafely(path, "first").ok());
        QVERIFY(saveFileSafely(path, "second").ok());
        QCOMPARE(testsupport::readFile(path), QByteArray("second"));
        QVERIFY(!QFile::exists(backupPathFor(path)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.csv")});
    }

    void keepsThePreviousVersionAsBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.ftroi"));
        QCOMPARE(backupPathFor(path), path + QStringLiteral("~"));
        QVERIFY(saveFileSafely(path, "one", Backup::Keep).ok());
        QVERIFY(!QFile::exists(backupPathFor(path))); // nothing to back up the first time
        QVERIFY(saveFileSafely(path, "two", Backup::Keep).ok());
        QCOMPARE(testsupport::readFile(backupPathFor(path)), QByteArray("one"));
        QVERIFY(saveFileSafely(path, "three", Backup::Keep).ok());
        QCOMPARE(testsupport::readFile(backupPathFor(path)), QByteArray("two")); // one backup, the latest
        QCOMPARE(testsupport::readFile(path), QByteArray("three"));
    }

    void missingFolderSaysWhyAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/a.ftroi"));
        const Result<void> saved = saveFileSafely(path, "bytes", Backup::Keep);
        QVERIFY(!saved);
        QVERIFY(!saved.error().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void parentIsAFileFails()
    {
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
        testsupport::writeFile(notAFolder, "x");
        const Result<void> saved = saveFileSafely(notAFolder + QStringLiteral("/a.csv"), "bytes");
        QVERIFY(!saved);
        QVERIFY(!saved.error().isEmpty());
        QCOMPARE(testsupport::readFile(notAFolder), QByteArray("x"));
    }

    void shortWriteKeepsTheOldFileAndLeavesNoPartialFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.ftroi"));
        const QByteArray old = "old contents that must survive";
        testsupport::writeFile(path, old);
        const QByteArray big(512 * 1024, 'x');
        Result<void> saved;
        {
            const testsupport::FileSizeLimit limit(64 * 1024); // the disk fills up after 64 kB
            saved = saveFileSafely(path, big, Backup::Keep);
        }
        QVERIFY(!saved);
        QCOMPARE(saved.error(), QStringLiteral("File too large")); // the system's reason, not "Unknown error"
        QCOMPARE(testsupport::readFile(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("big.ftroi")}); // no temporary file, no backup
    }

    void userCatalogFailureNamesThePath()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        testsupport::writeFile(blocker, "x");
        const QString path = blocker + QStringLiteral("/catalog.json");
        CatalogEntry entry;
        entry.name = QStringLiteral("x");
        const Result<UserCatalogChange> saved = addToUserCatalog(path, {entry});
        QVERIFY(!saved);
        QVERIFY2(saved.error().startsWith(QStringLiteral("cannot write %1: ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(saved.error()));
    }
};

QTEST_GUILESS_MAIN(TestSafeSave)
#include "tst_safesave.moc"
