// The decision between the three paths (format 3, docs/scenario-format.md):
// paths that cannot be chosen are excluded with a reason; among the others the
// best is the one with the largest NPV above 0 (the API when none is, if the
// API is allowed), the runner-up the next by NPV, and a lead smaller than the
// close-call margin is a close call. The seed's context verdict is compared
// with the best path. No strings on this path: reasons are codes, put into
// words by exclusionText().
#pragma once

#include "core/engine/recommendation.h"

#include <QString>

#include <array>
#include <optional>

namespace ftroi {

enum class Path { Api, Managed, SelfHosted };
inline constexpr int kPathCount = 3;

// Why a path is not allowed.
enum class Exclusion {
    None,
    SelfHostingRequired, // api, managed: context.requires_self_hosting
    OverCapacity,        // self_hosted: a fixed fleet over capacity at the peak
    DoesNotFit,          // self_hosted: the model does not fit in the instance's memory
    SloInfeasible,       // self_hosted: no measured load meets the SLO
};

// What the decision is taken from. The API's NPV is 0 (it is the baseline) and
// it invests nothing; a path whose NPV cannot be computed (nullopt) competes
// neither for best nor for runner-up.
struct DecisionInputs {
    std::optional<double> selfHostedNpv;
    double selfHostedProjectCost = 0;
    bool hasManaged = false;
    std::optional<double> managedNpv;
    double managedProjectCost = 0;
    Exclusion selfHostedExclusion = Exclusion::None;
    bool requiresSelfHosting = false;
    double closeCallNpvMargin = 0.1;
    std::optional<Verdict> contextVerdict;
};

struct Decision {
    std::optional<Path> bestPath;    // nullopt: every path is excluded
    std::optional<Path> runnerUp;    // nullopt: no other allowed path with an NPV
    std::optional<double> npvMargin; // best's NPV - runner-up's
    bool closeCall = false;          // by NPV (or, with ranges, by share of samples: see montecarlo.h)
    std::array<Exclusion, kPathCount> excluded{}; // by Path; managed is None when there is no managed path
    double peakUtilization = 0;      // for the over-capacity reason's text
    std::optional<Verdict> contextVerdict; // nullopt: no context score
    std::optional<bool> agrees;            // nullopt: neutral verdict, no context score or no best path
    // With ranges: each path's share of the Monte Carlo samples in which it is
    // best (by Path), and whether the best path's share is below the rule's.
    std::optional<std::array<double, kPathCount>> bestPathShares;
    bool closeCallByShare = false;

    Exclusion exclusion(Path p) const { return excluded[size_t(p)]; }
    bool isExcluded(Path p) const { return exclusion(p) != Exclusion::None; }
};

// Ties prefer the API, then managed, then self-hosting.
Decision decide(const DecisionInputs &in);
// decide(in).bestPath alone (what each Monte Carlo sample keeps): the allowed
// path with the largest NPV, the earlier of API, managed, self-hosting on a tie
// (decide()'s stable ranking puts the same path first).
inline std::optional<Path> bestPathOf(const DecisionInputs &in)
{
    std::optional<Path> best;
    double bestNpv = 0;
    auto consider = [&](Path path, double npv) {
        if (!best || npv > bestNpv) {
            best = path;
            bestNpv = npv;
        }
    };
    if (!in.requiresSelfHosting)
        consider(Path::Api, 0.0);
    if (in.hasManaged && !in.requiresSelfHosting && in.managedNpv)
        consider(Path::Managed, *in.managedNpv);
    if (in.selfHostedExclusion == Exclusion::None && in.selfHostedNpv)
        consider(Path::SelfHosted, *in.selfHostedNpv);
    return best;
}
// Whether `verdict` agrees with choosing `best` (nullopt: neutral).
std::optional<bool> verdictAgrees(Verdict verdict, Path best);

const char *pathKey(Path path); // "api", "managed", "self_hosted"
QString pathCode(Path path);   // the same, as text
// The best path's code, "none" when every path is excluded.
QString bestPathCode(const Decision &d);
QString pathTitle(Path path);  // "API", "Managed fine-tune", "Self-host"
// The contract's reason: "self-hosting is required", "over capacity at the peak: 429 %", ...
QString exclusionText(Exclusion why, double peakUtilization);

} // namespace ftroi
