// What an import leaves in a scenario and when an edit takes it away: the
// workload values a usage export sets, and the rule that an edit of any of
// them drops `workload.source` (as editing a price drops its price_source).
#pragma once

#include "core/model/scenario.h"

#include <array>
#include <string_view>

namespace ftroi {

// The inputs a usage import sets (docs/scenario-format.md, "Imports").
inline constexpr std::array<std::string_view, 8> kUsageImportedPaths = {
    "workload.requests_per_day",  "workload.input_tokens_per_request", "workload.output_tokens_per_request",
    "workload.peak_hours_per_day", "workload.peak_traffic_share",      "workload.monthly_growth",
    "api.cached_input_share",     "api.batch_share",
};

// Whether `path` is one of kUsageImportedPaths.
bool isUsageImportedPath(std::string_view path);

// `after` is `before` edited by the user: when it keeps before's source but
// changes an imported value, the source no longer describes the numbers and is
// dropped. A change that brings its own source (an import) is left alone, and
// so is a new API model (picking the catalog's prices for the imported model
// is the next step after an import).
void dropEditedImportSource(const Scenario &before, Scenario &after);

// "YYYY-MM-DD" and a real date.
bool isIsoDate(const QString &text);

} // namespace ftroi
