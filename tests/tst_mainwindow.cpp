// The real main window, driven like a user would: sliders and fields change
// the KPIs, charts and comparison table to the engine's values; undo, save
// and reopen, the unsaved-changes prompt, refused files and inline refusals.
#include "ui/charts/breakevenchart.h"
#include "ui/window/chartspanel.h"
#include "ui/comparison/comparisonmodel.h"
#include "ui/comparison/comparisonview.h"
#include "core/engine/curves.h"
#include "ui/document/document.h"
#include "core/io/documentfile.h"
#include "ui/widgets/numberfield.h"
#include "ui/form/phasesmodel.h"
#include "ui/form/scenarioform.h"
#include "core/text/format.h"
#include "ui/window/mainwindow.h"
#include "ui/window/resultspanel.h"
#include "ui/document/scenariolistmodel.h"
#include "ui/window/scenariolistpanel.h"
#include "ui/window/sliderpanel.h"
#include "testsupport.h"
#include "ui/widgets/valuetext.h"
#include "ui/widgets/wraplabel.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QScreen>
#include <QScopeGuard>
#include <QSettings>
#include <QUrl>
#include <QRegularExpression>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QLineSeries>
#include <QListView>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace ftroi;

namespace {

QString referencePath()
{
    return testsupport::dataPath(QStringLiteral("seed-examples.ftroi"));
}

// Clicks `button` on the next modal message box, and records that it appeared.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *seenText)
{
    QTimer::singleShot(0, [button, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (seenText)
            *seenText = box->objectName() + QLatin1Char('|') + box->text();
        box->button(button)->click();
    });
}

void typeInto(NumberField *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QString apiCostText(double monthly)
{
    return formatMoney(QLocale(), monthly, QStringLiteral("USD"), 0) + QStringLiteral(" /month");
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::setOrganizationName(QStringLiteral("ftroi-tests"));
    }

    void volumeSliderMovesKpisAndChart()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        w.document()->setCurrentIndex(2);
        QSlider *slider = w.sliders()->volumeSlider();
        slider->setFocus();
        const int before = slider->value();
        QTest::keyClick(slider, Qt::Key_PageUp);
        QVERIFY(slider->value() != before);
        const Scenario &s = w.document()->scenario(2);
        const ScenarioResult engine = evaluate(s);
        QCOMPARE(engine.currentDailyTokens, SliderPanel::tokensForPosition(slider->value()));
        QCOMPARE(w.results()->valueLabel(ResultItem::ApiCost)->text(), apiCostText(engine.monthlyApiCost));
        QCOMPARE(w.results()->valueLabel(ResultItem::Savings)->text(), apiCostText(engine.monthlySavings));
        // the break-even chart's API line is the engine's cost line
        const CostLine line = costLine(s, engine.monthlyAmortizedProjectCost);
        QLineSeries *api = w.charts()->breakEvenChart()->apiSeries();
        QVERIFY(api->count() > 100);
        // ... plus the API's own reviews at that volume: the whole cost (requests = tokens / tokens per request).
        const auto apiQuality = [&](double tokens) {
            return tokens / (s.workload.inputTokensPerRequest + s.workload.outputTokensPerRequest) * 30 *
                   (s.api.reviewRate * s.reviewCost + s.api.errorRate * s.costPerError);
        };
        for (int i : {0, api->count() / 2, api->count() - 1}) {
            const QPointF p = api->at(i);
            QVERIFY(testsupport::closeRel(p.y(), line.apiCostAt(p.x()) + apiQuality(p.x()), 1e-9));
        }
        QLineSeries *self = w.charts()->breakEvenChart()->selfHostedSeries();
        const QPointF mid = self->at(self->count() / 2);
        QVERIFY(testsupport::closeRel(mid.y(), line.selfHostedAllInAt(mid.x()) + apiQuality(mid.x()), 1e-9));
    }

    void utilizationSliderResizesAutoFleet()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        w.document()->setCurrentIndex(4); // 1e9 tokens/day, auto sizing at 20%: 12 instances
        QCOMPARE(w.document()->result(4).instances, 12.0);
        w.sliders()->utilizationSlider()->setValue(50); // ceil(1e9 / (86,400 x 5,000 x 0.5)) = 5
        QCOMPARE(w.document()->scenario(4).selfHosted.targetUtilization, 0.5);
        QCOMPARE(w.document()->result(4).instances, 5.0);
        QCOMPARE(w.results()->valueLabel(ResultItem::Instances)->text(), QStringLiteral("5 (auto)"));
    }

    void reviewRateSliderChangesQualityDelta()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        w.document()->setCurrentIndex(0);
        w.sliders()->reviewRateSlider()->setValue(20); // 2.0 %, equal to the API's rate
        QCOMPARE(w.document()->scenario(0).selfHosted.reviewRate, 0.02);
        QCOMPARE(w.document()->result(0).monthlyQualityCostDelta, 0.0);
        QCOMPARE(w.results()->valueLabel(ResultItem::QualityDelta)->text(), apiCostText(0));
    }

    void dragIsOneUndoStep()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        QSlider *slider = w.sliders()->volumeSlider();
        const double before = w.document()->scenario(0).workload.requestsPerDay;
        slider->setSliderDown(true);
        for (int v = 100; v < 400; v += 7)
            slider->setValue(v);
        slider->setSliderDown(false);
        QCOMPARE(w.document()->undoStack()->count(), 1);
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->scenario(0).workload.requestsPerDay, before);
        QCOMPARE(w.document()->result(0).monthlyApiCost, 8250.0);
        QVERIFY(!w.isWindowModified());
    }

    void fieldEditUpdatesComparisonAndUndoRestores()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(referencePath()));
        ComparisonModel *model = w.charts()->comparisonView()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        NumberField *price = w.form()->field(QStringLiteral("api.input_price_per_1m"));
        QVERIFY(price);
        typeInto(price, QStringLiteral("10"));
        QCOMPARE(w.document()->scenario(0).api.inputPricePer1M, 10.0);
        QVERIFY(changed.count() >= 1);
        // 25e6 x 30 x 10 / 1e6 + 10e6 x 30 x 15 / 1e6 = 12,000
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex cell = model->index(row, 0);
            if (cell.data(ComparisonModel::RawValueRole).toDouble() == 12000) {
                found = true;
                QVERIFY(cell.data().toString().startsWith(QStringLiteral("$12,000")));
            }
        }
        QVERIFY2(found, "the comparison table shows the new API cost");
        QVERIFY(w.isWindowModified());
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->scenario(0).api.inputPricePer1M, 5.0);
        QCOMPARE(price->text(), QStringLiteral("5"));
        QVERIFY(!w.isWindowModified());
    }

    void invalidInputIsRefusedInline_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::newRow("negative price") << QStringLiteral("api.input_price_per_1m") << QStringLiteral("-5");
        QTest::newRow("review rate above 100%") << QStringLiteral("self_hosted.review_rate") << QStringLiteral("150");
        QTest::newRow("zero throughput") << QStringLiteral("self_hosted.throughput_tokens_per_s") << QStringLiteral("0");
        QTest::newRow("inf") << QStringLiteral("workload.requests_per_day") << QStringLiteral("inf");
        QTest::newRow("nan") << QStringLiteral("project.hourly_rate") << QStringLiteral("nan");
        QTest::newRow("pasted text") << QStringLiteral("review_cost") << QStringLiteral("five dollars");
    }

    void invalidInputIsRefusedInline()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(referencePath()));
        NumberField *field = w.form()->field(key);
        QVERIFY(field);
        const QByteArray before = writeDocument(w.document()->data());
        typeInto(field, text);
        QVERIFY(!field->errorText().isEmpty());
        QCOMPARE(writeDocument(w.document()->data()), before);
        QCOMPARE(w.document()->undoStack()->count(), 0);
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(field->errorText().isEmpty());
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
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("scenarios[2].self_hosted.review_rate: 1.7 is not in [0, 1]")));
        QCOMPARE(w.document()->scenarioCount(), 6);
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.document()->scenario(0).selfHosted.targetUtilization, 0.4);
    }

    void scenarioListActions()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.scenarioList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
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
        w.document()->editCurrentScenario(QStringLiteral("Volume"), [](Scenario &s) { s.workload.requestsPerDay *= 2; });
        QCOMPARE(changed.count(), 0);
        const QString savings = formatMoney(QLocale(), w.document()->result(0).monthlySavings, w.document()->currency(), 0);
        QVERIFY2(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(savings),
                 qPrintable(model->index(0, 0).data(Qt::ToolTipRole).toString()));
        w.document()->editCurrentScenario(QStringLiteral("Rename"), [](Scenario &s) { s.name = QStringLiteral("Renamed"); });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Renamed"));
    }

    // The results panel's wrapped labels remember their heights, and forget
    // them with a new text or font: the same heights as a plain QLabel's.
    void wrapLabelHeightsFollowText()
    {
        WrapLabel wrap;
        QLabel plain;
        plain.setWordWrap(true);
        const QString longText = QStringLiteral("Self-hosting saves money at this volume, ").repeated(6);
        for (const QString &text : {longText, QStringLiteral("Short"), longText}) {
            wrap.setText(text);
            plain.setText(text);
            for (int width : {120, 400, 120})
                QCOMPARE(wrap.heightForWidth(width), plain.heightForWidth(width));
        }
        QVERIFY(wrap.heightForWidth(120) > wrap.heightForWidth(400));
        QFont big = wrap.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        wrap.setFont(big);
        plain.setFont(big);
        QCOMPARE(wrap.heightForWidth(400), plain.heightForWidth(400));
    }

    // A result value asks its layout for room only when a new text no longer
    // fits: a slider step repaints the panel's values without a new layout.
    void valueTextLaysOutOnlyWhenItsRoomChanges()
    {
        QWidget panel;
        auto *layout = new QVBoxLayout(&panel);
        auto *value = new ValueText;
        auto *sentence = new ValueText;
        sentence->setWordWrap(true);
        layout->addWidget(value);
        layout->addWidget(sentence);
        layout->addStretch(1);
        panel.resize(300, 200);
        value->setText(QStringLiteral("$8,653 /month"));
        sentence->setText(QStringLiteral("Self-host: saves $8,653/month"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCoreApplication::processEvents();

        testsupport::EventCounter requests(QEvent::LayoutRequest);
        panel.installEventFilter(&requests);
        value->setText(QStringLiteral("$8,712 /month"));
        sentence->setText(QStringLiteral("Self-host: saves $8,712/month"));
        QCoreApplication::processEvents();
        QCOMPARE(requests.count, 0);
        QCOMPARE(value->text(), QStringLiteral("$8,712 /month"));

        value->setText(QStringLiteral("$8,712 /month, and much more text than before"));
        QCoreApplication::processEvents();
        QCOMPARE(requests.count, 1);
        QVERIFY(value->width() >= QFontMetrics(value->font()).horizontalAdvance(value->text()));

        const int oneLine = sentence->height();
        sentence->setText(QStringLiteral("Self-host: saves $8,712/month, pays back in 2.0 months, NPV $156 k over 18 months"));
        QCoreApplication::processEvents();
        QCOMPARE(requests.count, 2);
        QVERIFY(sentence->height() > oneLine);
        QLabel reference(sentence->text());
        reference.setWordWrap(true);
        // About as tall as a wrapping QLabel (its text layout differs by a pixel).
        QVERIFY(sentence->heightForWidth(200) >= 2 * QFontMetrics(sentence->font()).height());
        QVERIFY(std::abs(sentence->heightForWidth(200) - reference.heightForWidth(200)) <= 2);
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

    void edgeCasesShowNoBrokenNumbers_data()
    {
        QTest::addColumn<int>("edge");
        QTest::newRow("zero volume") << 0;
        QTest::newRow("zero prices") << 1;
        QTest::newRow("equal review rates, review cost 0") << 2;
        QTest::newRow("over capacity") << 3;
        QTest::newRow("1e13 tokens/day") << 4;
        QTest::newRow("$1e9 budget") << 5;
        QTest::newRow("no tokens per request") << 6;
    }

    void edgeCasesShowNoBrokenNumbers()
    {
        QFETCH(int, edge);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Scenario s = testsupport::baseScenario();
        switch (edge) {
        case 0: s.workload.requestsPerDay = 0; break;
        case 1: s.api.inputPricePer1M = 0; s.api.outputPricePer1M = 0; break;
        case 2: s.selfHosted.reviewRate = s.api.reviewRate; s.reviewCost = 0; break;
        case 3: s.selfHosted.fixedInstances = 1; s.workload.requestsPerDay = 1e9 / 700; break;
        case 4: s.selfHosted.fixedInstances.reset(); s.workload.requestsPerDay = 1e13 / 700; break;
        case 5: s.project.hourlyRate = 1e9; s.project.computeCostPerRun = 1e9; break;
        case 6: s.workload.inputTokensPerRequest = 0; s.workload.outputTokensPerRequest = 0; break;
        }
        s.context = DecisionContext{};
        w.document()->reset(ScenarioDocument{QStringLiteral("USD"), {s, testsupport::baseScenario()}, {}}, QString());
        for (int tab = 0; tab < w.charts()->count(); ++tab) {
            w.charts()->setCurrentIndex(tab);
            QApplication::processEvents();
        }
        const QRegularExpression broken(QStringLiteral("\\b(nan|inf|infinity)\\b"), QRegularExpression::CaseInsensitiveOption);
        for (const QLabel *label : w.findChildren<QLabel *>()) {
            QVERIFY2(!broken.match(label->text()).hasMatch(), qPrintable(label->text()));
            QVERIFY2(!broken.match(label->toolTip()).hasMatch(), qPrintable(label->toolTip()));
        }
        ComparisonModel *model = w.charts()->comparisonView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                QVERIFY(!broken.match(model->index(row, column).data().toString()).hasMatch());
        if (edge == 3)
            QVERIFY(w.results()->findChildren<QLabel *>().size() > 0
                    && w.results()->valueLabel(ResultItem::Utilization)->text() == formatPercent(QLocale(), 1e9 / (5000 * 86400.0)));
        if (edge == 0 || edge == 6)
            QCOMPARE(w.results()->valueLabel(ResultItem::ServingPer1M)->text(), QStringLiteral("no traffic"));
        if (edge == 1)
            QCOMPARE(w.results()->valueLabel(ResultItem::Payback)->text(), QStringLiteral("never"));
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

    // With FTROI_SCREENSHOT_DIR set, saves the window with each tab shown (for looking at it).
    void tabScreenshots()
    {
        const QString dir = qEnvironmentVariable("FTROI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set FTROI_SCREENSHOT_DIR to write screenshots");
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi")));
        for (int tab = 0; tab < w.charts()->count(); ++tab) {
            w.charts()->setCurrentIndex(tab);
            QTest::qWait(300);
            QVERIFY(w.grab().save(QStringLiteral("%1/tab-%2.png").arg(dir).arg(tab)));
        }
    }

    void resultTooltipsShowTheFormula()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        const QString tip = w.results()->valueLabel(ResultItem::ServingCost)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("2 x 2.06 x 720")), qPrintable(tip));
        QVERIFY(w.results()->valueLabel(ResultItem::Payback)->toolTip().contains(QStringLiteral("never")));
    }

    // On a 1366x768 screen (the window at its default size for 1366x740 of usable
    // room) the chart keeps at least 350 pixels of height; the results scroll.
    void chartHeightOn1366x768()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        const QRect placed = MainWindow::defaultGeometry(QRect(0, 0, 1366, 740));
        w.setGeometry(placed);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50);
        const int chart = w.charts()->breakEvenChart()->height();
        QVERIFY2(chart >= 350, qPrintable(QStringLiteral("chart %1 px high in a %2x%3 window")
                                              .arg(chart).arg(w.width()).arg(w.height())));
        const QRectF plot = w.charts()->breakEvenChart()->chart()->plotArea();
        QVERIFY2(plot.height() >= 200, qPrintable(QStringLiteral("plot %1 px high").arg(plot.height())));
        if (!qEnvironmentVariableIsEmpty("FTROI_SHOTS_DIR"))
            w.grab().save(qEnvironmentVariable("FTROI_SHOTS_DIR") + QStringLiteral("/window-1366x768.png"));
    }

    // The window opens no larger than its screen; a remembered geometry comes back only when it fits.
    void windowFitsItsScreen()
    {
        QCOMPARE(MainWindow::defaultGeometry(QRect(0, 0, 3840, 2160)).size(), QSize(1500, 950));
        for (const QRect &available : {QRect(0, 0, 1280, 1024), QRect(0, 0, 1366, 740), QRect(1920, 0, 1024, 768)}) {
            const QRect placed = MainWindow::defaultGeometry(available);
            QVERIFY2(available.contains(placed), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(placed.x()).arg(placed.y()).arg(placed.width()).arg(placed.height())));
            QVERIFY(placed.width() < available.width() && placed.height() < available.height()); // room for the frame
        }

        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QSettings settings;
        const auto forget = qScopeGuard([] { QSettings().remove(QStringLiteral("window")); });
        settings.setValue(QStringLiteral("window/geometry"), QRect(available.topLeft(), available.size() * 2)); // from a bigger screen
        {
            MainWindow w;
            QCOMPARE(w.geometry(), MainWindow::defaultGeometry(available));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            // Its layout's minimum size fits too (a wide row in any tab widens the whole window).
            QVERIFY2(available.contains(w.frameGeometry()),
                     qPrintable(QStringLiteral("minimum size %1x%2 on a %3x%4 screen")
                                    .arg(w.minimumSizeHint().width()).arg(w.minimumSizeHint().height())
                                    .arg(available.width()).arg(available.height())));
        }
        const QRect fits(available.x() + 10, available.y() + 20, available.width() / 2, available.height() / 2);
        settings.setValue(QStringLiteral("window/geometry"), fits);
        {
            MainWindow w;
            QCOMPARE(w.geometry(), fits);
            w.setGeometry(fits.translated(5, 5));
            w.close(); // closing remembers the geometry
        }
        QCOMPARE(QSettings().value(QStringLiteral("window/geometry")).toRect(), fits.translated(5, 5));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
