// The document's one signal for views of the current scenario, and its edit
// rules: currentScenarioChanged follows every change of the current scenario
// (an edit, another scenario made current, a reset, an undo) and no edit of
// another one; changes are applied only by the undo commands; edits with the
// same UndoMergeId merge into one undo step.
#include "ui/document/document.h"
#include "ui/document/undomergeid.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <type_traits>
#include <utility>

using namespace ftroi;

namespace {

// True when `D::applyScenario` can be called from here (it must not be).
template <typename D, typename = void>
struct CanApplyDirectly : std::false_type {};
template <typename D>
struct CanApplyDirectly<D, std::void_t<decltype(std::declval<D &>().applyScenario(0, std::declval<const Scenario &>()))>>
    : std::true_type {};
static_assert(!CanApplyDirectly<Document>::value, "only the undo commands apply changes to a Document");

ScenarioDocument threeScenarios()
{
    ScenarioDocument d = Document::defaultDocument();
    Scenario s = d.scenarios.first();
    for (const char *name : {"A", "B", "C"}) {
        s.name = QString::fromLatin1(name);
        d.scenarios.append(s);
    }
    d.scenarios.removeFirst();
    return d;
}

void setReviewCost(Document &document, int index, double cost, int mergeId = NoMerge)
{
    Scenario s = document.scenario(index);
    s.reviewCost = cost;
    document.editScenario(index, s, QStringLiteral("Change review cost"), mergeId);
}

} // namespace

class TestCurrentScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editOfTheCurrentScenarioIsAnnounced()
    {
        Document document;
        document.reset(threeScenarios(), QString());
        document.setCurrentIndex(1);
        QStringList order;
        connect(&document, &Document::scenarioChanged, this, [&order](int i) { order << QStringLiteral("changed %1").arg(i); });
        connect(&document, &Document::currentScenarioChanged, this,
                [&order](int i) { order << QStringLiteral("current %1").arg(i); });
        setReviewCost(document, 1, 9);
        QCOMPARE(order, (QStringList{QStringLiteral("changed 1"), QStringLiteral("current 1")}));
        order.clear();
        setReviewCost(document, 2, 9); // another scenario: only scenarioChanged
        QCOMPARE(order, QStringList{QStringLiteral("changed 2")});
        order.clear();
        document.undoStack()->undo();
        QCOMPARE(order, QStringList{QStringLiteral("changed 2")});
        order.clear();
        document.undoStack()->undo();
        QCOMPARE(order, (QStringList{QStringLiteral("changed 1"), QStringLiteral("current 1")}));
    }

    void anotherCurrentScenarioIsAnnouncedOnce()
    {
        Document document;
        document.reset(threeScenarios(), QString());
        QStringList order;
        connect(&document, &Document::currentIndexChanged, this, [&order](int i) { order << QStringLiteral("index %1").arg(i); });
        connect(&document, &Document::currentScenarioChanged, this,
                [&order](int i) { order << QStringLiteral("current %1").arg(i); });
        document.setCurrentIndex(2);
        QCOMPARE(order, (QStringList{QStringLiteral("index 2"), QStringLiteral("current 2")}));
        order.clear();
        document.setCurrentIndex(2); // already current: nothing
        QVERIFY(order.isEmpty());
        document.reset(threeScenarios(), QString());
        QCOMPARE(order, (QStringList{QStringLiteral("index 0"), QStringLiteral("current 0")}));
    }

    void scenarioListChangesAnnounceTheCurrentScenario()
    {
        Document document;
        document.reset(threeScenarios(), QString());
        QSignalSpy current(&document, &Document::currentScenarioChanged);
        document.insertScenario(1, Document::defaultScenario(), QStringLiteral("Add"));
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().first().toInt(), 1);
        document.moveScenario(1, 3);
        QCOMPARE(current.count(), 2);
        QCOMPARE(current.last().first().toInt(), 3);
        document.removeScenario(3);
        QCOMPARE(current.count(), 3);
        QCOMPARE(current.last().first().toInt(), 2);
        document.undoStack()->undo(); // the removed scenario comes back, current again
        QCOMPARE(current.count(), 4);
        QCOMPARE(current.last().first().toInt(), 3);
        QCOMPARE(document.currentIndex(), 3);
    }

    void sameMergeIdMergesADrag()
    {
        Document document;
        document.reset(threeScenarios(), QString());
        for (double cost : {1.0, 2.0, 3.0})
            setReviewCost(document, 0, cost, VolumeDrag);
        QCOMPARE(document.undoStack()->count(), 1);
        setReviewCost(document, 0, 4.0, UtilizationDrag); // another slider: a new step
        QCOMPARE(document.undoStack()->count(), 2);
        setReviewCost(document, 1, 5.0, UtilizationDrag); // another scenario: a new step
        QCOMPARE(document.undoStack()->count(), 3);
        setReviewCost(document, 1, 6.0);
        setReviewCost(document, 1, 7.0); // NoMerge never merges
        QCOMPARE(document.undoStack()->count(), 5);
        setReviewCost(document, 1, 8.0, ReviewRateDrag);
        document.closeMerge(); // a released slider ends the drag
        setReviewCost(document, 1, 9.0, ReviewRateDrag);
        QCOMPARE(document.undoStack()->count(), 7);

        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(document.scenario(0).reviewCost, threeScenarios().scenarios.first().reviewCost);
        document.undoStack()->redo();
        QCOMPARE(document.scenario(0).reviewCost, 3.0); // the whole drag in one step
    }
};

QTEST_GUILESS_MAIN(TestCurrentScenario)
#include "tst_currentscenario.moc"
