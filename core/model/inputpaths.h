// The numeric inputs of a scenario by their dotted paths ("workload.requests_per_day",
// "project.engineering_hours.data", "managed.output_price_per_1m", ...), each with
// its valid domain: what uncertainty ranges, sensitivity, goal seek and the grid vary.
// Reading and writing a value goes through a small handle, so a sampling loop
// touches no strings.
#pragma once

#include "core/model/scenario.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ftroi {

struct InputDomain {
    double low = 0;
    double high = 1e15;
    bool lowOpen = false;  // (low, high] instead of [low, high]
    bool integer = false;  // rounded to the nearest whole number after sampling

    bool contains(double v) const { return (lowOpen ? v > low : v >= low) && v <= high; }
    double clamp(double v) const;
    QString text() const; // "[0, 1]", "(0, 24]", ">= 0", "> 0"
};

// A resolved input: which field, and for phase hours which phase.
struct InputHandle {
    int field = -1;
    int phase = -1;
    InputDomain domain;
};

// Every numeric input this scenario has (phases by name, managed keys only with
// a managed path, a fixed fleet only when fixed, ...), in a stable order.
QStringList numericInputPaths(const Scenario &s);
// nullopt when `path` names no numeric input of `s`.
std::optional<InputHandle> resolveInput(const Scenario &s, const QString &path);
double inputValue(const Scenario &s, const InputHandle &h);
void setInputValue(Scenario &s, const InputHandle &h, double value);

// Sensitivity's inputs without ranges: requests_per_day, both API prices, the
// instance price, throughput, target utilization, both review rates, review
// cost, hourly rate and lifetime.
QStringList defaultSensitivityInputs();

} // namespace ftroi
