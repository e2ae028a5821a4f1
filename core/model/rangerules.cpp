// Range validation and the rules by which ranges follow edits.
#include "core/model/rangerules.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

QString simulationBudgetFault(double samples, double lifetimeMonths)
{
    const double months = std::ceil(lifetimeMonths);
    if (samples * months <= kMaxSampleMonths)
        return QString();
    return QStringLiteral("%1 samples over %2 months is %3 sample-months; the limit is %4 (fewer samples or a shorter lifetime)")
        .arg(QString::number(samples, 'g', 15), QString::number(months, 'g', 15),
             QString::number(samples * months, 'g', 3), QString::number(kMaxSampleMonths, 'g', 3));
}

std::optional<RangeProblem> rangeProblem(const InputRange &range, const InputDomain &domain, double value,
                                         const std::function<QString(double)> &text)
{
    if (!std::isfinite(range.low))
        return RangeProblem{QStringLiteral("low"), QStringLiteral("the low end is not a finite number")};
    if (!std::isfinite(range.high))
        return RangeProblem{QStringLiteral("high"), QStringLiteral("the high end is not a finite number")};
    if (range.low > range.high)
        return RangeProblem{QStringLiteral("low"),
                            QStringLiteral("the low end (%1) is above the high end (%2)").arg(text(range.low), text(range.high))};
    if (!domain.contains(range.low))
        return RangeProblem{QStringLiteral("low"),
                            QStringLiteral("the low end (%1) is outside what this input allows").arg(text(range.low))};
    if (!domain.contains(range.high))
        return RangeProblem{QStringLiteral("high"),
                            QStringLiteral("the high end (%1) is outside what this input allows").arg(text(range.high))};
    if (range.distribution == Distribution::Triangular && (value < range.low || value > range.high))
        return RangeProblem{value < range.low ? QStringLiteral("low") : QStringLiteral("high"),
                            QStringLiteral("a triangular range must contain the scenario's value %1 (its most likely "
                                           "value); widen it or choose uniform")
                                .arg(text(value))};
    return std::nullopt;
}

const InputRange *findRange(const Scenario &s, const QString &path)
{
    if (!s.uncertainty)
        return nullptr;
    for (const InputRange &r : s.uncertainty->ranges)
        if (r.path == path)
            return &r;
    return nullptr;
}

void setRange(Scenario &s, const InputRange &range)
{
    if (!s.uncertainty)
        s.uncertainty = Uncertainty{};
    QList<InputRange> &ranges = s.uncertainty->ranges;
    for (InputRange &r : ranges) {
        if (r.path == range.path) {
            r = range;
            return;
        }
    }
    ranges.append(range);
    std::sort(ranges.begin(), ranges.end(), [](const InputRange &a, const InputRange &b) { return a.path < b.path; });
}

void removeRange(Scenario &s, const QString &path)
{
    if (s.uncertainty)
        s.uncertainty->ranges.removeIf([&](const InputRange &r) { return r.path == path; });
}

void carryRanges(const Scenario &before, Scenario &after)
{
    if (!after.uncertainty)
        return;
    QList<InputRange> &ranges = after.uncertainty->ranges;
    ranges.removeIf([&](const InputRange &r) { return !resolveInput(after, r.path); });
    for (InputRange &r : ranges) {
        const InputHandle now = *resolveInput(after, r.path);
        const std::optional<InputHandle> then = resolveInput(before, r.path);
        const double newValue = inputValue(after, now);
        if (!then)
            continue;
        const double oldValue = inputValue(before, *then);
        if (newValue == oldValue)
            continue;
        if (oldValue > 0 && newValue > 0) {
            const double factor = newValue / oldValue;
            r.low *= factor;
            r.high *= factor;
        } else {
            r.low += newValue - oldValue;
            r.high += newValue - oldValue;
        }
        const InputDomain &d = now.domain;
        r.low = std::isfinite(r.low) ? d.clamp(r.low) : d.clamp(newValue);
        r.high = std::isfinite(r.high) ? d.clamp(r.high) : d.clamp(newValue);
        if (r.low > r.high)
            std::swap(r.low, r.high);
        if (r.distribution == Distribution::Triangular) {
            r.low = std::min(r.low, newValue);
            r.high = std::max(r.high, newValue);
        }
    }
}

} // namespace ftroi
