// Readable tick labels for a log axis: "1 k", "10 M", "1 B" under a volume
// axis, or "$100", "$1 k", "$10 M" beside a money axis. QLogValueAxis only
// formats labels printf-style ("1e+06"), so its own labels are kept (they
// reserve the space) but drawn transparent, and these text items are placed
// over them at the powers of ten (every second or third one where they would
// crowd). They follow the axis: hidden while it is hidden.
#pragma once

#include <QFontMetricsF>
#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

class QChart;
class QGraphicsSimpleTextItem;
class QLogValueAxis;

namespace ftroi {

class LogAxisLabels : public QObject
{
    Q_OBJECT

public:
    // `axis` must be a base-10 axis already added to `chart`, on any side.
    // `prefix` goes before every label: a currency symbol for money.
    LogAxisLabels(QChart *chart, QLogValueAxis *axis, const QString &prefix = QString());

    QString prefix() const { return m_prefix; }
    void setPrefix(const QString &prefix);
    // Money labels as chartstyle::moneyPowerOfTenLabel writes them ("$1,000",
    // "$10 k") in this currency, instead of prefix + number; empty turns it off.
    void setCurrency(const QString &currencyCode);

    // The visible labels, left to right or bottom to top; none while the axis is hidden.
    QStringList texts() const;

private:
    void update();
    QString labelText(int exponent) const;

    QChart *m_chart;
    QLogValueAxis *m_axis;
    QString m_prefix;
    QString m_currency;
    QFontMetricsF m_metrics;
    std::vector<QGraphicsSimpleTextItem *> m_items; // owned by the chart
    int m_visible = 0;
};

} // namespace ftroi
