// PhasesModel: the engineering phases table as the main window's form shows
// it, under QAbstractItemModelTester: an hours edit, refusals, added and
// removed rows.
#include "ui/document/document.h"
#include "ui/form/phasesmodel.h"
#include "ui/form/scenarioform.h"
#include "ui/window/mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace ftroi;

class TestPhasesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::setUpAppTest(); }

    void phasesTableEdits()
    {
        MainWindow w;
        auto *table = w.form()->findChild<QTableView *>(QStringLiteral("phasesTable"));
        QVERIFY(table);
        auto *model = qobject_cast<PhasesModel *>(table->model());
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 8);
        QVERIFY(model->setData(model->index(0, PhasesModel::HoursColumn), 100.0));
        QCOMPARE(w.document()->result(0).engineeringHours, 132.0 - 40 + 100);
        QSignalSpy refused(model, &PhasesModel::editRefused);
        QVERIFY(!model->setData(model->index(1, PhasesModel::HoursColumn), -3.0));
        QVERIFY(!model->setData(model->index(1, PhasesModel::PhaseColumn), model->index(0, 0).data()));
        QCOMPARE(refused.count(), 2);
        model->addPhase();
        QCOMPARE(model->rowCount(), 9);
        model->removePhase(8);
        QCOMPARE(model->rowCount(), 8);
    }
};

QTEST_MAIN(TestPhasesModel)
#include "tst_phasesmodel.moc"
