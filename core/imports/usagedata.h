// What a usage export holds, gathered in one pass: per model the sums of
// requests and tokens, tokens by calendar day and by hour of day, first and
// last request, failed rows; for bucketed files the distinct buckets (or
// days). Memory grows with models and days, never with rows, so an export
// of millions of rows is read in one linear pass.
#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace ftroi::usage {

enum class UsageKind { OpenAiUsage, LiteLlmSpendLogs, LiteLlmDaily, Helicone, Csv };
QString kindCode(UsageKind kind); // "openai_usage", ...

struct ModelTotals {
    QString name;       // as in the file; empty when the file names none
    bool named = false; // false: the records name no model
    double requests = 0;
    double inputTokens = 0;
    double outputTokens = 0;
    double cachedInputTokens = 0;
    double batchRequests = 0; // requests in records with batch: true
    int64_t rows = 0;         // records of this model, failed ones included
    int64_t failedRows = 0;
    int64_t firstDay = std::numeric_limits<int64_t>::max(); // the days of its records (see addTimed)
    int64_t lastDay = std::numeric_limits<int64_t>::min();
    std::unordered_map<int64_t, double> dayTokens; // day -> input + output tokens
    std::array<double, 24> hourTokens{};           // hour of day in --tz -> tokens
    double tokens() const { return inputTokens + outputTokens; }
};

struct UsageData {
    UsageKind kind = UsageKind::Csv;
    bool bucketed = false;       // openai_usage, litellm_daily
    bool resolvesHours = true;   // hourly (or finer) buckets, or times of requests
    bool batchKnown = false;     // some record says batch true or false
    bool hasStatus = false;      // litellm_spend_logs: failed rows are told
    int tzOffset = 0;            // seconds east of UTC
    std::vector<ModelTotals> models;
    std::vector<std::pair<int64_t, int64_t>> buckets; // openai_usage: [start, end) in unix seconds
    std::unordered_set<int64_t> dailyDays;              // litellm_daily: the days of all rows

    // The totals of the model named `name` (null: unnamed), created on first use.
    ModelTotals &model(std::string_view name, bool named);

    // Tokens at `time` (a request, or a bucket's start): its hour of day in
    // --tz, its calendar day in --tz (per request) or in UTC (buckets).
    void addTimed(ModelTotals &m, int64_t time, double tokens);

private:
    std::unordered_map<std::string, size_t> m_index;
    std::string m_key;
};

} // namespace ftroi::usage
