// The valid values of one numeric input: [low, high], (low, high] or
// [low, high), and whether it is a whole number. The reader's checks, the form's fields,
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
    // What still means something: an open domain's values in (low, smallest) are
    // refused as too small (every result stays a finite number), values above
    // `largest` as too large (the work stays bounded).
    double smallest = 0;
    double largest = kMaxInputValue;
    bool highOpen = false; // [low, high) (a discount below 1)

    constexpr InputDomain(double low_ = 0, double high_ = kMaxInputValue, bool lowOpen_ = false, bool integer_ = false,
                          double smallest_ = 0, double largest_ = kMaxInputValue, bool highOpen_ = false)
        : low(low_), high(high_), lowOpen(lowOpen_), integer(integer_), smallest(smallest_), largest(largest_),
          highOpen(highOpen_)
    {
    }

    bool aboveLow(double v) const { return lowOpen ? v > low : v >= low; }
    bool belowHigh(double v) const { return highOpen ? v < high : v <= high; }
    bool tooSmall(double v) const { return lowOpen && v < smallest; }
    bool contains(double v) const { return aboveLow(v) && !tooSmall(v) && belowHigh(v) && v <= largest; }
    double clamp(double v) const;
    QString text() const; // "[0, 1]", "(0, 24]", "[0, 1)", ">= 0", "> 0"
};

// The least value of an open domain that keeps every result finite.
inline constexpr double kSmallestPositive = 1e-6;

inline constexpr InputDomain kNonNegativeDomain{0, kMaxInputValue, false, false};
inline constexpr InputDomain kPositiveDomain{0, kMaxInputValue, true, false, kSmallestPositive};
inline constexpr InputDomain kFractionDomain{0, 1, false, false};
inline constexpr InputDomain kPositiveFractionDomain{0, 1, true, false, kSmallestPositive};
inline constexpr InputDomain kCountDomain{0, kMaxInputValue, false, true};
inline constexpr InputDomain kDiscountDomain{0, 1, false, false, 0, kMaxInputValue, true}; // [0, 1)

} // namespace ftroi
