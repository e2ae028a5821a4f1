// Crash recovery: a child process edits a document and is killed with
// SIGKILL; its recovery copy is then found and restored. A copy whose owner
// is still running is never taken, and a clean exit leaves no copy behind.
#include "ui/document/autosave.h"
#include "ui/document/document.h"
#include "core/io/documentfile.h"
#include "ui/window/mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <csignal>

using namespace ftroi;

namespace {

// Child mode: edit a document, let autosave write its copy, then wait to be killed.
int runChild(const QString &folder)
{
    Document document;
    Autosave autosave(&document, folder, 50);
    Scenario s = document.scenario(0);
    s.name = QStringLiteral("Edited before the crash");
    s.api.reviewRate = 0.042;
    document.editScenario(0, s, QStringLiteral("edit"));
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(autosave.recoveryPath()) && waited.elapsed() < 10000)
        QTest::qWait(20);
    std::printf("ready %s\n", qPrintable(autosave.recoveryPath()));
    std::fflush(stdout);
    QTest::qWait(60000);
    return 0;
}

struct Child {
    std::unique_ptr<QProcess> process;
    QString recoveryPath;
};

Child startChild(const QString &folder)
{
    Child child{std::make_unique<QProcess>(), QString()};
    child.process->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), folder});
    if (!child.process->waitForStarted(10000))
        return child;
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains('\n') && waited.elapsed() < 15000) {
        child.process->waitForReadyRead(200);
        out += child.process->readAllStandardOutput();
    }
    if (out.startsWith("ready "))
        child.recoveryPath = QString::fromUtf8(out.mid(6).trimmed());
    return child;
}

void killHard(QProcess &process)
{
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
}

// Clicks `button` on the recovery prompt as soon as it is shown.
void answerRecoveryPrompt(const QString &button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("recoveryPrompt"));
        for (QAbstractButton *b : box->buttons())
            if (b->text() == button)
                b->click();
    });
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void killedInstanceLeavesARestorableCopy()
    {
        QTemporaryDir dir;
        Child child = startChild(dir.path());
        QVERIFY2(!child.recoveryPath.isEmpty(), "the child wrote its recovery copy");
        QVERIFY(QFile::exists(child.recoveryPath));

        // While it runs, its copy is not an orphan.
        QVERIFY(Autosave::orphanedCopies(dir.path()).isEmpty());

        killHard(*child.process);
        const QList<RecoveryCopy> copies = Autosave::orphanedCopies(dir.path());
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().recoveryPath, child.recoveryPath);
        const Result<ScenarioDocument> recovered = Autosave::readCopy(copies.first());
        QVERIFY2(recovered, qPrintable(recovered.error()));
        QCOMPARE(recovered->scenarios.first().name, QStringLiteral("Edited before the crash"));
        QCOMPARE(recovered->scenarios.first().api.reviewRate, 0.042);
        QVERIFY(!recovered->preserved.contains(QStringLiteral("x_ftroi_recovery")));
    }

    void restartOffersRestoreInTheApp()
    {
        Child child = startChild(Autosave::defaultFolder());
        QVERIFY(!child.recoveryPath.isEmpty());
        killHard(*child.process);

        MainWindow w;
        answerRecoveryPrompt(QStringLiteral("Restore"));
        QVERIFY(w.offerRecovery());
        QCOMPARE(w.document()->scenario(0).name, QStringLiteral("Edited before the crash"));
        QVERIFY(w.isWindowModified());
        QVERIFY(!QFile::exists(child.recoveryPath));
        QVERIFY(Autosave::orphanedCopies().isEmpty());
    }

    void discardRemovesTheCopy()
    {
        Child child = startChild(Autosave::defaultFolder());
        QVERIFY(!child.recoveryPath.isEmpty());
        killHard(*child.process);
        MainWindow w;
        answerRecoveryPrompt(QStringLiteral("Discard"));
        QVERIFY(!w.offerRecovery());
        QVERIFY(!w.isWindowModified());
        QVERIFY(Autosave::orphanedCopies().isEmpty());
    }

    void cleanExitAndSavingRemoveTheCopy()
    {
        QTemporaryDir dir;
        QString path;
        {
            Document document;
            Autosave autosave(&document, dir.path(), 60000);
            QVERIFY(!autosave.writeNow()); // nothing unsaved: nothing written
            Scenario s = document.scenario(0);
            s.reviewCost = 9;
            document.editScenario(0, s, QStringLiteral("edit"));
            QVERIFY(autosave.writeNow());
            path = autosave.recoveryPath();
            QVERIFY(QFile::exists(path));
            document.markSaved(); // saving makes the copy unnecessary
            QVERIFY(!QFile::exists(path));
            document.undoStack()->undo();
            QVERIFY(autosave.writeNow());
            QVERIFY(QFile::exists(path));
        }
        QVERIFY(!QFile::exists(path)); // clean exit
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestAutosave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
