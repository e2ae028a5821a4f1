// Scenarios chart: each scenario's fine-tuning paths side by side, best path named.
#include "ui/charts/scenarioschart.h"

#include "ui/charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

constexpr qreal kBarWidth = 0.7; // of a category, shared by the sets shown
constexpr qreal kLabelGap = 8;

QBarSet *makeSet(const QString &label, chartstyle::Role role)
{
    auto *set = new QBarSet(label);
    set->setColor(chartstyle::color(role));
    set->setBorderColor(Qt::white);
    return set;
}

std::optional<double> metricOf(const ScenarioResult &r, Path path, Metric metric)
{
    if (path == Path::Managed) {
        if (!r.managed)
            return std::nullopt;
        return metric == Metric::MonthlySavings ? std::optional<double>(r.managed->monthlySavings) : r.managed->lifetime.npv;
    }
    return metric == Metric::MonthlySavings ? std::optional<double>(r.monthlySavings) : r.lifetime.npv;
}

} // namespace

ScenariosChart::ScenariosChart(QWidget *parent)
    : ScenarioChartView(parent), m_series(new QHorizontalBarSeries),
      m_selfHosted(makeSet(QStringLiteral("Self-host"), chartstyle::Role::SelfHosted)),
      m_managed(makeSet(QStringLiteral("Managed fine-tune"), chartstyle::Role::Managed)),
      m_categoryAxis(new QBarCategoryAxis), m_valueAxis(chartstyle::makeMoneyAxis())
{
    m_series->append(m_selfHosted);
    m_series->append(m_managed);
    m_series->setBarWidth(kBarWidth);
    QChart *c = chart();
    c->addSeries(m_series);
    chartstyle::styleAxis(m_categoryAxis, QString());
    chartstyle::styleAxis(m_valueAxis, QString());
    m_categoryAxis->setGridLineVisible(false);
    c->addAxis(m_categoryAxis, Qt::AlignLeft);
    c->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    connect(c, &QChart::plotAreaChanged, this, &ScenariosChart::placeLabels);
}

void ScenariosChart::setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency)
{
    ScenarioDocument one;
    one.currency = currency;
    one.scenarios = {scenario};
    setScenarios(one, {result}, Metric::Npv);
}

void ScenariosChart::setScenarios(const ScenarioDocument &document, const std::vector<ScenarioResult> &results,
                                  Metric metric)
{
    m_currency = document.currency;
    const qsizetype count = std::min(document.scenarios.size(), qsizetype(results.size()));
    const bool anyManaged = std::any_of(results.begin(), results.begin() + count,
                                        [](const ScenarioResult &r) { return r.managed.has_value(); });
    // The first scenario on top: a horizontal bar chart counts its categories from the bottom.
    QStringList categories;
    QList<qreal> self, managed;
    m_selfSuffix.clear();
    m_managedSuffix.clear();
    m_hasManaged.clear();
    double lo = 0, hi = 0;
    for (qsizetype i = count - 1; i >= 0; --i) {
        const ScenarioResult &r = results[size_t(i)];
        const std::optional<Path> best = r.decision.bestPath;
        categories << document.scenarios.at(i).name;
        // The best path named at its bar; the API (no bar of its own) at the self-host bar.
        m_selfSuffix << (best == Path::SelfHosted ? QStringLiteral(" (best)")
                         : best == Path::Api      ? QStringLiteral(" (best: API)")
                         : !best                  ? QStringLiteral(" (every path excluded)")
                                                  : QString());
        m_managedSuffix << (best == Path::Managed ? QStringLiteral(" (best)") : QString());
        m_hasManaged << r.managed.has_value();
        const double s = metricOf(r, Path::SelfHosted, metric).value_or(0);
        const double m = metricOf(r, Path::Managed, metric).value_or(0);
        self << (std::isfinite(s) ? s : 0);
        managed << (std::isfinite(m) ? m : 0);
        lo = std::min({lo, self.last(), managed.last()});
        hi = std::max({hi, self.last(), managed.last()});
    }
    m_selfHosted->remove(0, m_selfHosted->count());
    m_selfHosted->append(self);
    m_managed->remove(0, m_managed->count());
    m_managed->append(managed);
    if (anyManaged != m_series->barSets().contains(m_managed)) {
        if (anyManaged)
            m_series->append(m_managed);
        else
            m_series->take(m_managed);
    }
    m_categoryAxis->clear();
    m_categoryAxis->append(categories);
    // Room beyond the longest bars for their amounts.
    const double span = std::max(hi - lo, 1.0);
    chartstyle::applyMoneyRange(m_valueAxis,
                                chartstyle::niceRange(lo < 0 ? lo - 0.22 * span : 0, hi > 0 ? hi + 0.22 * span : 0),
                                m_currency);
    const QString what = metric == Metric::MonthlySavings ? QStringLiteral("Monthly savings") : QStringLiteral("NPV");
    m_valueAxis->setTitleText(chartstyle::moneyAxisTitle(what, m_currency));
    setHeading(QStringLiteral("%1 of the fine-tuning paths, scenario by scenario").arg(what));
    placeLabels();
}

QStringList ScenariosChart::categories() const
{
    return m_categoryAxis->categories();
}

QStringList ScenariosChart::valueLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_labels)
        if (label->isVisible())
            texts << label->text();
    return texts;
}

void ScenariosChart::placeLabels()
{
    const QList<QBarSet *> sets = m_series->barSets();
    qsizetype needed = 0;
    for (QBarSet *set : sets)
        needed += set->count();
    while (m_labels.size() < needed) {
        auto *label = new QGraphicsSimpleTextItem(chart());
        label->setFont(chartstyle::markerLabelFont());
        label->setBrush(chartstyle::color(chartstyle::Role::Text));
        label->setZValue(100);
        m_labels.append(label);
    }
    const QRectF plot = chart()->plotArea();
    qsizetype used = 0;
    for (qsizetype k = 0; k < sets.size(); ++k) {
        QBarSet *set = sets[k];
        for (int i = 0; i < set->count(); ++i) {
            QGraphicsSimpleTextItem *label = m_labels[used++];
            const double value = set->at(i);
            const QStringList &suffix = set == m_managed ? m_managedSuffix : m_selfSuffix;
            label->setText(chartstyle::money(value, m_currency) + suffix.value(i));
            // The bar's middle across, within its category's band of kBarWidth.
            const qreal across = i - kBarWidth / 2 + (k + 0.5) * kBarWidth / sets.size();
            const QPointF end = chart()->mapToPosition(QPointF(value, across), m_series);
            const QSizeF size = label->boundingRect().size();
            const qreal x = value >= 0 ? end.x() + kLabelGap : end.x() - kLabelGap - size.width();
            label->setPos(x, end.y() - size.height() / 2);
            // No amount where the scenario has no managed path (its bar is empty, not a zero).
            label->setVisible(!plot.isEmpty() && (set != m_managed || m_hasManaged.value(i)));
        }
    }
    for (qsizetype i = used; i < m_labels.size(); ++i)
        m_labels[i]->setVisible(false);
}

} // namespace ftroi
