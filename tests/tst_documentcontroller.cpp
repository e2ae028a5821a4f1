// The file lifecycle without widgets: DocumentController with scripted
// answers. Open, save, save as, the unsaved-changes prompt, recent files and
// recovery, with every question, error and status text checked.
#include "core/io/documentfile.h"
#include "ui/document/autosave.h"
#include "ui/document/document.h"
#include "ui/document/documentcontroller.h"
#include "ui/document/documentprompts.h"
#include "scriptedprompts.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;
using testsupport::ScriptedPrompts;

namespace {

QString referencePath()
{
    return testsupport::dataPath(QStringLiteral("seed-examples.ftroi"));
}

const QString kFilter = QStringLiteral("Scenario documents (*.ftroi);;All files (*)");

void makeModified(Document &document)
{
    document.editCurrentScenario(QStringLiteral("edit"), [](Scenario &s) { s.reviewCost += 1; });
}

} // namespace

class TestDocumentController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::setUpAppTest();
    }

    void init()
    {
        QSettings().remove(QStringLiteral("recentFiles"));
    }

    void openReadsTheFileAndRemembersIt()
    {
        Document document;
        ScriptedPrompts prompts;
        DocumentController files(&document, nullptr, &prompts);
        QSignalSpy status(&files, &DocumentController::statusMessage);
        QSignalSpy recent(&files, &DocumentController::recentFilesChanged);
        QVERIFY(files.openFile(referencePath()));
        QCOMPARE(document.scenarioCount(), 6);
        QCOMPARE(document.filePath(), QFileInfo(referencePath()).absoluteFilePath());
        QVERIFY(!document.isModified());
        QVERIFY(prompts.asked.isEmpty());
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.first().at(0).toString(), QStringLiteral("Opened seed-examples.ftroi"));
        QCOMPARE(status.first().at(1).toInt(), 5000);
        QCOMPARE(recent.count(), 1);
        QCOMPARE(files.recentFiles(), QStringList{QFileInfo(referencePath()).absoluteFilePath()});
    }

    void refusedFileShowsWhyAndKeepsTheDocument()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.ftroi"));
        testsupport::writeFile(bad, R"({"format": "ftroi", "version": 9, "scenarios": []})");

        Document document;
        makeModified(document);
        ScriptedPrompts prompts;
        DocumentController files(&document, nullptr, &prompts);
        QSignalSpy errors(&files, &DocumentController::errorShown);
        QVERIFY(!files.openFile(bad));
        const QString reason = loadDocumentFile(bad).error();
        QVERIFY(reason.startsWith(QStringLiteral("version: 9 is newer")));
        const QString message = QStringLiteral("\"bad.ftroi\" was not opened:\n\n%1\n\nThe current document is unchanged.").arg(reason);
        QCOMPARE(prompts.asked, QStringList{QStringLiteral("error|Cannot open document|") + message});
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().toString(), message);
        QCOMPARE(document.scenarioCount(), 1);
        QVERIFY(document.isModified());
        QVERIFY(files.recentFiles().isEmpty());
    }

    void saveWithoutAFileAsksForOneAndAddsTheSuffix()
    {
        QTemporaryDir dir;
        Document document;
        makeModified(document);
        ScriptedPrompts prompts;
        prompts.saveAnswer = dir.filePath(QStringLiteral("plan"));
        DocumentController files(&document, nullptr, &prompts);
        QSignalSpy status(&files, &DocumentController::statusMessage);
        QVERIFY(files.save());
        QCOMPARE(prompts.asked.size(), 1);
        QVERIFY(prompts.asked.first().startsWith(QStringLiteral("save|Save Scenario Document|")));
        QVERIFY(prompts.asked.first().endsWith(QStringLiteral("/Scenarios.ftroi|") + kFilter));
        const QString saved = dir.filePath(QStringLiteral("plan.ftroi"));
        QCOMPARE(testsupport::readFile(saved), writeDocument(document.data()));
        QCOMPARE(document.filePath(), saved);
        QVERIFY(!document.isModified());
        QCOMPARE(status.last().first().toString(), QStringLiteral("Saved plan.ftroi"));
        QCOMPARE(files.recentFiles().first(), saved);

        // Saving again writes to the same file without asking, keeping the previous version.
        makeModified(document);
        QVERIFY(files.save());
        QCOMPARE(prompts.asked.size(), 1);
        QVERIFY(QFile::exists(backupPathFor(saved)));
    }

    void saveAsProposesTheDocumentsFileAndCanBeCancelled()
    {
        Document document;
        ScriptedPrompts prompts;
        DocumentController files(&document, nullptr, &prompts);
        QVERIFY(files.openFile(referencePath()));
        QVERIFY(!files.saveAs()); // the dialog was cancelled
        QCOMPARE(prompts.asked, QStringList{QStringLiteral("save|Save Scenario Document|%1|%2")
                                                .arg(QFileInfo(referencePath()).absoluteFilePath(), kFilter)});
        QCOMPARE(document.filePath(), QFileInfo(referencePath()).absoluteFilePath());
    }

    void failedSaveSaysWhyAndKeepsTheChanges()
    {
        Document document;
        makeModified(document);
        ScriptedPrompts prompts;
        DocumentController files(&document, nullptr, &prompts);
        QSignalSpy errors(&files, &DocumentController::errorShown);
        QVERIFY(!files.saveTo(QStringLiteral("/nonexistent-folder/x.ftroi")));
        QCOMPARE(prompts.asked.size(), 1);
        const QString shown = prompts.asked.first();
        QVERIFY2(shown.startsWith(QStringLiteral("error|Cannot save document|Cannot save \"x.ftroi\": ")), qPrintable(shown));
        QVERIFY(shown.endsWith(QStringLiteral("\n\nYour changes are still open and unsaved.")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(document.isModified());
        QVERIFY(document.filePath().isEmpty());
        QVERIFY(files.recentFiles().isEmpty());
    }

    void maybeSaveAsksOnlyWithUnsavedChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kept.ftroi"));
        Document document;
        ScriptedPrompts prompts;
        DocumentController files(&document, nullptr, &prompts);
        QVERIFY(files.maybeSave()); // nothing changed: no question
        QVERIFY(prompts.asked.isEmpty());

        makeModified(document);
        const QString question = QStringLiteral("unsaved|Unsaved changes|\"Untitled\" has unsaved changes. Save them?");
        prompts.unsavedAnswer = DocumentPrompts::UnsavedChoice::Cancel;
        QVERIFY(!files.maybeSave());
        QCOMPARE(prompts.asked, QStringList{question});

        prompts.asked.clear();
        prompts.unsavedAnswer = DocumentPrompts::UnsavedChoice::Discard;
        QVERIFY(files.maybeSave());
        QCOMPARE(prompts.asked, QStringList{question});
        QVERIFY(document.isModified()); // discarding is the caller's next step

        prompts.asked.clear();
        prompts.unsavedAnswer = DocumentPrompts::UnsavedChoice::Save; // Save, then Save As cancelled
        QVERIFY(!files.maybeSave());
        QCOMPARE(prompts.asked.size(), 2);
        QVERIFY(prompts.asked.last().startsWith(QStringLiteral("save|")));

        prompts.saveAnswer = path; // Save, then a file
        QVERIFY(files.maybeSave());
        QVERIFY(!document.isModified());
        QCOMPARE(testsupport::readFile(path), writeDocument(document.data()));
    }

    void newAndOpenAskFirst()
    {
        Document document;
        ScriptedPrompts prompts;
        DocumentController files(&document, nullptr, &prompts);
        QVERIFY(files.openFile(referencePath()));
        makeModified(document);

        prompts.unsavedAnswer = DocumentPrompts::UnsavedChoice::Cancel;
        files.newDocument();
        QCOMPARE(document.scenarioCount(), 6); // cancelled: the document stays
        files.openWithDialog();
        QVERIFY(!files.openAfterPrompt(referencePath()));
        QCOMPARE(prompts.asked.size(), 3);
        for (const QString &asked : std::as_const(prompts.asked))
            QVERIFY(asked.startsWith(QStringLiteral("unsaved|")));

        prompts.asked.clear();
        prompts.unsavedAnswer = DocumentPrompts::UnsavedChoice::Discard;
        files.openWithDialog(); // the open dialog starts in the document's folder; cancelled
        QCOMPARE(prompts.asked.size(), 2);
        QCOMPARE(prompts.asked.last(), QStringLiteral("open|Open Scenario Document|%1|%2")
                                           .arg(QFileInfo(referencePath()).absolutePath(), kFilter));
        QVERIFY(document.isModified());

        files.newDocument();
        QCOMPARE(document.scenarioCount(), 1);
        QVERIFY(!document.isModified());
        QVERIFY(document.filePath().isEmpty());

        prompts.asked.clear();
        prompts.openAnswer = referencePath(); // unchanged new document: no question, the home folder
        files.openWithDialog();
        QCOMPARE(prompts.asked, QStringList{QStringLiteral("open|Open Scenario Document|%1|%2").arg(QDir::homePath(), kFilter)});
        QCOMPARE(document.scenarioCount(), 6);
    }

    void recentFilesKeepEightNewestFirst()
    {
        QTemporaryDir dir;
        Document document;
        ScriptedPrompts prompts;
        DocumentController files(&document, nullptr, &prompts);
        QStringList saved;
        for (int i = 0; i < 10; ++i) {
            saved.prepend(dir.filePath(QStringLiteral("f%1.ftroi").arg(i)));
            QVERIFY(files.saveTo(saved.first()));
        }
        QVERIFY(files.saveTo(saved.at(3))); // saved again: moves to the front
        saved.move(3, 0);
        QCOMPARE(files.recentFiles(), saved.mid(0, 8));
        QSignalSpy changed(&files, &DocumentController::recentFilesChanged);
        files.clearRecentFiles();
        QCOMPARE(changed.count(), 1);
        QVERIFY(files.recentFiles().isEmpty());
    }

    void recoveryRestoresOrDiscardsTheCopy()
    {
        QTemporaryDir dir;
        const QString copyPath = dir.filePath(QStringLiteral("recovery-crashed.ftroi"));
        Document source;
        source.editCurrentScenario(QStringLiteral("rename"), [](Scenario &s) { s.name = QStringLiteral("Edited before the crash"); });
        QJsonObject root = documentToJson(source.data());
        root.insert(QStringLiteral("x_ftroi_recovery"),
                    QJsonObject{{QStringLiteral("file_path"), QStringLiteral("/somewhere/plan.ftroi")},
                                {QStringLiteral("saved_at"), QStringLiteral("2024-05-01T10:00:00Z")}});
        const QByteArray copyBytes = QJsonDocument(root).toJson();

        for (const bool restore : {false, true}) {
            testsupport::writeFile(copyPath, copyBytes);
            Document document;
            Autosave autosave(&document, dir.path());
            ScriptedPrompts prompts;
            prompts.restoreAnswer = restore;
            DocumentController files(&document, &autosave, &prompts);
            QSignalSpy status(&files, &DocumentController::statusMessage);
            QCOMPARE(files.offerRecovery(), restore);
            QCOMPARE(prompts.asked.size(), 1);
            QVERIFY(prompts.asked.first().startsWith(
                QStringLiteral("restore|Restore unsaved changes?|Fine-Tuning ROI Studio did not close properly. "
                               "A recovery copy of plan.ftroi from ")));
            QVERIFY(!QFile::exists(copyPath)); // taken or thrown away, never offered twice
            QCOMPARE(document.isModified(), restore);
            if (restore) {
                QCOMPARE(document.scenario(0).name, QStringLiteral("Edited before the crash"));
                QCOMPARE(document.filePath(), QStringLiteral("/somewhere/plan.ftroi"));
                QVERIFY(!document.data().preserved.contains(QStringLiteral("x_ftroi_recovery")));
                QVERIFY(QFile::exists(autosave.recoveryPath())); // this instance guards the changes now
                QCOMPARE(status.count(), 1);
                QCOMPARE(status.first().at(0).toString(), QStringLiteral("Restored unsaved changes of plan.ftroi"));
                QCOMPARE(status.first().at(1).toInt(), 8000);
            }
        }
    }

    void unreadableRecoveryCopySaysSo()
    {
        QTemporaryDir dir;
        testsupport::writeFile(dir.filePath(QStringLiteral("recovery-broken.ftroi")), "{ not json");
        Document document;
        Autosave autosave(&document, dir.path());
        ScriptedPrompts prompts;
        prompts.restoreAnswer = true;
        DocumentController files(&document, &autosave, &prompts);
        QVERIFY(!files.offerRecovery());
        QCOMPARE(prompts.asked.size(), 2);
        QVERIFY(prompts.asked.first().contains(QStringLiteral("A recovery copy of an unsaved document from")));
        QVERIFY2(prompts.asked.last().startsWith(
                     QStringLiteral("error|Cannot restore|The recovery copy could not be read:\n\n")),
                 qPrintable(prompts.asked.last()));
        QVERIFY(!document.isModified());
    }

    void noAutosaveNoRecovery()
    {
        Document document;
        ScriptedPrompts prompts;
        DocumentController files(&document, nullptr, &prompts);
        QVERIFY(!files.offerRecovery());
        QVERIFY(prompts.asked.isEmpty());
    }
};

QTEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
