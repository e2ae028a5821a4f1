// Load-test results -> measured capacity (the contract's imports.md, "Load-test
// results"): vLLM's `vllm bench serve --save-result` JSON (one object per file
// or JSON lines), GenAI-Perf's *_genai_perf.json and AIPerf's
// profile_export_aiperf.json, each result one point of
// `self_hosted.benchmark`. Any fault refuses the whole import, naming the file
// (and line) and the key; nothing is skipped.
#pragma once

#include "core/model/scenario.h"
#include "core/text/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ftroi {

// One file's text and the name its refusals use (its base name).
struct LoadTestFile {
    QString name;
    QByteArray bytes;
};

struct LoadTestImport {
    QString kind;                 // "vllm", "genai_perf", "aiperf"
    double percentile = 95;       // the latencies' percentile, the same for every file
    QList<BenchmarkPoint> points; // sorted by concurrency
    QStringList files;            // base names, in the order given
    QString from, to;             // first and last day of the runs, when the files date them
};

// The points of the files' results (all of one kind and one percentile).
Result<LoadTestImport> parseLoadTests(const QList<LoadTestFile> &files);
// Reads each path (regular files within the input-file limit) and parses them.
Result<LoadTestImport> importLoadTests(const QStringList &paths);

// The benchmark the import sets: its percentile, points and source, imported `today`.
Benchmark benchmarkFromImport(const LoadTestImport &import, const QDate &today);
// Sets the scenario's benchmark; speed-up factors go back to 1, as the
// benchmark measures the engine, precision and decoding. Returns what else
// changed, in words ("" when nothing did).
QString applyBenchmark(Scenario &s, const Benchmark &benchmark);

// `benchmark import --json`: { "kind", "percentile", "points": [...] }.
QByteArray loadTestImportJson(const LoadTestImport &import);

} // namespace ftroi
