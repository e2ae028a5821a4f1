// Breakdown chart: the parts of the self-hosted monthly cost against the API bill.
#include "breakdownchart.h"

#include "chartstyle.h"
#include "format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

QBarSet *makeSet(const QString &label, chartstyle::Role role)
{
    auto *set = new QBarSet(label);
    set->setColor(chartstyle::color(role));
    set->setBorderColor(Qt::white);
    set->append(0);
    set->append(0);
    return set;
}

void setValue(QBarSet *set, int index, double value)
{
    if (set->at(index) != value)
        set->replace(index, value);
}

} // namespace

BreakdownChart::BreakdownChart(QWidget *parent)
    : ScenarioChartView(parent), m_series(new QStackedBarSeries),
      m_serving(makeSet(QStringLiteral("Serving"), chartstyle::Role::Serving)),
      m_storage(makeSet(QStringLiteral("Storage"), chartstyle::Role::Storage)),
      m_amortized(makeSet(QStringLiteral("Amortized project"), chartstyle::Role::Amortized)),
      m_quality(makeSet(QStringLiteral("Quality (review) delta"), chartstyle::Role::Quality)),
      m_api(makeSet(QStringLiteral("API"), chartstyle::Role::Api)), m_categoryAxis(new QBarCategoryAxis),
      m_costAxis(new QValueAxis)
{
    for (QBarSet *set : {m_serving, m_storage, m_amortized, m_quality, m_api})
        m_series->append(set);
    m_series->setBarWidth(0.55);

    QChart *c = chart();
    c->addSeries(m_series);
    m_categoryAxis->append({QStringLiteral("Self-hosted"), QStringLiteral("API")});
    chartstyle::styleAxis(m_categoryAxis, QString());
    chartstyle::styleAxis(m_costAxis, QString());
    m_categoryAxis->setGridLineVisible(false);
    c->addAxis(m_categoryAxis, Qt::AlignBottom);
    c->addAxis(m_costAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_costAxis);
}

void BreakdownChart::setScenario(const Scenario &, const ScenarioResult &result, const QString &currency)
{
    const QLocale locale;
    bool allFinite = true;
    const auto finite = [&](double value) {
        if (std::isfinite(value))
            return value;
        allFinite = false;
        return 0.0;
    };

    const double serving = finite(result.monthlyServingCost);
    const double storage = finite(result.monthlyStorageCost);
    const double amortized = finite(result.monthlyAmortizedProjectCost);
    const double quality = finite(result.monthlyQualityCostDelta);
    const double api = finite(result.monthlyApiCost);
    setValue(m_serving, SelfHostedBar, serving);
    setValue(m_storage, SelfHostedBar, storage);
    setValue(m_amortized, SelfHostedBar, amortized);
    setValue(m_quality, SelfHostedBar, quality);
    setValue(m_api, ApiBar, api);

    // A stacked bar grows up by its positive parts and down by its negative ones.
    double up = 0;
    double down = 0;
    for (double part : {serving, storage, amortized, quality})
        (part >= 0 ? up : down) += part;
    const double yMax = std::max({up, api, 0.0});
    const double yMin = std::min({down, api, 0.0});
    chartstyle::applyMoneyRange(m_costAxis, chartstyle::niceRange(yMin, yMax), currency);
    if (currency != m_currency || m_costAxis->titleText().isEmpty()) {
        m_currency = currency;
        m_costAxis->setTitleText(chartstyle::moneyAxisTitle(QStringLiteral("Monthly cost"), currency));
    }

    if (!allFinite) {
        setTitleIfChanged(QStringLiteral("Monthly cost breakdown (some costs are not finite numbers and show as 0)"));
    } else {
        setTitleIfChanged(QStringLiteral("Monthly cost: self-hosted %1 vs. API %2")
                              .arg(formatMoney(locale, finite(result.monthlyFtTotal), currency, 0),
                                   formatMoney(locale, api, currency, 0)));
    }
}

} // namespace ftroi
