// JsonWriter: shortest round-trip numbers via std::to_chars, escaped strings,
// every piece copied straight into one buffer sized ahead of the text.
#include "core/text/jsonwriter.h"

#include "core/text/hugepages.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <cstdio>
#include <cmath>

namespace ftroi {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.resize(std::max<qsizetype>(reserve, 16));
    adviseHugePages(m_out.constData(), size_t(m_out.size()));
}

void JsonWriter::enlarge(qsizetype n)
{
    m_out.resize(std::max(2 * m_out.size(), m_used + n));
}

const QByteArray &JsonWriter::bytes() const
{
    m_out.resize(m_used); // keeps the capacity: a later write grows it back in place
    return m_out;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            put(',');
        m_hasItems.back() = true;
    }
}

void JsonWriter::beginObject()
{
    separate();
    put('{');
    m_hasItems.push_back(false);
}

void JsonWriter::endObject()
{
    put('}');
    m_hasItems.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    put('[');
    m_hasItems.push_back(false);
}

void JsonWriter::endArray()
{
    put(']');
    m_hasItems.pop_back();
}

void JsonWriter::key(const char *name)
{
    separate();
    const qsizetype n = qsizetype(std::strlen(name));
    char *at = room(n + 3);
    at[0] = '"';
    std::memcpy(at + 1, name, size_t(n));
    at[n + 1] = '"';
    at[n + 2] = ':';
    m_afterKey = true;
}

void JsonWriter::value(double v)
{
    separate();
    if (!std::isfinite(v)) {
        put("null", 4);
        return;
    }
    char buffer[32];
    std::to_chars_result end;
    if (v == std::trunc(v) && std::abs(v) < 1e15)
        end = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(v)); // 35000000, not 3.5e+07
    else
        end = std::to_chars(buffer, buffer + sizeof buffer, v); // shortest form that reads back exactly
    put(buffer, qsizetype(end.ptr - buffer));
}

void JsonWriter::value(const std::optional<double> &v)
{
    if (v)
        value(*v);
    else
        null();
}

void JsonWriter::value(bool v)
{
    separate();
    if (v)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::value(int v)
{
    value(double(v));
}

void JsonWriter::key(const QString &name)
{
    value(name);
    put(':');
    m_afterKey = true;
}

void JsonWriter::value(const QString &v)
{
    separate();
    put('"');
    const QByteArray utf8 = v.toUtf8();
    const char *plain = utf8.constData(); // start of the run of characters copied as they are
    const char *const end = plain + utf8.size();
    for (const char *p = plain; p != end; ++p) {
        const char c = *p;
        const char *escaped = nullptr;
        char unicode[8];
        switch (c) {
        case '"': escaped = "\\\""; break;
        case '\\': escaped = "\\\\"; break;
        case '\n': escaped = "\\n"; break;
        case '\r': escaped = "\\r"; break;
        case '\t': escaped = "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                std::snprintf(unicode, sizeof unicode, "\\u%04x", c);
                escaped = unicode;
            }
        }
        if (escaped) {
            put(plain, qsizetype(p - plain));
            put(escaped, qsizetype(std::strlen(escaped)));
            plain = p + 1;
        }
    }
    put(plain, qsizetype(end - plain));
    put('"');
}

void JsonWriter::null()
{
    separate();
    put("null", 4);
}

} // namespace ftroi
