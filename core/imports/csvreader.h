// A streaming CSV reader (RFC 4180 and what spreadsheets and databases write):
// a UTF-8 byte-order mark, CRLF or LF line ends, quoted fields holding commas,
// doubled quotes and line breaks; blank lines are skipped. It reads the file
// in 1 MB blocks, so an export of any size takes memory for one record.
// Fields are views into the record's own buffer, valid until the next record.
#pragma once

#include <QIODevice>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace ftroi::usage {

struct CsvRecord {
    qint64 line = 0; // the line the record starts on, 1-based
    std::vector<std::string_view> fields;
};

class CsvReader
{
public:
    explicit CsvReader(QIODevice &device);
    // The next record; false at the end of the file or on an error (error() then says why).
    bool next(CsvRecord &record);
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_consumed; }

private:
    bool refill();
    int peek()
    {
        if (m_pos == m_end && !refill())
            return -1;
        return uchar(m_block[m_pos]);
    }

    QIODevice &m_device;
    std::vector<char> m_block;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_started = false;
    std::string m_text;                                 // the record's fields, unquoted
    std::vector<std::pair<size_t, size_t>> m_fieldSpans; // offset, length in m_text
    QString m_error;
};

} // namespace ftroi::usage
