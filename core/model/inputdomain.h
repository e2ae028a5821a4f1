// The valid values of one numeric input: [low, high] or (low, high], and
// whether it is a whole number. The reader's checks, the form's fields,
// ranges, sensitivity, goal seek and grid axes all use the same domain.
#pragma once

#include <QString>

namespace ftroi {

inline constexpr double kMaxInputValue = 1e15; // keeps every product finite

struct InputDomain {
    double low = 0;
    double high = kMaxInputValue;
    bool lowOpen = false;  // (low, high] instead of [low, high]
    bool integer = false;  // rounded to the nearest whole number after sampling

    bool contains(double v) const { return (lowOpen ? v > low : v >= low) && v <= high; }
    double clamp(double v) const;
    QString text() const; // "[0, 1]", "(0, 24]", ">= 0", "> 0"
};

inline constexpr InputDomain kNonNegativeDomain{0, kMaxInputValue, false, false};
inline constexpr InputDomain kPositiveDomain{0, kMaxInputValue, true, false};
inline constexpr InputDomain kFractionDomain{0, 1, false, false};
inline constexpr InputDomain kPositiveFractionDomain{0, 1, true, false};
inline constexpr InputDomain kCountDomain{0, kMaxInputValue, false, true};

} // namespace ftroi
