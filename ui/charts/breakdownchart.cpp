// Breakdown chart: the whole monthly cost of each path, stacked, with every
// segment's amount beside its bar.
#include "ui/charts/breakdownchart.h"

#include "ui/charts/chartstyle.h"

#include "core/engine/fleetpricing.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

constexpr qreal kBarWidth = 0.42; // of a category: the rest leaves room for the amounts
constexpr qreal kLabelGap = 8;    // between the bar and a swatch, a swatch and its text
constexpr int kMaxBars = 3;
// The stacked rows, bottom up, as sets() lists them.
enum Row { Usage, Serving, Capital, Power, Colocation, Maintenance, Storage, Amortized, Quality, Operations, kRows };

QBarSet *makeSet(const QString &label, chartstyle::Role role)
{
    auto *set = new QBarSet(label);
    set->setColor(chartstyle::color(role));
    set->setBorderColor(Qt::white);
    for (int i = 0; i < kMaxBars; ++i)
        set->append(0);
    return set;
}

void setValue(QBarSet *set, int index, double value)
{
    if (set->at(index) != value)
        set->replace(index, value);
}

// A cost as a segment: not a finite number shows as 0 (and says so in the title), never below 0.
double segment(double value, bool &allFinite)
{
    if (!std::isfinite(value)) {
        allFinite = false;
        return 0;
    }
    return std::max(0.0, value);
}

} // namespace

BreakdownChart::BreakdownChart(QWidget *parent)
    : ScenarioChartView(parent), m_series(new QStackedBarSeries),
      m_usage(makeSet(QStringLiteral("Tokens (API, managed)"), chartstyle::Role::Api)),
      m_serving(makeSet(QStringLiteral("Serving / hosting"), chartstyle::Role::Serving)),
      m_capital(makeSet(QStringLiteral("Servers' capital"), chartstyle::Role::Capital)),
      m_power(makeSet(QStringLiteral("Power"), chartstyle::Role::Power)),
      m_colocation(makeSet(QStringLiteral("Colocation"), chartstyle::Role::Colocation)),
      m_maintenance(makeSet(QStringLiteral("Maintenance"), chartstyle::Role::Maintenance)),
      m_storage(makeSet(QStringLiteral("Storage"), chartstyle::Role::Storage)),
      m_amortized(makeSet(QStringLiteral("Amortized project"), chartstyle::Role::Amortized)),
      m_quality(makeSet(QStringLiteral("Reviews and errors"), chartstyle::Role::Quality)),
      m_operations(makeSet(QStringLiteral("Operations"), chartstyle::Role::Operations)),
      m_categoryAxis(new QBarCategoryAxis), m_costAxis(chartstyle::makeMoneyAxis())
{
    for (QBarSet *set : sets())
        m_series->append(set);
    m_series->setBarWidth(kBarWidth);

    QChart *c = chart();
    c->addSeries(m_series);
    // A list at the right: up to ten parts keep their whole names on a laptop's screen.
    c->legend()->setAlignment(Qt::AlignRight);
    chartstyle::styleAxis(m_categoryAxis, QString());
    chartstyle::styleAxis(m_costAxis, QString());
    m_categoryAxis->setGridLineVisible(false);
    c->addAxis(m_categoryAxis, Qt::AlignBottom);
    c->addAxis(m_costAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_costAxis);
    for (int i = 0; i < kMaxBars; ++i) {
        auto *total = new QGraphicsSimpleTextItem(c);
        total->setFont(chartstyle::markerLabelFont());
        total->setBrush(chartstyle::color(chartstyle::Role::Text));
        total->setZValue(100);
        m_totals.append(total);
    }
    connect(c, &QChart::plotAreaChanged, this, &BreakdownChart::placeLabels);
}

void BreakdownChart::setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency)
{
    bool allFinite = true;
    const bool hasManaged = result.managed.has_value();
    const int bars = hasManaged ? 3 : 2;
    // Rows: the sets in sets()' order; columns: the bars. Each bar's rows add up
    // to that path's whole monthly cost.
    double parts[kRows][kMaxBars] = {};
    parts[Usage][ApiBar] = segment(result.monthlyApiCost, allFinite);
    parts[Quality][ApiBar] = segment(result.monthlyApiQualityCost, allFinite);
    parts[Operations][ApiBar] = segment(result.apiMonthlyOpsCost, allFinite);
    // The self-hosted fleet's cost, an owned server's in its parts.
    const double instances = result.instances;
    double owned = 0;
    if (scenario.selfHosted.pricing && scenario.selfHosted.pricing->model == PricingModel::Owned) {
        const FleetPricing &p = *scenario.selfHosted.pricing;
        parts[Capital][SelfHostedBar] = segment(result.monthlyCapitalCost, allFinite);
        parts[Power][SelfHostedBar] = segment(ownedPowerPerInstance(p) * instances, allFinite);
        parts[Colocation][SelfHostedBar] = segment(p.colocationPerMonth.value_or(0) * instances, allFinite);
        parts[Maintenance][SelfHostedBar] = segment(ownedMaintenancePerInstance(p) * instances, allFinite);
        owned = parts[Capital][SelfHostedBar] + parts[Power][SelfHostedBar] + parts[Colocation][SelfHostedBar]
            + parts[Maintenance][SelfHostedBar];
    }
    parts[Usage][SelfHostedBar] = segment(result.monthlyRemainderApiCost, allFinite);
    parts[Serving][SelfHostedBar] = std::max(0.0, segment(result.monthlyServingCost, allFinite) - owned);
    parts[Storage][SelfHostedBar] = segment(result.monthlyStorageCost, allFinite);
    parts[Amortized][SelfHostedBar] = segment(result.monthlyAmortizedProjectCost, allFinite);
    parts[Quality][SelfHostedBar] = segment(result.selfHostedQualityCost, allFinite);
    parts[Operations][SelfHostedBar] = segment(result.selfHostedMonthlyOpsCost, allFinite);
    if (hasManaged) {
        const ManagedResult &m = *result.managed;
        parts[Usage][ManagedBar] = segment(m.monthlyInferenceCost + m.monthlyRemainderApiCost, allFinite);
        parts[Serving][ManagedBar] = segment(m.monthlyHostingCost, allFinite);
        parts[Amortized][ManagedBar] = segment(m.monthlyAmortizedProjectCost, allFinite);
        parts[Quality][ManagedBar] = segment(m.monthlyQualityCost, allFinite);
        parts[Operations][ManagedBar] = segment(m.monthlyOpsCost, allFinite);
    }
    const QList<QBarSet *> all = sets();
    QList<QBarSet *> shown; // the series and its legend hold only what some bar has (no "Power" when renting)
    for (int row = 0; row < kRows; ++row) {
        bool used = row == Usage;
        for (int bar = 0; bar < kMaxBars; ++bar) {
            setValue(all[row], bar, parts[row][bar]);
            used = used || parts[row][bar] > 0;
        }
        if (used)
            shown.append(all[row]);
    }
    if (m_series->barSets() != shown) {
        for (QBarSet *set : m_series->barSets())
            m_series->take(set);
        m_series->append(shown);
    }
    QStringList categories{QStringLiteral("API"), QStringLiteral("Self-hosted")};
    if (hasManaged)
        categories << QStringLiteral("Managed");
    if (m_categoryAxis->categories() != categories) {
        m_categoryAxis->clear();
        m_categoryAxis->append(categories);
    }
    m_barCount = bars;

    // The amounts beside the bars: one per segment above zero, bottom up.
    m_totalValues.clear();
    m_labelsUsed = 0;
    double top = 0;
    for (int bar = 0; bar < bars; ++bar) {
        double stacked = 0;
        for (int row = 0; row < kRows; ++row) {
            const double value = parts[row][bar];
            if (!(value > 0))
                continue;
            if (m_labelsUsed == m_labels.size()) {
                Label label{new QGraphicsRectItem(chart()), new QGraphicsSimpleTextItem(chart())};
                label.swatch->setPen(Qt::NoPen);
                label.text->setFont(chartstyle::axisLabelFont());
                label.text->setBrush(chartstyle::color(chartstyle::Role::Text));
                label.swatch->setZValue(100);
                label.text->setZValue(100);
                m_labels.append(label);
            }
            Label &label = m_labels[m_labelsUsed++];
            label.bar = bar;
            label.from = stacked;
            label.to = stacked + value;
            label.swatch->setBrush(all[row]->color());
            label.text->setText(chartstyle::money(value, currency));
            stacked += value;
        }
        m_totalValues.append(stacked);
        m_totals[bar]->setText(QStringLiteral("%1/month").arg(chartstyle::money(stacked, currency)));
        top = std::max(top, stacked);
    }
    // Headroom for the totals over the highest bar.
    chartstyle::applyMoneyRange(m_costAxis, chartstyle::niceRange(0, top * 1.12), currency);
    if (currency != m_currency || m_costAxis->titleText().isEmpty()) {
        m_currency = currency;
        m_costAxis->setTitleText(chartstyle::moneyAxisTitle(QStringLiteral("Whole monthly cost"), currency));
    }

    QString title;
    if (!allFinite) {
        title = QStringLiteral("Whole monthly cost (some costs are not finite numbers and show as 0)");
    } else {
        QStringList totals;
        for (int bar = 0; bar < bars; ++bar)
            totals << QStringLiteral("%1 %2").arg(categories.at(bar), chartstyle::money(m_totalValues.at(bar), currency));
        title = QStringLiteral("Whole monthly cost: %1").arg(totals.join(QStringLiteral(" vs. ")));
    }
    setHeading(title, scenario, result, currency);
    placeLabels();
}

void BreakdownChart::placeLabels()
{
    const QRectF plot = chart()->plotArea();
    for (int i = 0; i < m_labels.size(); ++i) {
        m_labels[i].swatch->setVisible(i < m_labelsUsed && !plot.isEmpty());
        m_labels[i].text->setVisible(i < m_labelsUsed && !plot.isEmpty());
    }
    for (int bar = 0; bar < kMaxBars; ++bar)
        m_totals[bar]->setVisible(bar < m_barCount && !plot.isEmpty());
    if (plot.isEmpty())
        return;

    for (int bar = 0; bar < m_barCount; ++bar) {
        // This bar's labels at their segments' middles, pushed apart where they
        // would overlap (thin segments side by side), then kept inside the plot.
        QList<int> mine;
        for (int i = 0; i < m_labelsUsed; ++i)
            if (m_labels[i].bar == bar)
                mine.append(i);
        const QPointF barRight = chart()->mapToPosition(QPointF(bar + kBarWidth / 2, 0), m_series);
        QList<qreal> ys; // top of each label, bottom segment first (the largest y)
        for (int i : mine) {
            const Label &label = m_labels[i];
            const qreal middle = chart()->mapToPosition(QPointF(bar, (label.from + label.to) / 2), m_series).y();
            ys.append(middle - label.text->boundingRect().height() / 2);
        }
        for (qsizetype k = 0; k < ys.size(); ++k) {
            const qreal height = m_labels[mine[k]].text->boundingRect().height();
            ys[k] = std::min(ys[k], plot.bottom() - height); // not below the plot
            if (k > 0)
                ys[k] = std::min(ys[k], ys[k - 1] - height); // each one above the one below it
        }
        if (!ys.isEmpty() && ys.last() < plot.top()) {
            const qreal shift = plot.top() - ys.last();
            for (qreal &y : ys)
                y += shift;
        }
        for (qsizetype k = 0; k < mine.size(); ++k) {
            Label &label = m_labels[mine[k]];
            const qreal height = label.text->boundingRect().height();
            const qreal side = std::max<qreal>(6, height * 0.6);
            label.swatch->setRect(0, 0, side, side);
            label.swatch->setPos(barRight.x() + kLabelGap, ys[k] + (height - side) / 2);
            label.text->setPos(barRight.x() + 2 * kLabelGap + side, ys[k]);
        }
        // The total, centred on top of the bar.
        QGraphicsSimpleTextItem *total = m_totals[bar];
        const QPointF barTop = chart()->mapToPosition(QPointF(bar, m_totalValues.value(bar)), m_series);
        const QSizeF size = total->boundingRect().size();
        total->setPos(barTop.x() - size.width() / 2, std::max(plot.top(), barTop.y() - size.height() - 4));
    }
}

QList<QBarSet *> BreakdownChart::sets() const
{
    return {m_usage, m_serving, m_capital, m_power, m_colocation, m_maintenance, m_storage, m_amortized, m_quality,
            m_operations};
}

QStringList BreakdownChart::segmentLabels() const
{
    QStringList texts;
    for (int i = 0; i < m_labelsUsed; ++i)
        texts << m_labels[i].text->text();
    return texts;
}

QList<QRectF> BreakdownChart::segmentLabelRects() const
{
    QList<QRectF> rects;
    for (int i = 0; i < m_labelsUsed; ++i)
        rects << QRectF(m_labels[i].text->pos(), m_labels[i].text->boundingRect().size());
    return rects;
}

QStringList BreakdownChart::totalLabels() const
{
    QStringList texts;
    for (int bar = 0; bar < m_barCount; ++bar)
        texts << m_totals[bar]->text();
    return texts;
}

} // namespace ftroi
