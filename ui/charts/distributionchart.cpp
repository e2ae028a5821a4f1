// Uncertainty chart: a step outline filled down to zero, the loss side shaded,
// P10/P50/P90 as dashed lines labelled at the top of the plot.
#include "ui/charts/distributionchart.h"

#include "ui/data/uncertaintytext.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/seriesupdate.h"
#include "core/text/format.h"

#include <QAreaSeries>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

constexpr const char *kMarkerNames[3] = {"P10", "P50", "P90"};
constexpr qreal kTextZ = 6;

template <typename S>
S *attach(QChart *chart, S *series, QValueAxis *x, QValueAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QString moneyText(const std::optional<double> &v, const QString &currency)
{
    return v ? chartstyle::money(*v, currency) : QStringLiteral("—");
}

} // namespace

DistributionChart::DistributionChart(QWidget *parent)
    : ScenarioChartView(parent), m_x(chartstyle::makeMoneyAxis()), m_y(new QValueAxis), m_outline(new QLineSeries),
      m_area(new QAreaSeries(m_outline)), m_lossTop(new QLineSeries), m_lossArea(new QAreaSeries(m_lossTop))
{
    QChart *c = chart();
    chartstyle::styleAxis(m_x, QString());
    chartstyle::styleAxis(m_y, QStringLiteral("Share of samples (%)"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);

    QColor loss = chartstyle::color(chartstyle::Role::Negative);
    loss.setAlpha(38);
    m_lossArea->setName(QStringLiteral("Below zero: a loss"));
    m_lossArea->setBrush(loss);
    m_lossArea->setPen(Qt::NoPen);
    attach(c, m_lossArea, m_x, m_y);

    QColor fill = chartstyle::color(chartstyle::Role::CashFlow);
    fill.setAlpha(150);
    m_area->setName(QStringLiteral("Share of samples"));
    m_area->setBrush(fill);
    m_area->setPen(QPen(chartstyle::color(chartstyle::Role::CashFlow), 2, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    attach(c, m_area, m_x, m_y);

    for (int i = 0; i < 3; ++i) {
        m_markers[i] = attach(c, new QLineSeries, m_x, m_y);
        m_markers[i]->setPen(QPen(chartstyle::color(chartstyle::Role::Marker), i == 1 ? 3 : 2,
                                  i == 1 ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap));
        hideFromLegend(c, m_markers[i]);
        m_markerText[i] = new QGraphicsSimpleTextItem(c);
        m_markerText[i]->setFont(chartstyle::markerLabelFont());
        m_markerText[i]->setBrush(chartstyle::color(chartstyle::Role::Text));
        m_markerText[i]->setZValue(kTextZ);
    }
    m_empty = new QGraphicsSimpleTextItem(c);
    m_empty->setFont(chartstyle::axisTitleFont());
    m_empty->setBrush(chartstyle::color(chartstyle::Role::Text));
    m_empty->setZValue(kTextZ);
    m_empty->setText(QStringLiteral("No input of this scenario has a range.\n"
                                    "Right-click a field (or use its ± button) and choose Set range…\n"
                                    "to give it a low and a high value."));

    connect(m_area, &QAreaSeries::hovered, this, [this](const QPointF &point, bool state) {
        const Histogram &h = m_metric == UncertaintyMetric::Npv ? m_snapshot.detail.npv : m_snapshot.detail.monthlySavings;
        if (!state || h.isEmpty()) {
            QToolTip::hideText();
            return;
        }
        const double width = (h.high - h.low) / double(h.shares.size());
        const int bin = std::clamp(int((point.x() - h.low) / width), 0, int(h.shares.size()) - 1);
        const double from = h.low + bin * width;
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1 – %2: %3 of samples")
                                               .arg(moneyText(from, m_currency), moneyText(from + width, m_currency),
                                                    formatPercent(QLocale(), h.shares[size_t(bin)], 1)));
    });
    connect(c, &QChart::plotAreaChanged, this, &DistributionChart::place);
    redraw();
}

void DistributionChart::setMetric(UncertaintyMetric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    redraw();
}

void DistributionChart::copyChoicesFrom(const ScenarioChartView &other)
{
    if (const auto *chart = qobject_cast<const DistributionChart *>(&other))
        setMetric(chart->metric());
}

void DistributionChart::setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency)
{
    m_scenario = scenario;
    m_result = result;
    m_currency = currency;
    redraw();
}

QString DistributionChart::markerText(int i) const
{
    return m_markerShown[i] ? m_markerText[i]->text() : QString();
}

void DistributionChart::redraw()
{
    const bool npv = m_metric == UncertaintyMetric::Npv;
    const QString what = npv ? QStringLiteral("NPV of self-hosting over the lifetime")
                             : QStringLiteral("Monthly savings of self-hosting");
    const QString axisTitle = chartstyle::moneyAxisTitle(npv ? QStringLiteral("NPV") : QStringLiteral("Monthly savings"),
                                                         m_currency);
    if (m_x->titleText() != axisTitle)
        m_x->setTitleText(axisTitle);

    const Histogram &h = npv ? m_snapshot.detail.npv : m_snapshot.detail.monthlySavings;
    const SampleStats &st = npv ? m_snapshot.result.npv : m_snapshot.result.monthlySavings;
    const bool empty = m_snapshot.isEmpty() || h.isEmpty();
    m_empty->setVisible(empty);
    // An empty chart has no values to tick: no "0, 0, 1, 1, 1" on its axes.
    m_x->setLabelsVisible(!empty);
    m_y->setLabelsVisible(!empty);
    if (empty) {
        m_outline->clear();
        m_lossTop->clear();
        for (QLegendMarker *marker : chart()->legend()->markers(m_lossArea))
            marker->setVisible(false);
        for (int i = 0; i < 3; ++i) {
            m_markers[i]->clear();
            m_markerShown[i] = false;
            m_markerText[i]->setVisible(false);
        }
        m_summary.clear();
        m_x->setRange(0, 1);
        m_y->setRange(0, 1);
        setHeading(m_snapshot.isEmpty() ? QStringLiteral("Uncertainty: no ranges set")
                                        : QStringLiteral("Uncertainty: no sample could be computed"),
                   m_scenario, m_result, m_currency);
        place();
        return;
    }

    // The histogram as a step outline, in percent of samples.
    const double width = (h.high - h.low) / double(h.shares.size());
    QList<QPointF> outline;
    outline.reserve(qsizetype(h.shares.size()) * 2 + 2);
    outline.append({h.low, 0});
    double top = 0;
    for (size_t i = 0; i < h.shares.size(); ++i) {
        const double y = h.shares[i] * 100;
        top = std::max(top, y);
        outline.append({h.low + double(i) * width, y});
        outline.append({h.low + double(i + 1) * width, y});
    }
    outline.append({h.high, 0});

    // The value axis: the bins, and zero when it is near enough to show the distance to a loss.
    double lo = h.low, hi = h.high;
    const double span = hi - lo;
    if (lo > 0 && lo < span)
        lo = 0;
    if (hi < 0 && -hi < span)
        hi = 0;
    const chartstyle::NiceRange xr = chartstyle::niceRange(lo, hi, 7);
    chartstyle::applyMoneyRange(m_x, xr, m_currency);
    const chartstyle::NiceRange yr = chartstyle::niceRange(0, top * 1.25, 5);
    m_y->setLabelFormat(QStringLiteral("%.%1f").arg(yr.decimals));
    m_y->setTickCount(yr.tickCount);
    m_y->setRange(yr.min, yr.max);
    replaceIfChanged(m_outline, outline);

    const bool loss = xr.min < 0;
    if (loss)
        replaceIfChanged(m_lossTop, {{xr.min, yr.max}, {std::min(0.0, xr.max), yr.max}});
    else
        m_lossTop->clear();
    for (QLegendMarker *marker : chart()->legend()->markers(m_lossArea))
        if (marker->isVisible() != loss)
            marker->setVisible(loss);

    const std::optional<double> marks[3] = {st.p10, st.p50, st.p90};
    for (int i = 0; i < 3; ++i) {
        m_markerShown[i] = marks[i].has_value();
        m_markerText[i]->setVisible(m_markerShown[i]);
        if (!marks[i]) {
            m_markers[i]->clear();
            continue;
        }
        m_markerValue[i] = std::clamp(*marks[i], xr.min, xr.max);
        replaceIfChanged(m_markers[i], {{m_markerValue[i], 0}, {m_markerValue[i], yr.max}});
        m_markerText[i]->setText(QStringLiteral("%1 %2").arg(QLatin1String(kMarkerNames[i]), moneyText(marks[i], m_currency)));
    }

    const QLocale locale;
    const double outside = h.shareBelow + h.shareAbove;
    m_summary = QStringLiteral("P10 %1 · P50 %2 · P90 %3 · %4 · %5 samples%6")
                    .arg(moneyText(st.p10, m_currency), moneyText(st.p50, m_currency), moneyText(st.p90, m_currency),
                         paybackProbabilityText(locale, m_snapshot.result), locale.toString(qlonglong(m_snapshot.result.samples)),
                         outside > 0 ? QStringLiteral(", %1 beyond the axis").arg(formatPercent(locale, outside, 1))
                                     : QString());
    setHeading(what, m_scenario, m_result, m_currency, m_summary);
    place();
}

void DistributionChart::place()
{
    QChart *c = chart();
    const QRectF plot = c->plotArea();
    if (plot.isEmpty())
        return;
    if (m_empty->isVisible()) {
        const QRectF r = m_empty->boundingRect();
        m_empty->setPos(plot.center().x() - r.width() / 2, plot.center().y() - r.height() / 2);
    }
    // At the top of the plot, P10 left of its line, P90 right of its line and P50 right of
    // its line one row lower: they never overlap one another.
    const qreal gap = 6;
    const qreal rowTop = plot.top() + 4;
    for (int i = 0; i < 3; ++i) {
        if (!m_markerShown[i])
            continue;
        const qreal x = c->mapToPosition(QPointF(m_markerValue[i], 0), m_markers[i]).x();
        const QRectF r = m_markerText[i]->boundingRect();
        qreal left = i == 0 ? x - gap - r.width() : x + gap;
        left = std::clamp(left, plot.left() + 2, std::max(plot.left() + 2, plot.right() - r.width() - 2));
        const qreal y = i == 1 ? rowTop + r.height() + 2 : rowTop;
        m_markerText[i]->setPos(left, y);
    }
}

} // namespace ftroi
