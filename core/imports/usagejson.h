// Usage exports in JSON: OpenAI's Usage API pages (`{"object":"page","data":
// [bucket…]}` or a list of pages) and LiteLLM rows (a list of row objects, or
// `{"data": [...]}`), read with simdjson. Refusals name the key path
// ("data[3].results[0].input_tokens: …").
#pragma once

#include "core/imports/usagedata.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace ftroi::usage {

// Reads `json` (the whole file) into `data` (its tzOffset set). Returns why
// the file is refused (without the file's name), or an empty string.
QString readUsageJson(const QByteArray &json, UsageData &data, const std::function<bool(qint64, qint64)> &progress);

} // namespace ftroi::usage
