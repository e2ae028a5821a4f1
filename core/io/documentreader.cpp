// Strict reader for scenario documents. Every check names the JSON path of
// the offending value; the first failure refuses the whole document.
// Parsing is simdjson's (the DOM, one reused parser a thread); when simdjson
// refuses a text, Qt's parser reads it instead, so the messages about broken
// JSON stay Qt's. Both run the same validation through the JsonNode views.
// Keys the reader does not know are kept in `preserved` for re-saving, their
// numbers with their text (numbertexts.h).
#include "core/io/documentformat.h"

#include "core/io/jsonnode.h"
#include "core/io/numbertexts.h"
#include "core/io/scenariowalk.h"
#include "core/io/strictjson.h"
#include "core/text/inputfile.h"
#include "core/text/hugepages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ftroi {

namespace {

using reader::readRootOrThrow;
using reader::Refusal;

QString parseErrorMessage(const QByteArray &json, const QJsonParseError &error)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < error.offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("not a valid JSON document: %1 at line %2, column %3")
        .arg(error.errorString())
        .arg(line)
        .arg(column);
}

template<typename Node>
ReadResult readRoot(const Node &root)
{
    ReadResult result;
    try {
        ScenarioDocument document;
        readRootOrThrow(root, document);
        result.document = std::move(document);
    } catch (const Refusal &refusal) {
        result.error = refusal.message;
    }
    return result;
}

// What the format refuses in a text simdjson parsed: raw control characters
// and lone surrogates in strings, keys given twice.
QString strictFaults(const QByteArray &json, const SimdNode &root)
{
    QString fault = rawJsonTextFault(json.constData(), json.size());
    if (fault.isEmpty())
        fault = duplicateKeyFault(root);
    return fault;
}

// Qt's parser: for texts simdjson refuses, so that their messages stay the same.
ReadResult readWithQt(const QByteArray &json, const char *simdjsonError)
{
    ReadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = parseErrorMessage(json, parseError);
        return result;
    }
    if (simdjsonError) {
        // Qt reads what simdjson refused: an integer beyond 64 bits for a known
        // key, which its domain refuses with a message naming it, or what Qt
        // lets through and JSON does not (".5", "\e"), which is named.
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : doc.isArray() ? QJsonValue(doc.array()) : QJsonValue();
        QString fault = rawJsonTextFault(json.constData(), json.size());
        if (fault.isEmpty())
            fault = numberSyntaxFault(json.constData(), json.size());
        if (!fault.isEmpty())
            return {std::nullopt, fault};
        ReadResult read = readRoot(QtNode(root));
        // A document only Qt's parser takes is not one this reader can keep
        // as it is (Qt merges keys that start with U+FEFF): refused.
        if (read.document)
            return {std::nullopt, QStringLiteral("not a valid JSON document: ") + QString::fromLatin1(simdjsonError)};
        return read;
    }
    return result;
}

} // namespace

QByteArray readDocumentBytes(QIODevice &device)
{
    constexpr qsizetype kPadding = qsizetype(simdjson::SIMDJSON_PADDING);
    QByteArray bytes;
    const qint64 expected = device.isSequential() ? 0 : device.size() - device.pos();
    if (expected > 0 && expected < qint64(std::numeric_limits<qsizetype>::max() / 2)) {
        bytes.reserve(qsizetype(expected) + kPadding);
        adviseHugePages(bytes.constData(), size_t(expected));
        bytes.resize(qsizetype(expected));
        bytes.resize(qsizetype(std::max<qint64>(0, device.read(bytes.data(), expected))));
    }
    bytes += device.readAll(); // a sequential device, or what a growing file gained
    bytes.reserve(bytes.size() + kPadding); // nothing to do when read above
    return bytes;
}

namespace {

// simdjson's reading of `json`; nullopt (with simdjson's error) when simdjson refuses the text.
std::optional<ReadResult> readWithSimdjson(const QByteArray &json, simdjson::error_code &error)
{
    // One parser a thread: its buffers are reused from document to document.
    thread_local simdjson::dom::parser parser;
    // Bytes with simdjson's padding after them (readDocumentBytes) are parsed in
    // place; others are copied into the parser's padded buffer first.
    // data_ptr() only reads here: it is not const in Qt 6.4 but does not detach.
    const bool padded = const_cast<QByteArray &>(json).data_ptr().freeSpaceAtEnd() >= qsizetype(simdjson::SIMDJSON_PADDING);
    const size_t size = size_t(json.size());
    if (parser.capacity() < size && size <= parser.max_capacity() && parser.allocate(size) == simdjson::SUCCESS
        && parser.doc.allocate(size) == simdjson::SUCCESS) {
        // The tape holds 8 bytes per value, the strings about as much as the text.
        adviseHugePages(parser.doc.tape.get(), 8 * size);
        adviseHugePages(parser.doc.string_buf.get(), size);
    }
    simdjson::dom::element root;
    error = parser.parse(json.constData(), size_t(json.size()), !padded).get(root);
    if (error)
        return std::nullopt;
    if (QString fault = strictFaults(json, SimdNode(root)); !fault.isEmpty())
        return ReadResult{std::nullopt, fault};
    return readRoot(SimdNode(root));
}

} // namespace

ReadResult readDocument(const QByteArray &json)
{
    if (const QString fault = unicodeEncodingFault(json); !fault.isEmpty())
        return {std::nullopt, QStringLiteral("document: ") + fault};
    if (const int bom = utf8BomLength(json))
        return readDocument(json.mid(bom)); // UTF-8's byte-order mark: allowed, and not part of the JSON
    simdjson::error_code error = simdjson::SUCCESS;
    if (std::optional<ReadResult> read = readWithSimdjson(json, error)) {
        if (read->document)
            keepNumberTexts(json, *read->document);
        return std::move(*read);
    }
    // simdjson refused the text. A number beyond a double's range or an integer
    // beyond 64 bits is read as 0, and may stand only where its text is kept
    // (an unknown key); otherwise Qt's parser has the last word: its message
    // for broken JSON, or its reading of the numbers (refused by their domain).
    std::vector<qsizetype> zeroed;
    if (const std::optional<QByteArray> copy = zeroOutOfRangeNumbers(json, zeroed)) {
        simdjson::error_code again = simdjson::SUCCESS;
        std::optional<ReadResult> read = readWithSimdjson(*copy, again);
        if (read && read->document && keepNumberTexts(json, *read->document, zeroed))
            return std::move(*read);
    }
    return readWithQt(json, simdjson::error_message(error));
}

} // namespace ftroi
