// Usage exports in JSON, read with simdjson (see usagejson.h).
#include "core/imports/usagejson.h"

#include "core/imports/usagerows.h"
#include "core/imports/usagevalues.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <string>

namespace ftroi::usage {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

struct Refusal {
    QString why;
};

QString describe(element v)
{
    switch (v.type()) {
    case element_type::NULL_VALUE: return QStringLiteral("null");
    case element_type::BOOL: return bool(v) ? QStringLiteral("true") : QStringLiteral("false");
    case element_type::STRING: return QStringLiteral("the text \"%1\"").arg(QString::fromUtf8(std::string_view(v).data(), qsizetype(std::min<size_t>(std::string_view(v).size(), 40))));
    case element_type::ARRAY: return QStringLiteral("a list");
    case element_type::OBJECT: return QStringLiteral("an object");
    default: return QStringLiteral("a number");
    }
}

double numberOf(element v)
{
    switch (v.type()) {
    case element_type::INT64: return double(int64_t(v));
    case element_type::UINT64: return double(uint64_t(v));
    default: return double(v);
    }
}

bool isNumber(element v)
{
    const element_type t = v.type();
    return t == element_type::INT64 || t == element_type::UINT64 || t == element_type::DOUBLE;
}

// obj[key] as a count >= 0; `required` false: absent or null gives `fallback`.
double count(simdjson::dom::object obj, const char *key, const QString &at, bool required, double fallback = 0)
{
    element v;
    const QString place = at + QLatin1Char('.') + QLatin1String(key);
    if (obj.at_key(key).get(v) != simdjson::SUCCESS) {
        if (required)
            throw Refusal{place + QStringLiteral(": required key is missing")};
        return fallback;
    }
    if (v.is_null()) {
        if (required)
            throw Refusal{place + QStringLiteral(": is null; expected a number")};
        return fallback;
    }
    if (!isNumber(v))
        throw Refusal{place + QStringLiteral(": expected a number, found ") + describe(v)};
    const double d = numberOf(v);
    if (!std::isfinite(d))
        throw Refusal{place + QStringLiteral(": is not a finite number")};
    if (d < 0)
        throw Refusal{place + QStringLiteral(": %1 is negative; a count is a number >= 0").arg(d)};
    return d;
}

void readBucket(element bucketNode, const QString &at, UsageData &data)
{
    simdjson::dom::object bucket;
    if (bucketNode.get(bucket) != simdjson::SUCCESS)
        throw Refusal{at + QStringLiteral(": expected a bucket object, found ") + describe(bucketNode)};
    const double start = count(bucket, "start_time", at, true);
    const double end = count(bucket, "end_time", at, true);
    if (!(end > start))
        throw Refusal{at + QStringLiteral(".end_time: %1 is not after start_time (%2)").arg(end, 0, 'f', 0).arg(start, 0, 'f', 0)};
    data.buckets.emplace_back(int64_t(start), int64_t(end));
    if (end - start > 3600)
        data.resolvesHours = false;
    element resultsNode;
    if (bucket.at_key("results").get(resultsNode) != simdjson::SUCCESS)
        throw Refusal{at + QStringLiteral(".results: required key is missing")};
    simdjson::dom::array results;
    if (resultsNode.get(results) != simdjson::SUCCESS)
        throw Refusal{at + QStringLiteral(".results: expected a list, found ") + describe(resultsNode)};
    size_t i = 0;
    for (element r : results) {
        const QString rat = at + QStringLiteral(".results[%1]").arg(i++);
        simdjson::dom::object result;
        if (r.get(result) != simdjson::SUCCESS)
            throw Refusal{rat + QStringLiteral(": expected an object, found ") + describe(r)};
        const double input = count(result, "input_tokens", rat, true);
        const double output = count(result, "output_tokens", rat, true);
        const double requests = count(result, "num_model_requests", rat, true);
        const double cached = count(result, "input_cached_tokens", rat, false);
        std::string_view model;
        bool named = false;
        element m;
        if (result.at_key("model").get(m) == simdjson::SUCCESS && !m.is_null()) {
            if (!m.is_string())
                throw Refusal{rat + QStringLiteral(".model: expected a name or null, found ") + describe(m)};
            model = std::string_view(m);
            named = true;
        }
        ModelTotals &t = data.model(model, named);
        element b;
        if (result.at_key("batch").get(b) == simdjson::SUCCESS && !b.is_null()) {
            if (!b.is_bool())
                throw Refusal{rat + QStringLiteral(".batch: expected true, false or null, found ") + describe(b)};
            data.batchKnown = true;
            if (bool(b))
                t.batchRequests += requests;
        }
        ++t.rows;
        t.requests += requests;
        t.inputTokens += input;
        t.outputTokens += output;
        t.cachedInputTokens += cached;
        data.addTimed(t, int64_t(start), input + output);
    }
}

bool isPage(element v)
{
    simdjson::dom::object o;
    if (v.get(o) != simdjson::SUCCESS)
        return false;
    std::string_view object;
    if (o.at_key("object").get(object) == simdjson::SUCCESS && object == "page")
        return true;
    simdjson::dom::array buckets;
    element first;
    return o.at_key("data").get(buckets) == simdjson::SUCCESS && buckets.at(0).get(first) == simdjson::SUCCESS
           && first.is_object() && first.at_key("results").error() == simdjson::SUCCESS;
}

void readPages(element root, UsageData &data, const std::function<bool(qint64, qint64)> &progress)
{
    data.kind = UsageKind::OpenAiUsage;
    data.bucketed = true;
    std::vector<element> pages;
    if (root.is_array()) {
        for (element p : simdjson::dom::array(root))
            pages.push_back(p);
    } else {
        pages.push_back(root);
    }
    qint64 done = 0;
    for (size_t p = 0; p < pages.size(); ++p) {
        const QString at = root.is_array() ? QStringLiteral("[%1].data").arg(p) : QStringLiteral("data");
        simdjson::dom::object page;
        if (pages[p].get(page) != simdjson::SUCCESS)
            throw Refusal{at.left(at.size() - 5) + QStringLiteral(": expected a page object, found ") + describe(pages[p])};
        simdjson::dom::array buckets;
        element bucketsNode;
        if (page.at_key("data").get(bucketsNode) != simdjson::SUCCESS)
            throw Refusal{at + QStringLiteral(": required key is missing")};
        if (bucketsNode.get(buckets) != simdjson::SUCCESS)
            throw Refusal{at + QStringLiteral(": expected a list of buckets, found ") + describe(bucketsNode)};
        size_t i = 0;
        for (element b : buckets) {
            readBucket(b, at + QStringLiteral("[%1]").arg(i++), data);
            if ((++done & 0xFFF) == 0 && progress && !progress(done, 0))
                throw Refusal{QStringLiteral("cancelled")};
        }
    }
}

void readRows(element root, UsageData &data, const std::function<bool(qint64, qint64)> &progress)
{
    simdjson::dom::array rows;
    QString prefix;
    if (root.get(rows) != simdjson::SUCCESS) {
        if (root.at_key("data").get(rows) != simdjson::SUCCESS)
            throw Refusal{QStringLiteral("is not a usage export this version reads: expected OpenAI's usage pages "
                                         "({\"object\": \"page\", \"data\": [...]}) or a list of LiteLLM rows")};
        prefix = QStringLiteral("data");
    }
    element first;
    if (rows.at(0).get(first) != simdjson::SUCCESS || !first.is_object())
        throw Refusal{QStringLiteral("holds no usage rows")};
    std::vector<std::string_view> header;
    for (const auto field : simdjson::dom::object(first))
        header.push_back(field.key);
    QString why;
    const std::optional<RowLayout> found = rowLayoutOf(header, why);
    if (!found)
        throw Refusal{prefix + QStringLiteral("[0]: ") + why};
    // Values by role: column r of the row layout is role r.
    RowLayout layout = *found;
    std::array<bool, RoleCount> used{};
    for (int r = 0; r < RoleCount; ++r) {
        used[size_t(r)] = found->column[size_t(r)] >= 0;
        layout.column[size_t(r)] = used[size_t(r)] ? r : -1;
    }
    data.kind = layout.kind;
    data.bucketed = layout.kind == UsageKind::LiteLlmDaily;
    data.resolvesHours = !data.bucketed;
    data.hasStatus = layout.kind == UsageKind::LiteLlmSpendLogs;
    std::vector<std::string_view> fields(RoleCount);
    std::vector<bool> present(RoleCount);
    std::array<std::array<char, 40>, RoleCount> numbers{};
    size_t i = 0;
    for (element rowNode : rows) {
        const QString at = prefix + QStringLiteral("[%1]").arg(i++);
        simdjson::dom::object row;
        if (rowNode.get(row) != simdjson::SUCCESS)
            throw Refusal{at + QStringLiteral(": expected a row object, found ") + describe(rowNode)};
        present.assign(RoleCount, false);
        for (const auto field : row) {
            for (int r = 0; r < RoleCount; ++r) {
                if (!used[size_t(r)] || !equalsLower(field.key, layout.name[size_t(r)]))
                    continue;
                const element v = field.value;
                if (v.is_null())
                    break;
                if (v.is_string()) {
                    fields[size_t(r)] = std::string_view(v);
                } else if (v.is_bool()) {
                    fields[size_t(r)] = bool(v) ? "true" : "false";
                } else if (isNumber(v)) {
                    char *b = numbers[size_t(r)].data();
                    const auto res = std::to_chars(b, b + numbers[size_t(r)].size(), numberOf(v));
                    fields[size_t(r)] = std::string_view(b, size_t(res.ptr - b));
                } else {
                    throw Refusal{at + QLatin1Char('.') + QString::fromUtf8(field.key.data(), qsizetype(field.key.size()))
                                  + QStringLiteral(": expected a value, found ") + describe(v)};
                }
                present[size_t(r)] = true;
            }
        }
        if (const QString fault = addRow(data, layout, fields, present); !fault.isEmpty())
            throw Refusal{at + QStringLiteral(": ") + fault};
        if ((i & 0xFFFF) == 0 && progress && !progress(qint64(i), qint64(rows.size())))
            throw Refusal{QStringLiteral("cancelled")};
    }
}

} // namespace

QString readUsageJson(const QByteArray &json, UsageData &data, const std::function<bool(qint64, qint64)> &progress)
{
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(json.constData(), size_t(json.size()));
    element root;
    if (const auto error = parser.parse(padded).get(root); error != simdjson::SUCCESS)
        return QStringLiteral("is not valid JSON: ") + QString::fromLatin1(simdjson::error_message(error));
    try {
        bool pages = isPage(root);
        if (!pages && root.is_array()) {
            element first;
            pages = simdjson::dom::array(root).at(0).get(first) == simdjson::SUCCESS && isPage(first);
        }
        if (pages)
            readPages(root, data, progress);
        else
            readRows(root, data, progress);
    } catch (const Refusal &refusal) {
        return refusal.why;
    }
    return QString();
}

} // namespace ftroi::usage
