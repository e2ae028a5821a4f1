// PhasesModel on its own, under QAbstractItemModelTester in fatal mode: a
// scenario's phases as rows (name, hours, cost) with their roles, headers and
// flags; renames, hour edits, added and removed rows as undoable edits of
// the Document, refusals that say why, and the model following the current
// scenario. Also the phases table as the main window's form shows it.
#include "testsupport.h"
#include "ui/document/document.h"
#include "ui/form/phasesmodel.h"
#include "ui/form/scenarioform.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace ftroi;

namespace {

using Tester = QAbstractItemModelTester;

// baseScenario(): data 40 h, experiments 20 h, evaluation 24 h, deployment 16 h at $150 an hour.
void resetToBase(Document &doc)
{
    doc.reset(ScenarioDocument{QStringLiteral("USD"), {testsupport::baseScenario()}, {}}, QString());
}

QStringList phaseNames(const Document &doc)
{
    QStringList names;
    for (const EngineeringPhase &phase : doc.scenario(doc.currentIndex()).project.engineeringHours)
        names.append(phase.name);
    return names;
}

} // namespace

class TestPhasesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::setUpAppTest(); }

    void rowsAreTheScenariosPhases()
    {
        Document doc;
        resetToBase(doc);
        PhasesModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);

        const QModelIndex name = model.index(1, PhasesModel::PhaseColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("experiments"));
        QCOMPARE(name.data(Qt::EditRole).toString(), QStringLiteral("experiments"));
        QVERIFY(!name.data(PhasesModel::RawValueRole).isValid());
        QVERIFY(!name.data(Qt::TextAlignmentRole).isValid());

        const QModelIndex hours = model.index(1, PhasesModel::HoursColumn);
        QCOMPARE(hours.data().toString(), QStringLiteral("20 h"));
        QCOMPARE(hours.data(Qt::EditRole).toDouble(), 20.0);
        QCOMPARE(hours.data(PhasesModel::RawValueRole).toDouble(), 20.0);
        QCOMPARE(hours.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));

        const QModelIndex cost = model.index(1, PhasesModel::CostColumn);
        QCOMPARE(cost.data().toString(), QStringLiteral("$3,000")); // 20 h x $150
        QCOMPARE(cost.data(PhasesModel::RawValueRole).toDouble(), 3000.0);
        QVERIFY(!cost.data(Qt::EditRole).isValid());
        QCOMPARE(cost.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));

        QVERIFY(!model.index(4, 0).isValid());
        QVERIFY(!model.data(QModelIndex()).isValid());
    }

    void headersAndFlags()
    {
        Document doc;
        resetToBase(doc);
        PhasesModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QCOMPARE(model.headerData(PhasesModel::PhaseColumn, Qt::Horizontal).toString(), QStringLiteral("Phase"));
        QCOMPARE(model.headerData(PhasesModel::HoursColumn, Qt::Horizontal).toString(), QStringLiteral("Hours"));
        QCOMPARE(model.headerData(PhasesModel::CostColumn, Qt::Horizontal).toString(), QStringLiteral("Cost"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1); // rows are numbered from 1
        QVERIFY(!model.headerData(PhasesModel::PhaseColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());

        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.flags(model.index(row, PhasesModel::PhaseColumn)) & Qt::ItemIsEditable);
            QVERIFY(model.flags(model.index(row, PhasesModel::HoursColumn)) & Qt::ItemIsEditable);
            const Qt::ItemFlags cost = model.flags(model.index(row, PhasesModel::CostColumn));
            QVERIFY(!(cost & Qt::ItemIsEditable));
            QVERIFY(cost & Qt::ItemIsSelectable);
            QVERIFY(cost & Qt::ItemIsEnabled);
        }
        QVERIFY(!(model.flags(QModelIndex()) & Qt::ItemIsEditable));
    }

    void renameIsUndoable()
    {
        Document doc;
        resetToBase(doc);
        PhasesModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex name = model.index(1, PhasesModel::PhaseColumn);

        QVERIFY(model.setData(name, QStringLiteral("  tuning runs  ")));
        QCOMPARE(name.data().toString(), QStringLiteral("tuning runs")); // trimmed
        QCOMPARE(phaseNames(doc), (QStringList{QStringLiteral("data"), QStringLiteral("tuning runs"),
                                               QStringLiteral("evaluation"), QStringLiteral("deployment")}));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Rename phase"));
        QVERIFY(changed.count() >= 1);

        doc.undoStack()->undo();
        QCOMPARE(name.data().toString(), QStringLiteral("experiments"));
        doc.undoStack()->redo();
        QCOMPARE(name.data().toString(), QStringLiteral("tuning runs"));

        // The same name again: accepted, no new undo step.
        QVERIFY(model.setData(name, QStringLiteral("tuning runs")));
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void renameRefusals()
    {
        Document doc;
        resetToBase(doc);
        PhasesModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy refused(&model, &PhasesModel::editRefused);
        const QModelIndex name = model.index(1, PhasesModel::PhaseColumn);

        QVERIFY(!model.setData(name, QStringLiteral("   ")));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("A phase needs a name."));
        QVERIFY(!model.setData(name, QStringLiteral("data")));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(refused.at(1).at(0).toString(), QStringLiteral("There is already a phase called \"data\"."));
        // Only edits: the display role and the cost column are not written.
        QVERIFY(!model.setData(name, QStringLiteral("other"), Qt::DisplayRole));
        QVERIFY(!model.setData(model.index(1, PhasesModel::CostColumn), 100.0));
        QVERIFY(!model.setData(QModelIndex(), QStringLiteral("other")));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(name.data().toString(), QStringLiteral("experiments"));
    }

    void hoursEditIsUndoable()
    {
        Document doc;
        resetToBase(doc);
        PhasesModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QCOMPARE(doc.result(0).engineeringHours, 100.0); // 40 + 20 + 24 + 16
        const QModelIndex hours = model.index(0, PhasesModel::HoursColumn);
        const QModelIndex cost = model.index(0, PhasesModel::CostColumn);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(model.setData(hours, 100.0));
        QCOMPARE(doc.scenario(0).project.engineeringHours.at(0).hours, 100.0);
        QCOMPARE(doc.result(0).engineeringHours, 160.0);
        QCOMPARE(hours.data().toString(), QStringLiteral("100 h"));
        QCOMPARE(cost.data(PhasesModel::RawValueRole).toDouble(), 15000.0);
        QCOMPARE(cost.data().toString(), QStringLiteral("$15,000"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change hours of \"data\""));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(3, PhasesModel::CostColumn));

        // Typed text, with or without its unit.
        QVERIFY(model.setData(hours, QStringLiteral("12.5 h")));
        QCOMPARE(hours.data(Qt::EditRole).toDouble(), 12.5);
        QCOMPARE(hours.data().toString(), QStringLiteral("12.5 h"));
        QCOMPARE(doc.undoStack()->count(), 2);

        doc.undoStack()->undo();
        QCOMPARE(hours.data(Qt::EditRole).toDouble(), 100.0);
        doc.undoStack()->undo();
        QCOMPARE(hours.data(Qt::EditRole).toDouble(), 40.0);
        QCOMPARE(doc.result(0).engineeringHours, 100.0);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(hours.data(Qt::EditRole).toDouble(), 100.0);

        // The same hours again: accepted, no new undo step.
        QVERIFY(model.setData(hours, 100.0));
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void hoursRefusals_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("negative") << QVariant(-3.0);
        QTest::newRow("above a million") << QVariant(2e6);
        QTest::newRow("not a number") << QVariant(qQNaN());
        QTest::newRow("infinite") << QVariant(qInf());
        QTest::newRow("words") << QVariant(QStringLiteral("many"));
        QTest::newRow("empty") << QVariant(QString());
    }

    void hoursRefusals()
    {
        QFETCH(QVariant, value);
        Document doc;
        resetToBase(doc);
        PhasesModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy refused(&model, &PhasesModel::editRefused);
        QVERIFY(!model.setData(model.index(2, PhasesModel::HoursColumn), value));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).toString(),
                 QStringLiteral("Hours for \"evaluation\" must be a number from 0 to 1,000,000."));
        QCOMPARE(doc.scenario(0).project.engineeringHours.at(2).hours, 24.0);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void addAndRemoveRowsAreUndoable()
    {
        Document doc;
        resetToBase(doc);
        PhasesModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);

        model.addPhase();
        model.addPhase();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(4, PhasesModel::PhaseColumn).data().toString(), QStringLiteral("New phase"));
        QCOMPARE(model.index(5, PhasesModel::PhaseColumn).data().toString(), QStringLiteral("New phase 2"));
        QCOMPARE(model.index(5, PhasesModel::HoursColumn).data(Qt::EditRole).toDouble(), 0.0);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add phase"));

        model.removePhase(0);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Remove phase \"data\""));
        QCOMPARE(phaseNames(doc).first(), QStringLiteral("experiments"));
        QCOMPARE(doc.result(0).engineeringHours, 60.0);

        // Rows that do not exist: nothing happens.
        model.removePhase(-1);
        model.removePhase(5);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(doc.undoStack()->count(), 3);

        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(phaseNames(doc).first(), QStringLiteral("data"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 4);
        doc.undoStack()->redo();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(4, PhasesModel::PhaseColumn).data().toString(), QStringLiteral("New phase"));
    }

    void seedPhasesReplaceTheRows()
    {
        Document doc;
        resetToBase(doc);
        PhasesModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.resetToSeedPhases();
        const QList<EngineeringPhase> seed = Document::defaultEngineeringPhases();
        QCOMPARE(model.rowCount(), int(seed.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, PhasesModel::PhaseColumn).data().toString(), seed.at(row).name);
            QCOMPARE(model.index(row, PhasesModel::HoursColumn).data(Qt::EditRole).toDouble(), seed.at(row).hours);
        }
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Use the standard project phases"));
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 4);
    }

    void followsTheCurrentScenario()
    {
        Scenario other = testsupport::baseScenario();
        other.name = QStringLiteral("Other");
        other.project.engineeringHours = {{QStringLiteral("setup"), 8}};
        other.project.hourlyRate = 100;
        Document doc;
        doc.reset(ScenarioDocument{QStringLiteral("USD"), {testsupport::baseScenario(), other}, {}}, QString());
        PhasesModel model(&doc);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        doc.setCurrentIndex(1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PhasesModel::CostColumn).data().toString(), QStringLiteral("$800"));

        // Another scenario's edit, or one elsewhere in this scenario (a slider step): nothing to repaint.
        Scenario first = doc.scenario(0);
        first.project.engineeringHours[0].hours = 1;
        doc.editScenario(0, first, QStringLiteral("Hours"));
        doc.editCurrentScenario(QStringLiteral("Volume"), [](Scenario &s) { s.workload.requestsPerDay *= 2; });
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 1);

        // A new hourly rate changes every cost.
        doc.editCurrentScenario(QStringLiteral("Rate"), [](Scenario &s) { s.project.hourlyRate = 200; });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, PhasesModel::CostColumn).data(PhasesModel::RawValueRole).toDouble(), 1600.0);

        // The same number of rows: the new ones repaint in place.
        doc.setCurrentIndex(0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, PhasesModel::HoursColumn).data(Qt::EditRole).toDouble(), 1.0);
        doc.removeScenario(1);
        QCOMPARE(model.rowCount(), 4);
    }

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
