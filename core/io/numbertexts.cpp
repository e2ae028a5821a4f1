// Kept number texts (numbertexts.h): one linear scan of the document's text
// that follows the kept values alongside, and the writer's substitution.
#include "core/io/numbertexts.h"

#include "core/io/jsonnode.h"
#include "core/io/strictjson.h"

#include <QJsonArray>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace ftroi {

namespace {

constexpr char16_t kMarkerUnit = 0xDFFF; // a lone low surrogate: never in a document read (strictjson.h)

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Where a number token starts: JSON's '-' and digits, and the '+' and '.' Qt's parser also takes.
bool startsNumber(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
}

qsizetype numberEnd(const char *data, qsizetype size, qsizetype i)
{
    while (i < size && isNumberChar(data[i]))
        ++i;
    return i;
}

// `i` at a string's opening quote; the index of its closing quote.
qsizetype stringEnd(const char *data, qsizetype size, qsizetype i)
{
    for (++i; i < size; ++i) {
        if (data[i] == '\\')
            ++i;
        else if (data[i] == '"')
            return i;
    }
    return size;
}

// How Qt's writer writes one number value.
QByteArray writtenText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

// The key of the string from `begin` (its opening quote) to `end` (its closing one).
QString keyText(const char *data, qsizetype begin, qsizetype end)
{
    const char *inner = data + begin + 1;
    const qsizetype length = end - begin - 1;
    if (!std::memchr(inner, '\\', size_t(length)))
        return utf8Text(inner, length);
    const QByteArray quoted = QByteArray(1, '[') + QByteArray(data + begin, end - begin + 1) + ']';
    return QJsonDocument::fromJson(quoted).array().at(0).toString();
}

// Whether the number text from `begin` to `end` is beyond what simdjson reads:
// a double's range, or for a whole number without a fraction or exponent, 64 bits.
bool outOfRange(const char *begin, const char *end)
{
    if (std::find_if(begin, end, [](char c) { return c == '.' || c == 'e' || c == 'E'; }) == end) {
        std::int64_t negative = 0;
        std::uint64_t positive = 0;
        const std::from_chars_result whole = *begin == '-' ? std::from_chars(begin, end, negative) : std::from_chars(begin, end, positive);
        if (whole.ptr == end)
            return whole.ec == std::errc::result_out_of_range;
    }
    double value = 0;
    const std::from_chars_result parsed = std::from_chars(begin, end, value);
    return parsed.ptr == end && parsed.ec == std::errc::result_out_of_range;
}

// The opening of a marker as the writer writes it: a quote, then the escaped surrogate.
const QByteArray &markerOpening()
{
    static const QByteArray opening = [] {
        const QByteArray text = QJsonDocument(QJsonArray{QString(QChar(kMarkerUnit))}).toJson(QJsonDocument::Compact);
        return text.mid(1, text.size() - 3); // ["\udfff"] -> "\udfff
    }();
    return opening;
}

bool hasKeptNumber(const QJsonValue &value);

bool hasKeptNumber(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (hasKeptNumber(it.value()))
            return true;
    return false;
}

bool hasKeptNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return true;
    if (value.isObject())
        return hasKeptNumber(value.toObject());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (hasKeptNumber(array.at(i)))
                return true;
    }
    return false;
}

// One open object or array of the text, with the kept container that mirrors it (if any).
struct Frame {
    enum class Kept { None, Object, Array, Scenarios };
    bool isArray = false;
    bool expectKey = true;
    qsizetype index = 0; // arrays: the current element
    QString key;         // kept objects and the root: the current member
    Kept kept = Kept::None;
    QJsonObject object;
    QJsonArray array;
    bool modified = false;
    int owner = -1; // -2: the document's preserved, >= 0: that scenario's, -1: the parent frame's container
    QString keyInParent;
    qsizetype indexInParent = -1;

    QJsonValue slot() const
    {
        if (kept == Kept::Object && !expectKey)
            return object.value(key);
        if (kept == Kept::Array && index < array.size())
            return array.at(index);
        return QJsonValue(QJsonValue::Undefined);
    }
    void setSlot(const QJsonValue &value)
    {
        if (kept == Kept::Object)
            object.insert(key, value);
        else
            array.replace(index, value);
        modified = true;
    }
};

Frame openFrame(bool isArray, const std::vector<Frame> &stack, ScenarioDocument &document)
{
    Frame child;
    child.isArray = isArray;
    if (stack.empty()) {
        child.kept = isArray ? Frame::Kept::None : Frame::Kept::Object;
        child.object = document.preserved;
        child.owner = -2;
        return child;
    }
    const Frame &top = stack.back();
    if (top.owner == -2 && !top.expectKey && isArray && top.key == QLatin1String("scenarios")) {
        child.kept = Frame::Kept::Scenarios;
        return child;
    }
    if (top.kept == Frame::Kept::Scenarios) {
        if (!isArray && top.index < document.scenarios.size() && !document.scenarios[top.index].preserved.isEmpty()) {
            child.kept = Frame::Kept::Object;
            child.object = document.scenarios[top.index].preserved;
            child.owner = int(top.index);
        }
        return child;
    }
    const QJsonValue slot = top.slot();
    if (!isArray && slot.isObject() && !slot.toObject().isEmpty()) {
        child.kept = Frame::Kept::Object;
        child.object = slot.toObject();
    } else if (isArray && slot.isArray() && !slot.toArray().isEmpty()) {
        child.kept = Frame::Kept::Array;
        child.array = slot.toArray();
    }
    child.keyInParent = top.key;
    child.indexInParent = top.index;
    return child;
}

void closeFrame(std::vector<Frame> &stack, ScenarioDocument &document)
{
    Frame done = std::move(stack.back());
    stack.pop_back();
    if (!done.modified)
        return;
    if (done.owner == -2) {
        document.preserved = done.object;
    } else if (done.owner >= 0) {
        document.scenarios[done.owner].preserved = done.object;
    } else if (!stack.empty()) {
        Frame &parent = stack.back();
        const QJsonValue value = done.isArray ? QJsonValue(done.array) : QJsonValue(done.object);
        if (parent.kept == Frame::Kept::Object)
            parent.object.insert(done.keyInParent, value);
        else
            parent.array.replace(done.indexInParent, value);
        parent.modified = true;
    }
}

} // namespace

QString keptNumberMarker(const QByteArray &numberText)
{
    return QChar(kMarkerUnit) + QString::fromLatin1(numberText);
}

std::optional<QByteArray> keptNumberText(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.isEmpty() || text.front().unicode() != kMarkerUnit)
        return std::nullopt;
    return text.mid(1).toLatin1();
}

std::optional<QByteArray> zeroOutOfRangeNumbers(const QByteArray &json, std::vector<qsizetype> &offsets)
{
    offsets.clear();
    QByteArray copy;
    const char *data = json.constData();
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            i = stringEnd(data, size, i);
        } else if (startsNumber(c)) {
            const qsizetype end = numberEnd(data, size, i);
            if (outOfRange(data + i, data + end)) {
                if (copy.isEmpty())
                    copy = json;
                copy[i] = '0';
                std::memset(copy.data() + i + 1, ' ', size_t(end - i - 1));
                offsets.push_back(i);
            }
            i = end - 1;
        }
    }
    if (offsets.empty())
        return std::nullopt;
    return copy;
}

bool keepNumberTexts(const QByteArray &json, ScenarioDocument &document, const std::vector<qsizetype> &zeroed)
{
    bool anyKept = hasKeptNumber(document.preserved);
    for (qsizetype s = 0; s < document.scenarios.size() && !anyKept; ++s)
        anyKept = hasKeptNumber(document.scenarios[s].preserved);
    if (!anyKept)
        return zeroed.empty();

    std::vector<Frame> stack;
    qsizetype zeroedFound = 0;
    const char *data = json.constData();
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '{' || c == '[') {
            stack.push_back(openFrame(c == '[', stack, document));
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                closeFrame(stack, document);
        } else if (stack.empty()) {
            continue; // a byte-order mark or space before the root
        } else if (c == ',') {
            Frame &top = stack.back();
            if (top.isArray)
                ++top.index;
            else
                top.expectKey = true;
        } else if (c == ':') {
            stack.back().expectKey = false;
        } else if (c == '"') {
            const qsizetype end = stringEnd(data, size, i);
            Frame &top = stack.back();
            if (!top.isArray && top.expectKey && (top.kept == Frame::Kept::Object || top.owner == -2))
                top.key = keyText(data, i, end);
            i = end;
        } else if (startsNumber(c)) {
            const qsizetype end = numberEnd(data, size, i);
            Frame &top = stack.back();
            const QJsonValue kept = top.slot();
            if (kept.isDouble()) {
                const QByteArray text(data + i, end - i);
                // Only JSON's own spelling is kept (".5", which Qt's parser also takes, is written as 0.5).
                if (isJsonNumberText(text) && writtenText(kept) != text) {
                    top.setSlot(keptNumberMarker(text));
                    if (std::binary_search(zeroed.begin(), zeroed.end(), i))
                        ++zeroedFound;
                }
            }
            i = end - 1;
        }
    }
    while (!stack.empty())
        closeFrame(stack, document);
    return zeroedFound == qsizetype(zeroed.size());
}

QByteArray documentJsonText(const QJsonObject &root, QJsonDocument::JsonFormat format)
{
    const QByteArray text = QJsonDocument(root).toJson(format);
    const QByteArray &opening = markerOpening();
    qsizetype at = text.indexOf(opening);
    if (at < 0)
        return text;
    QByteArray out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (at >= 0) {
        const qsizetype begin = at + opening.size();
        const qsizetype end = numberEnd(text.constData(), text.size(), begin);
        if (end > begin && end < text.size() && text.at(end) == '"') {
            out.append(text.constData() + from, at - from);
            out.append(text.constData() + begin, end - begin);
            from = end + 1;
        } else {
            out.append(text.constData() + from, begin - from);
            from = begin;
        }
        at = text.indexOf(opening, from);
    }
    out.append(text.constData() + from, text.size() - from);
    return out;
}

} // namespace ftroi
