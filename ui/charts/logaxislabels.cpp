// Placement of the power-of-ten labels under a log axis.
#include "logaxislabels.h"

#include "chartstyle.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QLogValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {
constexpr qreal kLabelTopGap = 6; // below the plot area, where the axis puts its own labels
constexpr int kMaxLabels = 40;
} // namespace

LogAxisLabels::LogAxisLabels(QChart *chart, QLogValueAxis *axis) : QObject(chart), m_chart(chart), m_axis(axis)
{
    m_axis->setLabelFormat(QStringLiteral("%.0e"));
    m_axis->setLabelsColor(Qt::transparent);
    connect(m_chart, &QChart::plotAreaChanged, this, &LogAxisLabels::update);
    connect(m_axis, &QLogValueAxis::rangeChanged, this, &LogAxisLabels::update);
}

QStringList LogAxisLabels::texts() const
{
    QStringList result;
    for (int i = 0; i < m_visible; ++i)
        result.append(m_items[size_t(i)]->text());
    return result;
}

void LogAxisLabels::update()
{
    const QRectF plot = m_chart->plotArea();
    const double min = m_axis->min();
    const double max = m_axis->max();
    int count = 0;
    int first = 0;
    double logMin = 0;
    double logMax = 0;
    if (!plot.isEmpty() && min > 0 && max > min && std::isfinite(max)) {
        logMin = std::log10(min);
        logMax = std::log10(max);
        first = int(std::ceil(logMin - 1e-9));
        const int last = int(std::floor(logMax + 1e-9));
        count = std::clamp(last - first + 1, 0, kMaxLabels);
    }

    const QLocale locale;
    while (int(m_items.size()) < count) {
        auto *item = new QGraphicsSimpleTextItem(m_chart);
        item->setFont(chartstyle::axisLabelFont());
        item->setBrush(chartstyle::color(chartstyle::Role::Text));
        item->setZValue(100);
        m_items.push_back(item);
    }
    for (int i = 0; i < count; ++i) {
        QGraphicsSimpleTextItem *item = m_items[size_t(i)];
        const int exponent = first + i;
        const QString text = chartstyle::powerOfTenLabel(locale, exponent);
        if (item->text() != text)
            item->setText(text);
        const qreal x = plot.left() + (exponent - logMin) / (logMax - logMin) * plot.width();
        const QRectF box = item->boundingRect();
        item->setPos(x - box.width() / 2, plot.bottom() + kLabelTopGap);
        item->setVisible(true);
    }
    for (size_t i = size_t(count); i < m_items.size(); ++i)
        m_items[i]->setVisible(false);
    m_visible = count;
}

} // namespace ftroi
