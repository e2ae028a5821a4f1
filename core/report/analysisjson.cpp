// Serialisation of the analysis results through the streaming JsonWriter.
#include "core/report/analysisjson.h"

#include "core/text/jsonwriter.h"

namespace ftroi {

namespace {

void writeStats(JsonWriter &out, const char *name, const SampleStats &s)
{
    out.key(name);
    out.beginObject();
    out.member("mean", s.mean);
    out.member("p5", s.p5);
    out.member("p10", s.p10);
    out.member("p50", s.p50);
    out.member("p90", s.p90);
    out.member("p95", s.p95);
    out.endObject();
}

QByteArray csvNumber(const std::optional<double> &v)
{
    return v ? QByteArray::number(*v, 'g', 17) : QByteArray();
}

} // namespace

void writeSimulation(JsonWriter &out, const QString &name, const SimulationResult &r)
{
    out.beginObject();
    out.member("name", name);
    out.member("samples", double(r.samples));
    writeStats(out, "monthly_savings", r.monthlySavings);
    writeStats(out, "npv", r.npv);
    out.key("payback_months");
    out.beginObject();
    out.member("p10", r.payback.p10);
    out.member("p50", r.payback.p50);
    out.member("p90", r.payback.p90);
    out.endObject();
    out.member("probability_savings_positive", r.probabilitySavingsPositive);
    out.member("probability_payback_within_lifetime", r.probabilityPaybackWithinLifetime);
    out.key("best_path_shares");
    out.beginObject();
    out.member("api", r.shareApi);
    out.member("managed", r.shareManaged);
    out.member("self_hosted", r.shareSelfHosted);
    out.endObject();
    out.endObject();
}

QByteArray sensitivityJson(const Sensitivity &s)
{
    JsonWriter out(1024);
    out.beginObject();
    out.member("metric", metricCode(s.metric));
    out.member("base", s.base);
    out.key("rows");
    out.beginArray();
    for (const SensitivityRow &row : s.rows) {
        out.beginObject();
        out.member("input", row.input);
        out.member("low", row.low);
        out.member("high", row.high);
        out.member("metric_at_low", row.metricAtLow);
        out.member("metric_at_high", row.metricAtHigh);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.bytes();
}

QByteArray goalSeekJson(const GoalSeek &g)
{
    JsonWriter out(512);
    out.beginObject();
    out.member("input", g.input);
    out.member("value", g.value);
    out.member("metric", metricCode(g.metric));
    out.member("target", g.target);
    out.member("achieved", g.achieved);
    if (!g.value)
        out.member("reason", g.reason);
    out.endObject();
    return out.bytes();
}

QByteArray gridJson(const Grid &g, Metric metric)
{
    JsonWriter out(qsizetype(g.values.size()) * 24 + 256);
    out.beginObject();
    out.key("x");
    out.beginArray();
    for (double x : g.x)
        out.value(x);
    out.endArray();
    out.key("y");
    out.beginArray();
    for (double y : g.y)
        out.value(y);
    out.endArray();
    out.member("metric", metricCode(metric));
    out.key("values");
    out.beginArray();
    for (size_t iy = 0; iy < g.y.size(); ++iy) {
        out.beginArray();
        for (size_t ix = 0; ix < g.x.size(); ++ix)
            out.value(g.values[iy * g.x.size() + ix]);
        out.endArray();
    }
    out.endArray();
    if (g.anyOverCapacity()) { // only then: a grid with no such cell keeps format 2's bytes
        out.key("over_capacity");
        out.beginArray();
        for (size_t iy = 0; iy < g.y.size(); ++iy) {
            out.beginArray();
            for (size_t ix = 0; ix < g.x.size(); ++ix)
                out.value(g.overCapacity[iy * g.x.size() + ix] != 0);
            out.endArray();
        }
        out.endArray();
    }
    out.endObject();
    return out.bytes();
}

// First row: the y path over the x path, then the x values; each further row a y value and its metrics.
QByteArray gridCsv(const Grid &g, const QString &xPath, const QString &yPath)
{
    QByteArray csv = '"' + yPath.toUtf8() + " \\ " + xPath.toUtf8() + '"';
    for (double x : g.x)
        csv += ',' + QByteArray::number(x, 'g', 17);
    csv += '\n';
    for (size_t iy = 0; iy < g.y.size(); ++iy) {
        csv += QByteArray::number(g.y[iy], 'g', 17);
        for (size_t ix = 0; ix < g.x.size(); ++ix)
            csv += ',' + csvNumber(g.values[iy * g.x.size() + ix]);
        csv += '\n';
    }
    return csv;
}

} // namespace ftroi
