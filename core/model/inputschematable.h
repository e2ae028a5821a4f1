// The private parts of the input table (inputschema.cpp, format3inputs.cpp):
// accessor macros for the table's entries and the format-3 entries' range.
#pragma once

#include "core/model/inputschema.h"

namespace ftroi {

// The format-3 entries, appended after the formats 1-2 table.
const InputSpec *format3InputsBegin();
const InputSpec *format3InputsEnd();

} // namespace ftroi

// Reads and writes one member of the scenario.
#define FTROI_MEMBER(member)                                                                                           \
    [](const Scenario &s) -> double { return s.member; }, [](Scenario &s, double v) { s.member = v; }, nullptr, nullptr, \
        [](Scenario &s) { return &s.member; }

// An optional member (nullopt: `fallback` applies).
#define FTROI_OPTIONAL(member, fallback)                                                                               \
    [](const Scenario &s) -> double { return s.member.value_or(fallback); },                                           \
        [](Scenario &s, double v) { s.member = v; }, [](const Scenario &s) { return s.member; },                       \
        [](Scenario &s, std::optional<double> v) { s.member = v; }

// A member of the managed path, which exists only with one.
#define FTROI_MANAGED(member)                                                                                          \
    [](const Scenario &s) -> double { return s.managed ? s.managed->member : ManagedPath{}.member; },                  \
        [](Scenario &s, double v) {                                                                                    \
            if (s.managed)                                                                                             \
                s.managed->member = v;                                                                                 \
        },                                                                                                             \
        nullptr, nullptr

// An optional member of the managed path (nullopt: `fallback` applies).
#define FTROI_MANAGED_OPTIONAL(member, fallback)                                                                       \
    [](const Scenario &s) -> double { return s.managed ? s.managed->member.value_or(fallback) : fallback; },           \
        [](Scenario &s, double v) {                                                                                    \
            if (s.managed)                                                                                             \
                s.managed->member = v;                                                                                 \
        },                                                                                                             \
        [](const Scenario &s) { return s.managed ? s.managed->member : std::nullopt; },                                \
        [](Scenario &s, std::optional<double> v) {                                                                     \
            if (s.managed)                                                                                             \
                s.managed->member = v;                                                                                 \
        }

// A member of the training run description, made when a value arrives without one.
#define FTROI_TRAINING(member)                                                                                         \
    [](const Scenario &s) -> double { return s.project.training.value_or(TrainingSpec{}).member; },                    \
        [](Scenario &s, double v) {                                                                                    \
            if (!s.project.training)                                                                                   \
                s.project.training = TrainingSpec{};                                                                   \
            s.project.training->member = v;                                                                            \
        },                                                                                                             \
        nullptr, nullptr

