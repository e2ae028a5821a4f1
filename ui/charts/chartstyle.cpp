// Palette, fonts, axis styling and axis ranges shared by the charts.
#include "ui/charts/chartstyle.h"

#include "core/text/format.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi::chartstyle {

namespace {

// Room a log range leaves beyond the data: this share of its decades, at least kMinLogRoom decades.
constexpr double kLogRoomShare = 0.015;
constexpr double kMinLogRoom = 0.02;
// Log ranges stay well inside the doubles, so a power of ten above the data is finite.
constexpr double kLogFloor = 1e-290;
constexpr double kLogCeiling = 1e290;

// The exponent of the largest power of ten at or below `value` (> 0), exact at powers of ten.
int decadeOf(double value)
{
    int exponent = int(std::floor(std::log10(value)));
    if (std::pow(10.0, exponent + 1) <= value)
        ++exponent;
    else if (std::pow(10.0, exponent) > value)
        --exponent;
    return exponent;
}

// The largest 1, 2 or 5 x 10^k at or below `value` (> 0).
double roundDown125(double value)
{
    const double decade = std::pow(10.0, decadeOf(value));
    for (double factor : {5.0, 2.0}) {
        if (factor * decade <= value)
            return factor * decade;
    }
    return decade;
}

// The smallest 1, 2 or 5 x 10^k at or above `value` (> 0).
double roundUp125(double value)
{
    const double decade = std::pow(10.0, decadeOf(value));
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * decade >= value)
            return factor * decade;
    }
    return 10 * decade;
}

// How many powers of ten lie in [min, max].
int powersOfTenIn(double min, double max)
{
    return int(std::floor(std::log10(max) + 1e-9) - std::ceil(std::log10(min) - 1e-9)) + 1;
}

// Layout pixels per reference pixel while an ExportTextScope lives, else 0 (screen text).
qreal s_exportUnit = 0;

constexpr QSizeF kReferenceSize(1920, 1080);

// One kind of chart text: its pixel size in a 1920x1080 export, and its size
// relative to the application font on screen.
struct TextSize {
    qreal exportPixels;
    qreal screenFactor;
    bool bold;
};

QFont sizedFont(const TextSize &size)
{
    QFont font = QGuiApplication::font();
    font.setBold(size.bold);
    if (s_exportUnit > 0)
        font.setPixelSize(std::max(1, int(std::lround(size.exportPixels * s_exportUnit))));
    else if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * size.screenFactor);
    else
        font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * size.screenFactor))));
    return font;
}

// Decimals that show `step` exactly (up to 6).
int decimalsFor(double step)
{
    int decimals = 0;
    while (decimals < 6) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, scaled))
            break;
        ++decimals;
    }
    return decimals;
}

} // namespace

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
QColor color(Role role)
{
    switch (role) {
    case Role::Api:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Role::SelfHosted:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Role::Managed:
        return QColor(0x7B, 0x3F, 0xA0); // purple
    case Role::Negative:
        return QColor(0xC6, 0x28, 0x28); // red
    case Role::Today:
        return QColor(0x55, 0x55, 0x55);
    case Role::Marker:
        return QColor(0x1A, 0x1A, 0x1A);
    case Role::CashFlow:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Role::Zero:
        return QColor(0x80, 0x80, 0x80);
    case Role::Serving:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Role::Storage:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Role::Amortized:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Role::Quality:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case Role::Capital:
        return QColor(0x00, 0x3F, 0x6B); // navy
    case Role::Power:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Role::Colocation:
        return QColor(0x9E, 0x9A, 0xC8); // lavender
    case Role::Maintenance:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case Role::Operations:
        return QColor(0x5F, 0x63, 0x68); // slate grey
    case Role::Text:
        return QColor(0x22, 0x22, 0x22);
    case Role::Grid:
        return QColor(0xD9, 0xD9, 0xD9);
    case Role::MinorGrid:
        return QColor(0xEF, 0xEF, 0xEF);
    }
    return QColor(Qt::black);
}

QFont titleFont()
{
    return sizedFont({40, 1.45, true});
}

QFont subtitleFont()
{
    return sizedFont({28, 1.05, false});
}

QFont axisTitleFont()
{
    return sizedFont({26, 1.05, false});
}

QFont axisLabelFont()
{
    return sizedFont({24, 1, false});
}

QFont legendFont()
{
    return sizedFont({24, 1, false});
}

QFont markerLabelFont()
{
    return sizedFont({24, 1, true});
}

ExportTextScope::ExportTextScope(const QSizeF &layoutSize) : m_previous(s_exportUnit)
{
    const qreal unit =
        std::min(layoutSize.width() / kReferenceSize.width(), layoutSize.height() / kReferenceSize.height());
    s_exportUnit = unit > 0 ? unit : 1;
}

ExportTextScope::~ExportTextScope()
{
    s_exportUnit = m_previous;
}

void applyChartStyle(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundBrush(Qt::white);
    // Room on the right for half of the last tick label ("-$100 k"), whatever the text size.
    const int rightRoom = int(std::ceil(QFontMetricsF(axisLabelFont()).horizontalAdvance(QStringLiteral("-$100.0 k")) / 2));
    chart->setMargins(QMargins(20, 12, std::max(28, rightRoom), 10));
    // The white background fills the whole view (Qt Charts leaves a 9 px window-coloured frame).
    if (QGraphicsLayout *layout = chart->layout())
        layout->setContentsMargins(0, 0, 0, 0);
    // Axis labels in the user's locale, always with digit grouping ("$250,000"),
    // even in the C locale the command line and tests run in.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);

    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(legendFont());
    legend->setLabelColor(color(Role::Text));
    legend->setBackgroundVisible(false);
}

void showInLegend(QChart *chart, QAbstractSeries *series, bool visible, bool &shown)
{
    if (shown == visible)
        return;
    shown = visible;
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(visible);
}

void setTransparentBackground(QChart *chart, bool transparent)
{
    chart->setBackgroundBrush(transparent ? QBrush(Qt::transparent) : QBrush(Qt::white));
    chart->setBackgroundVisible(!transparent);
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setTitleText(title);
    axis->setTitleFont(axisTitleFont());
    axis->setTitleBrush(color(Role::Text));
    axis->setLabelsFont(axisLabelFont());
    axis->setLabelsColor(color(Role::Text));
    axis->setLinePenColor(color(Role::Zero));
    axis->setGridLineColor(color(Role::Grid));
    axis->setMinorGridLineColor(color(Role::MinorGrid));
}

QString moneyAxisTitle(const QString &what, const QString &currencyCode)
{
    return QStringLiteral("%1 (%2)").arg(what, currencyCode);
}

NiceRange niceRange(double lo, double hi, int targetTicks)
{
    NiceRange range;
    if (!std::isfinite(lo) || !std::isfinite(hi) || !std::isfinite(hi - lo))
        return range;
    if (hi < lo)
        std::swap(lo, hi);
    if (!(hi - lo > 0))
        hi = lo + std::max(1.0, std::abs(lo) * 0.1);

    const double raw = (hi - lo) / std::max(1, targetTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalized = raw / magnitude;
    const double factor = normalized <= 1     ? 1
                          : normalized <= 2   ? 2
                          : normalized <= 2.5 ? 2.5
                          : normalized <= 5   ? 5
                                              : 10;
    range.step = factor * magnitude;
    range.min = std::floor(lo / range.step + 1e-9) * range.step;
    range.max = std::ceil(hi / range.step - 1e-9) * range.step;
    if (!(range.max > range.min))
        range.max = range.min + range.step;
    range.tickCount = int(std::lround((range.max - range.min) / range.step)) + 1;

    range.decimals = 0;
    while (range.decimals < 12) {
        const double scaled = range.step * std::pow(10.0, range.decimals);
        if (std::abs(scaled - std::round(scaled)) <= 1e-6 * scaled)
            break;
        ++range.decimals;
    }
    if (range.min == 0)
        range.min = 0; // no "-0"
    return range;
}

QStringList moneyTickLabels(const NiceRange &range, const QString &currencyCode)
{
    const QLocale locale = compactMoneyLocale();
    const CompactUnit unit = compactMoneyUnit(std::max(std::abs(range.min), std::abs(range.max)));
    const int decimals = decimalsFor(range.step / unit.scale);
    QStringList labels;
    for (int i = 0; i < range.tickCount; ++i) {
        double value = range.min + i * range.step;
        if (std::abs(value) < range.step * 1e-9) {
            labels.append(formatMoney(locale, 0, currencyCode, 0)); // "$0", never "-$0.0 k"
            continue;
        }
        labels.append(formatScaledMoney(locale, value, unit, decimals, currencyCode));
    }
    return labels;
}

QValueAxis *makeMoneyAxis()
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    return axis;
}

namespace {

// Puts `labels` at the ticks of `range` on a category axis.
void setTickLabels(QCategoryAxis *axis, const NiceRange &range, const QStringList &labels)
{
    if (axis->categoriesLabels() == labels && axis->min() == range.min && axis->max() == range.max)
        return;
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    // A label sits at the end of its category: the first category is a
    // sliver ending at the lowest tick, so that tick is labelled too.
    axis->setStartValue(range.min - range.step * 1e-6);
    for (int i = 0; i < labels.size(); ++i)
        axis->append(labels.at(i), range.min + i * range.step);
    axis->setRange(range.min, range.max);
}

} // namespace

void applyNumberRange(QValueAxis *axis, const NiceRange &range)
{
    if (auto *categories = qobject_cast<QCategoryAxis *>(axis)) {
        const QLocale locale = compactMoneyLocale();
        QStringList labels;
        for (int i = 0; i < range.tickCount; ++i) {
            const double value = range.min + i * range.step;
            labels.append(locale.toString(std::abs(value) < range.step * 1e-9 ? 0.0 : value, 'f', range.decimals));
        }
        setTickLabels(categories, range, labels);
        return;
    }
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(range.decimals));
    axis->setTickCount(range.tickCount);
    axis->setRange(range.min, range.max);
}

void applyMoneyRange(QValueAxis *axis, const NiceRange &range, const QString &currencyCode)
{
    if (auto *categories = qobject_cast<QCategoryAxis *>(axis)) {
        setTickLabels(categories, range, moneyTickLabels(range, currencyCode));
        return;
    }
    // Qt Charts can only prefix the number, which gives "$-20,000"; an axis that
    // goes below zero shows plain numbers and leaves the currency to the axis title.
    const QString prefix = range.min < 0 ? QString() : currencySymbol(currencyCode);
    const QString format = prefix + QStringLiteral("%.") + QString::number(range.decimals) + QLatin1Char('f');
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
    if (axis->tickCount() != range.tickCount)
        axis->setTickCount(range.tickCount);
    axis->setRange(range.min, range.max);
}

LogRange niceLogRange(double lo, double hi)
{
    if (!(lo > 0) || !(hi >= lo) || !std::isfinite(hi))
        return {};
    lo = std::clamp(lo, kLogFloor, kLogCeiling);
    hi = std::clamp(hi, lo, kLogCeiling);
    const double room = std::pow(10.0, std::max(kMinLogRoom, kLogRoomShare * (std::log10(hi) - std::log10(lo))));
    LogRange range{roundDown125(lo / room), roundUp125(hi * room)};
    // Labels sit at powers of ten: widen to whole decades until two of them show.
    if (powersOfTenIn(range.min, range.max) < 2)
        range.min = std::pow(10.0, decadeOf(range.min));
    if (powersOfTenIn(range.min, range.max) < 2)
        range.max = std::pow(10.0, decadeOf(range.max) + 1);
    return range;
}

QString powerOfTenLabel(const QLocale &locale, int exponent)
{
    if (exponent < -6 || exponent > 14)
        return QStringLiteral("1e%1").arg(exponent);
    if (exponent < 3)
        return locale.toString(std::pow(10.0, exponent), 'f', std::max(0, -exponent));
    static const char *const suffixes[] = {"k", "M", "B", "T"};
    const int group = std::min(4, exponent / 3); // 1: k ... 4: T
    const double scaled = std::pow(10.0, exponent - 3 * group);
    return locale.toString(scaled, 'f', 0) + QLatin1Char(' ') + QLatin1String(suffixes[group - 1]);
}

QString moneyPowerOfTenLabel(int exponent, const QString &currencyCode)
{
    const double value = std::pow(10.0, exponent);
    if (value < kCompactMoneyFrom)
        return formatMoney(compactMoneyLocale(), value, currencyCode, std::max(0, -exponent));
    return currencySymbol(currencyCode) + powerOfTenLabel(compactMoneyLocale(), exponent);
}

} // namespace ftroi::chartstyle
