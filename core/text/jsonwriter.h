// A small streaming JSON writer for large outputs (20,000 results): appends
// to one reserved buffer, prints numbers in their shortest exact form,
// writes null for missing or non-finite numbers.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstring>
#include <optional>
#include <vector>

namespace ftroi {

class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 4096);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char *name); // an ASCII key without characters that need escaping
    void key(const QString &name); // any key, escaped

    void value(double v);
    void value(const std::optional<double> &v);
    void value(bool v);
    void value(int v);
    void value(const QString &v);
    void null();

    template<typename T>
    void member(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

    const QByteArray &bytes() const;

private:
    void separate();
    // Room for n more bytes at the end of the text (the buffer grows by doubling).
    char *room(qsizetype n)
    {
        if (m_used + n > m_out.size())
            enlarge(n);
        char *at = m_out.data() + m_used;
        m_used += n;
        return at;
    }
    void enlarge(qsizetype n);
    void put(const char *s, qsizetype n) { std::memcpy(room(n), s, size_t(n)); }
    void put(char c) { *room(1) = c; }

    mutable QByteArray m_out; // sized ahead of the text; bytes() trims it to m_used
    qsizetype m_used = 0;
    std::vector<bool> m_hasItems; // per open object/array: needs a comma before the next item
    bool m_afterKey = false;
};

} // namespace ftroi
