// A small drawing of the day's traffic: 24 hourly bars, the peak hours at the
// peak rate and the rest at the off-peak rate, with the daily average as a
// dashed line. It only shows the traffic shape; it edits nothing.
#pragma once

#include <QWidget>

namespace ftroi {

class TrafficProfile : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficProfile(QWidget *parent = nullptr);

    // H peak hours carrying the share p of the day's tokens.
    void setShape(double peakHours, double peakShare);
    // Rate of hour `hour` (0..23) relative to the daily average (always finite).
    double hourRate(int hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_hours = 24;
    double m_share = 1;
};

} // namespace ftroi
