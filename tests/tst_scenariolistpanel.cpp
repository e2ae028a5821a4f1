// The scenario list in the real main window: duplicate, rename, move, delete
// and add; a value edit leaves the rows alone and a rename repaints its row.
#include "core/text/format.h"
#include "testsupport.h"
#include "ui/document/document.h"
#include "ui/document/scenariolistmodel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/scenariolistpanel.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace ftroi;

class TestScenarioListPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::setUpAppTest();
    }

    void scenarioListActions()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.scenarioList()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(w.document()->scenarioCount(), 1);
        w.scenarioList()->duplicateAction()->trigger();
        QCOMPARE(w.document()->scenarioCount(), 2);
        QCOMPARE(w.document()->currentIndex(), 1);
        QVERIFY(w.document()->scenario(1).name.endsWith(QStringLiteral("(copy)")));
        QVERIFY(w.scenarioList()->model()->setData(w.scenarioList()->model()->index(1), QStringLiteral("Renamed")));
        QCOMPARE(w.document()->scenario(1).name, QStringLiteral("Renamed"));
        w.scenarioList()->moveUpAction()->trigger();
        QCOMPARE(w.document()->scenario(0).name, QStringLiteral("Renamed"));
        QCOMPARE(w.document()->currentIndex(), 0);
        w.scenarioList()->deleteAction()->trigger();
        QCOMPARE(w.document()->scenarioCount(), 1);
        QVERIFY(!w.scenarioList()->deleteAction()->isEnabled());
        w.scenarioList()->addAction()->trigger();
        QCOMPARE(w.document()->scenarioCount(), 2);
    }

    // A value edit (every slider step) leaves the list's rows alone; a
    // rename repaints its row, and the tooltip always has the new savings.
    void scenarioListRepaintsOnlyForNames()
    {
        MainWindow w;
        QAbstractItemModel *model = w.scenarioList()->model();
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        w.document()->editCurrentScenario(QStringLiteral("Volume"),
                                          [](Scenario &s) { s.workload.requestsPerDay *= 2; });
        QCOMPARE(changed.count(), 0);
        const QString savings =
            formatMoney(QLocale(), w.document()->result(0).monthlySavings, w.document()->currency(), 0);
        QVERIFY2(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(savings),
                 qPrintable(model->index(0, 0).data(Qt::ToolTipRole).toString()));
        w.document()->editCurrentScenario(QStringLiteral("Rename"),
                                          [](Scenario &s) { s.name = QStringLiteral("Renamed"); });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Renamed"));
    }
};

QTEST_MAIN(TestScenarioListPanel)
#include "tst_scenariolistpanel.moc"
