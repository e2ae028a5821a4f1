// Every numeric input of a scenario, described once: its dotted path, how to
// read and write it, its valid domain, its label and unit for the form, the
// analysis views and the comparison table, and what editing it implies. The
// reader's checks, the form's fields, uncertainty ranges, sensitivity, goal
// seek, grid axes and the labels all come from this table. A new input is one
// entry here plus its formula. (See docs/ARCHITECTURE.md, "How to add an input".)
#pragma once

#include "core/model/inputdomain.h"
#include "core/model/scenario.h"

#include <QString>

#include <optional>
#include <string_view>

namespace ftroi {

// How a value is written: the unit and the number format that go with it.
enum class InputUnit {
    Plain, Requests, Tokens, TokensPerSecond, PricePer1M, MoneyPerHour, Money, MoneyPerGbMonth,
    Share, Hours, Months, Factor, Billions, Ms, Instances, Runs, Gigabytes,
    HoursPerMonth, Kilowatts, MoneyPerKwh, MoneyPerMonth,
};

enum InputFlag : unsigned {
    kDropsApiPriceSource = 1u << 0,      // editing it: the API prices are no longer the catalog's
    kDropsInstancePriceSource = 1u << 1, // the instance price is no longer the catalog's
    kDropsManagedPriceSource = 1u << 2,  // the managed prices are no longer the preset's
    kFormOnly = 1u << 3,                 // an input of the form, not one the analyses vary
};

struct InputSpec {
    std::string_view path;   // "api.review_rate", relative to the scenario
    InputDomain domain;
    InputUnit unit;
    const char *label;       // analysis views, axes: "API input price"
    const char *formLabel;   // its row in the form's group: "Input price"
    const char *formUnit;    // beside the form's field; "$" stands for the currency symbol
    const char *tableLabel;  // the comparison table's row, when it differs from `label`
    const char *description; // one line for tooltips: "the API price of a million input tokens"
    int decimals;            // shown in the form
    double displayScale;     // 100: a share typed and shown in percent
    const char *emptyMeans;  // an optional input: what applies when it is left empty; nullptr otherwise
    unsigned flags;          // InputFlag
    int sensitivityOrder;    // > 0: among sensitivity's inputs without ranges, in this order

    // Whether the scenario has this input (managed keys need a managed path, ...); nullptr: always.
    bool (*available)(const Scenario &);
    // The value that applies (an optional input's default resolved).
    double (*value)(const Scenario &);
    // Sets the value, keeping the scenario valid (the traffic shape's rule, whole numbers).
    void (*setValue)(Scenario &, double);
    // Optional inputs only: the stored value (nullopt: the default applies) and its setter.
    std::optional<double> (*stored)(const Scenario &);
    void (*setStored)(Scenario &, std::optional<double>);
    // A plain member that setValue() writes and nothing else: where it is (a
    // sampling loop writes it without a call); nullptr for every other input.
    double *(*field)(Scenario &) = nullptr;

    bool isAvailable(const Scenario &s) const { return !available || available(s); }
    bool isOptional() const { return emptyMeans != nullptr; }
    // The last part of the path: the key in its JSON object.
    std::string_view key() const { return path.substr(path.rfind('.') + 1); }
};

// Every input in a stable order (the order of numericInputPaths()).
const InputSpec *inputSpecsBegin();
const InputSpec *inputSpecsEnd();
struct InputSpecs {
    const InputSpec *begin() const { return inputSpecsBegin(); }
    const InputSpec *end() const { return inputSpecsEnd(); }
};
inline InputSpecs inputSpecs() { return {}; }

// nullptr when no entry has this path (engineering phases are not entries: see inputpaths.h).
const InputSpec *findInputSpec(std::string_view path);
const InputSpec *findInputSpec(const QString &path);
// The entry, which must exist (a typo in a path is a programming error).
const InputSpec &inputSpec(std::string_view path);

// What a user's edit of `spec` implies beyond the value: a price typed over a
// catalog price is no longer the catalog's (its source goes); an imported
// workload value is no longer the import's (workload.source goes).
void noteInputEdited(const InputSpec &spec, Scenario &s);

// The paths of the engineering phases: "project.engineering_hours." + phase name.
inline constexpr std::string_view kProjectPhasePrefix = "project.engineering_hours.";
inline constexpr std::string_view kManagedPhasePrefix = "managed.engineering_hours.";

} // namespace ftroi
