// The analysis commands: argument checks (each refusal names the argument,
// exit 2), the computation in core/, a readable table or the contract's JSON.
#include "app/cli/analysiscommands.h"

#include "core/report/analysisjson.h"
#include "core/model/rangerules.h"
#include "app/cli/clisupport.h"
#include "core/text/format.h"
#include "core/text/jsonwriter.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace cli {

namespace {

using namespace ftroi;

const QLocale kLocale(QLocale::English, QLocale::UnitedStates);

QString shown(const std::optional<double> &v, const QString &none = QStringLiteral("never"))
{
    if (v && std::abs(*v) >= 1e15)
        return QString::number(*v, 'g', 6); // not three hundred digits for 1e300
    return v ? formatNumber(kLocale, *v, 2) : none;
}

bool refuse(const QString &command, const QString &message)
{
    printErr(command + QStringLiteral(": ") + message);
    return false;
}

bool parseMetric(const QCommandLineParser &parser, const QString &command, Metric &metric)
{
    const QString text = parser.value(QStringLiteral("metric"));
    const std::optional<Metric> m = metricFromCode(text);
    if (!m)
        return refuse(command, QStringLiteral("--metric: \"%1\" is not one of %2").arg(text, metricCodes().join(QStringLiteral(", "))));
    metric = *m;
    return true;
}

bool resolve(const Scenario &s, const QString &command, const QString &option, const QString &path, InputHandle &handle)
{
    const std::optional<InputHandle> h = resolveInput(s, path);
    if (!h)
        return refuse(command, QStringLiteral("--%1: \"%2\" names no numeric input of scenario \"%3\" (for example workload.requests_per_day, "
                                              "self_hosted.instance_cost_per_hour, project.engineering_hours.<phase>)")
                                   .arg(option, path, s.name));
    handle = *h;
    return true;
}

// --x PATH=LO:HI:COUNT
bool parseAxis(const QCommandLineParser &parser, const Scenario &s, const QString &option, bool logarithmic, GridAxis &axis)
{
    const QString text = parser.value(option);
    static const QRegularExpression form(QStringLiteral("^([^=]+)=([^:]+):([^:]+):([^:]+)$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return refuse(QStringLiteral("grid"), QStringLiteral("--%1: expected PATH=LO:HI:COUNT, found \"%2\"").arg(option, text));
    axis.path = m.captured(1);
    bool okLo = false, okHi = false, okCount = false;
    axis.low = m.captured(2).toDouble(&okLo);
    axis.high = m.captured(3).toDouble(&okHi);
    axis.count = m.captured(4).toInt(&okCount);
    axis.logarithmic = logarithmic;
    if (!okLo || !okHi || !std::isfinite(axis.low) || !std::isfinite(axis.high))
        return refuse(QStringLiteral("grid"), QStringLiteral("--%1: LO and HI must be numbers, found \"%2\"").arg(option, text));
    if (!okCount || axis.count < 2 || axis.count > 1000)
        return refuse(QStringLiteral("grid"), QStringLiteral("--%1: COUNT must be a whole number from 2 to 1000, found \"%2\"").arg(option, m.captured(4)));
    if (!(axis.low < axis.high))
        return refuse(QStringLiteral("grid"), QStringLiteral("--%1: LO (%2) must be below HI (%3)").arg(option, m.captured(2), m.captured(3)));
    if (logarithmic && !(axis.low > 0))
        return refuse(QStringLiteral("grid"), QStringLiteral("--%1: a logarithmic axis needs LO > 0, found %2").arg(option, m.captured(2)));
    if (!resolve(s, QStringLiteral("grid"), option, axis.path, axis.handle))
        return false;
    if (!axis.handle.domain.contains(axis.low) || !axis.handle.domain.contains(axis.high))
        return refuse(QStringLiteral("grid"), QStringLiteral("--%1: %2..%3 leaves the domain of %4, %5")
                                                  .arg(option, m.captured(2), m.captured(3), axis.path, axis.handle.domain.text()));
    if (const QString fault = gridAxisFault(axis); !fault.isEmpty())
        return refuse(QStringLiteral("grid"), QStringLiteral("--%1: %2").arg(option, fault));
    return true;
}

// A non-negative whole number option; `fallback` when not given.
bool countOption(const QCommandLineParser &parser, const QString &command, const QString &name, double min, double max, double &value)
{
    if (!parser.isSet(name))
        return true;
    // Digits only, read as a whole number: "9007199254740993" is not taken for its nearest double.
    const QString text = parser.value(name).trimmed();
    bool ok = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    const qulonglong whole = ok ? text.toULongLong(&ok) : 0;
    const double v = double(whole);
    if (!ok || qulonglong(v) != whole || v < min || v > max)
        return refuse(command, QStringLiteral("--%1: expected a whole number from %2 to %3, found \"%4\"")
                                   .arg(name, QString::number(min, 'g', 20), QString::number(max, 'g', 20), parser.value(name)));
    value = v;
    return true;
}

// Loads FILE and picks the scenario --scenario names; returns the exit code on failure.
int loadScenario(const QCommandLineParser &parser, const QString &path, const QString &command,
                 ScenarioDocument &document, const Scenario *&scenario)
{
    if (int code = loadDocument(path, document))
        return code;
    QString error;
    scenario = pickScenario(document, parser.value(QStringLiteral("scenario")), error);
    if (!scenario) {
        refuse(command, error);
        return kExitRefused;
    }
    return kExitOk;
}

QString statsLine(const SampleStats &s)
{
    return QStringLiteral("P10 %1   P50 %2   P90 %3   mean %4")
        .arg(shown(s.p10, QStringLiteral("n/a")), shown(s.p50, QStringLiteral("n/a")), shown(s.p90, QStringLiteral("n/a")),
             shown(s.mean, QStringLiteral("n/a")));
}

} // namespace

int simulateCommand(const QCommandLineParser &parser, const QString &path)
{
    ScenarioDocument document;
    if (int code = loadDocument(path, document))
        return code;
    double samplesOverride = -1, seedOverride = -1;
    if (!countOption(parser, QStringLiteral("simulate"), QStringLiteral("samples"), 1, kMaxSamples, samplesOverride)
        || !countOption(parser, QStringLiteral("simulate"), QStringLiteral("seed"), 0, 9007199254740992.0, seedOverride))
        return kExitRefused;

    for (const Scenario &s : document.scenarios) {
        const double samples = samplesOverride > 0 ? samplesOverride : s.uncertainty.value_or(Uncertainty{}).samples;
        if (const QString fault = simulationBudgetFault(samples, s.project.lifetimeMonths); !fault.isEmpty()) {
            refuse(QStringLiteral("simulate"), QStringLiteral("scenario \"%1\": %2").arg(s.name, fault));
            return kExitRefused;
        }
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    JsonWriter out(4096);
    QString text;
    out.beginArray();
    for (const Scenario &s : document.scenarios) {
        const Uncertainty u = s.uncertainty.value_or(Uncertainty{});
        const auto samples = std::int64_t(samplesOverride > 0 ? samplesOverride : u.samples);
        const auto seed = std::uint64_t(seedOverride >= 0 ? seedOverride : u.seed);
        const SimulationResult r = simulate(s, samples, seed);
        writeSimulation(out, s.name, r);
        text += QStringLiteral("%1\n%2\n").arg(s.name, QString(s.name.size(), QLatin1Char('=')));
        text += QStringLiteral("  %1 samples, seed %2, %3 range(s)\n").arg(samples).arg(seed).arg(u.ranges.size());
        text += QStringLiteral("  Monthly savings  %1\n").arg(statsLine(r.monthlySavings));
        text += QStringLiteral("  NPV              %1\n").arg(statsLine(r.npv));
        text += QStringLiteral("  Payback (months) P10 %1   P50 %2   P90 %3\n")
                    .arg(shown(r.payback.p10), shown(r.payback.p50), shown(r.payback.p90));
        text += QStringLiteral("  Probability of savings > 0: %1; of payback within the lifetime: %2\n")
                    .arg(formatPercent(kLocale, r.probabilitySavingsPositive), formatPercent(kLocale, r.probabilityPaybackWithinLifetime));
        text += QStringLiteral("  Best path: API %1, managed %2, self-host %3\n\n")
                    .arg(formatPercent(kLocale, r.shareApi), formatPercent(kLocale, r.shareManaged), formatPercent(kLocale, r.shareSelfHosted));
    }
    out.endArray();
    printOut(json ? out.bytes() + '\n' : text.toUtf8());
    return kExitOk;
}

int sensitivityCommand(const QCommandLineParser &parser, const QString &path)
{
    ScenarioDocument document;
    const Scenario *s = nullptr;
    if (int code = loadScenario(parser, path, QStringLiteral("sensitivity"), document, s))
        return code;
    Metric metric;
    if (!parseMetric(parser, QStringLiteral("sensitivity"), metric))
        return kExitRefused;
    const Sensitivity result = sensitivity(*s, metric);
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(sensitivityJson(result) + '\n');
        return kExitOk;
    }
    QString text = QStringLiteral("%1: %2, base %3\n").arg(s->name, metricCode(metric), shown(result.base));
    text += QStringLiteral("  %1 %2 %3 %4 %5\n").arg(QStringLiteral("input"), -42).arg(QStringLiteral("low"), 14)
                .arg(QStringLiteral("high"), 14).arg(QStringLiteral("at low"), 16).arg(QStringLiteral("at high"), 16);
    for (const SensitivityRow &r : result.rows)
        text += QStringLiteral("  %1 %2 %3 %4 %5\n").arg(r.input, -42).arg(formatNumber(kLocale, r.low, 4), 14)
                    .arg(formatNumber(kLocale, r.high, 4), 14).arg(shown(r.metricAtLow), 16).arg(shown(r.metricAtHigh), 16);
    printOut(text.toUtf8());
    return kExitOk;
}

int solveCommand(const QCommandLineParser &parser, const QString &path)
{
    ScenarioDocument document;
    const Scenario *s = nullptr;
    if (int code = loadScenario(parser, path, QStringLiteral("solve"), document, s))
        return code;
    InputHandle handle;
    const QString vary = parser.value(QStringLiteral("vary"));
    if (vary.isEmpty())
        return refuse(QStringLiteral("solve"), QStringLiteral("--vary PATH is required")), kExitRefused;
    if (!resolve(*s, QStringLiteral("solve"), QStringLiteral("vary"), vary, handle))
        return kExitRefused;
    const QString target = parser.value(QStringLiteral("target"));
    const qsizetype eq = target.indexOf(QLatin1Char('='));
    bool ok = false;
    const double value = eq > 0 ? target.mid(eq + 1).toDouble(&ok) : 0;
    if (eq <= 0 || !ok || !std::isfinite(value))
        return refuse(QStringLiteral("solve"), QStringLiteral("--target: expected METRIC=VALUE, found \"%1\"").arg(target)), kExitRefused;
    const std::optional<Metric> metric = metricFromCode(target.left(eq));
    if (!metric)
        return refuse(QStringLiteral("solve"), QStringLiteral("--target: \"%1\" is not one of %2").arg(target.left(eq), metricCodes().join(QStringLiteral(", ")))),
               kExitRefused;
    const GoalSeek g = solve(*s, handle, vary, *metric, value);
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(goalSeekJson(g) + '\n');
        return kExitOk;
    }
    QString text = QStringLiteral("%1: set %2 to %3 by changing %4\n").arg(s->name, metricCode(*metric), shown(value), vary);
    if (g.value)
        text += QStringLiteral("  %1 = %2 (today %3); %4 becomes %5\n")
                    .arg(vary, QString::number(*g.value, 'g', 10), QString::number(inputValue(*s, handle), 'g', 10),
                         metricCode(*metric), shown(g.achieved));
    else
        text += QStringLiteral("  no value: %1\n").arg(g.reason);
    printOut(text.toUtf8());
    return kExitOk;
}

int gridCommand(const QCommandLineParser &parser, const QString &path)
{
    ScenarioDocument document;
    const Scenario *s = nullptr;
    if (int code = loadScenario(parser, path, QStringLiteral("grid"), document, s))
        return code;
    GridAxis x, y;
    Metric metric;
    if (!parseAxis(parser, *s, QStringLiteral("x"), parser.isSet(QStringLiteral("log-x")), x)
        || !parseAxis(parser, *s, QStringLiteral("y"), parser.isSet(QStringLiteral("log-y")), y)
        || !parseMetric(parser, QStringLiteral("grid"), metric))
        return kExitRefused;
    if (const QString fault = gridFault(*s, x, y); !fault.isEmpty())
        return refuse(QStringLiteral("grid"), fault), kExitRefused;
    const Grid g = grid(*s, x, y, metric);
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(gridJson(g, metric) + '\n');
    } else if (parser.isSet(QStringLiteral("csv"))) {
        printOut(gridCsv(g, x.path, y.path));
    } else {
        QString text = QStringLiteral("%1: %2 over %3 (columns) and %4 (rows)\n").arg(s->name, metricCode(metric), x.path, y.path);
        text += QStringLiteral("%1").arg(QString(), 14);
        for (double xv : g.x)
            text += QStringLiteral("%1").arg(formatCompact(kLocale, xv), 12);
        text += QLatin1Char('\n');
        for (size_t iy = 0; iy < g.y.size(); ++iy) {
            text += QStringLiteral("%1").arg(formatCompact(kLocale, g.y[iy]), 14);
            for (size_t ix = 0; ix < g.x.size(); ++ix) {
                const std::optional<double> v = g.values[iy * g.x.size() + ix];
                text += QStringLiteral("%1").arg(v ? formatCompact(kLocale, *v) : QStringLiteral("never"), 12);
            }
            text += QLatin1Char('\n');
        }
        printOut(text.toUtf8());
    }
    return kExitOk;
}

} // namespace cli
