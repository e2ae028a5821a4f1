// The analysis views in the app: the tornado's order and end labels, the
// heatmap's cells against the engine's grid and its break-even frontier, a
// cell click and Goal Seek's Apply as single undo steps, the unreachable
// case in words, and the runner that never delivers superseded work.
#include "ui/analysis/analysisrunner.h"
#include "ui/analysis/goalseekdialog.h"
#include "ui/data/heatmapdata.h"
#include "ui/data/inputlabels.h"
#include "ui/analysis/sensitivityview.h"
#include "ui/analysis/twowayview.h"
#include "ui/window/chartspanel.h"
#include "ui/window/mainwindow.h"
#include "ui/charts/heatmapchart.h"
#include "ui/charts/tornadochart.h"
#include "core/engine/costengine.h"
#include "ui/document/document.h"
#include "ui/export/chartexport.h"
#include "testsupport.h"

#include <QChartView>
#include <QComboBox>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace ftroi;

class TestAnalysisViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void tornadoOrderAndLabels_data()
    {
        QTest::addColumn<int>("metric");
        QTest::newRow("monthly savings") << int(Metric::MonthlySavings);
        QTest::newRow("npv") << int(Metric::Npv);
        QTest::newRow("payback") << int(Metric::PaybackMonths);
    }

    void tornadoOrderAndLabels()
    {
        QFETCH(int, metric);
        const Scenario s = Document::defaultScenario();
        TornadoChart chart;
        chart.setMetric(Metric(metric));
        showForExport(chart, ChartKind::Tornado, s, evaluate(s), QStringLiteral("USD"));
        const Sensitivity expected = sensitivity(s, Metric(metric));
        QCOMPARE(int(chart.sensitivity().rows.size()), int(expected.rows.size()));
        QStringList labels;
        for (const SensitivityRow &row : expected.rows)
            labels.append(inputLabel(row.input));
        QCOMPARE(chart.rowLabels(), labels);
        const QLocale locale;
        for (int i = 0; i < int(expected.rows.size()); ++i) {
            const SensitivityRow &row = expected.rows[size_t(i)];
            QCOMPARE(chart.lowEndLabel(i), formatInputValue(locale, row.input, row.low, QStringLiteral("USD")));
            QCOMPARE(chart.highEndLabel(i), formatInputValue(locale, row.input, row.high, QStringLiteral("USD")));
        }
        // Largest swing on top: the requests row is labelled with volumes, the API price row with prices.
        const int requests = labels.indexOf(QStringLiteral("Daily requests"));
        QVERIFY(requests >= 0);
        QVERIFY(chart.lowEndLabel(requests).endsWith(QLatin1String("requests/day")));
        const int price = labels.indexOf(QStringLiteral("API input price"));
        QVERIFY(price >= 0);
        QVERIFY(chart.highEndLabel(price).endsWith(QLatin1String("/1M tokens")));
    }

    // A payback that is never: a hatched bar that says so, on an axis that starts at 0 months.
    void tornadoDrawsNeverAsNever()
    {
        const Scenario s = Document::defaultScenario();
        TornadoChart chart;
        chart.setMetric(Metric::PaybackMonths);
        Sensitivity never;
        never.metric = Metric::PaybackMonths;
        never.base = 2.3;
        never.rows = {{QStringLiteral("workload.requests_per_day"), 40000, 60000, std::nullopt, 1.5},
                      {QStringLiteral("api.input_price_per_1m"), 4, 6, 3.0, 1.9}};
        chart.setSensitivity(never);
        chart.resize(900, 500);
        chart.setScenario(s, evaluate(s), QStringLiteral("USD"));
        QVERIFY(chart.lowEndIsNever(0));
        QVERIFY(!chart.highEndIsNever(0));
        QVERIFY(!chart.lowEndIsNever(1) && !chart.highEndIsNever(1));
        QVERIFY2(chart.lowEndLabel(0).endsWith(QStringLiteral(": never")), qPrintable(chart.lowEndLabel(0)));
        QVERIFY(!chart.highEndLabel(0).contains(QStringLiteral("never")));
        QVERIFY2(chart.valueAxisMin() >= 0, qPrintable(QString::number(chart.valueAxisMin())));
    }

    // Ends that hardly move the metric (bars under half a pixel, one each side of
    // the base, or both flat): the two labels sit apart, never over each other.
    void tornadoTinyBarsKeepTheirLabelsApart()
    {
        const Scenario s = Document::defaultScenario();
        TornadoChart chart;
        Sensitivity tiny;
        tiny.metric = Metric::MonthlySavings;
        tiny.base = 8653;
        tiny.rows = {{QStringLiteral("workload.requests_per_day"), 40000, 60000, -50000.0, 40000.0},
                     {QStringLiteral("self_hosted.instance_cost_per_hour"), 0.6, 1.0, 8653.4, 8652.7},
                     {QStringLiteral("self_hosted.throughput_tokens_per_s"), 3000, 6000, 8653.0, 8653.0}};
        chart.setSensitivity(tiny);
        chart.resize(900, 500);
        chart.setScenario(s, evaluate(s), QStringLiteral("USD"));
        chart.layoutForRendering(QSizeF(900, 500));
        for (int row : {1, 2}) {
            const QRectF low = chart.lowEndLabelRect(row);
            const QRectF high = chart.highEndLabelRect(row);
            QVERIFY2(!low.intersects(high), qPrintable(QStringLiteral("row %1: %2 over %3").arg(row).arg(chart.lowEndLabel(row), chart.highEndLabel(row))));
        }
        // The price's low end lifts the savings a little: its label goes right, the high one left.
        QVERIFY(chart.lowEndLabelRect(1).left() > chart.highEndLabelRect(1).right());
        QVERIFY(chart.lowEndLabelRect(2).right() < chart.highEndLabelRect(2).left());
    }

    void heatmapCellsAreTheEnginesGrid()
    {
        const Scenario s = Document::defaultScenario();
        HeatmapChart chart;
        showForExport(chart, ChartKind::Heatmap, s, evaluate(s), QStringLiteral("USD"));
        const HeatmapData &data = chart.data();
        QCOMPARE(int(data.grid.x.size()), kHeatmapCells);
        QCOMPARE(int(data.grid.y.size()), kHeatmapCells);
        QCOMPARE(data.spec.x.path, QStringLiteral("workload.requests_per_day"));
        QVERIFY(data.spec.x.logarithmic);
        QVERIFY(data.spec.x.low <= s.workload.requestsPerDay / 100 && data.spec.x.high >= s.workload.requestsPerDay * 100);
        QCOMPARE(data.spec.y.low, 0.05);
        QCOMPARE(data.spec.y.high, 1.0);
        const Grid expected = grid(s, data.spec.x, data.spec.y, Metric::MonthlySavings);
        QCOMPARE(data.grid.x, expected.x);
        QCOMPARE(data.grid.y, expected.y);
        QCOMPARE(data.grid.values, expected.values);
        // The image: a losing cell is red, a winning one blue, the top row is the highest y.
        QCOMPARE(data.image.size(), QSize(kHeatmapCells, kHeatmapCells));
        for (int iy : {0, 50, 99}) {
            for (int ix : {0, 99}) {
                const QColor c = data.image.pixelColor(ix, kHeatmapCells - 1 - iy);
                const double v = *data.value(ix, iy);
                QCOMPARE(c.rgb(), heatmapColor(data, v).rgb());
                if (v < 0)
                    QVERIFY(c.red() > c.blue());
                else if (v > 0)
                    QVERIFY(c.blue() > c.red());
            }
        }
        QVERIFY(!data.contour.empty());
    }

    // A fixed fleet of one instance over today/100 .. today x 100 requests: the
    // cells it cannot carry are hatched (right of the plot, at high volume), with
    // a legend entry and a tooltip line; an auto-sized fleet has neither.
    void heatmapHatchesCellsOverCapacity()
    {
        Scenario s = Document::defaultScenario();
        s.selfHosted.fixedInstances = 1;
        HeatmapChart chart;
        showForExport(chart, ChartKind::Heatmap, s, evaluate(s), QStringLiteral("USD"));
        chart.layoutForRendering(QSizeF(1200, 800));
        const HeatmapData &data = chart.data();
        QVERIFY(data.grid.anyOverCapacity());
        const QPainterPath hatch = chart.overCapacityPath();
        QVERIFY(!hatch.isEmpty());
        const QRectF plot = chart.chart()->plotArea();
        QVERIFY2(hatch.boundingRect().right() >= plot.right() - 1, "the highest volumes are over capacity");
        QVERIFY2(hatch.boundingRect().left() > plot.left() + 1, "the lowest volumes are not");
        int overX = -1;
        for (int ix = 0; ix < int(data.grid.x.size()) && overX < 0; ++ix)
            if (data.grid.overCapacity[size_t(ix)])
                overX = ix;
        QVERIFY(overX > 0);
        QVERIFY(chart.cellText(overX, 0).contains(QStringLiteral("Over capacity")));
        QVERIFY(!chart.cellText(0, 0).contains(QStringLiteral("Over capacity")));
        const auto keyShown = [&chart] {
            for (QLegendMarker *marker : chart.chart()->legend()->markers())
                if (marker->label() == QStringLiteral("Over capacity (fixed fleet)"))
                    return marker->isVisible();
            return false;
        };
        QVERIFY(keyShown());

        s.selfHosted.fixedInstances.reset(); // auto: sized for the peak, never over capacity
        showForExport(chart, ChartKind::Heatmap, s, evaluate(s), QStringLiteral("USD"));
        QVERIFY(!chart.data().grid.anyOverCapacity());
        QVERIFY(chart.overCapacityPath().isEmpty());
        QVERIFY(!keyShown());
    }

    void frontierPassesThroughTheAllInBreakEven_data()
    {
        QTest::addColumn<double>("utilization");
        QTest::newRow("20 %") << 0.2;
        QTest::newRow("55 %") << 0.55;
        QTest::newRow("90 %") << 0.9;
    }

    void frontierPassesThroughTheAllInBreakEven()
    {
        QFETCH(double, utilization);
        Scenario s = Document::defaultScenario();
        s.selfHosted.targetUtilization = utilization;
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.breakEvenAllInTokensPerDay);
        const double breakEvenRequests = *r.breakEvenAllInTokensPerDay / tokensPerRequest(s.workload);

        const HeatmapData data = computeHeatmap(s, *heatmapSpec(s, Metric::MonthlySavings, QString(), QString()));
        QVERIFY(breakEvenRequests > data.grid.x.front() && breakEvenRequests < data.grid.x.back());
        // The row nearest today's utilization, and where the break-even falls on the (log) x axis in cells.
        int row = 0;
        for (int iy = 0; iy < int(data.grid.y.size()); ++iy)
            if (std::abs(data.grid.y[size_t(iy)] - utilization) < std::abs(data.grid.y[size_t(row)] - utilization))
                row = iy;
        const double expectedCell = std::log(breakEvenRequests / data.grid.x.front())
            / std::log(data.grid.x.back() / data.grid.x.front()) * (kHeatmapCells - 1);
        double nearest = 1e9;
        for (const QLineF &segment : data.contour) {
            for (const QPointF &p : {segment.p1(), segment.p2()}) {
                if (std::abs(p.y() - row) <= 0.5)
                    nearest = std::min(nearest, std::abs(p.x() - expectedCell));
            }
        }
        QVERIFY2(nearest <= 1.0, qPrintable(QStringLiteral("the frontier is %1 cells from the break-even").arg(nearest)));
    }

    void contourOfASimpleField()
    {
        // v = ix - 1.5 on a 4 x 3 grid: the zero contour is the vertical line x = 1.5.
        std::vector<std::optional<double>> values;
        for (int iy = 0; iy < 3; ++iy)
            for (int ix = 0; ix < 4; ++ix)
                values.push_back(ix - 1.5);
        const std::vector<QLineF> segments = contourSegments(values, 4, 3, 0);
        QCOMPARE(int(segments.size()), 2);
        for (const QLineF &segment : segments) {
            QCOMPARE(segment.x1(), 1.5);
            QCOMPARE(segment.x2(), 1.5);
        }
    }

    void clickingACellIsOneUndoableEdit()
    {
        Document document;
        TwoWayView view(&document);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        HeatmapChart *chart = view.chart();
        QTRY_VERIFY(!chart->data().isEmpty());
        QTRY_VERIFY(view.runner()->isIdle());

        const Scenario before = document.scenario(0);
        const int steps = document.undoStack()->count();
        const int ix = 20, iy = 70;
        const double x = chart->data().grid.x[ix];
        const double y = chart->data().grid.y[iy];
        int hitX = -1, hitY = -1;
        QVERIFY(chart->cellAt(chart->cellCentre(ix, iy), &hitX, &hitY));
        QCOMPARE(hitX, ix);
        QCOMPARE(hitY, iy);
        QVERIFY(chart->cellText(ix, iy).contains(QLatin1String("Daily requests")));
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->cellCentre(ix, iy));

        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.scenario(0).workload.requestsPerDay, x);
        QCOMPARE(document.scenario(0).selfHosted.targetUtilization, y);
        document.undoStack()->undo();
        QCOMPARE(document.scenario(0).workload.requestsPerDay, before.workload.requestsPerDay);
        QCOMPARE(document.scenario(0).selfHosted.targetUtilization, before.selfHosted.targetUtilization);
    }

    void hiddenTabComputesNothing()
    {
        Document document;
        TwoWayView view(&document); // never shown
        document.editCurrentScenario(QStringLiteral("volume"), [](Scenario &s) { s.workload.requestsPerDay *= 2; });
        QCOMPARE(view.runner()->generation(), quint64(0));
        QVERIFY(view.isStale());
        view.refreshIfStale();
        QCOMPARE(view.runner()->generation(), quint64(1));
        QTRY_VERIFY(view.runner()->isIdle());
    }

    void goalSeekApplyIsOneUndoableEdit()
    {
        Document document;
        GoalSeekDialog dialog(&document);
        QCOMPARE(dialog.inputBox()->currentData().toString(), QStringLiteral("workload.requests_per_day"));
        QVERIFY(dialog.answer() && dialog.answer()->value);
        QVERIFY(dialog.applyButton()->isEnabled());
        QVERIFY2(dialog.answerText().contains(QLatin1String("Daily requests")), qPrintable(dialog.answerText()));
        const double value = *dialog.answer()->value;
        const double before = document.scenario(0).workload.requestsPerDay;
        const int steps = document.undoStack()->count();
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.scenario(0).workload.requestsPerDay, value);
        QVERIFY(std::abs(document.result(0).monthlySavings) < 1.0); // break-even: savings 0
        document.undoStack()->undo();
        QCOMPARE(document.scenario(0).workload.requestsPerDay, before);
    }

    void goalSeekSaysWhyWhenUnreachable()
    {
        Document document;
        document.editCurrentScenario(QStringLiteral("free API"), [](Scenario &s) {
            s.api.inputPricePer1M = 0;
            s.api.outputPricePer1M = 0;
        });
        GoalSeekDialog dialog(&document);
        QVERIFY(dialog.answer());
        QVERIFY(!dialog.answer()->value);
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY2(dialog.answerText().startsWith(QLatin1String("The API stays cheaper at any volume")), qPrintable(dialog.answerText()));
        QVERIFY(!dialog.apply());

        // Another input, a target out of reach.
        Document second;
        GoalSeekDialog other(&second);
        other.inputBox()->setCurrentIndex(other.inputBox()->findData(QStringLiteral("self_hosted.target_utilization")));
        other.targetEdit()->setText(QStringLiteral("1000000000"));
        QVERIFY(other.answer() && !other.answer()->value);
        QVERIFY2(other.answerText().contains(QLatin1String("reaches")) || other.answerText().contains(QLatin1String("stays")),
                 qPrintable(other.answerText()));
    }

    // The two tabs and the dialog at two window sizes: the plot keeps a usable
    // size and the choices fit. With FTROI_SHOTS_DIR set, each is saved as a PNG.
    void fitsTheWindow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1600x1000") << QSize(1600, 1000);
        QTest::newRow("1366x768") << QSize(1366, 768);
    }

    void fitsTheWindow()
    {
        QFETCH(QSize, size);
        MainWindow window;
        window.openFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString dir = qEnvironmentVariable("FTROI_SHOTS_DIR");
        const QString suffix = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        ChartsPanel *charts = window.charts();
        const QList<QWidget *> pages{charts->sensitivityView(), charts->twoWayView()};
        for (QWidget *page : pages) {
            charts->setCurrentWidget(page);
            QTRY_VERIFY(charts->twoWayView()->runner()->isIdle());
            QTest::qWait(50);
            const QChartView *view = page == charts->sensitivityView()
                ? static_cast<QChartView *>(charts->sensitivityView()->chart())
                : static_cast<QChartView *>(charts->twoWayView()->chart());
            if (!dir.isEmpty())
                window.grab().save(QStringLiteral("%1/window-%2-%3.png")
                                       .arg(dir, page == charts->sensitivityView() ? QStringLiteral("sensitivity")
                                                                                   : QStringLiteral("two-way"),
                                            suffix));
            // The charts share the column with the results: on a 768-pixel screen the tab gets about 300 pixels.
            const QRectF plot = view->chart()->plotArea();
            QVERIFY2(plot.width() > 300 && plot.height() > (size.height() >= 1000 ? 200 : 60),
                     qPrintable(QStringLiteral("plot %1x%2").arg(plot.width()).arg(plot.height())));
            for (QComboBox *box : page->findChildren<QComboBox *>()) {
                const QRect r(box->mapTo(page, QPoint(0, 0)), box->size());
                QVERIFY(page->rect().contains(r));
                QVERIFY(box->width() >= box->minimumSizeHint().width());
            }
        }
        GoalSeekDialog dialog(window.document(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.width() <= size.width());
        if (!dir.isEmpty())
            dialog.grab().save(QStringLiteral("%1/goal-seek-%2.png").arg(dir, suffix));
    }

    void runnerNeverDeliversSupersededWork()
    {
        AnalysisRunner runner;
        QList<int> delivered;
        bool firstSawCancel = false;
        QAtomicInt firstStarted = 0;
        runner.submit<int>(
            [&](const AnalysisRunner::CancelCheck &cancelled) {
                firstStarted = 1;
                for (int i = 0; i < 400 && !cancelled(); ++i)
                    QThread::msleep(5);
                firstSawCancel = cancelled();
                return 1;
            },
            [&](int v) { delivered.append(v); });
        QTRY_VERIFY(firstStarted.loadRelaxed() == 1); // the first one is running
        // Two newer requests: the middle one is superseded before it starts.
        runner.submit<int>([](const AnalysisRunner::CancelCheck &) { return 2; }, [&](int v) { delivered.append(v); });
        const quint64 last =
            runner.submit<int>([](const AnalysisRunner::CancelCheck &) { return 3; }, [&](int v) { delivered.append(v); });
        QTRY_VERIFY(runner.isIdle());
        runner.waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(delivered, QList<int>{3});
        QVERIFY(firstSawCancel);
        QCOMPARE(runner.deliveredGeneration(), last);

        // A result that is queued for delivery when a newer request comes in is dropped too.
        delivered.clear();
        runner.submit<int>([](const AnalysisRunner::CancelCheck &) { return 4; }, [&](int v) { delivered.append(v); });
        runner.waitForDone(); // finished, its delivery queued
        runner.submit<int>([](const AnalysisRunner::CancelCheck &) { return 5; }, [&](int v) { delivered.append(v); });
        QTRY_VERIFY(runner.isIdle());
        QCoreApplication::processEvents();
        QCOMPARE(delivered, QList<int>{5});
    }

#ifdef Q_OS_LINUX
    // Analysis runs below the GUI thread's priority (and so do threads it
    // starts), so a busy machine still serves the slider first.
    void analysisYieldsToTheGuiThread()
    {
        AnalysisRunner runner;
        const auto niceness = [] { return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid))); };
        const int gui = niceness();
        int worker = gui;
        int started = gui;
        runner.submit<int>(
            [&](const AnalysisRunner::CancelCheck &) {
                std::thread inner([&] { started = niceness(); });
                inner.join();
                return niceness();
            },
            [&](int v) { worker = v; });
        QTRY_VERIFY(runner.isIdle());
        QCOMPARE(worker, std::min(19, gui + kAnalysisNiceness));
        QCOMPARE(started, worker);
        QCOMPARE(niceness(), gui);
    }
#endif
};

QTEST_MAIN(TestAnalysisViews)
#include "tst_analysisviews.moc"
