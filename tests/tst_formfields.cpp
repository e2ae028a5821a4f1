// The input form as a user meets it: the volume field (requests or tokens a
// day, k/M/B suffixes, whole requests), undo and redo from inside a field,
// and an invalid entry that reverts when the focus leaves.
#include "ui/document/document.h"
#include "core/io/documentformat.h"
#include "ui/widgets/numberfield.h"
#include "ui/form/scenarioform.h"
#include "ui/form/volumerow.h"
#include "ui/window/mainwindow.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace ftroi;

namespace {

QString referencePath()
{
    return testsupport::dataPath(QStringLiteral("seed-examples.ftroi"));
}

// Shows the window and opens the reference document in it.
bool openShown(MainWindow &w)
{
    w.show();
    return QTest::qWaitForWindowExposed(&w) && w.openFile(referencePath());
}

// Types `text` over the field's content without finishing the edit.
void typeOver(NumberField *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
}

} // namespace

class TestFormFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::setUpAppTest(); }

    void volumeTakesSuffixesAndKeepsRequestsWhole()
    {
        MainWindow w;
        QVERIFY(openShown(w));
        VolumeRow *volume = w.form()->volumeRow();
        NumberField *field = volume->field();
        QCOMPARE(volume->unit(), VolumeRow::Unit::RequestsPerDay);

        typeOver(field, QStringLiteral("2.5k"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(w.document()->scenario(0).workload.requestsPerDay, 2500.0);

        typeOver(field, QStringLiteral("1234.6"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(w.document()->scenario(0).workload.requestsPerDay, 1235.0); // a request is whole

        // Tokens a day: the seed's worked example has 500 + 200 tokens per request.
        volume->setUnit(VolumeRow::Unit::TokensPerDay);
        QCOMPARE(field->text(), QStringLiteral("864500")); // 1235 x 700
        typeOver(field, QStringLiteral("70 M"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(w.document()->scenario(0).workload.requestsPerDay, 70e6 / 700);
        QCOMPARE(w.document()->result(0).currentDailyTokens, 70e6);

        volume->setUnit(VolumeRow::Unit::RequestsPerDay);
        QCOMPARE(field->text(), QStringLiteral("100000"));
    }

    void volumeRefusesWhatIsNotAVolume_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown suffix") << QStringLiteral("5X");
        QTest::newRow("suffix alone") << QStringLiteral("M");
        QTest::newRow("overflow") << QStringLiteral("1e400");
        QTest::newRow("nan") << QStringLiteral("nan");
        QTest::newRow("inf") << QStringLiteral("inf");
        QTest::newRow("negative") << QStringLiteral("-5k");
    }

    void volumeRefusesWhatIsNotAVolume()
    {
        QFETCH(QString, text);
        MainWindow w;
        QVERIFY(openShown(w));
        NumberField *field = w.form()->volumeRow()->field();
        typeOver(field, text);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!field->errorText().isEmpty());
        QCOMPARE(w.document()->scenario(0).workload.requestsPerDay, 50000.0);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    // Ctrl+Z right after typing: the edit is committed, then undone; redo brings it back.
    void undoAndRedoFromInsideAField()
    {
        MainWindow w;
        QVERIFY(openShown(w));
        NumberField *price = w.form()->field(QStringLiteral("api.input_price_per_1m"));
        QVERIFY(price);
        typeOver(price, QStringLiteral("7"));
        QCOMPARE(w.document()->scenario(0).api.inputPricePer1M, 5.0); // still typing

        QTest::keyClick(price, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(price->hasFocus());
        QCOMPARE(w.document()->undoStack()->count(), 1); // the typed value was committed...
        QCOMPARE(w.document()->undoStack()->index(), 0); // ...and undone
        QCOMPARE(w.document()->scenario(0).api.inputPricePer1M, 5.0);
        QCOMPARE(price->text(), QStringLiteral("5"));

        QTest::keyClick(price, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.document()->scenario(0).api.inputPricePer1M, 7.0);
        QCOMPARE(price->text(), QStringLiteral("7"));
        QTest::keyClick(price, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.document()->scenario(0).api.inputPricePer1M, 5.0);
        QTest::keyClick(price, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(w.document()->scenario(0).api.inputPricePer1M, 7.0);

        // Nothing pending: Ctrl+Z in a field undoes the last document edit.
        NumberField *rate = w.form()->field(QStringLiteral("project.hourly_rate"));
        QVERIFY(rate);
        rate->setFocus();
        QTest::keyClick(rate, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.document()->scenario(0).api.inputPricePer1M, 5.0);
        QCOMPARE(w.document()->scenario(0).project.hourlyRate, 150.0);
    }

    // A refused entry does not stay on screen after Tab: the field shows the value
    // the numbers use, and the status bar says what was refused and why.
    void invalidEntryRevertsOnFocusOut()
    {
        MainWindow w;
        QVERIFY(openShown(w));
        NumberField *review = w.form()->field(QStringLiteral("self_hosted.review_rate"));
        QVERIFY(review);
        const QString before = review->text();
        typeOver(review, QStringLiteral("150"));
        QTest::keyClick(review, Qt::Key_Return);
        QVERIFY(!review->errorText().isEmpty()); // still focused: the refusal stays to be fixed
        QCOMPARE(review->text(), QStringLiteral("150"));

        QTest::keyClick(review, Qt::Key_Tab);
        QVERIFY(!review->hasFocus());
        QCOMPARE(review->text(), before);
        QVERIFY(review->errorText().isEmpty());
        QCOMPARE(w.document()->scenario(0).selfHosted.reviewRate, 0.05);
        QCOMPARE(w.document()->undoStack()->count(), 0);
        const QString status = w.statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("Self-hosted review rate")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("at most")), qPrintable(status));
        QVERIFY2(status.contains(before), qPrintable(status));

        // Typing without Return, then leaving with a click elsewhere, reverts as well.
        NumberField *price = w.form()->field(QStringLiteral("api.output_price_per_1m"));
        typeOver(price, QStringLiteral("abc"));
        review->setFocus();
        QCOMPARE(price->text(), QStringLiteral("15"));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("\"abc\" is not a number")));
    }

    // A GPU preset replaces the price and the throughput it owns; its hint goes
    // when the instance is renamed or repriced.
    void gpuPresetReplacesItsValuesAndHintFollows()
    {
        MainWindow w;
        QVERIFY(openShown(w));
        auto *instance = w.form()->findChild<QComboBox *>(QStringLiteral("self_hosted.instance"));
        auto *hint = w.form()->findChild<QLabel *>(QStringLiteral("instancePresetNote"));
        QVERIFY(instance && hint);
        auto choose = [&](const QString &name) {
            const int i = instance->findData(name);
            QVERIFY2(i >= 0, qPrintable(name));
            instance->setCurrentIndex(i);
            Q_EMIT instance->activated(i);
        };
        // The seed's 7B model: the catalog lists the A100 40GB at $2.00/hour and 3,000
        // tokens/s for 13B only; the estimate scales it by 13/7.
        choose(QStringLiteral("A100 40GB"));
        const SelfHosted &a100 = w.document()->scenario(0).selfHosted;
        QCOMPARE(a100.instanceCostPerHour, 2.0);
        QCOMPARE(a100.throughputTokensPerS, 3000.0 * 13 / 7);
        QVERIFY(hint->isVisibleTo(w.form()));
        // The H100 ($4.50/hour, 989 TFLOPS) lists no throughput: never the A100's figure,
        // but the A10G's 5,000 tokens/s for 7B (125 TFLOPS) scaled by peak.
        choose(QStringLiteral("H100"));
        QCOMPARE(w.document()->scenario(0).selfHosted.instanceCostPerHour, 4.5);
        FTROI_COMPARE_REL(w.document()->scenario(0).selfHosted.throughputTokensPerS, 5000.0 * 989 / 125, 1e-12);
        QVERIFY(hint->text().contains(QStringLiteral("A10G")));

        // Repriced: the hint about the H100's price no longer holds.
        NumberField *price = w.form()->field(QStringLiteral("self_hosted.instance_cost_per_hour"));
        typeOver(price, QStringLiteral("3.9"));
        QTest::keyClick(price, Qt::Key_Return);
        QVERIFY(!hint->isVisibleTo(w.form()));
        // Undo brings the preset's values back, and with them its hint's subject.
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->scenario(0).selfHosted.instanceCostPerHour, 4.5);

        choose(QStringLiteral("A10G"));
        QVERIFY(hint->isVisibleTo(w.form()));
        instance->setFocus();
        instance->lineEdit()->selectAll();
        QTest::keyClicks(instance->lineEdit(), QStringLiteral("My own box"));
        QTest::keyClick(instance->lineEdit(), Qt::Key_Return);
        QCOMPARE(w.document()->scenario(0).selfHosted.instance, QStringLiteral("My own box"));
        QVERIFY(!hint->isVisibleTo(w.form()));
    }

    // The run cost estimate is shown (not a greyed 0); GPUs read as people write them;
    // the hours of all phases have a total.
    void projectShowsEstimateGpuNamesAndHoursTotal()
    {
        MainWindow w;
        QVERIFY(openShown(w));
        w.document()->setCurrentIndex(4); // the auto-sized example, priced by the training estimate
        const ScenarioResult &r = w.document()->result(4);
        QVERIFY(r.training);
        NumberField *runCost = w.form()->field(QStringLiteral("project.compute_cost_per_run"));
        QVERIFY(runCost->isEnabled());
        QVERIFY(runCost->isReadOnly());
        QCOMPARE(runCost->value(), r.costPerRun);
        QVERIFY(r.costPerRun > 0);
        QVERIFY(std::abs(runCost->text().toDouble() - r.costPerRun) <= 0.005); // shown with cents

        auto *gpu = w.form()->findChild<QComboBox *>(QStringLiteral("project.training.gpu"));
        QVERIFY(gpu);
        QCOMPARE(gpu->currentText(), QStringLiteral("NVIDIA A10G")); // the file says "a10g"
        for (int i = 0; i < gpu->count(); ++i)
            QVERIFY2(!gpu->itemText(i).contains(QLatin1Char('_')), qPrintable(gpu->itemText(i)));
        const int a100 = gpu->findText(QStringLiteral("A100 40 GB"));
        QVERIFY(a100 >= 0);
        gpu->setCurrentIndex(a100);
        Q_EMIT gpu->activated(a100);
        QCOMPARE(gpuCode(*w.document()->scenario(4).project.training), QStringLiteral("a100_40g"));

        // 40 + 12 + 6 + 12 + 12 + 28 + 16 + 6 hours at $120/hour.
        auto *total = w.form()->findChild<QLabel *>(QStringLiteral("engineeringHoursTotal"));
        QVERIFY(total);
        QVERIFY2(total->text().contains(QStringLiteral("Total: 132 h")), qPrintable(total->text()));
        QVERIFY2(total->text().contains(QStringLiteral("$15,840")), qPrintable(total->text()));
    }

    // Pictures of the form to look at (set FTROI_SCREENSHOT_DIR): the window at
    // 1600x1000 and 1366x768, the Workload and Project groups scrolled into view.
    void formScreenshots()
    {
        const QString dir = qEnvironmentVariable("FTROI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set FTROI_SCREENSHOT_DIR to write screenshots");
        for (const QSize size : {QSize(1600, 1000), QSize(1366, 768)}) {
            MainWindow w;
            w.resize(size);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openFile(referencePath()));
            w.document()->setCurrentIndex(4);
            const QString name = QStringLiteral("%1/form-%2x%3").arg(dir).arg(size.width()).arg(size.height());
            QTest::qWait(200);
            QVERIFY(w.grab().save(name + QStringLiteral("-top.png")));
            auto *total = w.form()->findChild<QLabel *>(QStringLiteral("engineeringHoursTotal"));
            w.form()->ensureWidgetVisible(total, 0, 200);
            QTest::qWait(200);
            QVERIFY(w.form()->grab().save(name + QStringLiteral("-project.png")));
        }
    }
};

QTEST_MAIN(TestFormFields)
#include "tst_formfields.moc"
