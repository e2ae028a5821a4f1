// Saving loses nothing: a file another program changed since it was opened
// is not overwritten without asking (Overwrite / Save As / Reload / Cancel);
// the "~" backup holds the previous version through kill -9 at any moment
// and on a full disk (a 64 KB tmpfs when this process may mount one); a save
// whose backup fails fails as a whole and never says "Saved"; a failed
// autosave shows in the window until a write succeeds; a full disk is named.
#include "core/io/documentfile.h"
#include "ui/document/autosave.h"
#include "ui/document/document.h"
#include "ui/document/documentcontroller.h"
#include "ui/window/autosaveindicator.h"
#include "ui/window/mainwindow.h"
#include "scriptedprompts.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace ftroi;
using testsupport::ScriptedPrompts;

namespace {

ScenarioDocument reference()
{
    return *readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")))).document;
}

// The reference with its first scenario's review cost set, to tell versions apart.
ScenarioDocument version(double reviewCost)
{
    ScenarioDocument d = reference();
    d.scenarios.first().reviewCost = reviewCost;
    return d;
}

std::optional<double> versionOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const ReadResult read = readDocument(f.readAll());
    return read.document ? std::optional<double>(read.document->scenarios.first().reviewCost) : std::nullopt;
}

// A file system of `kb` KB of its own at `dir`, while it lives; mounted only
// when this process may (root, as the CI's chroot runs).
class TinyDisk
{
public:
    TinyDisk(const QString &dir, int kb) : m_dir(dir)
    {
        QDir().mkpath(dir);
        m_mounted = ::geteuid() == 0
                    && QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                                   QStringLiteral("size=%1k").arg(kb), QStringLiteral("tmpfs"), dir})
                           == 0;
    }
    ~TinyDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir});
    }
    bool mounted() const { return m_mounted; }
    // Fills the disk but `spare` bytes.
    void fillBut(qint64 spare)
    {
        QFile filler(m_dir + QStringLiteral("/filler"));
        filler.open(QIODevice::WriteOnly | QIODevice::Append);
        const QByteArray page(4096, 'f');
        while (filler.write(page) == page.size() && filler.flush()) {
        }
        filler.close();
        filler.resize(std::max<qint64>(0, filler.size() - spare));
    }

private:
    QString m_dir;
    bool m_mounted = false;
};

} // namespace

class TestSaveSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::setUpAppTest();
    }

    void aFileChangedOnDiskIsNotOverwrittenWithoutAsking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.ftroi"));
        QVERIFY(saveDocumentFile(version(1), path));
        Document document;
        ScriptedPrompts prompts;
        DocumentController files(&document, nullptr, &prompts);
        QVERIFY(files.openFile(path));

        // Saved here and touched without a change: no question.
        document.editCurrentScenario(QStringLiteral("edit"), [](Scenario &s) { s.reviewCost = 2; });
        QVERIFY(files.save());
        QFile touch(path);
        QVERIFY(touch.open(QIODevice::ReadWrite));
        QVERIFY(touch.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        touch.close();
        document.editCurrentScenario(QStringLiteral("edit"), [](Scenario &s) { s.reviewCost = 3; });
        QVERIFY(files.save());
        QVERIFY(prompts.asked.filter(QStringLiteral("changed|")).isEmpty());

        // Another program writes its version; an edit here, then Save.
        const auto otherProgramWrites = [&](double reviewCost) {
            testsupport::writeFile(path, writeDocument(version(reviewCost)));
        };
        otherProgramWrites(40);
        document.editCurrentScenario(QStringLiteral("edit"), [](Scenario &s) { s.reviewCost = 4; });
        prompts.changedAnswer = DocumentPrompts::ChangedFileChoice::Cancel;
        QVERIFY(!files.save());
        QCOMPARE(prompts.asked.filter(QStringLiteral("changed|File changed on disk|\"a.ftroi\" was changed by another program")).size(), 1);
        QCOMPARE(versionOf(path), 40.0); // untouched
        QVERIFY(document.isModified());

        prompts.changedAnswer = DocumentPrompts::ChangedFileChoice::SaveAs;
        prompts.saveAnswer = dir.filePath(QStringLiteral("mine.ftroi"));
        QVERIFY(files.save());
        QCOMPARE(versionOf(path), 40.0);
        QCOMPARE(versionOf(prompts.saveAnswer), 4.0);
        QCOMPARE(document.filePath(), QFileInfo(prompts.saveAnswer).absoluteFilePath());

        QVERIFY(files.openFile(path));
        otherProgramWrites(50);
        document.editCurrentScenario(QStringLiteral("edit"), [](Scenario &s) { s.reviewCost = 5; });
        prompts.changedAnswer = DocumentPrompts::ChangedFileChoice::Reload;
        files.save();
        QCOMPARE(document.scenario(0).reviewCost, 50.0); // the file's version, the edit dropped
        QVERIFY(!document.isModified());

        otherProgramWrites(60);
        document.editCurrentScenario(QStringLiteral("edit"), [](Scenario &s) { s.reviewCost = 6; });
        prompts.changedAnswer = DocumentPrompts::ChangedFileChoice::Overwrite;
        QVERIFY(files.save());
        QCOMPARE(versionOf(path), 6.0);
        QCOMPARE(versionOf(backupPathFor(path)), 60.0); // the other program's version is the backup
        QCOMPARE(prompts.asked.filter(QStringLiteral("changed|")).size(), 4);
    }

    void theBackupSurvivesKillDuringSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.ftroi"));
        QVERIFY(saveDocumentFile(version(1), path));
        QVERIFY(saveDocumentFile(version(2), path)); // a file and a backup to begin with
        const QString source = dir.filePath(QStringLiteral("source.ftroi"));
        testsupport::writeFile(source, testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        for (int round = 0; round < 12; ++round) {
            QProcess hammer;
            hammer.start(QStringLiteral(FTROI_SAVEHAMMER_PATH), {path, source});
            QVERIFY(hammer.waitForReadyRead(10000)); // "saving"
            QTest::qWait(int(QRandomGenerator::global()->bounded(5, 60)));
            ::kill(pid_t(hammer.processId()), SIGKILL);
            QVERIFY(hammer.waitForFinished(10000));
            const std::optional<double> file = versionOf(path);
            const std::optional<double> backup = versionOf(backupPathFor(path));
            QVERIFY2(file && backup, qPrintable(QStringLiteral("round %1: file %2, backup %3").arg(round).arg(file.has_value()).arg(backup.has_value())));
        }
    }

    void aFailedBackupFailsTheSaveAndNeverSaysSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.ftroi"));
        QVERIFY(saveDocumentFile(version(1), path));
        QVERIFY(QDir().mkpath(backupPathFor(path) + QStringLiteral("/in-the-way"))); // the backup cannot be replaced
        Document document;
        ScriptedPrompts prompts;
        DocumentController files(&document, nullptr, &prompts);
        QSignalSpy status(&files, &DocumentController::statusMessage);
        QVERIFY(files.openFile(path));
        document.editCurrentScenario(QStringLiteral("edit"), [](Scenario &s) { s.reviewCost = 2; });
        QVERIFY(!files.save());
        const QString error = prompts.asked.filter(QStringLiteral("error|")).value(0);
        QVERIFY2(error.contains(QStringLiteral("the backup \"a.ftroi~\" of the previous version could not be written")), qPrintable(error));
        for (const QList<QVariant> &line : std::as_const(status))
            QVERIFY2(!line.first().toString().startsWith(QStringLiteral("Saved")), qPrintable(line.first().toString()));
        QCOMPARE(versionOf(path), 1.0);
        QVERIFY(document.isModified());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.ftroi")}); // no temporary file left
    }

    void aFullDiskIsNamedAndLosesNothing()
    {
        QTemporaryDir dir;
        TinyDisk disk(dir.filePath(QStringLiteral("disk")), 64);
        if (!disk.mounted())
            QSKIP("a 64 KB tmpfs needs root; tst_safesave covers a short write with a file size limit");
        const QString path = dir.filePath(QStringLiteral("disk/a.ftroi"));
        QVERIFY(saveDocumentFile(version(1), path));
        QVERIFY(saveDocumentFile(version(2), path));
        ScenarioDocument big = version(3);
        while (writeDocument(big).size() < 100 * 1024)
            big.scenarios += reference().scenarios;
        const Result<void> saved = saveDocumentFile(big, path);
        QVERIFY(!saved);
        QVERIFY2(saved.error().startsWith(QStringLiteral("Cannot save \"a.ftroi\": the disk is full (")), qPrintable(saved.error()));
        QCOMPARE(versionOf(path), 2.0);
        QCOMPARE(versionOf(backupPathFor(path)), 1.0);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("disk"))).entryList(QDir::Files),
                 (QStringList{QStringLiteral("a.ftroi"), QStringLiteral("a.ftroi~")}));

        // Nearly full: room for the new version only, not for a copy of the
        // larger previous one. The backup (a link) needs no room.
        ScenarioDocument larger = version(7);
        larger.scenarios += reference().scenarios;
        larger.scenarios += reference().scenarios;
        QVERIFY(saveDocumentFile(larger, path));
        disk.fillBut(writeDocument(version(4)).size() + 4096);
        const Result<void> fits = saveDocumentFile(version(4), path);
        QVERIFY2(fits, qPrintable(fits.error()));
        QCOMPARE(versionOf(path), 4.0);
        QCOMPARE(versionOf(backupPathFor(path)), 7.0);

        // An autosave on the full disk says so, and the window would show it.
        Document document;
        document.reset(version(5), path);
        document.markModified();
        disk.fillBut(0);
        Autosave autosave(&document, dir.filePath(QStringLiteral("disk/recovery")), 60000);
        AutosaveIndicator indicator(&autosave);
        QVERIFY(!autosave.writeNow());
        QVERIFY2(autosave.failure().startsWith(QStringLiteral("the disk is full")), qPrintable(autosave.failure()));
        QVERIFY(!indicator.isHidden());
    }

    void aFailedAutosaveShowsInTheWindowUntilAWriteSucceeds()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        testsupport::writeFile(blocker, "a file where the recovery folder should be");
        Document document;
        document.markModified();
        Autosave autosave(&document, blocker + QStringLiteral("/recovery"), 60000);
        AutosaveIndicator indicator(&autosave);
        QVERIFY(indicator.isHidden());
        QSignalSpy failures(&autosave, &Autosave::failureChanged);
        QVERIFY(!autosave.writeNow());
        QCOMPARE(failures.count(), 1);
        QVERIFY(!autosave.failure().isEmpty());
        QVERIFY(!indicator.isHidden());
        QVERIFY2(indicator.text().startsWith(QStringLiteral("Autosave failed: ")), qPrintable(indicator.text()));
        QVERIFY(!autosave.writeNow()); // still failing: one signal, the mark stays
        QCOMPARE(failures.count(), 1);
        document.markSaved(); // saved: nothing left to protect
        QVERIFY(indicator.isHidden());

        // The main window carries the mark in its status bar.
        MainWindow window;
        auto *mark = window.statusBar()->findChild<AutosaveIndicator *>(QStringLiteral("autosaveIndicator"));
        QVERIFY(mark);
        QVERIFY(mark->isHidden());
    }
};

QTEST_MAIN(TestSaveSafety)
#include "tst_savesafety.moc"
