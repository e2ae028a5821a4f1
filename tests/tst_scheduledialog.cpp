// The app's schedule table and workbook export: Tools > Monthly Schedule
// shows the current scenario's months with units in the headers, follows
// edits and the scenario chosen, copies tab-separated text; File > Export
// Workbook… writes an .xlsx with the four sheets.
#include "mainwindowsupport.h"

#include "core/engine/schedule.h"
#include "ui/document/document.h"
#include "ui/window/mainwindow.h"
#include "ui/window/scheduledialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenuBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;

class TestScheduleDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::setUpAppTest(); }

    void tableFollowsTheDocument()
    {
        MainWindow w;
        QVERIFY(w.openFile(mainwindowsupport::referencePath()));
        QAction *action = w.findChild<QAction *>(QStringLiteral("toolsSchedule"));
        QVERIFY(action);
        action->trigger();
        ScheduleDialog *dialog = w.scheduleDialog();
        QVERIFY(dialog && dialog->isVisible());
        Document *document = w.document();
        const Scenario &s = document->scenario(document->currentIndex());
        const QTableWidget *table = dialog->table();
        QCOMPARE(table->rowCount(), int(std::ceil(s.project.lifetimeMonths)));
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("API cost\n($/month)"));
        // Month 1's API cost is today's whole API cost, as the results show it.
        QCOMPARE(table->item(0, 3)->text(), formatMoney(QLocale(), document->result(document->currentIndex()).apiMonthlyTco,
                                                        document->currency()));
        // The last row's cumulative is the NPV.
        const double npv = *document->result(document->currentIndex()).lifetime.npv;
        QCOMPARE(table->item(table->rowCount() - 1, 7)->text(), formatMoney(QLocale(), npv, document->currency()));

        // An edit of the lifetime changes the rows.
        document->editCurrentScenario(QStringLiteral("lifetime"), [](Scenario &x) { x.project.lifetimeMonths = 7.5; });
        QCOMPARE(table->rowCount(), 8);
        QCOMPARE(table->item(7, 2)->text(), QStringLiteral("0.5"));
        // Another scenario.
        document->setCurrentIndex(1);
        QCOMPARE(table->rowCount(), int(std::ceil(document->scenario(1).project.lifetimeMonths)));

        // FTROI_SCREENSHOTS=folder: the dialog as drawn at two window sizes, to look at.
        if (const QString shots = qEnvironmentVariable("FTROI_SCREENSHOTS"); !shots.isEmpty())
            for (const QSize size : {QSize(1600, 1000), QSize(1366, 768)}) {
                dialog->resize(size.width() * 3 / 4, size.height() * 3 / 4);
                QTest::qWait(50);
                dialog->grab().save(QStringLiteral("%1/schedule-%2x%3.png").arg(shots).arg(size.width()).arg(size.height()));
            }

        dialog->copy();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.startsWith(QStringLiteral("Month\tVolume factor")));
        QCOMPARE(copied.count(QLatin1Char('\n')), table->rowCount() + 1);
    }

    void exportsTheWorkbook()
    {
        MainWindow w;
        QVERIFY(w.openFile(mainwindowsupport::referencePath()));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("exportWorkbook")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.xlsx"));
        QVERIFY(w.exportWorkbook(path));
        const QByteArray bytes = testsupport::readFile(path);
        QVERIFY(bytes.startsWith("PK")); // a zip: the xlsx container
        // A folder that does not exist: refused with a message, nothing written.
        QString seen;
        mainwindowsupport::answerNextMessageBox(QMessageBox::Ok, &seen);
        QVERIFY(!w.exportWorkbook(dir.filePath(QStringLiteral("missing/model.xlsx"))));
        QVERIFY(seen.contains(QStringLiteral("missing")));
    }
};

QTEST_MAIN(TestScheduleDialog)
#include "tst_scheduledialog.moc"
