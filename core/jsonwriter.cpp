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
    for (char c : utf8) {
        switch (c) {
        case '"': m_out.append("\\\""); break;
        case '\\': m_out.append("\\\\"); break;
        case '\n': m_out.append("\\n"); break;
        case '\r': m_out.append("\\r"); break;
        case '\t': m_out.append("\\t"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", c);
                m_out.append(escape);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

} // namespace ftroi
