// Uncertainty in the app: the range dialog's refusals, ranges as undoable
// edits shown in their fields, the live controller (quick estimate, then the
// full count), the results panel's P10 – P90 and probability, the
// Uncertainty tab, the cash-flow band and the headless distribution chart.
#include "ui/analysis/uncertaintycontroller.h"
#include "ui/analysis/uncertaintyview.h"
#include "ui/charts/cashflowchart.h"
#include "ui/export/chartexport.h"
#include "ui/charts/distributionchart.h"
#include "ui/window/chartspanel.h"
#include "core/engine/curves.h"
#include "ui/document/document.h"
#include "ui/widgets/numberfield.h"
#include "ui/form/rangecontrols.h"
#include "ui/form/rangedialog.h"
#include "ui/form/scenarioform.h"
#include "ui/form/volumerow.h"
#include "core/analysis/montecarlo.h"
#include "core/model/rangerules.h"
#include "ui/window/resultspanel.h"
#include "testsupport.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QLineSeries>
#include <QUndoStack>
#include <QValueAxis>
#include <QLabel>
#include <QtTest>

#include <cmath>

using namespace ftroi;
using testsupport::baseScenario;
using testsupport::linearScenario;

namespace {

QString noNumberTrouble(const QString &text)
{
    for (const char *bad : {"nan", "inf", "NaN", "Inf"})
        if (text.contains(QLatin1String(bad)))
            return text;
    return QString();
}

} // namespace

class TestUncertainty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A slider step with no new Monte Carlo result leaves the band's series
    // alone (Qt Charts recomputes and repaints a series on any replace()),
    // while the cash-flow line follows the new volume.
    void cashFlowBandIsReplacedOnlyWhenItChanges()
    {
        Scenario s = linearScenario(40000, 60000);
        CashFlowChart chart;
        SimulationDetail detail;
        detail.bandSamples = 2000;
        simulate(s, 2000, 5, 1, {}, &detail);
        chart.setBand(detail.band);
        chart.setScenario(s, evaluate(s), QStringLiteral("USD"));
        QVERIFY(chart.bandSeries()->upperSeries()->count() >= 2);
        QSignalSpy bandReplaced(chart.bandSeries()->upperSeries(), &QXYSeries::pointsReplaced);
        QSignalSpy lineReplaced(chart.selfHostedSeries(), &QXYSeries::pointsReplaced);
        s.workload.requestsPerDay = 55000;
        chart.setScenario(s, evaluate(s), QStringLiteral("USD"));
        QCOMPARE(bandReplaced.count(), 0);
        QCOMPARE(lineReplaced.count(), 1);
    }

    void rangeDialogRefusesThenSetsAnUndoableRange()
    {
        Document document;
        ScenarioForm form(&document);
        RangeControls *controls = form.rangeControls();
        const QString key = QStringLiteral("workload.requests_per_day");
        QVERIFY(controls->rangeAction(key));
        QVERIFY(controls->rangeAction(key)->isVisible());
        const double value = document.scenario(0).workload.requestsPerDay;

        QString refusal;
        bool closedEarly = false;
        connect(controls, &RangeControls::dialogOpened, this, [&](QWidget *w) {
            auto *dialog = static_cast<RangeDialog *>(w);
            // The labels' mnemonics reach their fields: no "&Low:" shown as text.
            for (QLabel *label : dialog->findChildren<QLabel *>())
                if (label->text().startsWith(QLatin1Char('&')))
                    QVERIFY2(label->buddy(), qPrintable(label->text()));
            dialog->lowField()->setText(QString::number(value * 2));
            dialog->highField()->setText(QString::number(value * 3));
            dialog->accept(); // triangular, not containing the value: refused, the dialog stays
            refusal = dialog->errorText();
            closedEarly = dialog->result() == QDialog::Accepted;
            dialog->lowField()->setText(QString::number(value / 2));
            dialog->highField()->setText(QString::number(value * 2));
            dialog->accept();
        });
        controls->editRange(key);
        QVERIFY(!closedEarly);
        QVERIFY2(refusal.contains(QLatin1String("must contain")), qPrintable(refusal));
        const InputRange *range = findRange(document.scenario(0), key);
        QVERIFY(range);
        QCOMPARE(range->low, value / 2);
        QCOMPARE(range->high, value * 2);
        QCOMPARE(range->distribution, Distribution::Triangular);

        NumberField *field = form.field(key);
        QCOMPARE(field->text(), QStringLiteral("%1 (%2 – %3)").arg(field->displayText(value), field->displayText(value / 2),
                                                                   field->displayText(value * 2)));
        // Read as tokens/day, the field shows its range in tokens/day too.
        const double tokensPerRequest = document.scenario(0).workload.inputTokensPerRequest
            + document.scenario(0).workload.outputTokensPerRequest;
        form.volumeRow()->setUnit(VolumeRow::Unit::TokensPerDay);
        QCOMPARE(field->text(), QStringLiteral("%1 (%2 – %3)").arg(field->displayText(value * tokensPerRequest),
                                                                   field->displayText(value / 2 * tokensPerRequest),
                                                                   field->displayText(value * 2 * tokensPerRequest)));
        form.volumeRow()->setUnit(VolumeRow::Unit::RequestsPerDay);

        document.undoStack()->undo();
        QVERIFY(!findRange(document.scenario(0), key));
        QCOMPARE(field->text(), field->displayText(value));
        document.undoStack()->redo();
        QVERIFY(findRange(document.scenario(0), key));
    }

    void liveEstimateThenRefinedResultsInThePanel()
    {
        Document document;
        UncertaintyController controller(&document);
        ResultsPanel panel(&document);
        panel.setUncertainty(&controller);
        QVERIFY(panel.uncertaintyText().isEmpty()); // no ranges: nothing claimed
        Scenario s = linearScenario(20000, 80000);
        s.uncertainty->samples = 30000;
        document.editScenario(0, s, QStringLiteral("ranges"));
        controller.waitUntilRefined();
        const UncertaintySnapshot &snap = controller.snapshot();
        QVERIFY(snap.refined);
        QCOMPARE(snap.result.samples, qint64(30000));
        const QString text = panel.uncertaintyText();
        // Which path is best in how many samples, then the probability of payback.
        QVERIFY2(text.startsWith(QStringLiteral("Best in 100 % of samples: self-host · Probability of payback within the lifetime: ")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("P10 – P90")));
        QVERIFY(noNumberTrouble(text).isEmpty());
        // The panel shows the run of the document's samples and seed, not a different one.
        const SimulationResult direct = simulate(document.scenario(0), 30000, 5, 1);
        QCOMPARE(snap.result.probabilityPaybackWithinLifetime, direct.probabilityPaybackWithinLifetime);
        QCOMPARE(*snap.result.npv.p10, *direct.npv.p10);

        // A later edit supersedes: the refined snapshot is of the new volume.
        document.editCurrentScenario(QStringLiteral("volume"), [](Scenario &sc) { sc.workload.requestsPerDay = 10000; });
        controller.waitUntilRefined();
        const InputRange *range = findRange(document.scenario(0), QStringLiteral("workload.requests_per_day"));
        QVERIFY(range->high < 80000); // the range moved with the value
        QVERIFY(*controller.snapshot().result.monthlySavings.p90 < *direct.monthlySavings.p90);

        // Ranges removed: the panel says nothing more.
        document.editCurrentScenario(QStringLiteral("no ranges"), [](Scenario &sc) { sc.uncertainty.reset(); });
        controller.waitUntilRefined();
        QVERIFY(panel.uncertaintyText().isEmpty());
    }

    void uncertaintyTabAndCashFlowBand()
    {
        Document document;
        Scenario s = linearScenario(20000, 80000);
        document.editScenario(0, s, QStringLiteral("ranges"));
        ChartsPanel panel(&document);
        panel.resize(1200, 700);
        panel.show();
        panel.setCurrentWidget(panel.uncertaintyView());
        panel.uncertainty()->waitUntilRefined();
        DistributionChart *chart = panel.uncertaintyView()->chart();
        QVERIFY(chart->histogramSeries()->count() > 40);
        QVERIFY(chart->markerText(0).startsWith(QLatin1String("P10 $")));
        QVERIFY(chart->markerText(2).startsWith(QLatin1String("P90 $")));
        QVERIFY(chart->summaryText().contains(QLatin1String("Probability of payback within the lifetime")));
        panel.uncertaintyView()->metricBox()->setCurrentIndex(1);
        QCOMPARE(chart->metric(), UncertaintyMetric::MonthlySavings);
        QVERIFY(chart->valueAxis()->titleText().startsWith(QLatin1String("Monthly savings")));
        QVERIFY(chart->valueAxis()->labelsVisible() && chart->shareAxis()->labelsVisible());
        // Without ranges the chart is empty: no made-up ticks on its axes.
        document.editCurrentScenario(QStringLiteral("no ranges"), [](Scenario &sc) { sc.uncertainty.reset(); });
        QTRY_VERIFY(!chart->valueAxis()->labelsVisible());
        QVERIFY(!chart->shareAxis()->labelsVisible());
        document.undoStack()->undo();
        panel.uncertainty()->waitUntilRefined();
        QTRY_VERIFY(chart->valueAxis()->labelsVisible());

        panel.setCurrentWidget(panel.chart(ChartKind::CashFlow));
        auto *cash = static_cast<CashFlowChart *>(panel.chart(ChartKind::CashFlow));
        QVERIFY(cash->bandSeries()->upperSeries()->count() >= 2);
        QCOMPARE(cash->bandSeries()->upperSeries()->count(), cash->bandSeries()->lowerSeries()->count());
    }

    void headlessDistributionExport()
    {
        Scenario s = linearScenario(20000, 80000);
        const ScenarioResult r = evaluate(s);
        const QImage image = renderChartImage(ChartKind::Distribution, s, r, QStringLiteral("USD"), QSize(1920, 1080), false);
        QCOMPARE(image.size(), QSize(1920, 1080));
        // The histogram's fill colour covers a real share of the image.
        auto view = createChartView(ChartKind::Distribution);
        showForExport(*view, ChartKind::Distribution, s, r, QStringLiteral("USD"));
        auto *chart = static_cast<DistributionChart *>(view.get());
        QVERIFY(chart->histogramSeries()->count() > 40);
        QVERIFY(chart->summaryText().contains(QLatin1String("20,000 samples")));
        QCOMPARE(chartKindFromName(QStringLiteral("distribution")), std::optional(ChartKind::Distribution));

        // Without ranges: a message, no numbers pretending to be a distribution.
        showForExport(*view, ChartKind::Distribution, baseScenario(), evaluate(baseScenario()), QStringLiteral("USD"));
        QCOMPARE(chart->histogramSeries()->count(), 0);
        QVERIFY(chart->summaryText().isEmpty());
    }
};

QTEST_MAIN(TestUncertainty)
#include "tst_uncertainty.moc"
