// Usage exports -> the workload (shared/design/imports.md, "Usage exports"):
// read a file of any kind (told by its content), derive what it implies for
// the chosen model, and write that into a scenario. A file is refused as a
// whole, naming it and the line or key, when a required value is missing,
// null, negative, not a number or not finite, when --model names no model of
// the file or --tz is outside -12:00..+14:00.
#pragma once

#include "core/imports/usagedata.h"
#include "core/model/scenario.h"
#include "core/text/result.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace ftroi {

// A usage export may hold a month of per-request logs: up to 2 GB (documents: 256 MB).
inline constexpr qint64 kMaxUsageFileBytes = 2048LL * 1024 * 1024;

// Called now and then while a file is read: bytes (or records) done of total;
// returning false stops the reading (the result is then a failure "cancelled").
using UsageProgress = std::function<bool(qint64 done, qint64 total)>;

struct UsageOptions {
    std::optional<QString> model; // nullopt: the model with the most tokens
    int tzOffset = 0;             // seconds east of UTC (--tz)
};

// What a usage export implies (the contract's `usage import --json`);
// nullopt where the file cannot tell.
struct UsageSummary {
    QString kind;
    QString file; // base name
    std::optional<QString> model; // nullopt: the file names no model
    std::vector<std::pair<QString, double>> otherModels; // name -> tokens, most tokens first
    double days = 0;
    double requestsPerDay = 0;
    double inputTokensPerRequest = 0;
    double outputTokensPerRequest = 0;
    double cachedInputShare = 0;
    std::optional<double> batchShare;
    std::optional<double> peakHoursPerDay;
    std::optional<double> peakTrafficShare;
    std::optional<double> monthlyGrowth;
    std::optional<qint64> failedRequests;
    QString from;
    QString to;
    // For the summary: the chosen model's tokens and rows, the other models' rows,
    // and the growth fit's raw rate before clamping.
    double modelTokens = 0;
    qint64 modelRows = 0;
    qint64 otherRows = 0;
    std::optional<double> unclampedGrowth;
    int tzOffset = 0;
};

// Reads `path` in one pass (CSV streamed; JSON parsed whole). Errors name the file.
Result<usage::UsageData> readUsageFile(const QString &path, int tzOffset, const UsageProgress &progress = {});
// The derivations of the contract over the chosen model. `fileName` names the file in messages.
Result<UsageSummary> deriveUsage(const usage::UsageData &data, const std::optional<QString> &model, const QString &fileName);
// Both.
Result<UsageSummary> importUsage(const QString &path, const UsageOptions &options, const UsageProgress &progress = {});

// `scenario` with the summary's values set (requests per day, tokens per
// request, cached share, batch share, traffic shape and growth where known,
// the API model where the file names one) and workload.source dated `today`.
// Refused, naming the key, when a value is outside its input's domain.
Result<Scenario> applyUsage(Scenario scenario, const UsageSummary &summary, const QDate &today);

} // namespace ftroi
