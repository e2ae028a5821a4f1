// Format 3's measured capacity in the scenario walk (scenariowalk.h): the
// `self_hosted.benchmark` object (percentile, points, source) and
// `self_hosted.slo`, read through ObjectReader. Points keep the file's order
// and their unknown keys; the rules the format puts on them (at least one
// point, distinct concurrencies) are checked here.
#pragma once

#include "core/io/objectreader.h"

#include <QDate>

namespace ftroi::reader {

// A load test's `source` object: each text key optional, the dates YYYY-MM-DD.
template<typename R>
ImportSource readBenchmarkSource(const R &src)
{
    ImportSource out;
    const auto text = [&](std::string_view key) { return src.has(key) ? src.text(key) : QString(); };
    const auto date = [&](std::string_view key) {
        const QString t = text(key);
        if (!t.isEmpty() && (t.size() != 10 || !QDate::fromString(t, Qt::ISODate).isValid()))
            src.refuse(key, QStringLiteral("\"%1\" is not a date YYYY-MM-DD").arg(t));
        return t;
    };
    out.kind = text("kind");
    out.file = text("file");
    out.from = date("from");
    out.to = date("to");
    out.importedAt = date("imported_at");
    return out;
}

// One measured load, item `index` of the list `points` of `b`.
template<typename R>
BenchmarkPoint readBenchmarkPoint(const typename R::Node &item, const R &b, qsizetype index)
{
    const QString path = b.at("points") + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    if (item.kind() != NodeKind::Object)
        throw Refusal{path + QStringLiteral(": expected an object, found ") + describe(item)};
    const R p(item, path);
    BenchmarkPoint point;
    point.concurrency = p.number("concurrency", kPositiveDomain);
    point.totalTokensPerS = p.number("total_tokens_per_s", kPositiveDomain);
    point.ttftMs = p.number("ttft_ms", kNonNegativeDomain);
    point.tpotMs = p.number("tpot_ms", kNonNegativeDomain);
    point.inputTokens = p.number("input_tokens", kPositiveDomain);
    point.outputTokens = p.number("output_tokens", kPositiveDomain);
    point.preserved = p.unknown();
    return point;
}

// The benchmark object `b`; `unknownOut` receives its unknown keys (and its source's).
template<typename R>
Benchmark readBenchmark(const R &b, QJsonObject &unknownOut)
{
    using Node = typename R::Node;
    Benchmark out;
    if (b.has("percentile")) {
        const double p = b.number("percentile", kPositiveDomain);
        if (p != 50 && p != 90 && p != 95 && p != 99)
            b.refuse("percentile", QStringLiteral("%1 is not one of 50, 90, 95, 99").arg(numberText(p)));
        out.percentile = p;
    }
    const Node points = b.required("points");
    if (points.kind() != NodeKind::Array)
        b.refuse("points", QStringLiteral("expected a list of measured loads, found %1").arg(describe(points)));
    if (points.size() == 0)
        b.refuse("points", QStringLiteral("the list is empty; a benchmark holds at least one measured load"));
    qsizetype index = 0;
    points.forEachElement([&](const Node &item) {
        const qsizetype i = index++;
        const BenchmarkPoint point = readBenchmarkPoint(item, b, i);
        for (qsizetype j = 0; j < out.points.size(); ++j)
            if (out.points[j].concurrency == point.concurrency)
                throw Refusal{b.at("points") + QStringLiteral("[%1].concurrency: %2 is measured twice (also points[%3])")
                                                   .arg(i)
                                                   .arg(numberText(point.concurrency))
                                                   .arg(j)};
        out.points.append(point);
    });
    QJsonObject sourceUnknown;
    if (b.has("source")) {
        const R src = b.child("source");
        out.source = readBenchmarkSource(src);
        sourceUnknown = src.unknown();
    }
    unknownOut = b.unknown({{"source", sourceUnknown}});
    return out;
}

// The slo object `o` (each objective optional).
template<typename R>
Slo readSlo(const R &o)
{
    return Slo{o.optionalNumber("ttft_ms", kPositiveDomain), o.optionalNumber("tpot_ms", kPositiveDomain)};
}

// A benchmark is measured with its engine, precision and decoding: a speed-up
// on top would count them twice.
template<typename R>
void refuseSpeedupWithBenchmark(const R &h, const Speedup &x)
{
    const auto name = [](double v) { return numberText(v); };
    if (x.engine != 1 || x.quantization != 1 || x.speculativeDecoding != 1)
        h.refuse("benchmark",
                 QStringLiteral("a measured benchmark already includes the engine, quantization and decoding; "
                                "remove \"speedup\" (engine %1, quantization %2, speculative_decoding %3) or set "
                                "each factor to 1")
                     .arg(name(x.engine), name(x.quantization), name(x.speculativeDecoding)));
}

} // namespace ftroi::reader
