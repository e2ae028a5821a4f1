// Serving-levers chart: the waterfall from no levers to today's serving cost.
#include "ui/charts/servingleverschart.h"

#include "ui/charts/chartstyle.h"
#include "core/text/format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

QBarSet *makeSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color.alpha() == 0 ? color : QColor(Qt::white));
    return set;
}

// Sets the bar count of `set` to `count` and its values, in place.
void setValues(QBarSet *set, const QList<double> &values)
{
    while (set->count() > values.size())
        set->remove(set->count() - 1);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i >= set->count())
            set->append(values.at(i));
        else if (set->at(int(i)) != values.at(i))
            set->replace(int(i), values.at(i));
    }
}

QString factorText(const QLocale &l, double factor)
{
    return QStringLiteral("x") + l.toString(factor, 'g', 3);
}

QString categoryName(const QLocale &l, ServingLever lever, const Scenario &s)
{
    switch (lever) {
    case ServingLever::TrafficShape:
        return QStringLiteral("Peak %1 h").arg(l.toString(s.workload.peakHoursPerDay, 'g', 3));
    case ServingLever::Autoscaling:
        return QStringLiteral("Autoscale");
    case ServingLever::Engine:
        return QStringLiteral("Engine %1").arg(factorText(l, s.selfHosted.speedup.engine));
    case ServingLever::Quantization:
        return QStringLiteral("Quant. %1").arg(factorText(l, s.selfHosted.speedup.quantization));
    case ServingLever::SpeculativeDecoding:
        return QStringLiteral("Spec. %1").arg(factorText(l, s.selfHosted.speedup.speculativeDecoding));
    }
    return QString();
}

} // namespace

ServingLeversChart::ServingLeversChart(QWidget *parent)
    : ScenarioChartView(parent), m_series(new QStackedBarSeries), m_base(makeSet(QString(), Qt::transparent)),
      m_total(makeSet(QStringLiteral("Serving cost"), chartstyle::color(chartstyle::Role::Serving))),
      m_increase(makeSet(QStringLiteral("Lever adds cost"), chartstyle::color(chartstyle::Role::Negative))),
      m_decrease(makeSet(QStringLiteral("Lever saves"), chartstyle::color(chartstyle::Role::CashFlow))),
      m_categoryAxis(new QBarCategoryAxis), m_costAxis(chartstyle::makeMoneyAxis())
{
    m_base->setPen(Qt::NoPen);
    for (QBarSet *set : {m_base, m_total, m_increase, m_decrease})
        m_series->append(set);
    m_series->setBarWidth(0.6);

    QChart *c = chart();
    c->addSeries(m_series);
    chartstyle::styleAxis(m_categoryAxis, QString());
    chartstyle::styleAxis(m_costAxis, QString());
    m_categoryAxis->setGridLineVisible(false);
    c->addAxis(m_categoryAxis, Qt::AlignBottom);
    c->addAxis(m_costAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_costAxis);
    // The invisible base has no place in the legend.
    const QList<QLegendMarker *> markers = c->legend()->markers(m_series);
    if (!markers.isEmpty())
        markers.first()->setVisible(false);
    connect(c, &QChart::plotAreaChanged, this, &ServingLeversChart::placeLabels);
}

void ServingLeversChart::setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency)
{
    const QLocale l;
    m_levers = servingLevers(scenario);
    bool allFinite = true;
    const auto finite = [&](double v) {
        if (std::isfinite(v))
            return v;
        allFinite = false;
        return 0.0;
    };

    QStringList categories{QStringLiteral("No levers")};
    QStringList texts;
    QList<double> base, total, increase, decrease;
    const double start = finite(m_levers.withoutLevers);
    base << 0;
    total << start;
    increase << 0;
    decrease << 0;
    texts << chartstyle::money(start, currency);
    m_tops = {start};
    double level = start;
    for (const ServingLeverStep &step : m_levers.steps) {
        const double after = finite(step.after);
        const double change = after - level;
        categories << categoryName(l, step.lever, scenario);
        base << std::min(level, after);
        total << 0;
        increase << std::max(change, 0.0);
        decrease << std::max(-change, 0.0);
        texts << (change > 0 ? QStringLiteral("+") : QString()) + chartstyle::money(change, currency);
        m_tops << std::max(level, after);
        level = after;
    }
    const double today = finite(m_levers.today);
    categories << QStringLiteral("Today");
    base << 0;
    total << today;
    increase << 0;
    decrease << 0;
    texts << chartstyle::money(today, currency);
    m_tops << today;

    if (m_categoryAxis->categories() != categories)
        m_categoryAxis->setCategories(categories);
    setValues(m_base, base);
    setValues(m_total, total);
    setValues(m_increase, increase);
    setValues(m_decrease, decrease);

    // One label per bar, reused across updates.
    while (m_labels.size() < texts.size()) {
        auto *item = new QGraphicsSimpleTextItem(chart());
        item->setFont(chartstyle::markerLabelFont());
        item->setBrush(chartstyle::color(chartstyle::Role::Text));
        item->setZValue(100);
        m_labels << item;
    }
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        m_labels[i]->setVisible(i < texts.size());
        if (i < texts.size() && m_labels[i]->text() != texts.at(i))
            m_labels[i]->setText(texts.at(i));
    }

    const double top = *std::max_element(m_tops.cbegin(), m_tops.cend());
    chartstyle::applyMoneyRange(m_costAxis, chartstyle::niceRange(0, top * 1.18), currency);
    if (currency != m_currency || m_costAxis->titleText().isEmpty()) {
        m_currency = currency;
        m_costAxis->setTitleText(chartstyle::moneyAxisTitle(QStringLiteral("Monthly cost"), currency));
    }
    QString title;
    if (!allFinite)
        title = QStringLiteral("Serving levers (some costs are not finite numbers and show as 0)");
    else if (m_levers.steps.isEmpty())
        title = QStringLiteral("Serving cost %1 a month: no serving levers in use").arg(chartstyle::money(today, currency));
    else
        title = QStringLiteral("Serving cost a month: %1 with no levers, %2 with them")
                    .arg(chartstyle::money(start, currency), chartstyle::money(today, currency));
    setHeading(title, scenario, result, currency);
    placeLabels();
}

QStringList ServingLeversChart::barLabels() const
{
    QStringList texts;
    for (qsizetype i = 0; i < m_tops.size() && i < m_labels.size(); ++i)
        texts << m_labels.at(i)->text();
    return texts;
}

void ServingLeversChart::placeLabels()
{
    const QRectF plot = chart()->plotArea();
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_labels.at(i);
        if (i >= m_tops.size() || plot.isEmpty()) {
            item->setVisible(false);
            continue;
        }
        const QPointF at = chart()->mapToPosition(QPointF(double(i), m_tops.at(i)), m_series);
        const QSizeF size = item->boundingRect().size();
        const double x = std::clamp(at.x() - size.width() / 2, plot.left(), std::max(plot.left(), plot.right() - size.width()));
        const double y = std::clamp(at.y() - size.height() - 4, plot.top(), std::max(plot.top(), plot.bottom() - size.height()));
        item->setPos(x, y);
        item->setVisible(std::isfinite(x) && std::isfinite(y));
    }
}

} // namespace ftroi
