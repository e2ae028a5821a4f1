// Writing what a usage export implies into a scenario (see usageimport.h).
#include "core/imports/usageimport.h"

#include "core/model/inputschema.h"
#include "core/model/rangerules.h"

namespace ftroi {

Result<Scenario> applyUsage(Scenario s, const UsageSummary &u, const QDate &today)
{
    const auto set = [&s](const char *path, double value) -> QString {
        const InputSpec &spec = inputSpec(path);
        if (!spec.domain.contains(value))
            return QStringLiteral("%1: %2 is outside %3").arg(QLatin1String(path)).arg(value).arg(spec.domain.text());
        return QString();
    };
    QString fault;
    for (const auto &[path, value] : {std::pair{"workload.requests_per_day", u.requestsPerDay},
                                      std::pair{"workload.input_tokens_per_request", u.inputTokensPerRequest},
                                      std::pair{"workload.output_tokens_per_request", u.outputTokensPerRequest},
                                      std::pair{"api.cached_input_share", u.cachedInputShare}}) {
        if (fault.isEmpty())
            fault = set(path, value);
    }
    if (fault.isEmpty() && u.batchShare)
        fault = set("api.batch_share", *u.batchShare);
    if (fault.isEmpty() && u.peakHoursPerDay)
        fault = set("workload.peak_hours_per_day", *u.peakHoursPerDay);
    if (fault.isEmpty() && u.peakTrafficShare)
        fault = set("workload.peak_traffic_share", *u.peakTrafficShare);
    if (!fault.isEmpty())
        return Failure{u.file + QStringLiteral(": ") + fault};

    const Scenario before = s;
    s.workload.requestsPerDay = u.requestsPerDay;
    s.workload.inputTokensPerRequest = u.inputTokensPerRequest;
    s.workload.outputTokensPerRequest = u.outputTokensPerRequest;
    s.api.cachedInputShare = u.cachedInputShare;
    if (u.batchShare)
        s.api.batchShare = *u.batchShare;
    if (u.peakHoursPerDay && u.peakTrafficShare) {
        // Both at once: the reader's rule (share >= hours / 24, 1 at 24 hours) holds for the pair.
        s.workload.peakHoursPerDay = *u.peakHoursPerDay;
        s.workload.peakTrafficShare = *u.peakHoursPerDay >= 24 ? 1.0 : std::max(*u.peakTrafficShare, *u.peakHoursPerDay / 24);
    }
    if (u.monthlyGrowth)
        s.workload.monthlyGrowth = *u.monthlyGrowth;
    if (u.model)
        s.api.model = *u.model;
    s.workload.source = ImportSource{u.kind, u.file, u.from, u.to, today.toString(Qt::ISODate)};
    carryRanges(before, s); // uncertainty ranges follow their inputs, so the scenario stays valid
    return s;
}

} // namespace ftroi
