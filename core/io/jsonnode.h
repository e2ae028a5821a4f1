// Two read-only views of a parsed JSON value with one interface, so the
// document reader runs unchanged on either: SimdNode (simdjson's DOM, the fast
// path) and QtNode (QJsonValue, used when simdjson refuses a text so that
// messages stay those of Qt's parser). Keys of known members are ASCII.
// Texts that repeat from scenario to scenario (keys, phase names, model and
// instance names, codes) are converted to QString once: sharedText().
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringDecoder>

#include <simdjson.h>

#include <array>
#include <cmath>
#include <string>
#include <algorithm>
#include <string_view>
#include <vector>

namespace ftroi {

// A key's length and its first, middle and last characters in one word: keys
// with different prints differ, so a look-up compares whole keys only when
// prints match.
inline quint64 keyPrint(std::string_view key)
{
    if (key.empty())
        return 0;
    const auto at = [&](size_t i) { return quint64(static_cast<unsigned char>(key[i])); };
    return quint64(key.size()) | at(0) << 32 | at(key.size() / 2) << 40 | at(key.size() - 1) << 48;
}

// UTF-8 bytes as a QString with a leading U+FEFF kept: QString::fromUtf8()
// drops it as a byte-order mark, which would make the keys "\ufeffx" and "x"
// one key, and change a name that starts with it.
inline QString utf8Text(const char *data, qsizetype size)
{
    if (size >= 3 && data[0] == '\xEF' && data[1] == '\xBB' && data[2] == '\xBF') {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
        return decoder(QByteArrayView(data, size));
    }
    return QString::fromUtf8(data, size);
}

// The QString of a short UTF-8 text, shared with earlier conversions of the
// same bytes (a direct-mapped cache of 256 entries a thread, so its memory is
// bounded); longer texts are converted every time.
inline QString sharedUtf8Text(std::string_view bytes)
{
    constexpr size_t kLongest = 48;
    if (bytes.empty() || bytes.size() > kLongest)
        return utf8Text(bytes.data(), qsizetype(bytes.size()));
    struct Entry {
        std::string bytes;
        QString text;
        bool filled = false;
    };
    thread_local std::array<Entry, 256> cache;
    quint64 hash = keyPrint(bytes);
    hash ^= hash >> 32;
    hash ^= hash >> 16;
    hash ^= hash >> 8;
    Entry &entry = cache[hash & 255];
    if (!entry.filled || entry.bytes != bytes) {
        entry.bytes.assign(bytes);
        entry.text = utf8Text(bytes.data(), qsizetype(bytes.size()));
        entry.filled = true;
    }
    return entry.text;
}

enum class NodeKind { Null, Bool, Number, String, Array, Object };

class QtNode
{
public:
    QtNode() = default;
    explicit QtNode(QJsonValue v) : m_v(std::move(v)) {}

    NodeKind kind() const
    {
        switch (m_v.type()) {
        case QJsonValue::Bool: return NodeKind::Bool;
        case QJsonValue::Double: return NodeKind::Number;
        case QJsonValue::String: return NodeKind::String;
        case QJsonValue::Array: return NodeKind::Array;
        case QJsonValue::Object: return NodeKind::Object;
        default: return NodeKind::Null;
        }
    }
    double number() const { return m_v.toDouble(); }
    bool boolean() const { return m_v.toBool(); }
    QString text() const { return m_v.toString(); }
    QString sharedText() const { return m_v.toString(); }
    bool textEquals(const char *s) const { return m_v.toString() == QLatin1String(s); }

    template<typename F>
    void forEachMember(F f) const
    {
        const QJsonObject o = m_v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            f(it.key(), QtNode(it.value()));
    }
    template<typename F>
    void forEachElement(F f) const
    {
        for (const QJsonValue &v : m_v.toArray())
            f(QtNode(v));
    }
    qsizetype size() const { return m_v.isArray() ? m_v.toArray().size() : m_v.toObject().size(); }
    QJsonValue toQt() const { return m_v; }

    // Member keys: Qt's own strings.
    using Key = QString;
    static bool keyEquals(const Key &key, std::string_view ascii) { return key == QLatin1String(ascii.data(), qsizetype(ascii.size())); }
    static QString keyText(const Key &key) { return key; }
    // Consistent with keyPrint(std::string_view) for ASCII keys (the only ones looked up).
    static quint64 print(const Key &key)
    {
        if (key.isEmpty())
            return 0;
        const auto at = [&](qsizetype i) { return quint64(key.at(i).unicode() & 0xff); };
        return quint64(key.size()) | at(0) << 32 | at(key.size() / 2) << 40 | at(key.size() - 1) << 48;
    }

private:
    QJsonValue m_v;
};

class SimdNode
{
public:
    SimdNode() = default;
    explicit SimdNode(simdjson::dom::element e) : m_e(e) {}

    NodeKind kind() const
    {
        switch (m_e.type()) {
        case simdjson::dom::element_type::BOOL: return NodeKind::Bool;
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::DOUBLE: return NodeKind::Number;
        case simdjson::dom::element_type::STRING: return NodeKind::String;
        case simdjson::dom::element_type::ARRAY: return NodeKind::Array;
        case simdjson::dom::element_type::OBJECT: return NodeKind::Object;
        default: return NodeKind::Null;
        }
    }
    double number() const
    {
        double d = 0;
        return m_e.get_double().get(d) ? 0 : d;
    }
    bool boolean() const
    {
        bool b = false;
        return m_e.get_bool().get(b) ? false : b;
    }
    std::string_view view() const
    {
        std::string_view s;
        return m_e.get_string().get(s) ? std::string_view() : s;
    }
    QString text() const
    {
        const std::string_view s = view();
        return utf8Text(s.data(), qsizetype(s.size()));
    }
    QString sharedText() const { return sharedUtf8Text(view()); }
    bool textEquals(const char *s) const { return view() == s; }

    template<typename F>
    void forEachMember(F f) const
    {
        simdjson::dom::object o;
        if (m_e.get_object().get(o))
            return;
        for (const simdjson::dom::key_value_pair &field : o)
            f(field.key, SimdNode(field.value));
    }
    template<typename F>
    void forEachElement(F f) const
    {
        simdjson::dom::array a;
        if (m_e.get_array().get(a))
            return;
        for (simdjson::dom::element e : a)
            f(SimdNode(e));
    }
    qsizetype size() const
    {
        simdjson::dom::array a;
        if (!m_e.get_array().get(a))
            return qsizetype(a.size());
        simdjson::dom::object o;
        if (!m_e.get_object().get(o))
            return qsizetype(o.size());
        return 0;
    }
    QJsonValue toQt() const
    {
        switch (kind()) {
        case NodeKind::Bool: return boolean();
        case NodeKind::Number: return qtNumber();
        case NodeKind::String: return text();
        case NodeKind::Array: {
            QJsonArray a;
            forEachElement([&](const SimdNode &n) { a.append(n.toQt()); });
            return a;
        }
        case NodeKind::Object: {
            // In key order: a QJsonObject keeps its keys sorted, so each insert lands at the end.
            std::vector<std::pair<QString, SimdNode>> members;
            forEachMember([&](std::string_view k, const SimdNode &n) { members.emplace_back(keyText(k), n); });
            std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            QJsonObject o;
            for (const auto &[key, value] : members)
                o.insert(key, value.toQt());
            return o;
        }
        case NodeKind::Null: break;
        }
        return QJsonValue(QJsonValue::Null);
    }

    // A number as Qt's parser keeps it, so that a preserved value is written the
    // same whichever parser read it: whole numbers within qint64 exactly as
    // integers ("81e15" too), everything else as a double.
    QJsonValue qtNumber() const
    {
        int64_t i = 0;
        if (m_e.type() == simdjson::dom::element_type::INT64 && !m_e.get_int64().get(i))
            return QJsonValue(qint64(i));
        const double d = number();
        if (d >= -9223372036854775808.0 && d < 9223372036854775808.0 && d == std::trunc(d))
            return QJsonValue(qint64(d));
        return QJsonValue(d);
    }

    using Key = std::string_view;
    static bool keyEquals(Key key, std::string_view ascii) { return key == ascii; }
    static QString keyText(Key key) { return sharedUtf8Text(key); }
    static quint64 print(Key key) { return keyPrint(key); }

private:
    simdjson::dom::element m_e;
};

} // namespace ftroi
