// Format 3 in the form and the results: the GPU memory field (filled from a GPU
// preset) and its memory check on the self-host card, "Compliance requires
// self-hosting" excluding the API and managed cards, the close-call rules, and
// the mouse wheel that scrolls the form instead of changing an unfocused combo box.
#include "core/io/documentformat.h"
#include "testsupport.h"
#include "ui/document/document.h"
#include "ui/form/scenarioform.h"
#include "ui/widgets/numberfield.h"
#include "ui/window/mainwindow.h"
#include "ui/window/pathcard.h"
#include "ui/window/resultspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest>

using namespace ftroi;

namespace {

bool openShown(MainWindow &w)
{
    w.show();
    return QTest::qWaitForWindowExposed(&w)
        && w.openFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
}

void commit(NumberField *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

class TestDecisionForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::setUpAppTest(); }

    void gpuMemoryChecksTheModel()
    {
        MainWindow w;
        QVERIFY(openShown(w));
        Document *doc = w.document();
        NumberField *memory = w.form()->field(QStringLiteral("self_hosted.gpu_memory_gb"));
        QVERIFY(memory);
        // A 13B model in bf16 needs 13 x 2 x 1.2 = 31.2 GB; a 24 GB instance cannot hold it.
        doc->editCurrentScenario(QStringLiteral("size"), [](Scenario &s) { s.selfHosted.modelSizeB = 13; });
        commit(memory, QStringLiteral("24"));
        QCOMPARE(*doc->scenario(doc->currentIndex()).selfHosted.gpuMemoryGb, 24.0);
        PathCard *self = w.results()->card(Path::SelfHosted);
        QCOMPARE(self->excludedReason(), QStringLiteral("Excluded: the model does not fit in the instance's memory"));
        QVERIFY(!self->isBest());
        QVERIFY(w.results()->decisionNotesText().contains(QStringLiteral("Self-host is excluded")));
        // The file says so as version 3.
        QVERIFY(writeDocument(doc->data()).contains("\"version\": 3"));
        // Undo: no memory check, back to version 2.
        doc->undoStack()->undo();
        QVERIFY(!doc->scenario(doc->currentIndex()).selfHosted.gpuMemoryGb);
        QVERIFY(self->excludedReason().isEmpty());
    }

    void gpuPresetFillsTheMemory()
    {
        MainWindow w;
        QVERIFY(openShown(w));
        auto *instance = w.form()->findChild<QComboBox *>(QStringLiteral("self_hosted.instance"));
        QVERIFY(instance);
        int a10g = -1;
        for (int i = 0; i < instance->count(); ++i)
            if (instance->itemData(i).toString().contains(QStringLiteral("A10G")) && instance->itemData(i).toString().contains(QStringLiteral("g5.xlarge")))
                a10g = i;
        if (a10g < 0)
            for (int i = 0; i < instance->count() && a10g < 0; ++i)
                if (instance->itemData(i).toString().contains(QStringLiteral("A10G")))
                    a10g = i;
        QVERIFY(a10g >= 0);
        instance->setCurrentIndex(a10g);
        Q_EMIT instance->activated(a10g);
        const Scenario &s = w.document()->scenario(w.document()->currentIndex());
        QVERIFY(s.selfHosted.gpuMemoryGb.has_value());
        // An A10G has 24 GB; an instance with several of them has a multiple of it.
        QVERIFY(*s.selfHosted.gpuMemoryGb >= 24);
        QCOMPARE(std::fmod(*s.selfHosted.gpuMemoryGb, 24.0), 0.0);
    }

    void complianceExcludesApiAndManaged()
    {
        MainWindow w;
        QVERIFY(openShown(w));
        auto *required = w.form()->findChild<QCheckBox *>(QStringLiteral("context.requires_self_hosting"));
        QVERIFY(required);
        required->click();
        Document *doc = w.document();
        QCOMPARE(doc->scenario(doc->currentIndex()).requiresSelfHosting, std::optional<bool>(true));
        QCOMPARE(w.results()->card(Path::Api)->excludedReason(), QStringLiteral("Excluded: self-hosting is required"));
        QVERIFY(!w.results()->card(Path::Api)->isBest());
        QVERIFY(w.results()->card(Path::SelfHosted)->isBest());
        QVERIFY(!w.results()->headlineText().startsWith(QStringLiteral("Keep the API")));
        required->click();
        QVERIFY(!doc->scenario(doc->currentIndex()).requiresSelfHosting);
        QVERIFY(w.results()->card(Path::Api)->excludedReason().isEmpty());
    }

    void closeCallMarginIsAnInput()
    {
        MainWindow w;
        QVERIFY(openShown(w));
        NumberField *margin = w.form()->field(QStringLiteral("decision_rules.close_call_npv_margin"));
        QVERIFY(margin);
        Document *doc = w.document();
        doc->editCurrentScenario(QStringLiteral("prices"), [](Scenario &s) { s.requiresSelfHosting.reset(); });
        commit(margin, QStringLiteral("5"));
        QCOMPARE(*doc->scenario(doc->currentIndex()).decisionRules->closeCallNpvMargin, 0.05);
        const ScenarioResult &r = doc->result(doc->currentIndex());
        QCOMPARE(w.results()->closeCallText().isEmpty(), !r.decision.closeCall);
        // 100 % of a larger NPV: a best path with a runner-up that invests more than the lead.
        commit(margin, QStringLiteral("100"));
        QCOMPARE(*doc->scenario(doc->currentIndex()).decisionRules->closeCallNpvMargin, 1.0);
        const ScenarioResult &wide = doc->result(doc->currentIndex());
        QCOMPARE(w.results()->closeCallText().isEmpty(), !wide.decision.closeCall);
        // The margin is a share: 150 is refused in place.
        commit(margin, QStringLiteral("150"));
        QCOMPARE(*doc->scenario(doc->currentIndex()).decisionRules->closeCallNpvMargin, 1.0);
    }

    void wheelOverAnUnfocusedComboScrollsTheForm()
    {
        MainWindow w;
        w.resize(1366, 740);
        QVERIFY(openShown(w));
        auto *method = w.form()->findChildren<QComboBox *>().value(0);
        QVERIFY(method);
        QComboBox *combo = nullptr;
        for (QComboBox *c : w.form()->findChildren<QComboBox *>())
            if (c->isVisible() && !c->isEditable() && c->count() > 1)
                combo = c;
        QVERIFY(combo);
        w.form()->setFocus();
        QVERIFY(!combo->hasFocus());
        const int index = combo->currentIndex();
        const int undo = w.document()->undoStack()->count();
        QScrollBar *bar = w.form()->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        const int scrolled = bar->value();
        const QPoint centre = combo->rect().center();
        QWheelEvent wheel(centre, combo->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(combo, &wheel);
        QCOMPARE(combo->currentIndex(), index);
        QCOMPARE(w.document()->undoStack()->count(), undo);
        QVERIFY2(bar->value() > scrolled, qPrintable(QStringLiteral("%1 -> %2").arg(scrolled).arg(bar->value())));
    }
};

QTEST_MAIN(TestDecisionForm)
#include "tst_decisionform.moc"
