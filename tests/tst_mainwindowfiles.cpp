// Files in the real main window: save and reopen, the unsaved-changes prompt
// on close and on New, a refused file or a failed save that keeps the open
// document, drag and drop, and the recent files.
#include "core/io/documentformat.h"
#include "mainwindowsupport.h"
#include "testsupport.h"
#include "ui/document/document.h"
#include "ui/window/mainwindow.h"
#include "ui/window/sliderpanel.h"

#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QAction>
#include <QUrl>
#include <QtTest>

using namespace ftroi;
using namespace mainwindowsupport;

class TestMainWindowFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::setUpAppTest();
    }

    void saveAsHasAShortcut()
    {
        MainWindow w;
        bool found = false;
        for (QAction *action : w.findChildren<QAction *>())
            if (action->text().startsWith(QStringLiteral("Save &As")))
                found = !action->shortcut().isEmpty();
        QVERIFY(found);
    }

    void saveThenReopenGivesTheSameDocument()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.ftroi"));
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        w.sliders()->reviewRateSlider()->setValue(33);
        QVERIFY(w.isWindowModified());
        QVERIFY(w.saveTo(path));
        QVERIFY(!w.isWindowModified());
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("saved.ftroi")));
        MainWindow reopened;
        QVERIFY(reopened.openFile(path));
        QCOMPARE(writeDocument(reopened.document()->data()), writeDocument(w.document()->data()));
        QCOMPARE(reopened.document()->scenario(0).selfHosted.reviewRate, 0.033);
    }

    // A document reopens on the scenario that was shown last, not on the first.
    void reopensOnTheLastScenarioShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("three.ftroi"));
        QVERIFY(QFile::copy(referencePath(), path));
        {
            MainWindow w;
            QVERIFY(w.openFile(path));
            QCOMPARE(w.document()->currentIndex(), 0);
            w.document()->setCurrentIndex(2);
        }
        MainWindow reopened;
        QVERIFY(reopened.openFile(path));
        QCOMPARE(reopened.document()->currentIndex(), 2);
        // Another file still opens on its first scenario.
        MainWindow other;
        QVERIFY(other.openFile(referencePath()));
        QCOMPARE(other.document()->currentIndex(), 0);
    }

    void unsavedChangesPromptOnClose()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString seen;
        answerNextMessageBox(QMessageBox::Cancel, &seen);
        QVERIFY(w.close()); // nothing changed: no prompt
        QVERIFY(seen.isEmpty());
        w.show();
        w.sliders()->utilizationSlider()->setValue(40);
        answerNextMessageBox(QMessageBox::Cancel, &seen);
        QVERIFY(!w.close());
        QVERIFY(seen.startsWith(QStringLiteral("unsavedChangesPrompt|")));
        QVERIFY(w.isVisible());
        seen.clear();
        answerNextMessageBox(QMessageBox::Discard, &seen);
        QVERIFY(w.close());
        QVERIFY(!seen.isEmpty());
    }

    void refusedFileKeepsTheOpenDocument()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.ftroi"));
        QByteArray json = testsupport::readFile(referencePath());
        json.replace("\"review_rate\": 0.0204", "\"review_rate\": 1.7");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();

        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        w.sliders()->utilizationSlider()->setValue(40);
        QSignalSpy messages(&w, &MainWindow::messageShown);
        answerNextMessageBox(QMessageBox::Ok, nullptr);
        QVERIFY(!w.openFile(bad));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(
            QStringLiteral("scenarios[2].self_hosted.review_rate: 1.7 is not in [0, 1]")));
        QCOMPARE(w.document()->scenarioCount(), 6);
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.document()->scenario(0).selfHosted.targetUtilization, 0.4);
    }

    void failedSaveKeepsChangesAndSaysWhy()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        w.sliders()->utilizationSlider()->setValue(40);
        QSignalSpy messages(&w, &MainWindow::messageShown);
        answerNextMessageBox(QMessageBox::Ok, nullptr);
        QVERIFY(!w.saveTo(QStringLiteral("/nonexistent-folder/x.ftroi")));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("Cannot save \"x.ftroi\"")));
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.document()->filePath(), QFileInfo(referencePath()).absoluteFilePath());
    }

    void droppingAFileOpensIt()
    {
        MainWindow w;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(referencePath())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(w.document()->scenarioCount(), 6);
        QCOMPARE(w.document()->filePath(), QFileInfo(referencePath()).absoluteFilePath());
    }

    void recentFilesRememberOpenedDocuments()
    {
        QSettings().remove(QStringLiteral("recentFiles"));
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        bool listed = false;
        for (QAction *action : w.recentFilesMenu()->actions())
            listed = listed || action->toolTip() == QFileInfo(referencePath()).absoluteFilePath();
        QVERIFY(listed);
        MainWindow later; // a new window reads the same list back from QSettings
        QCOMPARE(later.recentFilesMenu()->actions().first()->text(), QFileInfo(referencePath()).fileName());
    }

    void newAsksBeforeDroppingChanges()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        w.sliders()->utilizationSlider()->setValue(40);
        QString seen;
        answerNextMessageBox(QMessageBox::Cancel, &seen);
        w.newDocument();
        QVERIFY(seen.startsWith(QStringLiteral("unsavedChangesPrompt|")));
        QCOMPARE(w.document()->scenarioCount(), 6); // cancelled: the document stays
        answerNextMessageBox(QMessageBox::Discard, nullptr);
        w.newDocument();
        QCOMPARE(w.document()->scenarioCount(), 1);
        QVERIFY(!w.isWindowModified());
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("Untitled")));
    }
};

QTEST_MAIN(TestMainWindowFiles)
#include "tst_mainwindowfiles.moc"
