// JsonWriter: shortest round-trip numbers via std::to_chars, escaped strings.
#include "jsonwriter.h"

#include <charconv>
#include <cstdio>
#include <cmath>

namespace ftroi {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            m_out.append(',');
        m_hasItems.back() = true;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_hasItems.push_back(false);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_hasItems.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_hasItems.push_back(false);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_hasItems.pop_back();
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_afterKey = true;
}

void JsonWriter::value(double v)
{
    separate();
    if (!std::isfinite(v)) {
        m_out.append("null");
        return;
    }
    char buffer[32];
    std::to_chars_result end;
    if (v == std::trunc(v) && std::abs(v) < 1e15)
        end = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(v)); // 35000000, not 3.5e+07
    else
        end = std::to_chars(buffer, buffer + sizeof buffer, v); // shortest form that reads back exactly
    m_out.append(buffer, qsizetype(end.ptr - buffer));
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
    m_out.append(v ? "true" : "false");
}

void JsonWriter::value(int v)
{
    value(double(v));
}

void JsonWriter::value(const QString &v)
{
    separate();
    m_out.append('"');
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
            m_out.append(plain, qsizetype(p - plain)).append(escaped);
            plain = p + 1;
        }
    }
    m_out.append(plain, qsizetype(end - plain));
    m_out.append('"');
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

} // namespace ftroi
