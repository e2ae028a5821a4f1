// The row kinds of usage exports (see usagerows.h).
#include "core/imports/usagerows.h"

#include "core/imports/usagevalues.h"

namespace ftroi::usage {

namespace {

struct KindColumns {
    UsageKind kind;
    const char *identifying; // the column that names the kind
    std::array<const char *, RoleCount> names; // lower case; nullptr: none
    std::array<bool, RoleCount> required;
    const char *what;
};

const KindColumns kKinds[] = {
    {UsageKind::Helicone, "request_created_at",
     {"request_created_at", "model", "prompt_tokens", "completion_tokens", nullptr, nullptr, nullptr, nullptr},
     {true, true, true, true, false, false, false, false},
     "a Helicone export needs request_created_at, model, prompt_tokens and completion_tokens"},
    {UsageKind::LiteLlmSpendLogs, "starttime",
     {"starttime", "model", "prompt_tokens", "completion_tokens", nullptr, nullptr, "cache_hit", "status"},
     {true, true, true, true, false, false, false, false},
     "LiteLLM spend logs need startTime, model, prompt_tokens and completion_tokens"},
    {UsageKind::LiteLlmDaily, "date",
     {"date", "model", "prompt_tokens", "completion_tokens", "cache_read_input_tokens", "api_requests", nullptr, nullptr},
     {true, true, true, true, false, true, false, false},
     "LiteLLM daily spend needs date, model, prompt_tokens, completion_tokens and api_requests (or successful_requests)"},
    {UsageKind::Csv, "timestamp",
     {"timestamp", "model", "input_tokens", "output_tokens", "cached_input_tokens", "requests", nullptr, nullptr},
     {true, false, true, true, false, false, false, false},
     "a usage CSV needs the columns timestamp, input_tokens and output_tokens"},
};

int find(const std::vector<std::string_view> &header, const char *lower)
{
    if (!lower)
        return -1;
    for (size_t i = 0; i < header.size(); ++i) {
        std::string_view h = header[i];
        while (!h.empty() && (h.front() == ' ' || h.front() == '\t'))
            h.remove_prefix(1);
        while (!h.empty() && (h.back() == ' ' || h.back() == '\t'))
            h.remove_suffix(1);
        if (equalsLower(h, lower))
            return int(i);
    }
    return -1;
}

} // namespace

std::optional<RowLayout> rowLayoutOf(const std::vector<std::string_view> &header, QString &why)
{
    for (const KindColumns &k : kKinds) {
        if (find(header, k.identifying) < 0)
            continue;
        // "date" alone is common: the daily kind needs its token columns too.
        if (k.kind == UsageKind::LiteLlmDaily && find(header, "prompt_tokens") < 0)
            continue;
        RowLayout layout;
        layout.kind = k.kind;
        for (int r = 0; r < RoleCount; ++r) {
            layout.column[size_t(r)] = find(header, k.names[size_t(r)]);
            layout.name[size_t(r)] = k.names[size_t(r)];
        }
        if (k.kind == UsageKind::LiteLlmDaily && layout.column[Requests] < 0) {
            layout.column[Requests] = find(header, "successful_requests");
            layout.name[Requests] = "successful_requests";
            if (layout.column[Requests] < 0)
                layout.name[Requests] = "api_requests";
        }
        for (int r = 0; r < RoleCount; ++r) {
            if (k.required[size_t(r)] && layout.column[size_t(r)] < 0) {
                why = QStringLiteral("the column \"%1\" is missing (%2)").arg(QLatin1String(layout.name[size_t(r)]), QLatin1String(k.what));
                return std::nullopt;
            }
        }
        return layout;
    }
    why = QStringLiteral("is not a usage export this version reads: expected OpenAI's usage JSON, LiteLLM spend logs or daily "
                         "spend, a Helicone export, or a CSV with the columns timestamp, input_tokens and output_tokens");
    return std::nullopt;
}

QString addRow(UsageData &data, const RowLayout &layout, const std::vector<std::string_view> &fields,
               const std::vector<bool> &present)
{
    const auto has = [&](Role r) {
        const int c = layout.column[r];
        return c >= 0 && size_t(c) < fields.size() && present[size_t(c)];
    };
    const auto text = [&](Role r) { return fields[size_t(layout.column[r])]; };
    const auto missing = [&](Role r) {
        return QStringLiteral("\"%1\": the value is missing").arg(QLatin1String(layout.name[r]));
    };
    QString why;
    const auto count = [&](Role r, bool required, double fallback, QString &fault) -> double {
        if (!has(r) || (!required && text(r).empty())) {
            if (required && fault.isEmpty())
                fault = missing(r);
            return fallback;
        }
        const std::optional<double> v = parseCount(text(r), why);
        if (!v && fault.isEmpty())
            fault = QStringLiteral("\"%1\": %2").arg(QLatin1String(layout.name[r]), why);
        return v.value_or(fallback);
    };

    if (!has(Time))
        return missing(Time);
    const std::optional<int64_t> time = parseTime(text(Time), why);
    if (!time)
        return QStringLiteral("\"%1\": %2").arg(QLatin1String(layout.name[Time]), why);
    if (layout.column[Model] >= 0 && !has(Model) && layout.kind != UsageKind::Csv)
        return missing(Model);
    const std::string_view modelName = has(Model) ? text(Model) : std::string_view();
    ModelTotals &m = data.model(modelName, !modelName.empty());
    ++m.rows;

    bool failed = false;
    if (layout.kind == UsageKind::LiteLlmSpendLogs && has(Status)) {
        const std::string_view status = text(Status);
        failed = !status.empty() && !equalsLower(status, "success");
    }
    QString fault;
    if (failed) {
        // A failed request is counted, not volume; what it gives must still be a count.
        count(Input, false, 0, fault);
        count(Output, false, 0, fault);
        if (!fault.isEmpty())
            return fault;
        ++m.failedRows;
        data.addTimed(m, *time, 0);
        return QString();
    }
    const double input = count(Input, true, 0, fault);
    const double output = count(Output, true, 0, fault);
    const double requests = count(Requests, layout.kind == UsageKind::LiteLlmDaily, 1, fault);
    double cached = count(Cached, false, 0, fault);
    if (!fault.isEmpty())
        return fault;
    if (layout.kind == UsageKind::LiteLlmSpendLogs && has(CacheHit)) {
        const std::optional<bool> hit = parseFlag(text(CacheHit));
        if (!hit)
            return QStringLiteral("\"cache_hit\": \"%1\" is neither true nor false").arg(QString::fromUtf8(text(CacheHit).data(), qsizetype(text(CacheHit).size())).left(40));
        cached = *hit ? input : 0;
    }
    m.requests += requests;
    m.inputTokens += input;
    m.outputTokens += output;
    m.cachedInputTokens += cached;
    if (layout.kind == UsageKind::LiteLlmDaily) {
        if (*time % 86400 != 0)
            return QStringLiteral("\"date\": expected a date such as 2026-09-01");
        data.dailyDays.insert(*time / 86400);
    }
    data.addTimed(m, *time, input + output);
    return QString();
}

} // namespace ftroi::usage
