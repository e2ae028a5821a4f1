// The contract's derivations over the chosen model's records (see usageimport.h
// and shared/design/imports.md): days, averages, shares, the traffic shape and
// growth by least squares.
#include "core/imports/usageimport.h"

#include "core/imports/usagevalues.h"
#include "core/model/inputschema.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

using namespace usage;

namespace {

QString modelLabel(const ModelTotals &m)
{
    return m.named ? m.name : QStringLiteral("(no model)");
}

// Distinct buckets merged: the time they cover, in days.
double bucketDays(std::vector<std::pair<int64_t, int64_t>> buckets)
{
    std::sort(buckets.begin(), buckets.end());
    double seconds = 0;
    int64_t coveredTo = std::numeric_limits<int64_t>::min();
    for (const auto &[start, end] : buckets) {
        const int64_t from = std::max(start, coveredTo);
        if (end > from)
            seconds += double(end - from);
        coveredTo = std::max(coveredTo, end);
    }
    return seconds / 86400.0;
}

// peak_hours_per_day and peak_traffic_share from the tokens by hour of day.
void trafficShape(const ModelTotals &m, UsageSummary &out)
{
    double total = 0;
    for (double t : m.hourTokens)
        total += t;
    if (!(total > 0))
        return;
    double peak = 0;
    for (double t : m.hourTokens)
        peak = std::max(peak, t / total);
    int busy = 0;
    for (double t : m.hourTokens)
        busy += t / total >= peak / 2 ? 1 : 0;
    // floor(1/m): a relative 1e-12 keeps an exact 1/24 (even traffic) from rounding down to 23.
    const double fit = std::floor(1.0 / peak * (1 + 1e-12));
    const double hours = std::min(double(busy), fit);
    out.peakHoursPerDay = hours;
    out.peakTrafficShare = hours >= 24 ? 1.0 : std::min(1.0, hours * peak);
}

// The least-squares slope of ln(tokens) on the day over the days strictly between
// `first` and `last` with tokens > 0; nullopt with fewer than two such days.
std::optional<double> growthSlope(const ModelTotals &m, int64_t first, int64_t last)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &[day, tokens] : m.dayTokens) {
        if (day <= first || day >= last || !(tokens > 0))
            continue;
        const double x = double(day - first);
        const double y = std::log(tokens);
        n += 1;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double d = n * sxx - sx * sx;
    if (n < 2 || !(d > 0))
        return std::nullopt;
    return (n * sxy - sx * sy) / d;
}

} // namespace

Result<UsageSummary> deriveUsage(const UsageData &data, const std::optional<QString> &model, const QString &fileName)
{
    if (data.models.empty())
        return Failure{QStringLiteral("%1: holds no usage records").arg(fileName)};
    const ModelTotals *chosen = nullptr;
    if (model) {
        for (const ModelTotals &m : data.models)
            if (m.named && m.name == *model)
                chosen = &m;
        if (!chosen) {
            QStringList names;
            for (const ModelTotals &m : data.models)
                names << modelLabel(m);
            return Failure{QStringLiteral("--model: \"%1\" is not a model of %2 (it has %3)").arg(*model, fileName, names.join(QStringLiteral(", ")))};
        }
    } else {
        for (const ModelTotals &m : data.models)
            if (!chosen || m.tokens() > chosen->tokens() || (m.tokens() == chosen->tokens() && modelLabel(m) < modelLabel(*chosen)))
                chosen = &m;
    }
    const ModelTotals &c = *chosen;
    UsageSummary out;
    out.kind = kindCode(data.kind);
    out.file = fileName;
    out.tzOffset = data.tzOffset;
    if (c.named)
        out.model = c.name;
    for (const ModelTotals &m : data.models) {
        if (&m == chosen)
            continue;
        out.otherModels.emplace_back(modelLabel(m), m.tokens());
        out.otherRows += m.rows;
    }
    std::sort(out.otherModels.begin(), out.otherModels.end(),
              [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    out.modelTokens = c.tokens();
    out.modelRows = c.rows;

    // Days and the first and last day (readings 1, 7, 8).
    int64_t firstDay = c.firstDay, lastDay = c.lastDay;
    if (data.kind == UsageKind::OpenAiUsage) {
        out.days = bucketDays(data.buckets);
        int64_t start = std::numeric_limits<int64_t>::max(), end = std::numeric_limits<int64_t>::min();
        for (const auto &[s, e] : data.buckets) {
            start = std::min(start, s);
            end = std::max(end, e);
        }
        firstDay = dayAt(start, 0);
        lastDay = dayAt(end - 1, 0);
    } else if (data.kind == UsageKind::LiteLlmDaily) {
        out.days = double(data.dailyDays.size());
        firstDay = *std::min_element(data.dailyDays.begin(), data.dailyDays.end());
        lastDay = *std::max_element(data.dailyDays.begin(), data.dailyDays.end());
    } else {
        out.days = double(lastDay - firstDay + 1);
    }
    out.from = dateText(firstDay);
    out.to = dateText(lastDay);

    if (!(c.requests > 0))
        return Failure{QStringLiteral("%1: %2 has no successful requests, so requests per day and tokens per request "
                                      "are not defined").arg(fileName, c.named ? QStringLiteral("model \"%1\"").arg(c.name) : QStringLiteral("the file"))};
    if (!(out.days > 0))
        return Failure{QStringLiteral("%1: covers no time (its buckets have no length)").arg(fileName)};
    out.requestsPerDay = c.requests / out.days;
    out.inputTokensPerRequest = c.inputTokens / c.requests;
    out.outputTokensPerRequest = c.outputTokens / c.requests;
    out.cachedInputShare = c.inputTokens > 0 ? c.cachedInputTokens / c.inputTokens : 0;
    for (double v : {out.requestsPerDay, out.inputTokensPerRequest, out.outputTokensPerRequest, out.cachedInputShare})
        if (!std::isfinite(v))
            return Failure{QStringLiteral("%1: the sums are too large to average (not a finite number)").arg(fileName)};
    if (data.kind == UsageKind::OpenAiUsage && data.batchKnown)
        out.batchShare = c.batchRequests / c.requests;
    if (data.resolvesHours)
        trafficShape(c, out);
    if (out.days >= 28) {
        if (const std::optional<double> b = growthSlope(c, firstDay, lastDay)) {
            const double g = std::exp(30 * *b) - 1;
            out.unclampedGrowth = g;
            out.monthlyGrowth = inputSpec("workload.monthly_growth").domain.clamp(std::isfinite(g) ? g : 10.0);
        }
    }
    if (data.hasStatus)
        out.failedRequests = c.failedRows;
    return out;
}

} // namespace ftroi
