// The shared look of every chart: one colour palette, text sized for the
// screen or for the exported image, axis styling, "nice" axis ranges and one
// money format for axes, labels and tooltips. Charts call these helpers
// instead of setting colours, fonts or money text themselves.
#pragma once

#include "core/text/format.h"

#include <QColor>
#include <QFont>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QAbstractAxis;
class QAbstractSeries;
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
    Capital,    // an owned server's level payment
    Power,
    Colocation,
    Maintenance,
    Operations, // each path's operations hours
    Text,
    Grid,
    MinorGrid,
};

QColor color(Role role);

// Text sizes. On screen the text follows the application font (the title
// larger and bold). While an ExportTextScope lives, text is sized in pixels
// relative to the image instead: at 1920x1080 a 40 px title, a 28 px
// subtitle, 26 px axis titles and 24 px tick labels, legend and point labels
// (half of that at 960x540). Views built inside the scope keep those fonts.
QFont titleFont();       // export 40 px, screen 1.45 x application font, bold
QFont subtitleFont();    // export 28 px, screen 1.05 x
QFont axisTitleFont();   // export 26 px, screen 1.05 x
QFont axisLabelFont();   // export 24 px, screen 1 x
QFont legendFont();      // export 24 px, screen 1 x
QFont markerLabelFont(); // export 24 px, screen 1 x, bold: labels next to marked points

// Export text sizing while alive, for a chart laid out at `layoutSize`
// (layout pixels; the unit is min(width / 1920, height / 1080)). Nests.
class ExportTextScope
{
public:
    explicit ExportTextScope(const QSizeF &layoutSize);
    ~ExportTextScope();
    ExportTextScope(const ExportTextScope &) = delete;
    ExportTextScope &operator=(const ExportTextScope &) = delete;

private:
    qreal m_previous;
};

// White background, fonts, legend at the bottom, no animations.
void applyChartStyle(QChart *chart);
// Transparent (for exports onto coloured slides) or white background.
void setTransparentBackground(QChart *chart, bool transparent);
// Fonts, colours and grid of one axis, with its title.
void styleAxis(QAbstractAxis *axis, const QString &title);
// Shows or hides `series`'s legend entries; `shown` remembers the last state so
// an unchanged one costs nothing (start it at true: entries start visible).
void showInLegend(QChart *chart, QAbstractSeries *series, bool visible, bool &shown);

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
// Money in every chart (axes, labels, tooltips, titles): formatCompactMoney()
// ("$8,250", "$12.5 k", "-$1.00 M").
inline QString money(double value, const QString &currencyCode) { return formatCompactMoney(value, currencyCode); }
// The tick labels of a money axis over `range`: every tick in the unit of
// the largest one ("$0", "$250 k", "$500 k"), with the decimals the step needs.
QStringList moneyTickLabels(const NiceRange &range, const QString &currencyCode);
// A value axis whose tick labels follow money(): a QCategoryAxis with its
// labels at the tick values. applyMoneyRange() fills it.
QValueAxis *makeMoneyAxis();
// Sets the range and the ticks of a money axis. On an axis from
// makeMoneyAxis() the labels come from moneyTickLabels(); on a plain
// QValueAxis a "$1,200" label format ("-1,200" below zero).
void applyMoneyRange(QValueAxis *axis, const NiceRange &range, const QString &currencyCode);
// The same for plain numbers ("0", "2.5", "5"), in the locale.
void applyNumberRange(QValueAxis *axis, const NiceRange &range);

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
// The money() rule at a power of ten, without decimals beyond the value's:
// "$0.01", "$1", "$1,000", "$10 k", "$1 M".
QString moneyPowerOfTenLabel(int exponent, const QString &currencyCode);

} // namespace ftroi::chartstyle
