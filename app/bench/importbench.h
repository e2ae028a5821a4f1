// Timings of the imports: a million per-request rows of a usage export.
#pragma once

namespace bench {

// Writes a 1,000,000-row per-request CSV (LiteLLM spend-log columns, 30 days,
// three models, a quoted metadata column) to a temporary folder and times
// importUsage() on it: the median of three runs, in ms.
double usageImport1mRowsMs();

} // namespace bench
