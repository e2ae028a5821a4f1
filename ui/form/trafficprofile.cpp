// TrafficProfile: 24 bars painted from the peak hours and their share.
#include "ui/form/trafficprofile.h"

#include "core/text/format.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {
constexpr double kPeakStart = 14; // the peak is drawn centred on 14:00 (the model does not place it)
}

TrafficProfile::TrafficProfile(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setShape(24, 1);
}

void TrafficProfile::setShape(double peakHours, double peakShare)
{
    m_hours = std::isfinite(peakHours) ? std::clamp(peakHours, 0.0, 24.0) : 24.0;
    m_share = std::isfinite(peakShare) ? std::clamp(peakShare, 0.0, 1.0) : 1.0;
    const QLocale l;
    if (m_hours >= 24) {
        setToolTip(tr("Flat: the same rate all day (the daily average)."));
    } else {
        const double peak = m_hours > 0 ? m_share * 24 / m_hours : 0;
        const double off = (1 - m_share) * 24 / (24 - m_hours);
        setToolTip(tr("%1 of the day's tokens in %2 peak hours: %3x the daily average there, %4x in the other %5 hours "
                      "(drawn around 14:00; the model does not place the peak).")
                       .arg(formatPercent(l, m_share, 0), formatNumber(l, m_hours, 2), formatNumber(l, peak, 2),
                            formatNumber(l, off, 2), formatNumber(l, 24 - m_hours, 2)));
    }
    update();
}

double TrafficProfile::hourRate(int hour) const
{
    if (m_hours >= 24 || !(m_hours > 0))
        return 1;
    const double peak = m_share * 24 / m_hours;
    const double off = (1 - m_share) * 24 / (24 - m_hours);
    const double start = kPeakStart - m_hours / 2;
    const double overlap = std::clamp(std::min(double(hour + 1), start + m_hours) - std::max(double(hour), start), 0.0, 1.0);
    const double rate = overlap * peak + (1 - overlap) * off;
    return std::isfinite(rate) ? rate : 0;
}

QSize TrafficProfile::sizeHint() const
{
    return {168, 34};
}

QSize TrafficProfile::minimumSizeHint() const
{
    return {96, 34};
}

void TrafficProfile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -1);
    double top = 1;
    for (int h = 0; h < 24; ++h)
        top = std::max(top, hourRate(h));
    const double slot = area.width() / 24;
    const QColor peakColor(0x1a, 0x73, 0xe8);
    const QColor offColor(0x9a, 0xb8, 0xe8);
    for (int h = 0; h < 24; ++h) {
        const double rate = hourRate(h);
        const double height = area.height() * rate / top;
        const QRectF bar(area.left() + h * slot + 0.5, area.bottom() - height, std::max(1.0, slot - 1), height);
        p.fillRect(bar, rate > 1 || m_hours >= 24 ? peakColor : offColor);
    }
    // The daily average.
    const double y = area.bottom() - area.height() / top;
    p.setPen(QPen(QColor(0x5f, 0x63, 0x68), 1, Qt::DashLine));
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    p.setPen(QColor(0xda, 0xdc, 0xe0));
    p.drawLine(area.bottomLeft(), area.bottomRight());
}

} // namespace ftroi
