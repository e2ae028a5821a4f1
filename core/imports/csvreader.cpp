// The streaming CSV reader (see csvreader.h).
#include "core/imports/csvreader.h"

#include <cstring>

namespace ftroi::usage {

namespace {
constexpr qsizetype kBlockBytes = 1 << 20;
}

CsvReader::CsvReader(QIODevice &device) : m_device(device), m_block(size_t(kBlockBytes)) {}

bool CsvReader::refill()
{
    m_consumed += m_end;
    const qint64 n = m_device.read(m_block.data(), kBlockBytes);
    m_pos = 0;
    m_end = n > 0 ? qsizetype(n) : 0;
    if (n < 0)
        m_error = QStringLiteral("cannot read: %1").arg(m_device.errorString());
    if (!m_started && m_end >= 3 && std::memcmp(m_block.data(), "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3; // a UTF-8 byte-order mark
    m_started = true;
    return m_end > m_pos;
}

bool CsvReader::next(CsvRecord &record)
{
    for (;;) {
        m_text.clear();
        m_fieldSpans.clear();
        record.line = m_line;
        if (peek() < 0)
            return false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            const size_t start = m_text.size();
            if (peek() == '"') {
                ++m_pos;
                for (;;) {
                    // Copy up to the next quote in one go.
                    if (m_pos == m_end && !refill()) {
                        if (m_error.isEmpty())
                            m_error = QStringLiteral("line %1: a quoted field is not closed").arg(record.line);
                        return false;
                    }
                    const char *from = m_block.data() + m_pos;
                    const void *quote = std::memchr(from, '"', size_t(m_end - m_pos));
                    const qsizetype n = quote ? static_cast<const char *>(quote) - from : m_end - m_pos;
                    for (qsizetype i = 0; i < n; ++i)
                        m_line += from[i] == '\n';
                    m_text.append(from, size_t(n));
                    m_pos += n;
                    if (!quote)
                        continue;
                    ++m_pos; // the quote
                    if (peek() == '"') {
                        m_text.push_back('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
            }
            // Unquoted text (or what follows a closing quote) up to a comma or a line end.
            for (;;) {
                if (m_pos == m_end && !refill())
                    break;
                const char *p = m_block.data() + m_pos;
                const char *e = m_block.data() + m_end;
                const char *q = p;
                while (q < e && *q != ',' && *q != '\n' && *q != '\r')
                    ++q;
                m_text.append(p, size_t(q - p));
                m_pos += q - p;
                if (q < e)
                    break;
            }
            m_fieldSpans.emplace_back(start, m_text.size() - start);
            const int c = peek();
            if (c == ',') {
                ++m_pos;
                continue;
            }
            if (c == '\r') {
                ++m_pos;
                if (peek() == '\n')
                    ++m_pos;
            } else if (c == '\n') {
                ++m_pos;
            }
            ++m_line;
            endOfRecord = true;
        }
        if (!m_error.isEmpty())
            return false;
        if (m_fieldSpans.size() == 1 && m_fieldSpans.front().second == 0)
            continue; // a blank line
        record.fields.clear();
        for (const auto &[offset, length] : m_fieldSpans)
            record.fields.emplace_back(m_text.data() + offset, length);
        return true;
    }
}

} // namespace ftroi::usage
