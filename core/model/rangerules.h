// Rules that keep a scenario's uncertainty ranges valid while it is edited:
// why a range would be refused (the same rules the file format applies), and
// how ranges follow their inputs when a value changes or an input disappears.
#pragma once

#include "core/model/inputpaths.h"
#include "core/model/scenario.h"

#include <QString>

#include <functional>
#include <optional>

namespace ftroi {

// The work a Monte Carlo may take: samples x months of the lifetime (each
// sample walks the months when traffic grows). About 8 ns a sample-month here.
inline constexpr double kMaxSampleMonths = 2e9;
// Why `samples` over `lifetimeMonths` exceeds that budget; empty when it does not.
QString simulationBudgetFault(double samples, double lifetimeMonths);

// Which end of the range is at fault ("low" or "high") and why.
struct RangeProblem {
    QString end;
    QString message;
};

// nullopt when `range` is valid for an input of `domain` whose value is `value`:
// low <= high, both ends inside the domain, a triangular range containing the value.
// `text` formats a number for the message.
std::optional<RangeProblem> rangeProblem(const InputRange &range, const InputDomain &domain, double value,
                                         const std::function<QString(double)> &text);

// The range on `path`, if the scenario has one.
const InputRange *findRange(const Scenario &s, const QString &path);
// Sets (or replaces) the range on `range.path`, keeping ranges sorted by path.
void setRange(Scenario &s, const InputRange &range);
// Removes the range on `path`, if any.
void removeRange(Scenario &s, const QString &path);

// After an edit from `before` to `after`: ranges on inputs `after` no longer has
// are dropped; a range whose input's value changed moves with it (scaled by
// new / old when both are above zero, else shifted by the difference), kept
// inside the input's domain and, when triangular, around the new value.
void carryRanges(const Scenario &before, Scenario &after);

} // namespace ftroi
