// The real main window, driven like a user would: a field edit reaches the
// comparison table and undo restores it, inline refusals, edge cases with no
// broken numbers anywhere, formula tooltips, and a window and chart that fit
// the screen.
#include "core/io/documentformat.h"
#include "core/text/format.h"
#include "mainwindowsupport.h"
#include "testsupport.h"
#include "ui/charts/breakevenchart.h"
#include "ui/comparison/comparisonmodel.h"
#include "ui/comparison/comparisonview.h"
#include "ui/document/document.h"
#include "ui/form/scenarioform.h"
#include "ui/widgets/numberfield.h"
#include "ui/window/pathcard.h"
#include "ui/window/chartspanel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/resultspanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace ftroi;
using namespace mainwindowsupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::setUpAppTest();
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
        QTest::newRow("zero throughput") << QStringLiteral("self_hosted.throughput_tokens_per_s")
                                         << QStringLiteral("0");
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
        case 0:
            s.workload.requestsPerDay = 0;
            break;
        case 1:
            s.api.inputPricePer1M = 0;
            s.api.outputPricePer1M = 0;
            break;
        case 2:
            s.selfHosted.reviewRate = s.api.reviewRate;
            s.reviewCost = 0;
            break;
        case 3:
            s.selfHosted.fixedInstances = 1;
            s.workload.requestsPerDay = 1e9 / 700;
            break;
        case 4:
            s.selfHosted.fixedInstances.reset();
            s.workload.requestsPerDay = 1e13 / 700;
            break;
        case 5:
            s.project.hourlyRate = 1e9;
            s.project.computeCostPerRun = 1e9;
            break;
        case 6:
            s.workload.inputTokensPerRequest = 0;
            s.workload.outputTokensPerRequest = 0;
            break;
        }
        s.context = DecisionContext{};
        w.document()->reset(ScenarioDocument{QStringLiteral("USD"), {s, testsupport::baseScenario()}, {}}, QString());
        for (int tab = 0; tab < w.charts()->count(); ++tab) {
            w.charts()->setCurrentIndex(tab);
            QApplication::processEvents();
        }
        const QRegularExpression broken(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
        for (const QLabel *label : w.findChildren<QLabel *>()) {
            QVERIFY2(!broken.match(label->text()).hasMatch(), qPrintable(label->text()));
            QVERIFY2(!broken.match(label->toolTip()).hasMatch(), qPrintable(label->toolTip()));
        }
        ComparisonModel *model = w.charts()->comparisonView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                QVERIFY(!broken.match(model->index(row, column).data().toString()).hasMatch());
        if (edge == 3)
            QVERIFY(w.results()->findChildren<QLabel *>().size() > 0 &&
                    w.results()->valueLabel(ResultItem::Utilization)->text() ==
                        formatPercent(QLocale(), 1e9 / (5000 * 86400.0)));
        if (edge == 0 || edge == 6)
            QCOMPARE(w.results()->valueLabel(ResultItem::ServingPer1M)->text(), QStringLiteral("no traffic"));
        if (edge == 1)
            QCOMPARE(w.results()->valueLabel(ResultItem::Payback)->text(), QStringLiteral("never"));
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
    // room) the chart keeps at least 290 pixels of height, every decision card is
    // shown whole, and the details below them scroll.
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
        QVERIFY2(
            chart >= 290,
            qPrintable(QStringLiteral("chart %1 px high in a %2x%3 window").arg(chart).arg(w.width()).arg(w.height())));
        QWidget *viewport = w.results()->parentWidget();
        for (const Path path : {Path::Api, Path::Managed, Path::SelfHosted}) {
            const PathCard *card = w.results()->card(path);
            const int bottom = card->mapTo(viewport, QPoint(0, card->height())).y();
            QVERIFY2(bottom <= viewport->height(),
                     qPrintable(QStringLiteral("card %1 ends at %2 px in a %3 px view").arg(pathCode(path)).arg(bottom).arg(viewport->height())));
        }
        // The decision comes first on a small screen; the plot keeps a readable height.
        const QRectF plot = w.charts()->breakEvenChart()->chart()->plotArea();
        QVERIFY2(plot.height() >= 150, qPrintable(QStringLiteral("plot %1 px high").arg(plot.height())));
        if (!qEnvironmentVariableIsEmpty("FTROI_SHOTS_DIR"))
            w.grab().save(qEnvironmentVariable("FTROI_SHOTS_DIR") + QStringLiteral("/window-1366x768.png"));
    }

    // The window opens no larger than its screen; a remembered geometry comes back only when it fits.
    void windowFitsItsScreen()
    {
        QCOMPARE(MainWindow::defaultGeometry(QRect(0, 0, 3840, 2160)).size(), QSize(1500, 950));
        for (const QRect &available : {QRect(0, 0, 1280, 1024), QRect(0, 0, 1366, 740), QRect(1920, 0, 1024, 768)}) {
            const QRect placed = MainWindow::defaultGeometry(available);
            QVERIFY2(available.contains(placed), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                .arg(placed.x())
                                                                .arg(placed.y())
                                                                .arg(placed.width())
                                                                .arg(placed.height())));
            QVERIFY(placed.width() < available.width() && placed.height() < available.height()); // room for the frame
        }

        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QSettings settings;
        const auto forget = qScopeGuard([] { QSettings().remove(QStringLiteral("window")); });
        settings.setValue(QStringLiteral("window/geometry"),
                          QRect(available.topLeft(), available.size() * 2)); // from a bigger screen
        {
            MainWindow w;
            QCOMPARE(w.geometry(), MainWindow::defaultGeometry(available));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            // Its layout's minimum size fits too (a wide row in any tab widens the whole window).
            QVERIFY2(available.contains(w.frameGeometry()),
                     qPrintable(QStringLiteral("minimum size %1x%2 on a %3x%4 screen")
                                    .arg(w.minimumSizeHint().width())
                                    .arg(w.minimumSizeHint().height())
                                    .arg(available.width())
                                    .arg(available.height())));
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
