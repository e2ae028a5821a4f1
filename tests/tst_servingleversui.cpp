// The serving levers in the app: the traffic shape, precision, autoscaling,
// speedups, error rates and target utilization fields write their keys
// undoably; a traffic shape the format refuses is refused in place; the
// serving-levers chart has one bar per used lever, and extreme values leave
// no NaN or Infinity in the window or the chart.
//
// FTROI_SCREENSHOT_DIR=/some/folder also saves the window with the levers tab
// at 1600x1000 and 1366x768 (for a visual check).
#include "ui/window/chartspanel.h"
#include "ui/charts/servingleverschart.h"
#include "ui/document/document.h"
#include "ui/widgets/numberfield.h"
#include "ui/form/scenarioform.h"
#include "ui/form/servingleverrows.h"
#include "ui/form/trafficprofile.h"
#include "ui/form/trafficshaperows.h"
#include "ui/window/mainwindow.h"
#include "ui/window/resultspanel.h"
#include "ui/window/sliderpanel.h"
#include "testsupport.h"
#include "core/catalog/catalog.h"
#include "ui/data/throughputcheck.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSlider>
#include <QStandardPaths>
#include <QUndoStack>
#include <QValueAxis>
#include <QtTest>

#include <cmath>
#include <functional>

using namespace ftroi;

namespace {

using Getter = std::function<double(const Scenario &)>;
using Prepare = std::function<void(Scenario &)>;

void typeInto(NumberField *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

Scenario leversScenario()
{
    Scenario s = testsupport::baseScenario();
    s.workload.requestsPerDay = 500000;
    s.selfHosted.fixedInstances.reset();
    s.workload.peakHoursPerDay = 10;
    s.workload.peakTrafficShare = 0.8;
    s.selfHosted.autoscaling = true;
    s.selfHosted.speedup.engine = 15;
    return s;
}

const QRegularExpression kNotANumber(QStringLiteral("\\bnan\\b|\\binf\\b|infinity"), QRegularExpression::CaseInsensitiveOption);

} // namespace

Q_DECLARE_METATYPE(Getter)
Q_DECLARE_METATYPE(Prepare)

class TestServingLeversUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::setUpAppTest(); }

    void formWritesEachKeyUndoably_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::addColumn<Getter>("get");
        QTest::addColumn<Prepare>("prepare");
        const Prepare none = [](Scenario &) {};
        const Prepare shaped = [](Scenario &s) { s.workload.peakHoursPerDay = 10; };
        const Prepare autoscaled = [](Scenario &s) {
            s.selfHosted.fixedInstances.reset();
            s.selfHosted.autoscaling = true;
        };
        QTest::newRow("peak hours") << QStringLiteral("workload.peak_hours_per_day") << QStringLiteral("10") << 10.0
                                    << Getter([](const Scenario &s) { return s.workload.peakHoursPerDay; }) << none;
        QTest::newRow("peak share") << QStringLiteral("workload.peak_traffic_share") << QStringLiteral("80") << 0.8
                                    << Getter([](const Scenario &s) { return s.workload.peakTrafficShare; }) << shaped;
        QTest::newRow("target utilization") << QStringLiteral("self_hosted.target_utilization") << QStringLiteral("35") << 0.35
                                            << Getter([](const Scenario &s) { return s.selfHosted.targetUtilization; }) << none;
        QTest::newRow("off-peak floor") << QStringLiteral("self_hosted.min_instances") << QStringLiteral("2") << 2.0
                                        << Getter([](const Scenario &s) { return s.selfHosted.minInstances; }) << autoscaled;
        QTest::newRow("engine") << QStringLiteral("self_hosted.speedup.engine") << QStringLiteral("15") << 15.0
                                << Getter([](const Scenario &s) { return s.selfHosted.speedup.engine; }) << none;
        QTest::newRow("quantization") << QStringLiteral("self_hosted.speedup.quantization") << QStringLiteral("1.8") << 1.8
                                      << Getter([](const Scenario &s) { return s.selfHosted.speedup.quantization; }) << none;
        QTest::newRow("speculative") << QStringLiteral("self_hosted.speedup.speculative_decoding") << QStringLiteral("2.5") << 2.5
                                     << Getter([](const Scenario &s) { return s.selfHosted.speedup.speculativeDecoding; }) << none;
        QTest::newRow("API error rate") << QStringLiteral("api.error_rate") << QStringLiteral("2") << 0.02
                                        << Getter([](const Scenario &s) { return s.api.errorRate; }) << none;
        QTest::newRow("self-hosted error rate") << QStringLiteral("self_hosted.error_rate") << QStringLiteral("1") << 0.01
                                                << Getter([](const Scenario &s) { return s.selfHosted.errorRate; }) << none;
        QTest::newRow("cost per error") << QStringLiteral("cost_per_error") << QStringLiteral("12.5") << 12.5
                                        << Getter([](const Scenario &s) { return s.costPerError; }) << none;
    }

    void formWritesEachKeyUndoably()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(double, expected);
        QFETCH(Getter, get);
        QFETCH(Prepare, prepare);
        MainWindow w;
        Document *doc = w.document();
        doc->editCurrentScenario(QStringLiteral("prepare"), prepare);
        const double before = get(doc->scenario(0));
        NumberField *field = w.form()->field(key);
        QVERIFY2(field, qPrintable(key));
        QVERIFY2(field->isEnabled(), qPrintable(key));
        const int steps = doc->undoStack()->count();
        typeInto(field, text);
        QVERIFY2(field->errorText().isEmpty(), qPrintable(field->errorText()));
        QCOMPARE(get(doc->scenario(0)), expected);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        doc->undoStack()->undo();
        QCOMPARE(get(doc->scenario(0)), before);
        QCOMPARE(field->value(), before);
    }

    void combosAndCheckboxesAreUndoable()
    {
        MainWindow w;
        Document *doc = w.document();
        ScenarioForm *form = w.form();
        auto *precision = form->findChild<QComboBox *>(QStringLiteral("precision"));
        QVERIFY(precision);
        precision->setCurrentIndex(precision->findData(int(Precision::Int4)));
        Q_EMIT precision->activated(precision->currentIndex());
        QCOMPARE(doc->scenario(0).selfHosted.precision, Precision::Int4);
        // The precision proposes its quantization speedup in the same step.
        QCOMPARE(doc->scenario(0).selfHosted.speedup.quantization, 1.8);
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario(0).selfHosted.precision, Precision::Bf16);
        QCOMPARE(doc->scenario(0).selfHosted.speedup.quantization, 1.0);
        QCOMPARE(precision->currentData().toInt(), int(Precision::Bf16));
        // A speedup the user typed stays theirs.
        doc->editCurrentScenario(QStringLiteral("own"), [](Scenario &s) { s.selfHosted.speedup.quantization = 1.5; });
        precision->setCurrentIndex(precision->findData(int(Precision::Int8)));
        Q_EMIT precision->activated(precision->currentIndex());
        QCOMPARE(doc->scenario(0).selfHosted.speedup.quantization, 1.5);
        doc->undoStack()->undo();
        doc->undoStack()->undo();

        // A traffic-shape preset sets both values in one step.
        auto *shape = form->findChild<QComboBox *>(QStringLiteral("trafficShapePreset"));
        QVERIFY(shape);
        shape->setCurrentIndex(1);
        Q_EMIT shape->activated(1);
        QCOMPARE(doc->scenario(0).workload.peakHoursPerDay, 10.0);
        QCOMPARE(doc->scenario(0).workload.peakTrafficShare, 0.8);
        auto *profile = form->findChild<TrafficProfile *>();
        QVERIFY(profile);
        QVERIFY(testsupport::closeRel(profile->hourRate(14), 0.8 * 24 / 10, 1e-12));
        QVERIFY(testsupport::closeRel(profile->hourRate(2), 0.2 * 24 / 14, 1e-12));
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario(0).workload.peakHoursPerDay, 24.0);
        QCOMPARE(shape->currentIndex(), 0);
        QCOMPARE(profile->hourRate(14), 1.0);

        // Autoscaling: on and off with an automatic fleet; a fixed fleet turns it off and disables it.
        auto *autoscaling = form->findChild<QCheckBox *>(QStringLiteral("autoscaling"));
        QVERIFY(autoscaling);
        QVERIFY(!doc->scenario(0).selfHosted.fixedInstances);
        QVERIFY(autoscaling->isEnabled());
        autoscaling->setChecked(true);
        QVERIFY(doc->scenario(0).selfHosted.autoscaling);
        QVERIFY(w.form()->field(QStringLiteral("self_hosted.min_instances"))->isEnabled());
        doc->editCurrentScenario(QStringLiteral("fix"), [](Scenario &s) {
            s.selfHosted.fixedInstances = 3;
            s.selfHosted.autoscaling = false;
        });
        QVERIFY(!autoscaling->isEnabled());
        QVERIFY(autoscaling->toolTip().contains(QStringLiteral("fixed fleet")));
        // The target utilization has no effect then: the slider says why in its tooltip.
        QVERIFY(w.sliders()->utilizationSlider()->toolTip().startsWith(QStringLiteral("No effect")));
        doc->undoStack()->undo();
        QVERIFY(autoscaling->isEnabled());
        QVERIFY(!w.sliders()->utilizationSlider()->toolTip().startsWith(QStringLiteral("No effect")));
        doc->undoStack()->undo();
        QVERIFY(!doc->scenario(0).selfHosted.autoscaling);

        // A suggestion from the article: int4 with its quantization speedup.
        auto *suggestions = form->findChild<QComboBox *>(QStringLiteral("speedupSuggestions"));
        QVERIFY(suggestions);
        QVERIFY(suggestions->toolTip().contains(QStringLiteral("Suggest")));
        Q_EMIT suggestions->activated(3);
        QCOMPARE(doc->scenario(0).selfHosted.precision, Precision::Int4);
        QCOMPARE(doc->scenario(0).selfHosted.speedup.quantization, 1.8);
        QCOMPARE(doc->scenario(0).selfHosted.throughputTokensPerS, 5000.0); // the measured figure stays
        QCOMPARE(suggestions->currentIndex(), 0);
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario(0).selfHosted.speedup.quantization, 1.0);
    }

    // The seed's 5,000 tokens/s on an A10G are measured with vLLM: an engine speedup of 15x on
    // top implies 75,000 tokens/s, 15x what the catalog knows, and the decision says so.
    void stackedSpeedupsAreFlagged()
    {
        MainWindow w;
        Document *doc = w.document();
        doc->editCurrentScenario(QStringLiteral("a10g"), [&](Scenario &s) {
            s.selfHosted.instance = QStringLiteral("A10G");
        });
        Scenario s = doc->scenario(0);
        const CatalogEntry *gpu = catalog().instance(s.selfHosted.instance);
        if (!gpu)
            QSKIP("the catalog names no \"A10G\" instance");
        QVERIFY(throughputWarning(s).isEmpty()); // the seed's own figure
        doc->editCurrentScenario(QStringLiteral("engine"), [](Scenario &sc) { sc.selfHosted.speedup.engine = 15; });
        const QString warning = throughputWarning(doc->scenario(0), QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(warning.contains(QStringLiteral("75,000 tokens/s")), qPrintable(warning));
        QVERIFY2(w.results()->decisionNotesText().contains(QStringLiteral("Throughput:")), qPrintable(w.results()->decisionNotesText()));
    }

    void trafficShapeRefusedInPlace()
    {
        MainWindow w;
        Document *doc = w.document();
        NumberField *hours = w.form()->field(QStringLiteral("workload.peak_hours_per_day"));
        NumberField *share = w.form()->field(QStringLiteral("workload.peak_traffic_share"));
        const int steps = doc->undoStack()->count();

        // Not 100 % at 24 hours.
        typeInto(share, QStringLiteral("80"));
        QVERIFY2(share->errorText().contains(QStringLiteral("100 % at 24 peak hours")), qPrintable(share->errorText()));
        QCOMPARE(doc->scenario(0).workload.peakTrafficShare, 1.0);
        QCOMPARE(doc->undoStack()->count(), steps);
        bool shown = false;
        for (QLabel *label : w.form()->findChildren<QLabel *>())
            shown |= !label->isHidden() && label->text().startsWith(QStringLiteral("Peak traffic share must be 100 %"))
                && label->text().endsWith(QStringLiteral("Press Esc to restore."));
        QVERIFY(shown);
        QTest::keyClick(share, Qt::Key_Escape);
        QVERIFY(share->errorText().isEmpty());

        // A share below H / 24.
        typeInto(hours, QStringLiteral("10"));
        QCOMPARE(doc->scenario(0).workload.peakHoursPerDay, 10.0);
        typeInto(share, QStringLiteral("30"));
        QVERIFY2(share->errorText().contains(QStringLiteral("below 10 / 24 = 41.7 %")), qPrintable(share->errorText()));
        QCOMPARE(doc->scenario(0).workload.peakTrafficShare, 1.0);
        QTest::keyClick(share, Qt::Key_Escape);
        typeInto(share, QStringLiteral("80"));
        QCOMPARE(doc->scenario(0).workload.peakTrafficShare, 0.8);

        // Hours that the share can no longer carry, and 24 hours with a share below 100 %.
        typeInto(hours, QStringLiteral("20"));
        QVERIFY2(hours->errorText().contains(QStringLiteral("at least 83.3 %")), qPrintable(hours->errorText()));
        QTest::keyClick(hours, Qt::Key_Escape);
        typeInto(hours, QStringLiteral("24"));
        QVERIFY2(hours->errorText().contains(QStringLiteral("at least 100 %")), qPrintable(hours->errorText()));
        QCOMPARE(doc->scenario(0).workload.peakHoursPerDay, 10.0);
    }

    void resultsShowPeakAndOffPeakFleets()
    {
        MainWindow w;
        Document *doc = w.document();
        doc->editScenario(0, leversScenario(), QStringLiteral("levers"));
        // 350 M tokens/day, business hours: 1 at the peak and 1 off-peak with the engine at 15x,
        // so drop the engine to see two fleets: 8 at the peak, 2 off-peak.
        doc->editCurrentScenario(QStringLiteral("engine"), [](Scenario &s) { s.selfHosted.speedup.engine = 1; });
        QCOMPARE(w.results()->valueLabel(ResultItem::Instances)->text(), QStringLiteral("8 at peak, 2 off-peak"));
        QVERIFY(w.results()->valueLabel(ResultItem::Utilization)->text().contains(QStringLiteral("peak")));
    }

    void leversChartHasOneBarPerUsedLever_data()
    {
        QTest::addColumn<int>("levers");
        QTest::newRow("none") << 0;
        QTest::newRow("three") << 3;
        QTest::newRow("all five") << 5;
    }

    void leversChartHasOneBarPerUsedLever()
    {
        QFETCH(int, levers);
        Scenario s = leversScenario();
        if (levers == 0) {
            s.workload.peakHoursPerDay = 24;
            s.workload.peakTrafficShare = 1;
            s.selfHosted.autoscaling = false;
            s.selfHosted.speedup = {};
        } else if (levers == 5) {
            s.selfHosted.speedup.quantization = 1.8;
            s.selfHosted.speedup.speculativeDecoding = 2.5;
        }
        const ScenarioResult r = evaluate(s);
        ServingLeversChart chart;
        chart.setScenario(s, r, QStringLiteral("USD"));
        QCOMPARE(chart.levers().steps.size(), levers);
        QCOMPARE(chart.categoryAxis()->count(), levers + 2);
        for (QBarSet *set : {chart.baseSet(), chart.totalSet(), chart.increaseSet(), chart.decreaseSet()})
            QCOMPARE(set->count(), levers + 2);
        QCOMPARE(chart.barLabels().size(), levers + 2);
        QCOMPARE(chart.totalSet()->at(levers + 1), r.monthlyServingCost);
        double level = chart.totalSet()->at(0);
        for (int i = 1; i <= levers; ++i) {
            const double change = chart.levers().steps[i - 1].change();
            QCOMPARE(chart.totalSet()->at(i), 0.0);
            QVERIFY(chart.increaseSet()->at(i) == 0 || chart.decreaseSet()->at(i) == 0);
            QVERIFY(testsupport::closeRel(chart.increaseSet()->at(i) - chart.decreaseSet()->at(i), change, 1e-12));
            QCOMPARE(chart.barLabels()[i].startsWith(QLatin1Char('+')), change > 0);
            level += change;
        }
        QVERIFY(testsupport::closeRel(level, r.monthlyServingCost, 1e-9));

        // The same view follows a scenario with fewer levers (values replaced in place).
        Scenario fewer = s;
        fewer.selfHosted.speedup = {};
        chart.setScenario(fewer, evaluate(fewer), QStringLiteral("USD"));
        QCOMPARE(chart.categoryAxis()->count(), chart.levers().steps.size() + 2);
        QCOMPARE(chart.totalSet()->count(), chart.levers().steps.size() + 2);
    }

    void extremeValuesGiveFiniteChartData_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("speedup");
        QTest::newRow("0.01 peak hours") << 0.01 << 1.0;
        QTest::newRow("speedups 1e-9") << 0.01 << 1e-9;
        QTest::newRow("speedups 1e15") << 0.01 << 1e15;
        QTest::newRow("flat, speedups 1e-9") << 24.0 << 1e-9;
    }

    void extremeValuesGiveFiniteChartData()
    {
        QFETCH(double, hours);
        QFETCH(double, speedup);
        Scenario s = leversScenario();
        s.workload.peakHoursPerDay = hours;
        s.workload.peakTrafficShare = 1;
        s.selfHosted.speedup = {speedup, speedup, speedup};

        ServingLeversChart chart;
        chart.setScenario(s, evaluate(s), QStringLiteral("USD"));
        chart.layoutForRendering(QSizeF(1280, 720));
        for (QBarSet *set : {chart.baseSet(), chart.totalSet(), chart.increaseSet(), chart.decreaseSet()})
            for (int i = 0; i < set->count(); ++i)
                QVERIFY(std::isfinite(set->at(i)));
        QVERIFY(std::isfinite(chart.costAxis()->min()) && std::isfinite(chart.costAxis()->max()));
        for (const QString &label : chart.barLabels())
            QVERIFY2(!label.contains(kNotANumber), qPrintable(label));
        QVERIFY(!chart.shownHeading().contains(kNotANumber));

        // The whole window: every label and field of the form, results and sliders.
        MainWindow w;
        w.document()->editScenario(0, s, QStringLiteral("extreme"));
        for (int tab = 0; tab < w.charts()->count(); ++tab)
            w.charts()->setCurrentIndex(tab);
        for (QLabel *label : w.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(kNotANumber), qPrintable(label->text()));
        for (QLineEdit *edit : w.findChildren<QLineEdit *>())
            QVERIFY2(!edit->text().contains(kNotANumber), qPrintable(edit->text()));
        for (QLabel *label : w.findChildren<QLabel *>())
            QVERIFY2(!label->toolTip().contains(kNotANumber), qPrintable(label->toolTip()));
    }

    // The levers tab follows the document only while it is shown.
    void leversTabUpdatesWhenShown()
    {
        MainWindow w;
        auto *chart = static_cast<ServingLeversChart *>(w.charts()->chart(ChartKind::Levers));
        QCOMPARE(w.charts()->tabText(int(ChartKind::Levers)), QStringLiteral("Serving levers"));
        w.document()->editScenario(0, leversScenario(), QStringLiteral("levers"));
        QCOMPARE(chart->levers().steps.size(), 0); // hidden: stale
        w.charts()->setCurrentIndex(int(ChartKind::Levers));
        QCOMPARE(w.charts()->currentChartKind(), ChartKind::Levers);
        QCOMPARE(chart->levers().steps.size(), 3);
        QBarSet *total = chart->totalSet();
        w.document()->editCurrentScenario(QStringLiteral("q"), [](Scenario &s) { s.selfHosted.speedup.quantization = 2; });
        QCOMPARE(chart->levers().steps.size(), 4);
        QCOMPARE(chart->totalSet(), total); // the same set, values replaced
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("FTROI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set FTROI_SCREENSHOT_DIR to write screenshots");
        for (const QSize size : {QSize(1600, 1000), QSize(1366, 768)}) {
            MainWindow w;
            w.resize(size);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi")));
            w.document()->editCurrentScenario(QStringLiteral("levers"), [](Scenario &s) {
                s.workload.requestsPerDay = 1000000;
                s.workload.peakHoursPerDay = 10;
                s.workload.peakTrafficShare = 0.8;
                s.selfHosted.autoscaling = true;
                s.selfHosted.minInstances = 1;
                s.selfHosted.speedup = {15, 1.8, 2.5};
                s.selfHosted.precision = Precision::Int4;
            });
            for (int tab : {0, int(ChartKind::Levers)}) {
                w.charts()->setCurrentIndex(tab);
                QTest::qWait(300);
                QVERIFY(w.grab().save(QStringLiteral("%1/levers-%2x%3-tab%4.png").arg(dir).arg(size.width()).arg(size.height()).arg(tab)));
            }
        }
    }
};

QTEST_MAIN(TestServingLeversUi)
#include "tst_servingleversui.moc"
