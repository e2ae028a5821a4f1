// Placement of the power-of-ten labels beside a log axis.
#include "ui/charts/logaxislabels.h"

#include "ui/charts/chartstyle.h"
#include "core/text/format.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QLogValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {
constexpr qreal kLabelGap = 6;          // between the plot area and a label, where the axis puts its own
constexpr qreal kSideLabelGap = 9;      // the same beside a vertical axis, past its tick marks
constexpr qreal kMinHorizontalGap = 12; // between two labels side by side
constexpr qreal kVerticalSpacing = 1.5; // label heights from one label to the next above it
constexpr int kMaxLabels = 40;

int floorMod(int value, int divisor)
{
    const int rest = value % divisor;
    return rest < 0 ? rest + divisor : rest;
}
} // namespace

LogAxisLabels::LogAxisLabels(QChart *chart, QLogValueAxis *axis, const QString &prefix)
    : QObject(chart), m_chart(chart), m_axis(axis), m_prefix(prefix), m_metrics(chartstyle::axisLabelFont())
{
    // The axis' own labels only reserve the room: "$1e+06" is about as wide as "$100 k".
    m_axis->setLabelFormat(m_prefix + QStringLiteral("%.0e"));
    m_axis->setLabelsColor(Qt::transparent);
    connect(m_chart, &QChart::plotAreaChanged, this, &LogAxisLabels::update);
    connect(m_axis, &QLogValueAxis::rangeChanged, this, &LogAxisLabels::update);
    connect(m_axis, &QLogValueAxis::visibleChanged, this, &LogAxisLabels::update);
}

void LogAxisLabels::setPrefix(const QString &prefix)
{
    if (prefix == m_prefix)
        return;
    m_prefix = prefix;
    m_axis->setLabelFormat(m_prefix + QStringLiteral("%.0e"));
    update();
}

void LogAxisLabels::setCurrency(const QString &currencyCode)
{
    if (currencyCode == m_currency)
        return;
    m_currency = currencyCode;
    setPrefix(currencyCode.isEmpty() ? QString() : currencySymbol(currencyCode));
    update();
}

QStringList LogAxisLabels::texts() const
{
    QStringList result;
    for (int i = 0; i < m_visible; ++i)
        result.append(m_items[size_t(i)]->text());
    return result;
}

QString LogAxisLabels::labelText(int exponent) const
{
    if (!m_currency.isEmpty())
        return chartstyle::moneyPowerOfTenLabel(exponent, m_currency);
    return m_prefix + chartstyle::powerOfTenLabel(QLocale(), exponent);
}

void LogAxisLabels::update()
{
    const QRectF plot = m_chart->plotArea();
    const Qt::Alignment side = m_axis->alignment();
    const bool vertical = side & (Qt::AlignLeft | Qt::AlignRight);
    const double min = m_axis->min();
    const double max = m_axis->max();
    int count = 0;
    int first = 0;
    int step = 1;
    double logMin = 0;
    double logMax = 0;
    if (m_axis->isVisible() && !plot.isEmpty() && min > 0 && max > min && std::isfinite(max)) {
        logMin = std::log10(min);
        logMax = std::log10(max);
        first = int(std::ceil(logMin - 1e-9));
        const int last = int(std::floor(logMax + 1e-9));
        const int powers = last - first + 1;
        if (powers > 0) {
            // A label every `step` powers of ten, on the multiples of `step`, so that
            // labels never crowd: 1, 100, 10 k or 1, 1 k, 1 M.
            step = std::max(1, (powers + kMaxLabels - 1) / kMaxLabels);
            double needed = m_metrics.height() * kVerticalSpacing;
            if (!vertical) {
                qreal widest = 0;
                for (int exponent = first; exponent <= last; exponent += step)
                    widest = std::max(widest, m_metrics.horizontalAdvance(labelText(exponent)));
                needed = widest + kMinHorizontalGap;
            }
            const double perDecade = (vertical ? plot.height() : plot.width()) / (logMax - logMin);
            int crowded = int(std::ceil(needed / perDecade - 1e-9));
            if (crowded > 2)
                crowded = (crowded + 2) / 3 * 3;
            step = std::max(step, crowded);
            const int shown = first + floorMod(-first, step);
            if (shown <= last) {
                first = shown;
                count = (last - shown) / step + 1;
            } else {
                count = 1; // fewer decades than the step: the lowest one
            }
        }
    }

    while (int(m_items.size()) < count) {
        auto *item = new QGraphicsSimpleTextItem(m_chart);
        item->setFont(chartstyle::axisLabelFont());
        item->setBrush(chartstyle::color(chartstyle::Role::Text));
        item->setZValue(100);
        m_items.push_back(item);
    }
    for (int i = 0; i < count; ++i) {
        QGraphicsSimpleTextItem *item = m_items[size_t(i)];
        const int exponent = first + i * step;
        const QString text = labelText(exponent);
        if (item->text() != text)
            item->setText(text);
        const double along = (exponent - logMin) / (logMax - logMin);
        const QSizeF box = item->boundingRect().size();
        QPointF topLeft;
        if (vertical) {
            const qreal y = plot.bottom() - along * plot.height();
            const qreal x =
                side & Qt::AlignLeft ? plot.left() - kSideLabelGap - box.width() : plot.right() + kSideLabelGap;
            topLeft = QPointF(x, y - box.height() / 2);
        } else {
            const qreal x = plot.left() + along * plot.width();
            const qreal y = side & Qt::AlignTop ? plot.top() - kLabelGap - box.height() : plot.bottom() + kLabelGap;
            topLeft = QPointF(x - box.width() / 2, y);
        }
        item->setPos(topLeft);
        item->setVisible(true);
    }
    for (size_t i = size_t(count); i < m_items.size(); ++i)
        m_items[i]->setVisible(false);
    m_visible = count;
}

} // namespace ftroi
