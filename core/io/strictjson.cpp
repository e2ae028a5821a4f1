// Strict JSON checks beyond simdjson's DOM (see strictjson.h). Both are linear
// in the text (a sort of each object's keys aside) and build a path only for
// the message.
#include "core/io/strictjson.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

namespace ftroi {

namespace {

// "line 3, column 17"
QString place(const char *data, qsizetype at)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < at; ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80) { // a character, not a UTF-8 continuation
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of "\uXXXX" at data[i] (the backslash), or -1.
int escapedUnit(const char *data, qsizetype size, qsizetype i)
{
    if (i + 6 > size || data[i] != '\\' || data[i + 1] != 'u')
        return -1;
    int unit = 0;
    for (int k = 2; k < 6; ++k) {
        const int h = hexValue(data[i + k]);
        if (h < 0)
            return -1;
        unit = unit * 16 + h;
    }
    return unit;
}

// One step of the path from the root to an object: a member's key or an element's index.
struct PathStep {
    const PathStep *parent;
    std::string_view key; // empty for an element
    qsizetype index;
};

QString pathText(const PathStep *step)
{
    QString text;
    for (; step; step = step->parent) {
        if (step->key.data())
            text.prepend((step->parent ? QStringLiteral(".") : QString())
                         + QString::fromUtf8(step->key.data(), qsizetype(step->key.size())));
        else
            text.prepend(QLatin1Char('[') + QString::number(step->index) + QLatin1Char(']'));
    }
    return text;
}

QString duplicateIn(const SimdNode &node, const PathStep *at)
{
    QString fault;
    if (node.kind() == NodeKind::Object) {
        // A handful of keys (the usual object) are compared pairwise; many are sorted.
        QVarLengthArray<std::string_view, 32> keys;
        node.forEachMember([&](std::string_view key, const SimdNode &) { keys.push_back(key); });
        const std::string_view *twice = keys.end();
        if (keys.size() <= 24) {
            for (const std::string_view *a = keys.begin(); a != keys.end() && twice == keys.end(); ++a)
                for (const std::string_view *b = a + 1; b != keys.end(); ++b)
                    if (*a == *b) {
                        twice = a;
                        break;
                    }
        } else {
            std::sort(keys.begin(), keys.end());
            twice = std::adjacent_find(keys.begin(), keys.end());
        }
        if (twice != keys.end()) {
            const QString path = pathText(at);
            return (path.isEmpty() ? QStringLiteral("document") : path) + QStringLiteral(": ")
                   + QStringLiteral("\"%1\" is given twice; a key may appear once in an object")
                         .arg(QString::fromUtf8(twice->data(), qsizetype(twice->size())));
        }
        node.forEachMember([&](std::string_view key, const SimdNode &value) {
            if (fault.isEmpty() && (value.kind() == NodeKind::Object || value.kind() == NodeKind::Array)) {
                const PathStep step{at, key.data() ? key : std::string_view("", 0), -1};
                fault = duplicateIn(value, &step);
            }
        });
    } else if (node.kind() == NodeKind::Array) {
        qsizetype index = 0;
        node.forEachElement([&](const SimdNode &element) {
            if (fault.isEmpty() && (element.kind() == NodeKind::Object || element.kind() == NodeKind::Array)) {
                const PathStep step{at, std::string_view(), index};
                fault = duplicateIn(element, &step);
            }
            ++index;
        });
    }
    return fault;
}

} // namespace

QString rawJsonTextFault(const char *data, qsizetype size)
{
    bool inString = false;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return QStringLiteral("%1: a control character (U+%2) inside a string; JSON needs it escaped (\\n, \\t, \\u00XX)")
                .arg(place(data, i))
                .arg(c, 4, 16, QLatin1Char('0'));
        } else if (c == '\\') {
            const char escaped = i + 1 < size ? data[i + 1] : '\0';
            if (!std::strchr("\"\\/bfnrtu", escaped) || escaped == '\0')
                return QStringLiteral("%1: \"\\%2\" is not an escape JSON knows (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\uXXXX)")
                    .arg(place(data, i), QString::fromUtf8(data + i + 1, i + 1 < size ? 1 : 0));
            const int unit = escapedUnit(data, size, i);
            if (escaped == 'u' && unit < 0)
                return QStringLiteral("%1: \\u must be followed by four hexadecimal digits").arg(place(data, i));
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low = escapedUnit(data, size, i + 6);
                if (low < 0xDC00 || low > 0xDFFF)
                    return QStringLiteral("%1: \\u%2 starts a UTF-16 surrogate pair without its second half")
                        .arg(place(data, i))
                        .arg(unit, 4, 16, QLatin1Char('0'));
                i += 11; // both escapes
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                return QStringLiteral("%1: \\u%2 is the second half of a UTF-16 surrogate pair without its first")
                    .arg(place(data, i))
                    .arg(unit, 4, 16, QLatin1Char('0'));
            } else {
                ++i; // the escaped character (a quote or a backslash must not end or start anything)
            }
        }
    }
    return QString();
}

bool isJsonNumberText(const QByteArray &text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < n && text.at(i) >= '0' && text.at(i) <= '9')
            ++i;
        return i > from;
    };
    if (i < n && text.at(i) == '-')
        ++i;
    if (i < n && text.at(i) == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < n && text.at(i) == '.' && (++i, !digits()))
        return false;
    if (i < n && (text.at(i) == 'e' || text.at(i) == 'E')) {
        ++i;
        if (i < n && (text.at(i) == '+' || text.at(i) == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

QString numberSyntaxFault(const char *data, qsizetype size)
{
    const auto isNumberChar = [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; };
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            for (++i; i < size && data[i] != '"'; ++i)
                if (data[i] == '\\')
                    ++i;
        } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            qsizetype end = i;
            while (end < size && isNumberChar(data[end]))
                ++end;
            const QByteArray token(data + i, end - i);
            if (!isJsonNumberText(token))
                return QStringLiteral("%1: \"%2\" is not a number as JSON writes one").arg(place(data, i), QString::fromLatin1(token));
            i = end - 1;
        }
    }
    return QString();
}

QString duplicateKeyFault(const SimdNode &root)
{
    return duplicateIn(root, nullptr);
}

} // namespace ftroi
