// Safe saving: every failure leaves the previous file intact and says why;
// a short write (a full disk) is caught; one backup copy is kept.
#include "core/io/documentfile.h"
#include "filesizelimit.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;
using testsupport::FileSizeLimit;

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
        Result<void> saved = saveDocumentFile(doc, path);
        QVERIFY2(saved, qPrintable(saved.error()));
        QVERIFY(!QFile::exists(backupPathFor(path))); // nothing to back up the first time
        const QByteArray first = testsupport::readFile(path);
        doc.scenarios[0].reviewCost = 7;
        saved = saveDocumentFile(doc, path);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(testsupport::readFile(backupPathFor(path)), first); // the previous version
        const Result<ScenarioDocument> loaded = loadDocumentFile(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->scenarios[0].reviewCost, 7.0);
    }

    void folderGoneLeavesNothingAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("gone"));
        QDir().mkpath(folder);
        QDir(folder).removeRecursively();
        const Result<void> saved = saveDocumentFile(referenceDocument(), folder + QStringLiteral("/a.ftroi"));
        const QString error = saved.error();
        QVERIFY(!saved);
        QVERIFY2(error.startsWith(QStringLiteral("Cannot save \"a.ftroi\"")), qPrintable(error));
    }

    void parentIsAFileFails()
    {
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
        writeRaw(notAFolder, "x");
        const Result<void> saved = saveDocumentFile(referenceDocument(), notAFolder + QStringLiteral("/a.ftroi"));
        const QString error = saved.error();
        QVERIFY(!saved);
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
            const Result<void> saved = saveDocumentFile(doc, path);
            error = saved.error();
            QVERIFY(!saved);
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
        const Result<ScenarioDocument> loaded = loadDocumentFile(path);
        QVERIFY(!loaded);
        QVERIFY(loaded.error().startsWith(QStringLiteral("version: 9 is newer")));
        const Result<ScenarioDocument> missing = loadDocumentFile(dir.filePath(QStringLiteral("none.ftroi")));
        QVERIFY(missing.error().startsWith(QStringLiteral("Cannot open \"none.ftroi\"")));
    }
};

QTEST_GUILESS_MAIN(TestDocumentFile)
#include "tst_documentfile.moc"
