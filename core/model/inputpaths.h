// The numeric inputs of a scenario by their dotted paths ("workload.requests_per_day",
// "project.engineering_hours.data", "managed.output_price_per_1m", ...), each with
// its valid domain: what uncertainty ranges, sensitivity, goal seek and the grid vary.
// The inputs are the schema's entries (inputschema.h) plus one per engineering phase.
// Reading and writing a value goes through a small handle, so a sampling loop
// touches no strings.
#pragma once

#include "core/model/inputschema.h"
#include "core/model/scenario.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ftroi {

// A resolved input: its schema entry, or for phase hours which phase.
struct InputHandle {
    const InputSpec *spec = nullptr; // nullptr: an engineering phase
    int phase = -1;
    bool managedPhase = false;
    InputDomain domain;
};

// Every numeric input this scenario has (phases by name, managed keys only with
// a managed path, a fixed fleet only when fixed, ...), in a stable order.
QStringList numericInputPaths(const Scenario &s);
// nullopt when `path` names no numeric input of `s`.
std::optional<InputHandle> resolveInput(const Scenario &s, const QString &path);
double inputValue(const Scenario &s, const InputHandle &h);
void setInputValue(Scenario &s, const InputHandle &h, double value);
// The member setInputValue() writes, when it writes that alone (InputSpec::field);
// nullptr otherwise. Valid while `s` lives and its structure is not changed.
double *inputField(Scenario &s, const InputHandle &h);

// Sensitivity's inputs without ranges: requests_per_day, both API prices, the
// instance price, throughput, target utilization, both review rates, review
// cost, hourly rate and lifetime.
QStringList defaultSensitivityInputs();

} // namespace ftroi
