// The shared look of every chart: one colour palette, fonts sized for a
// 1920x1080 slide, axis styling, "nice" axis ranges and money axis labels.
// Charts call these helpers instead of setting colours or fonts themselves.
#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QAbstractAxis;
class QChart;
class QLocale;
class QValueAxis;

namespace ftroi::chartstyle {

enum class Role {
    Api,        // the API bill
    SelfHosted, // the fine-tuned, self-hosted model (all-in)
    Managed,    // the fine-tuned model at a managed provider
    Negative,   // cumulative cash below zero
    Today,      // today's volume marker
    Marker,     // break-even and payback points
    CashFlow,   // cumulative net savings
    Zero,       // the zero line
    Serving,    // breakdown segments
    Storage,
    Amortized,
    Quality,
    Text,
    Grid,
    MinorGrid,
};

QColor color(Role role);

QFont titleFont();       // 16 pt bold
QFont axisTitleFont();   // 13 pt
QFont axisLabelFont();   // 12 pt
QFont legendFont();      // 12 pt
QFont markerLabelFont(); // 13 pt bold, labels next to marked points

// White background, fonts, legend at the bottom, no animations.
void applyChartStyle(QChart *chart);
// Transparent (for exports onto coloured slides) or white background.
void setTransparentBackground(QChart *chart, bool transparent);
// Fonts, colours and grid of one axis, with its title.
void styleAxis(QAbstractAxis *axis, const QString &title);

// "Monthly cost (USD)".
QString moneyAxisTitle(const QString &what, const QString &currencyCode);

// An axis range with round ends and a tick every `step`.
struct NiceRange {
    double min = 0;
    double max = 1;
    double step = 1;
    int tickCount = 2;
    int decimals = 0; // decimals that show every tick exactly
};
// The smallest range of round numbers (1, 2, 2.5, 5 x 10^k steps) with about
// `targetTicks` ticks that contains [lo, hi]. Non-finite or empty input gives 0..1.
NiceRange niceRange(double lo, double hi, int targetTicks = 6);
// Sets the range, the tick count and a "$1,200" label format on a value axis
// ("-1,200" without the symbol when the range goes below zero).
void applyMoneyRange(QValueAxis *axis, const NiceRange &range, const QString &currencyCode);

// A log axis range: round ends (1, 2 or 5 x 10^k) a little beyond [lo, hi],
// wide enough for labels at two powers of ten at least. Needs 0 < lo <= hi,
// both finite; anything else gives 1..10.
struct LogRange {
    double min = 1;
    double max = 10;
};
LogRange niceLogRange(double lo, double hi);

// "1", "10", "100", "1 k", ... "100 T": the labels of a log axis at powers of
// ten; "1e-9" or "1e18" far outside that.
QString powerOfTenLabel(const QLocale &locale, int exponent);

} // namespace ftroi::chartstyle
