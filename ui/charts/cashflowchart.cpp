// Cash-flow chart: cumulativeCashFlow as a line, payback as a labelled point.
#include "cashflowchart.h"

#include "chartcallout.h"
#include "chartstyle.h"
#include "format.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

// A month step that gives at most about 12 ticks: 1, 2, 3, 6, 12, 24.
int monthStep(int months)
{
    for (int step : {1, 2, 3, 6, 12})
        if (months / step <= 12)
            return step;
    return 24;
}

} // namespace

CashFlowChart::CashFlowChart(QWidget *parent)
    : ScenarioChartView(parent), m_savings(new QLineSeries), m_zero(new QLineSeries), m_payback(new QScatterSeries),
      m_monthAxis(new QValueAxis), m_moneyAxis(new QValueAxis)
{
    using chartstyle::Role;
    m_zero->setName(QStringLiteral("Break-even line"));
    m_zero->setPen(QPen(chartstyle::color(Role::Zero), 1.5));
    m_savings->setName(QStringLiteral("Cumulative net savings"));
    m_savings->setPen(QPen(chartstyle::color(Role::CashFlow), 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_savings->setPointsVisible(false);
    m_payback->setName(QStringLiteral("Payback"));
    m_payback->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_payback->setMarkerSize(16);
    m_payback->setColor(chartstyle::color(Role::Marker));
    m_payback->setBorderColor(Qt::white);

    QChart *c = chart();
    c->addSeries(m_zero);
    c->addSeries(m_savings);
    c->addSeries(m_payback);
    chartstyle::styleAxis(m_monthAxis, QStringLiteral("Month"));
    chartstyle::styleAxis(m_moneyAxis, QString());
    m_monthAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_monthAxis->setTickType(QValueAxis::TicksDynamic);
    m_monthAxis->setTickAnchor(0);
    c->addAxis(m_monthAxis, Qt::AlignBottom);
    c->addAxis(m_moneyAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(m_monthAxis);
        series->attachAxis(m_moneyAxis);
    }
    for (QLegendMarker *marker : c->legend()->markers(m_zero))
        marker->setVisible(false);
    m_paybackLabel = new ChartCallout(c, m_payback);
}

int CashFlowChart::horizonMonths(const ScenarioResult &result)
{
    int months = kMinMonths;
    if (result.paybackMonths && std::isfinite(*result.paybackMonths) && *result.paybackMonths >= 0)
        months = int(std::min<double>(kMaxMonths, std::max<double>(months, std::ceil(*result.paybackMonths) + 6)));
    return months;
}

void CashFlowChart::setScenario(const Scenario &, const ScenarioResult &result, const QString &currency)
{
    const QLocale locale;
    const int months = horizonMonths(result);

    cumulativeCashFlow(result, months, m_cash);
    m_points.clear();
    double yMin = 0;
    double yMax = 0;
    for (const CashFlowPoint &p : m_cash) {
        if (!std::isfinite(p.cumulativeNet))
            continue;
        m_points.append(QPointF(p.month, p.cumulativeNet));
        yMin = std::min(yMin, p.cumulativeNet);
        yMax = std::max(yMax, p.cumulativeNet);
    }

    const std::optional<double> &payback = result.paybackMonths;
    const bool paysBack = payback && std::isfinite(*payback) && *payback >= 0 && *payback <= months;
    m_paybackPoints.clear();
    if (paysBack) {
        m_paybackText = QStringLiteral("Pays back in %1").arg(formatMonths(locale, payback));
        if (!m_points.isEmpty())
            m_paybackPoints.append(QPointF(*payback, 0));
    } else {
        m_paybackText = QStringLiteral("Does not pay back within %1 months").arg(locale.toString(months));
    }
    if (m_paybackInLegend != paysBack) {
        m_paybackInLegend = paysBack;
        for (QLegendMarker *marker : chart()->legend()->markers(m_payback))
            marker->setVisible(paysBack);
    }

    m_zeroPoints.clear();
    m_zeroPoints.append(QPointF(0, 0));
    m_zeroPoints.append(QPointF(months, 0));

    const int step = monthStep(months);
    if (m_monthAxis->tickInterval() != step)
        m_monthAxis->setTickInterval(step);
    m_monthAxis->setRange(0, months);
    chartstyle::applyMoneyRange(m_moneyAxis, chartstyle::niceRange(yMin, yMax), currency);
    if (currency != m_currency || m_moneyAxis->titleText().isEmpty()) {
        m_currency = currency;
        m_moneyAxis->setTitleText(chartstyle::moneyAxisTitle(QStringLiteral("Cumulative net savings"), currency));
    }

    m_zero->replace(m_zeroPoints);
    m_savings->replace(m_points);
    m_payback->replace(m_paybackPoints);
    m_paybackLabel->setAnchor(
        m_paybackPoints.isEmpty() ? std::nullopt : std::optional<QPointF>(m_paybackPoints.first()), m_paybackText);

    if (m_points.isEmpty())
        setTitleIfChanged(QStringLiteral("No cash flow: the costs of this scenario are not finite numbers"));
    else
        setTitleIfChanged(QStringLiteral("Cumulative net savings \u2014 %1").arg(m_paybackText));
}

} // namespace ftroi
