// The kinds of load-test result (loadtestimport.h): one JSON object of vLLM,
// GenAI-Perf or AIPerf to one measured point. Each function throws a
// LoadTestRefusal naming the key; the caller adds the file's name.
#pragma once

#include "core/model/scenario.h"

#include <QJsonObject>
#include <QString>

namespace ftroi::loadtest {

struct LoadTestRefusal {
    QString message; // "p95_ttft_ms: is missing"
};

struct Record {
    QString kind;           // "vllm", "genai_perf", "aiperf"
    double percentile = 95; // of the latencies
    BenchmarkPoint point;
    QString date;           // YYYY-MM-DD when the result names its day (vLLM's "date"), else empty
};

// The kind of result `o` holds, or an empty string when none this reads.
QString kindOf(const QJsonObject &o);
Record vllmRecord(const QJsonObject &o);
// GenAI-Perf or AIPerf (told apart by content).
Record perfRecord(const QJsonObject &o);

// JSON text with Python's bare NaN, Infinity and -Infinity (outside strings)
// turned into the strings "NaN", "Infinity", "-Infinity", so that a result
// holding one is read and its key refused as not finite.
QByteArray quoteNonFiniteNumbers(const QByteArray &json);

} // namespace ftroi::loadtest
