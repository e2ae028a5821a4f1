// The best path and whether the context verdict agrees with it.
#include "core/engine/decision.h"

namespace ftroi {

Decision decide(const std::optional<double> &selfHostedNpv, const std::optional<double> &managedNpv,
                const std::optional<Verdict> &contextVerdict)
{
    Decision d;
    double best = 0; // a path must be strictly above 0 and above every earlier one
    if (managedNpv && *managedNpv > best) {
        best = *managedNpv;
        d.bestPath = Path::Managed;
    }
    if (selfHostedNpv && *selfHostedNpv > best)
        d.bestPath = Path::SelfHosted;

    d.contextVerdict = contextVerdict;
    if (contextVerdict) {
        switch (*contextVerdict) {
        case Verdict::StrongFineTune:
        case Verdict::LeanFineTune: d.agrees = d.bestPath != Path::Api; break;
        case Verdict::LeanApi:
        case Verdict::StrongApi: d.agrees = d.bestPath == Path::Api; break;
        case Verdict::Neutral: break;
        }
    }
    return d;
}

QString pathCode(Path path)
{
    switch (path) {
    case Path::Api: return QStringLiteral("api");
    case Path::Managed: return QStringLiteral("managed");
    case Path::SelfHosted: return QStringLiteral("self_hosted");
    }
    return {};
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

} // namespace ftroi
