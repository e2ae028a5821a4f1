// vLLM, GenAI-Perf and AIPerf results to measured points (loadtestkinds.h),
// by the contract's table: which key gives each value, the percentile rule,
// units converted to milliseconds.
#include "core/io/loadtestkinds.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ftroi::loadtest {

namespace {

QString numberText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

[[noreturn]] void refuse(const QString &key, const QString &why)
{
    throw LoadTestRefusal{key + QStringLiteral(": ") + why};
}

// A finite number >= 0 at `key` of `o`; `path` names it in a refusal.
double finiteNumber(const QJsonValue &v, const QString &path)
{
    if (v.isUndefined())
        refuse(path, QStringLiteral("is missing"));
    if (v.isNull())
        refuse(path, QStringLiteral("is null; a number is required"));
    if (v.isString() && (v.toString() == QLatin1String("NaN") || v.toString().endsWith(QLatin1String("Infinity"))))
        refuse(path, QStringLiteral("is %1, not a finite number").arg(v.toString()));
    if (!v.isDouble())
        refuse(path, QStringLiteral("expected a number"));
    const double d = v.toDouble();
    if (!std::isfinite(d))
        refuse(path, QStringLiteral("is not a finite number"));
    if (d < 0)
        refuse(path, QStringLiteral("%1 is negative").arg(numberText(d)));
    return d;
}

double positive(double v, const QString &path, const QString &why)
{
    if (!(v > 0))
        refuse(path, QStringLiteral("is %1; %2").arg(numberText(v), why));
    return v;
}

// "20250314-101010" (vLLM's "date") -> "2025-03-14"; empty when it is not one.
QString vllmDay(const QJsonValue &v)
{
    const QString t = v.toString();
    if (t.size() < 8)
        return {};
    const QDate day = QDate::fromString(t.left(8), QStringLiteral("yyyyMMdd"));
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

// Milliseconds per unit of a perf metric ("ms" when it names none).
double msPerUnit(const QJsonObject &metric, const QString &path)
{
    const QString unit = metric.value(QLatin1String("unit")).toString(QStringLiteral("ms"));
    if (unit == QLatin1String("ms"))
        return 1;
    if (unit == QLatin1String("s") || unit == QLatin1String("sec"))
        return 1000;
    if (unit == QLatin1String("us"))
        return 1e-3;
    if (unit == QLatin1String("ns"))
        return 1e-6;
    refuse(path + QStringLiteral(".unit"), QStringLiteral("\"%1\" is not ms, s or ns").arg(unit));
}

QJsonObject metricObject(const QJsonObject &metrics, const QString &name)
{
    const QJsonValue v = metrics.value(name);
    if (v.isUndefined())
        refuse(name, QStringLiteral("is missing"));
    if (!v.isObject())
        refuse(name, QStringLiteral("expected an object with the metric's statistics"));
    return v.toObject();
}

double statistic(const QJsonObject &metrics, const QString &name, const QString &stat, bool latency)
{
    const QJsonObject metric = metricObject(metrics, name);
    const QString path = name + QLatin1Char('.') + stat;
    const double v = finiteNumber(metric.value(stat), path);
    return latency ? v * msPerUnit(metric, name) : v;
}

// GenAI-Perf: input_config.concurrency or input_config.perf_analyzer.stimulus.concurrency;
// AIPerf: input_config.loadgen.concurrency.
double perfConcurrency(const QJsonObject &o)
{
    const QJsonObject config = o.value(QLatin1String("input_config")).toObject();
    const QJsonObject loadgen = config.value(QLatin1String("loadgen")).toObject();
    const QJsonObject stimulus =
        config.value(QLatin1String("perf_analyzer")).toObject().value(QLatin1String("stimulus")).toObject();
    QString path = QStringLiteral("input_config.concurrency");
    QJsonValue v = config.value(QLatin1String("concurrency"));
    if ((v.isUndefined() || v.isNull()) && loadgen.contains(QLatin1String("concurrency"))) {
        path = QStringLiteral("input_config.loadgen.concurrency");
        v = loadgen.value(QLatin1String("concurrency"));
    }
    if ((v.isUndefined() || v.isNull()) && stimulus.contains(QLatin1String("concurrency"))) {
        path = QStringLiteral("input_config.perf_analyzer.stimulus.concurrency");
        v = stimulus.value(QLatin1String("concurrency"));
    }
    if (v.isUndefined() || v.isNull())
        refuse(path, QStringLiteral("is missing: a request-rate run has no concurrency"));
    return positive(finiteNumber(v, path), path, QStringLiteral("a measured load needs a concurrency above 0"));
}

} // namespace

QString kindOf(const QJsonObject &o)
{
    if (o.contains(QLatin1String("total_token_throughput")) || o.contains(QLatin1String("max_concurrency")))
        return QStringLiteral("vllm");
    const bool aiperf = o.contains(QLatin1String("records"))
        || o.value(QLatin1String("input_config")).toObject().contains(QLatin1String("loadgen"));
    if (aiperf)
        return QStringLiteral("aiperf");
    if (o.contains(QLatin1String("time_to_first_token")) || o.contains(QLatin1String("input_config")))
        return QStringLiteral("genai_perf");
    return {};
}

Record vllmRecord(const QJsonObject &o)
{
    Record r;
    r.kind = QStringLiteral("vllm");
    const QStringList keys = o.keys();
    const auto anyKey = [&](const QString &prefix) {
        return std::any_of(keys.begin(), keys.end(), [&](const QString &k) { return k.startsWith(prefix); });
    };
    if (anyKey(QStringLiteral("p95_")))
        r.percentile = 95;
    else if (anyKey(QStringLiteral("p99_")))
        r.percentile = 99;
    else if (anyKey(QStringLiteral("median_")))
        r.percentile = 50;
    else
        refuse(QStringLiteral("p95_ttft_ms"), QStringLiteral("is missing, as are p99_* and median_* (no latency percentiles)"));
    const QString prefix = r.percentile == 50 ? QStringLiteral("median_") : QStringLiteral("p%1_").arg(r.percentile);

    const QJsonValue concurrency = o.value(QLatin1String("max_concurrency"));
    if (concurrency.isNull())
        refuse(QStringLiteral("max_concurrency"),
               QStringLiteral("is null: a rate-only run (--request-rate without --max-concurrency) has no concurrency"));
    BenchmarkPoint &p = r.point;
    p.concurrency = positive(finiteNumber(concurrency, QStringLiteral("max_concurrency")),
                             QStringLiteral("max_concurrency"), QStringLiteral("a measured load needs a concurrency above 0"));
    const double completed = finiteNumber(o.value(QLatin1String("completed")), QStringLiteral("completed"));
    positive(completed, QStringLiteral("completed"), QStringLiteral("no request completed, so tokens per request are not defined"));
    const double input = finiteNumber(o.value(QLatin1String("total_input_tokens")), QStringLiteral("total_input_tokens"));
    const double output = finiteNumber(o.value(QLatin1String("total_output_tokens")), QStringLiteral("total_output_tokens"));
    p.inputTokens = positive(input / completed, QStringLiteral("total_input_tokens"), QStringLiteral("a measured load needs input tokens"));
    p.outputTokens = positive(output / completed, QStringLiteral("total_output_tokens"), QStringLiteral("a measured load needs output tokens"));
    p.totalTokensPerS = positive(finiteNumber(o.value(QLatin1String("total_token_throughput")), QStringLiteral("total_token_throughput")),
                                 QStringLiteral("total_token_throughput"), QStringLiteral("a measured load needs a throughput above 0"));
    p.ttftMs = finiteNumber(o.value(prefix + QStringLiteral("ttft_ms")), prefix + QStringLiteral("ttft_ms"));
    p.tpotMs = finiteNumber(o.value(prefix + QStringLiteral("tpot_ms")), prefix + QStringLiteral("tpot_ms"));
    r.date = vllmDay(o.value(QLatin1String("date")));
    return r;
}

Record perfRecord(const QJsonObject &o)
{
    Record r;
    r.kind = kindOf(o) == QLatin1String("aiperf") ? QStringLiteral("aiperf") : QStringLiteral("genai_perf");
    const QJsonObject metrics = o.contains(QLatin1String("records")) ? o.value(QLatin1String("records")).toObject() : o;
    const QJsonObject ttft = metricObject(metrics, QStringLiteral("time_to_first_token"));
    if (ttft.contains(QLatin1String("p95")))
        r.percentile = 95;
    else if (ttft.contains(QLatin1String("p99")))
        r.percentile = 99;
    else
        refuse(QStringLiteral("time_to_first_token.p95"), QStringLiteral("is missing, as is p99"));
    const QString stat = QStringLiteral("p%1").arg(r.percentile);
    BenchmarkPoint &p = r.point;
    p.concurrency = perfConcurrency(o);
    p.ttftMs = statistic(metrics, QStringLiteral("time_to_first_token"), stat, true);
    p.tpotMs = statistic(metrics, QStringLiteral("inter_token_latency"), stat, true);
    const QString avg = QStringLiteral("avg");
    p.inputTokens = positive(statistic(metrics, QStringLiteral("input_sequence_length"), avg, false),
                             QStringLiteral("input_sequence_length.avg"), QStringLiteral("a measured load needs input tokens"));
    p.outputTokens = positive(statistic(metrics, QStringLiteral("output_sequence_length"), avg, false),
                              QStringLiteral("output_sequence_length.avg"), QStringLiteral("a measured load needs output tokens"));
    const double outputRate = positive(statistic(metrics, QStringLiteral("output_token_throughput"), avg, false),
                                       QStringLiteral("output_token_throughput.avg"),
                                       QStringLiteral("a measured load needs a throughput above 0"));
    p.totalTokensPerS = outputRate * (1 + p.inputTokens / p.outputTokens);
    return r;
}

QByteArray quoteNonFiniteNumbers(const QByteArray &json)
{
    static const QByteArray words[] = {QByteArrayLiteral("-Infinity"), QByteArrayLiteral("Infinity"), QByteArrayLiteral("NaN")};
    QByteArray out;
    out.reserve(json.size() + 16);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json.at(++i));
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out.append(c);
            continue;
        }
        bool replaced = false;
        for (const QByteArray &word : words) {
            if (json.size() - i >= word.size() && std::memcmp(json.constData() + i, word.constData(), size_t(word.size())) == 0) {
                out.append('"').append(word).append('"');
                i += word.size() - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out.append(c);
    }
    return out;
}

} // namespace ftroi::loadtest
