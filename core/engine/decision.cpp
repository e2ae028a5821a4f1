// The best path, the runner-up, the close call and the exclusions.
#include "core/engine/decision.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

struct Candidate {
    Path path;
    double npv;
    double projectCost;
};

std::array<Exclusion, kPathCount> exclusionsOf(const DecisionInputs &in)
{
    std::array<Exclusion, kPathCount> excluded{};
    if (in.requiresSelfHosting) {
        excluded[size_t(Path::Api)] = Exclusion::SelfHostingRequired;
        if (in.hasManaged)
            excluded[size_t(Path::Managed)] = Exclusion::SelfHostingRequired;
    }
    excluded[size_t(Path::SelfHosted)] = in.selfHostedExclusion;
    return excluded;
}

// The allowed paths with an NPV into `out`, by NPV descending; equal NPVs keep
// the order ties prefer (a stable insertion sort: three at most, nothing allocated).
int rankedCandidates(const DecisionInputs &in, const std::array<Exclusion, kPathCount> &excluded, Candidate *out)
{
    auto allowed = [&](Path p) { return excluded[size_t(p)] == Exclusion::None; };
    int count = 0;
    if (allowed(Path::Api))
        out[count++] = {Path::Api, 0.0, 0.0};
    if (in.hasManaged && allowed(Path::Managed) && in.managedNpv)
        out[count++] = {Path::Managed, *in.managedNpv, in.managedProjectCost};
    if (allowed(Path::SelfHosted) && in.selfHostedNpv)
        out[count++] = {Path::SelfHosted, *in.selfHostedNpv, in.selfHostedProjectCost};
    for (int i = 1; i < count; ++i)
        for (int j = i; j > 0 && out[j].npv > out[j - 1].npv; --j)
            std::swap(out[j], out[j - 1]);
    return count;
}

} // namespace

Decision decide(const DecisionInputs &in)
{
    Decision d;
    d.contextVerdict = in.contextVerdict;
    d.excluded = exclusionsOf(in);
    Candidate candidates[kPathCount];
    const int count = rankedCandidates(in, d.excluded, candidates);

    // The API (NPV 0) comes first among NPVs <= 0, so the first candidate is the
    // best: the largest NPV above 0, else the API when allowed, else the largest.
    if (count > 0) {
        const Candidate &b = candidates[0];
        d.bestPath = b.path;
        if (count > 1) {
            const Candidate &r = candidates[1];
            d.runnerUp = r.path;
            d.npvMargin = b.npv - r.npv;
            const double scale = std::max({std::abs(b.npv), std::abs(r.npv), b.projectCost, r.projectCost});
            d.closeCall = *d.npvMargin < in.closeCallNpvMargin * scale;
        }
    }
    if (in.contextVerdict && d.bestPath)
        d.agrees = verdictAgrees(*in.contextVerdict, *d.bestPath);
    return d;
}

std::optional<bool> verdictAgrees(Verdict verdict, Path best)
{
    switch (verdict) {
    case Verdict::StrongFineTune:
    case Verdict::LeanFineTune: return best != Path::Api;
    case Verdict::LeanApi:
    case Verdict::StrongApi: return best == Path::Api;
    case Verdict::Neutral: break;
    }
    return std::nullopt;
}

const char *pathKey(Path path)
{
    switch (path) {
    case Path::Api: return "api";
    case Path::Managed: return "managed";
    case Path::SelfHosted: return "self_hosted";
    }
    return "";
}

QString pathCode(Path path)
{
    return QLatin1String(pathKey(path));
}

QString bestPathCode(const Decision &d)
{
    return d.bestPath ? pathCode(*d.bestPath) : QStringLiteral("none");
}

QString pathTitle(Path path)
{
    switch (path) {
    case Path::Api: return QStringLiteral("API");
    case Path::Managed: return QStringLiteral("Managed fine-tune");
    case Path::SelfHosted: return QStringLiteral("Self-host");
    }
    return {};
}

QString exclusionText(Exclusion why, double peakUtilization)
{
    switch (why) {
    case Exclusion::None: return {};
    case Exclusion::SelfHostingRequired: return QStringLiteral("self-hosting is required");
    case Exclusion::OverCapacity:
        return QStringLiteral("over capacity at the peak: %1 %").arg(std::round(peakUtilization * 100), 0, 'f', 0);
    case Exclusion::DoesNotFit: return QStringLiteral("the model does not fit in the instance's memory");
    case Exclusion::SloInfeasible: return QStringLiteral("no measured load meets the SLO");
    }
    return {};
}

} // namespace ftroi
