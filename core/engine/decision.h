// The decision between the three paths: the best is the one with the largest
// NPV above 0 (the API when none is), compared with the seed's context verdict.
#pragma once

#include "core/engine/recommendation.h"

#include <QString>

#include <optional>

namespace ftroi {

enum class Path { Api, Managed, SelfHosted };

struct Decision {
    Path bestPath = Path::Api;
    std::optional<Verdict> contextVerdict; // nullopt: no context
    std::optional<bool> agrees;            // nullopt: neutral verdict or no context
};

// Ties prefer the API, then managed, then self-hosting. An NPV that cannot be
// computed (nullopt) does not compete.
Decision decide(const std::optional<double> &selfHostedNpv, const std::optional<double> &managedNpv,
                const std::optional<Verdict> &contextVerdict);

QString pathCode(Path path);   // "api", "managed", "self_hosted"
QString pathTitle(Path path);  // "API", "Managed fine-tune", "Self-host"

} // namespace ftroi
