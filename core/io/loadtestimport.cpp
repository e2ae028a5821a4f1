// Load-test files to a benchmark (loadtestimport.h): each file one JSON object
// or JSON lines, every result one point; the files of one kind and one
// percentile, concurrencies distinct.
#include "core/io/loadtestimport.h"

#include "core/io/loadtestkinds.h"
#include "core/text/inputfile.h"
#include "core/text/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace ftroi {

namespace {

using loadtest::LoadTestRefusal;
using loadtest::Record;

// One JSON object to a record; `where` is "name" or "name, line N".
Record recordOf(const QJsonObject &o, const QString &where)
{
    const QString kind = loadtest::kindOf(o);
    try {
        if (kind == QLatin1String("vllm"))
            return loadtest::vllmRecord(o);
        if (!kind.isEmpty())
            return loadtest::perfRecord(o);
    } catch (const LoadTestRefusal &refusal) {
        throw LoadTestRefusal{where + QStringLiteral(": ") + refusal.message};
    }
    throw LoadTestRefusal{where + QStringLiteral(": not a load-test result this version reads (vLLM's --save-result "
                                                 "JSON, GenAI-Perf's *_genai_perf.json or AIPerf's "
                                                 "profile_export_aiperf.json)")};
}

QJsonObject parseObject(const QByteArray &text, const QString &where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(loadtest::quoteNonFiniteNumbers(text), &error);
    if (error.error != QJsonParseError::NoError)
        throw LoadTestRefusal{where + QStringLiteral(": not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset)};
    if (!doc.isObject())
        throw LoadTestRefusal{where + QStringLiteral(": expected a JSON object with one load-test result")};
    return doc.object();
}

// The records of one file: one JSON object, or one per non-empty line.
QList<Record> recordsOf(const LoadTestFile &file)
{
    if (const QString fault = unicodeEncodingFault(file.bytes); !fault.isEmpty())
        throw LoadTestRefusal{file.name + QLatin1Char(' ') + fault};
    const QByteArray text = file.bytes.mid(utf8BomLength(file.bytes));
    const QByteArray quoted = loadtest::quoteNonFiniteNumbers(text);
    QJsonParseError whole;
    const QJsonDocument doc = QJsonDocument::fromJson(quoted, &whole);
    if (whole.error == QJsonParseError::NoError)
        return {recordOf(parseObject(text, file.name), file.name)};
    const QList<QByteArray> lines = text.split('\n');
    const auto firstLine = std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) { return !l.trimmed().isEmpty(); });
    QJsonParseError lineError;
    if (firstLine == lines.end()
        || (QJsonDocument::fromJson(loadtest::quoteNonFiniteNumbers(firstLine->trimmed()), &lineError), lineError.error)) {
        // Not JSON lines either: the whole text's fault, at its line and column.
        const QByteArray before = quoted.left(whole.offset);
        throw LoadTestRefusal{QStringLiteral("%1: not valid JSON (%2 at line %3, column %4)")
                                  .arg(file.name, whole.errorString())
                                  .arg(before.count('\n') + 1)
                                  .arg(whole.offset - before.lastIndexOf('\n'))};
    }
    QList<Record> records;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QString where = QStringLiteral("%1, line %2").arg(file.name).arg(i + 1);
        records.append(recordOf(parseObject(line, where), where));
    }
    if (records.isEmpty())
        throw LoadTestRefusal{file.name + QStringLiteral(": holds no load-test result")};
    return records;
}

QString percentileText(double p)
{
    return p == 50 ? QStringLiteral("median") : QStringLiteral("p%1").arg(p);
}

} // namespace

Result<LoadTestImport> parseLoadTests(const QList<LoadTestFile> &files)
{
    LoadTestImport out;
    if (files.isEmpty())
        return Failure{QStringLiteral("no load-test file given")};
    QStringList where; // of each point, for a refusal of a repeated concurrency
    QString firstOfKind;
    try {
        for (const LoadTestFile &file : files) {
            out.files.append(file.name);
            const QList<Record> records = recordsOf(file);
            for (const Record &r : records) {
                if (firstOfKind.isEmpty()) {
                    firstOfKind = file.name;
                    out.kind = r.kind;
                    out.percentile = r.percentile;
                }
                if (r.kind != out.kind)
                    return Failure{QStringLiteral("%1: a %2 result, but %3 holds %4 results; import one kind at a time")
                                       .arg(file.name, r.kind, firstOfKind, out.kind)};
                if (r.percentile != out.percentile)
                    return Failure{QStringLiteral("%1: latencies at %2, but %3 gives them at %4; all files must give "
                                                  "the same percentile")
                                       .arg(file.name, percentileText(r.percentile), firstOfKind,
                                            percentileText(out.percentile))};
                for (qsizetype j = 0; j < out.points.size(); ++j)
                    if (out.points.at(j).concurrency == r.point.concurrency)
                        return Failure{QStringLiteral("%1: concurrency %2 is measured twice (also in %3)")
                                           .arg(file.name, QString::number(r.point.concurrency), where.at(j))};
                out.points.append(r.point);
                where.append(file.name);
                if (!r.date.isEmpty()) {
                    if (out.from.isEmpty() || r.date < out.from)
                        out.from = r.date;
                    if (out.to.isEmpty() || r.date > out.to)
                        out.to = r.date;
                }
            }
        }
    } catch (const LoadTestRefusal &refusal) {
        return Failure{refusal.message};
    }
    std::sort(out.points.begin(), out.points.end(),
              [](const BenchmarkPoint &a, const BenchmarkPoint &b) { return a.concurrency < b.concurrency; });
    return out;
}

Result<LoadTestImport> importLoadTests(const QStringList &paths)
{
    QList<LoadTestFile> files;
    for (const QString &path : paths) {
        const QString shown = QDir::toNativeSeparators(path);
        if (!QFileInfo::exists(path))
            return Failure{QStringLiteral("%1: no such file").arg(shown)};
        if (const Result<void> fit = checkInputFile(path); !fit)
            return Failure{QStringLiteral("%1 %2").arg(shown, fit.error())};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Failure{QStringLiteral("%1: %2").arg(shown, file.errorString())};
        files.append({QFileInfo(path).fileName(), file.readAll()});
    }
    return parseLoadTests(files);
}

Benchmark benchmarkFromImport(const LoadTestImport &import, const QDate &today)
{
    Benchmark b;
    b.percentile = import.percentile;
    b.points = import.points;
    ImportSource source;
    source.kind = import.kind;
    source.file = import.files.join(QStringLiteral(", "));
    source.from = import.from;
    source.to = import.to;
    source.importedAt = today.toString(Qt::ISODate);
    b.source = source;
    return b;
}

QString applyBenchmark(Scenario &s, const Benchmark &benchmark)
{
    SelfHosted &sh = s.selfHosted;
    sh.benchmark = benchmark;
    const Speedup none;
    const Speedup &x = sh.speedup;
    if (x.engine == 1 && x.quantization == 1 && x.speculativeDecoding == 1)
        return {};
    sh.speedup = none;
    return QStringLiteral("the speed-up factors are set back to 1: the load test measured the engine, precision and "
                          "decoding");
}

QByteArray loadTestImportJson(const LoadTestImport &import)
{
    JsonWriter out(256 + 160 * import.points.size());
    out.beginObject();
    out.member("kind", import.kind);
    out.member("percentile", import.percentile);
    out.key("points");
    out.beginArray();
    for (const BenchmarkPoint &p : import.points) {
        out.beginObject();
        out.member("concurrency", p.concurrency);
        out.member("total_tokens_per_s", p.totalTokensPerS);
        out.member("ttft_ms", p.ttftMs);
        out.member("tpot_ms", p.tpotMs);
        out.member("input_tokens", p.inputTokens);
        out.member("output_tokens", p.outputTokens);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.bytes();
}

} // namespace ftroi
