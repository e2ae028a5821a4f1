// The one chart style: money written the same way on every axis, label and
// tooltip; text sized for the exported image (a 1920x1080 slide has a title
// of at least 40 px and 24 px tick labels, measured in the rendered image)
// and for the screen's font on screen; every chart's subtitle names the
// scenario and the document and carries the key numbers; axis ranges end on
// round values (linear and log).
#include "ui/export/chartexport.h"
#include "ui/charts/chartheading.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/scenariochartview.h"
#include "core/engine/costengine.h"
#include "chartsupport.h"
#include "core/report/decisionwords.h"
#include "testsupport.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QValueAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QFontInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLegend>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ftroi;
using chartsupport::sameValue;

namespace {

const QString kUsd = QStringLiteral("USD");

// Rows of ink from the top of the image: the first text line's height, from
// its first dark row to the first of three blank rows after it.
int firstLineInkHeight(const QImage &image)
{
    const auto dark = [&](int y) {
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 110)
                return true;
        return false;
    };
    int top = 0;
    while (top < image.height() && !dark(top))
        ++top;
    int bottom = top;
    int blank = 0;
    for (int y = top; y < image.height() && blank < 3; ++y) {
        if (dark(y)) {
            bottom = y;
            blank = 0;
        } else {
            ++blank;
        }
    }
    return bottom - top + 1;
}

} // namespace

class TestChartStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void money_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << QStringLiteral("$0");
        QTest::newRow("cents") << 0.37 << QStringLiteral("$0.37");
        QTest::newRow("under ten") << 4.91 << QStringLiteral("$4.91");
        QTest::newRow("whole") << 850.0 << QStringLiteral("$850");
        QTest::newRow("thousands in full") << 8250.0 << QStringLiteral("$8,250");
        QTest::newRow("ten thousand") << 12500.0 << QStringLiteral("$12.5 k");
        QTest::newRow("hundred thousand") << 250000.0 << QStringLiteral("$250 k");
        QTest::newRow("millions") << 4790439.0 << QStringLiteral("$4.79 M");
        QTest::newRow("negative million") << -1000000.0 << QStringLiteral("-$1.00 M");
        QTest::newRow("billions") << 3.2e9 << QStringLiteral("$3.20 B");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("\u2014");
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QStringLiteral("\u2014");
    }

    void money()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(chartstyle::money(value, kUsd), text);
    }

    void moneyTicks_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("thousands") << 0.0 << 500000.0
                                   << QStringList{QStringLiteral("$0"), QStringLiteral("$100 k"), QStringLiteral("$200 k"),
                                                  QStringLiteral("$300 k"), QStringLiteral("$400 k"),
                                                  QStringLiteral("$500 k")};
        QTest::newRow("below zero") << -20000.0 << 40000.0
                                    << QStringList{QStringLiteral("-$20 k"), QStringLiteral("$0"), QStringLiteral("$20 k"),
                                                   QStringLiteral("$40 k")};
        QTest::newRow("millions with a decimal") << 0.0 << 5e6
                                                 << QStringList{QStringLiteral("$0"), QStringLiteral("$1 M"),
                                                                QStringLiteral("$2 M"), QStringLiteral("$3 M"),
                                                                QStringLiteral("$4 M"), QStringLiteral("$5 M")};
        QTest::newRow("small") << 0.0 << 2500.0
                               << QStringList{QStringLiteral("$0"), QStringLiteral("$500"), QStringLiteral("$1,000"),
                                              QStringLiteral("$1,500"), QStringLiteral("$2,000"),
                                              QStringLiteral("$2,500")};
    }

    void moneyTicks()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(QStringList, labels);
        QCOMPARE(chartstyle::moneyTickLabels(chartstyle::niceRange(lo, hi), kUsd), labels);
    }

    // A money axis carries those labels at its ticks.
    void moneyAxis()
    {
        QChart chart;
        QValueAxis *axis = chartstyle::makeMoneyAxis();
        chart.addAxis(axis, Qt::AlignLeft);
        chartstyle::applyMoneyRange(axis, chartstyle::niceRange(-20000, 40000), kUsd);
        QCOMPARE(axis->min(), -20000.0);
        QCOMPARE(axis->max(), 40000.0);
        auto *categories = qobject_cast<QCategoryAxis *>(axis);
        QVERIFY(categories);
        QCOMPARE(categories->categoriesLabels().first(), QStringLiteral("-$20 k"));
        QCOMPARE(categories->endValue(QStringLiteral("$0")), 0.0);
        QCOMPARE(categories->endValue(QStringLiteral("$40 k")), 40000.0);
    }

    // The exported slide: a title at least 40 px, tick labels, legend and point labels 24 px.
    void exportFonts_data()
    {
        QTest::addColumn<ChartKind>("kind");
        for (ChartKind kind : chartKinds())
            QTest::newRow(qPrintable(chartKindName(kind))) << kind;
    }

    void exportFonts()
    {
        QFETCH(ChartKind, kind);
        const chartstyle::ExportTextScope scope(QSizeF(1920, 1080));
        const std::unique_ptr<ScenarioChartView> view = createChartView(kind);
        QVERIFY(QFontInfo(view->headingTitleFont()).pixelSize() >= 40);
        QCOMPARE(QFontInfo(view->chart()->legend()->font()).pixelSize(), 24);
        for (QAbstractAxis *axis : view->chart()->axes()) {
            QCOMPARE(QFontInfo(axis->labelsFont()).pixelSize(), 24);
            QVERIFY(QFontInfo(axis->titleFont()).pixelSize() >= 24);
        }
    }

    // Half the size in both directions, half the text.
    void exportFontsFollowTheSize()
    {
        const chartstyle::ExportTextScope scope(QSizeF(960, 540));
        QCOMPARE(QFontInfo(chartstyle::axisLabelFont()).pixelSize(), 12);
        QCOMPARE(QFontInfo(chartstyle::titleFont()).pixelSize(), 20);
    }

    // On screen the text follows the application font.
    void screenFontsFollowTheApplication()
    {
        const QFont app = QGuiApplication::font();
        QCOMPARE(chartstyle::axisLabelFont().pointSizeF(), app.pointSizeF());
        QVERIFY(chartstyle::titleFont().pointSizeF() > app.pointSizeF());
        QVERIFY(chartstyle::titleFont().bold());
        QFont bigger = app;
        bigger.setPointSizeF(app.pointSizeF() * 2);
        QGuiApplication::setFont(bigger);
        QCOMPARE(chartstyle::axisLabelFont().pointSizeF(), bigger.pointSizeF());
        QGuiApplication::setFont(app);
    }

    // Measured in the image: the title's first line is at least ~40 px of
    // font, which makes its ink (capitals to descenders) at least 30 px tall.
    void exportTitleHeightInImage_data() { subtitle_data(); }

    void exportTitleHeightInImage()
    {
        QFETCH(ChartKind, kind);
        const Scenario s = testsupport::baseScenario();
        const QImage image = renderChartImage(kind, s, evaluate(s), kUsd, QSize(1920, 1080), false);
        const int ink = firstLineInkHeight(image);
        QVERIFY2(ink >= 30 && ink <= 80, qPrintable(QStringLiteral("title ink %1 px").arg(ink)));
        // At 960x540 the same chart is laid out at the same size and scaled down.
        const QImage half = renderChartImage(kind, s, evaluate(s), kUsd, QSize(960, 540), false);
        const int halfInk = firstLineInkHeight(half);
        QVERIFY2(std::abs(halfInk - ink / 2.0) <= 4, qPrintable(QStringLiteral("%1 vs %2").arg(halfInk).arg(ink)));
    }

    // Every chart's subtitle: the scenario, the document and the whole monthly costs.
    void subtitle_data()
    {
        QTest::addColumn<ChartKind>("kind");
        for (ChartKind kind : {ChartKind::BreakEven, ChartKind::CashFlow, ChartKind::Breakdown, ChartKind::Levers,
                               ChartKind::Tornado, ChartKind::Heatmap})
            QTest::newRow(qPrintable(chartKindName(kind))) << kind;
    }

    void subtitle()
    {
        QFETCH(ChartKind, kind);
        Scenario s = testsupport::baseScenario();
        s.name = QStringLiteral("Support bot <beta>");
        const ScenarioResult r = evaluate(s);
        const std::unique_ptr<ScenarioChartView> view = createChartView(kind);
        view->setDocumentName(QStringLiteral("pricing.ftroi"));
        showForExport(*view, kind, s, r, kUsd);
        const QString subtitle = view->headingSubtitle();
        QVERIFY2(subtitle.startsWith(QStringLiteral("Support bot <beta> \u00b7 pricing.ftroi")), qPrintable(subtitle));
        QVERIFY2(view->shownHeading().contains(QStringLiteral("Support bot <beta>")), qPrintable(view->shownHeading()));
        if (kind != ChartKind::CashFlow) { // the cash flow's second line is its NPV and payback
            // API whole cost by hand: tokens x prices x 30 days + reviews x cost per review.
            const double tokens = s.workload.requestsPerDay * 30 *
                                  (s.workload.inputTokensPerRequest * s.api.inputPricePer1M +
                                   s.workload.outputTokensPerRequest * s.api.outputPricePer1M) / 1e6;
            const double reviews = s.workload.requestsPerDay * 30 * s.api.reviewRate * s.reviewCost;
            QVERIFY2(subtitle.contains(QStringLiteral("API %1/month").arg(chartstyle::money(tokens + reviews, kUsd))),
                     qPrintable(subtitle));
            QVERIFY2(subtitle.contains(QStringLiteral("self-hosted %1/month").arg(chartstyle::money(r.selfHostedMonthlyTco, kUsd))),
                     qPrintable(subtitle));
        }
    }

    // A close call and an exclusion are the decision's own words on every chart,
    // on a line of their own under the key numbers; a clear decision adds none.
    void subtitleCarriesTheCloseCallAndExclusions_data() { subtitle_data(); }
    void subtitleCarriesTheCloseCallAndExclusions()
    {
        QFETCH(ChartKind, kind);
        Scenario s = chartsupport::payingScenario();
        s.managed = testsupport::openAiManagedPath();
        s.decisionRules = DecisionRules{1.0, std::nullopt}; // any lead within 100 % is a close call
        ScenarioResult r = evaluate(s);
        QVERIFY2(r.decision.closeCall, qPrintable(closeCallText(r, kUsd)));
        const std::unique_ptr<ScenarioChartView> view = createChartView(kind);
        showForExport(*view, kind, s, r, kUsd);
        QVERIFY2(view->headingSubtitle().split(QLatin1Char('\n')).contains(closeCallText(r, kUsd)),
                 qPrintable(view->headingSubtitle()));

        s = testsupport::baseScenario();
        s.selfHosted.fixedInstances = 1;
        s.workload.requestsPerDay *= 1000; // one instance cannot carry the peak
        r = evaluate(s);
        QVERIFY(r.decision.isExcluded(Path::SelfHosted));
        showForExport(*view, kind, s, r, kUsd);
        QVERIFY2(view->headingSubtitle().contains(QStringLiteral("Self-host is excluded: over capacity at the peak")),
                 qPrintable(view->headingSubtitle()));

        s = testsupport::baseScenario();
        r = evaluate(s);
        QVERIFY(!r.decision.closeCall);
        showForExport(*view, kind, s, r, kUsd);
        QCOMPARE(view->headingSubtitle().count(QLatin1Char('\n')), 1);
    }

    // A slider step changes the key numbers: the heading repaints its own
    // lines, and the chart is not laid out again.
    void newKeyNumbersDoNotReLayOut()
    {
        Scenario s = testsupport::baseScenario();
        const std::unique_ptr<ScenarioChartView> view = createChartView(ChartKind::BreakEven);
        view->setSubtitleAlwaysShown(true);
        view->setScenario(s, evaluate(s), kUsd);
        view->layoutForRendering(QSizeF(1600, 900));
        for (int pass = 0; pass < 3; ++pass) // layout passes can post one more
            QCoreApplication::processEvents();
        const QRectF plot = view->chart()->plotArea();
        const QString before = view->shownHeading();

        testsupport::EventCounter requests(QEvent::LayoutRequest);
        view->chart()->installEventFilter(&requests);
        s.workload.requestsPerDay = 60000; // the same decade of volume: the axes stay
        view->setScenario(s, evaluate(s), kUsd);
        QCoreApplication::processEvents();
        QVERIFY(view->shownHeading() != before);
        QVERIFY2(view->shownHeading().contains(chartstyle::money(evaluate(s).selfHostedMonthlyTco, kUsd)),
                 qPrintable(view->shownHeading()));
        QCOMPARE(requests.count, 0);
        QCOMPARE(view->chart()->plotArea(), plot);
    }

    // A key-numbers line too long for the chart wraps at a " · " instead of
    // losing its last numbers, a title at its " — ", and the plot starts
    // below the extra lines.
    void longKeyNumbersWrap()
    {
        Scenario s = testsupport::baseScenario();
        s.name = QStringLiteral("A scenario with a long name");
        s.managed = testsupport::openAiManagedPath();
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.managed);
        const QString keyNumbers = chartKeyNumbersLine(r, kUsd);
        for (int width : {1920, 500}) {
            const std::unique_ptr<ScenarioChartView> view = createChartView(ChartKind::BreakEven);
            view->setSubtitleAlwaysShown(true);
            view->setScenario(s, r, kUsd);
            view->layoutForRendering(QSizeF(width, 700));
            const QString shown = view->shownHeading();
            QVERIFY2(!shown.contains(QChar(0x2026)), qPrintable(shown));
            const int titleLines = width == 500 ? 2 : 1;
            QCOMPARE(shown.section(QLatin1Char('\n'), 0, titleLines - 1).replace(QLatin1Char('\n'), QStringLiteral(" \u2014 ")),
                     view->headingTitle());
            QString joined = shown.section(QLatin1Char('\n'), titleLines + 1);
            joined.replace(QLatin1Char('\n'), QStringLiteral(" \u00b7 "));
            QCOMPARE(joined, keyNumbers);
            QVERIFY(view->chart()->plotArea().top() > QFontMetricsF(view->headingTitleFont()).height() * 2);
            if (width == 500)
                QVERIFY2(shown.count(QLatin1Char('\n')) >= 4, qPrintable(shown));
        }
    }

    void niceRanges_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::newRow("zero") << 0.0 << 0.0;
        QTest::newRow("money") << 0.0 << 8250.0;
        QTest::newRow("negative") << -15096.0 << 120000.0;
        QTest::newRow("tiny") << 0.0 << 0.0123;
        QTest::newRow("huge") << 0.0 << 3e29;
        QTest::newRow("nan") << 0.0 << qQNaN();
    }

    void niceRanges()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        const chartstyle::NiceRange r = chartstyle::niceRange(lo, hi);
        QVERIFY(std::isfinite(r.min) && std::isfinite(r.max) && r.max > r.min);
        if (std::isfinite(hi)) {
            QVERIFY(r.min <= lo);
            QVERIFY(r.max >= hi);
        }
        QVERIFY(r.tickCount >= 2 && r.tickCount <= 12);
        QVERIFY(sameValue(r.min + (r.tickCount - 1) * r.step, r.max));
    }

    void niceLogRanges_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::newRow("money") << 45.0 << 4.86e6;
        QTest::newRow("powers of ten") << 100.0 << 1e6;
        QTest::newRow("one value") << 1000.0 << 1000.0;
        QTest::newRow("same decade") << 2100.0 << 2900.0;
        QTest::newRow("cents") << 0.0123 << 0.7;
        QTest::newRow("tiny") << 1e-300 << 1e-299;
        QTest::newRow("huge") << 1e29 << 3e305;
    }

    void niceLogRanges()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        const chartstyle::LogRange r = chartstyle::niceLogRange(lo, hi);
        QVERIFY(std::isfinite(r.min) && std::isfinite(r.max) && r.min > 0 && r.max > r.min);
        if (lo >= 1e-290 && hi <= 1e290) {
            // Room either side of the data.
            QVERIFY2(r.min < lo && r.max > hi, qPrintable(QStringLiteral("%1..%2").arg(r.min).arg(r.max)));
        }
        // Round ends: 1, 2 or 5 x 10^k.
        for (double end : {r.min, r.max}) {
            const double mantissa = end / std::pow(10.0, std::floor(std::log10(end) + 1e-9));
            QVERIFY2(sameValue(mantissa, 1) || sameValue(mantissa, 2) || sameValue(mantissa, 5),
                     qPrintable(QString::number(end)));
        }
        // At least two labelled powers of ten.
        const int powers = int(std::floor(std::log10(r.max) + 1e-9) - std::ceil(std::log10(r.min) - 1e-9)) + 1;
        QVERIFY2(powers >= 2, qPrintable(QStringLiteral("%1..%2").arg(r.min).arg(r.max)));
        // No more than a decade of room at either end.
        if (lo >= 1e-290 && hi <= 1e290)
            QVERIFY(r.min >= lo / 10 && r.max <= hi * 10);

        // Invalid input: the default range.
        for (const auto &[a, b] : {std::pair(0.0, 10.0), std::pair(-5.0, 10.0), std::pair(10.0, 5.0),
                                   std::pair(1.0, qInf()), std::pair(qQNaN(), 10.0)}) {
            const chartstyle::LogRange fallback = chartstyle::niceLogRange(a, b);
            QCOMPARE(fallback.min, 1.0);
            QCOMPARE(fallback.max, 10.0);
        }
    }
};

QTEST_MAIN(TestChartStyle)
#include "tst_chartstyle.moc"
