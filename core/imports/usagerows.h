// The row kinds of usage exports (CSV, or JSON rows): which kind a header
// names, where each value sits, and how one row adds to the UsageData.
//   litellm_spend_logs  startTime, model, prompt_tokens, completion_tokens [, cache_hit, status]
//   litellm_daily       date, model, prompt_tokens, completion_tokens, api_requests | successful_requests
//                       [, cache_read_input_tokens]
//   helicone            request_created_at, model, prompt_tokens, completion_tokens
//   csv                 timestamp, input_tokens, output_tokens [, cached_input_tokens, requests, model]
// Header names are matched without regard to case; other columns are ignored.
#pragma once

#include "core/imports/usagedata.h"

#include <QString>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace ftroi::usage {

enum Role { Time, Model, Input, Output, Cached, Requests, CacheHit, Status, RoleCount };

struct RowLayout {
    UsageKind kind = UsageKind::Csv;
    std::array<int, RoleCount> column{}; // index in the row, -1 when the file has no such column
    std::array<const char *, RoleCount> name{}; // the column's name, for messages
};

// The layout a header implies, or why it is none of the row kinds.
std::optional<RowLayout> rowLayoutOf(const std::vector<std::string_view> &header, QString &why);

// Adds one row. `fields` holds the row's values, `present[i]` whether field i
// was given at all (a CSV row shorter than its header, a JSON key missing or
// null). Returns why the row is refused, or an empty string.
QString addRow(UsageData &data, const RowLayout &layout, const std::vector<std::string_view> &fields,
               const std::vector<bool> &present);

} // namespace ftroi::usage
