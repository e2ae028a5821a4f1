// Document: edits go through the undo stack, a drag merges into one step,
// results follow the inputs, the modified flag follows the clean state.
#include "ui/document/document.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace ftroi;

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editRecomputesAndUndoRestores()
    {
        Document doc;
        doc.reset(ScenarioDocument{QStringLiteral("USD"), {testsupport::baseScenario()}, {}}, QString());
        QSignalSpy changed(&doc, &Document::scenarioChanged);
        QSignalSpy modified(&doc, &Document::modifiedChanged);
        QVERIFY(!doc.isModified());
        Scenario s = doc.scenario(0);
        s.api.inputPricePer1M = 10;
        doc.editScenario(0, s, QStringLiteral("Change input price"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        // 25e6 x 30 x 10 / 1e6 + 4500
        QCOMPARE(doc.result(0).monthlyApiCost, 12000.0);
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario(0).api.inputPricePer1M, 5.0);
        QCOMPARE(doc.result(0).monthlyApiCost, 8250.0);
        QVERIFY(!doc.isModified());
    }

    void dragMergesIntoOneStep()
    {
        Document doc;
        const double before = doc.scenario(0).workload.requestsPerDay;
        for (int i = 1; i <= 20; ++i) {
            Scenario s = doc.scenario(0);
            s.workload.requestsPerDay = 1000.0 * i;
            doc.editScenario(0, s, QStringLiteral("Change volume"), 7);
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.closeMerge();
        Scenario s = doc.scenario(0);
        s.workload.requestsPerDay = 5;
        doc.editScenario(0, s, QStringLiteral("Change volume"), 7);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario(0).workload.requestsPerDay, 20000.0);
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario(0).workload.requestsPerDay, before);
    }

    void insertRemoveMoveAreUndoable()
    {
        Document doc;
        Scenario second = Document::defaultScenario();
        second.name = QStringLiteral("Second");
        doc.insertScenario(1, second, QStringLiteral("Add"));
        QCOMPARE(doc.scenarioCount(), 2);
        QCOMPARE(doc.currentIndex(), 1);
        doc.moveScenario(1, 0);
        QCOMPARE(doc.scenario(0).name, QStringLiteral("Second"));
        doc.removeScenario(0);
        QCOMPARE(doc.scenarioCount(), 1);
        doc.removeScenario(0); // the last scenario stays
        QCOMPARE(doc.scenarioCount(), 1);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario(1).name, QStringLiteral("Second"));
        QCOMPARE(doc.result(1).monthlyApiCost, doc.result(0).monthlyApiCost);
        doc.undoStack()->undo();
        QCOMPARE(doc.scenarioCount(), 1);
    }

    void everyResetIsFollowedByACurrentChange()
    {
        Document doc;
        QList<QByteArray> order;
        connect(&doc, &Document::scenariosReset, this, [&order] { order << "reset"; });
        connect(&doc, &Document::currentIndexChanged, this, [&order] { order << "current"; });
        doc.insertScenario(1, Document::defaultScenario(), QStringLiteral("Add"));
        doc.moveScenario(1, 0);
        doc.removeScenario(0);
        doc.reset(Document::defaultDocument(), QString());
        QCOMPARE(order.count("reset"), 4);
        for (qsizetype i = 0; i < order.size(); ++i)
            if (order[i] == "reset")
                QVERIFY(i + 1 < order.size() && order[i + 1] == "current");
    }

    void defaultScenarioHasTheSeedPhases()
    {
        const Scenario s = Document::defaultScenario();
        QCOMPARE(s.project.engineeringHours.size(), 8);
        QCOMPARE(engineeringHours(s.project), 132.0);
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
