// The label and unit table of the numeric input paths (see core/inputpaths.h).
#include "ui/data/inputlabels.h"

#include "core/text/format.h"

#include <cmath>

namespace ftroi {

namespace {

enum class Unit { Count, Requests, Tokens, PerMillion, PerHour, Money, Share, Hours, Months, Factor, Billions, PerGbMonth, Ms, Instances, Runs };

struct Label {
    const char *path;
    const char *label;
    Unit unit;
};

const Label kLabels[] = {
    {"workload.requests_per_day", "Daily requests", Unit::Requests},
    {"workload.input_tokens_per_request", "Input tokens per request", Unit::Tokens},
    {"workload.output_tokens_per_request", "Output tokens per request", Unit::Tokens},
    {"workload.peak_hours_per_day", "Peak hours per day", Unit::Hours},
    {"workload.peak_traffic_share", "Peak traffic share", Unit::Share},
    {"workload.monthly_growth", "Monthly traffic growth", Unit::Share},
    {"api.input_price_per_1m", "API input price", Unit::PerMillion},
    {"api.output_price_per_1m", "API output price", Unit::PerMillion},
    {"api.review_rate", "API review rate", Unit::Share},
    {"api.error_rate", "API error rate", Unit::Share},
    {"api.cached_input_share", "Cached input share", Unit::Share},
    {"api.cached_input_price_per_1m", "Cached input price", Unit::PerMillion},
    {"api.batch_share", "Batch share", Unit::Share},
    {"api.batch_discount", "Batch discount", Unit::Share},
    {"self_hosted.model_size_b", "Model size", Unit::Billions},
    {"self_hosted.instance_cost_per_hour", "Instance price", Unit::PerHour},
    {"self_hosted.throughput_tokens_per_s", "Throughput per instance", Unit::Count},
    {"self_hosted.instances", "Fixed fleet", Unit::Instances},
    {"self_hosted.target_utilization", "Target utilization", Unit::Share},
    {"self_hosted.review_rate", "Self-hosted review rate", Unit::Share},
    {"self_hosted.error_rate", "Self-hosted error rate", Unit::Share},
    {"self_hosted.storage_price_per_gb_month", "Storage price", Unit::PerGbMonth},
    {"self_hosted.min_instances", "Minimum instances", Unit::Instances},
    {"self_hosted.speedup.engine", "Engine speed-up", Unit::Factor},
    {"self_hosted.speedup.quantization", "Quantization speed-up", Unit::Factor},
    {"self_hosted.speedup.speculative_decoding", "Speculative decoding speed-up", Unit::Factor},
    {"review_cost", "Cost per review", Unit::Money},
    {"cost_per_error", "Cost per error", Unit::Money},
    {"project.training_runs", "Training runs", Unit::Runs},
    {"project.compute_cost_per_run", "Compute cost per run", Unit::Money},
    {"project.hourly_rate", "Engineering hourly rate", Unit::PerHour},
    {"project.lifetime_months", "Model lifetime", Unit::Months},
    {"project.discount_rate_annual", "Discount rate (annual)", Unit::Share},
    {"managed.training_price_per_1m_tokens", "Managed training price", Unit::PerMillion},
    {"managed.training_tokens_per_run", "Managed training tokens per run", Unit::Tokens},
    {"managed.training_runs", "Managed training runs", Unit::Runs},
    {"managed.input_price_per_1m", "Managed input price", Unit::PerMillion},
    {"managed.output_price_per_1m", "Managed output price", Unit::PerMillion},
    {"managed.hosting_cost_per_hour", "Managed hosting price", Unit::PerHour},
    {"managed.review_rate", "Managed review rate", Unit::Share},
    {"managed.error_rate", "Managed error rate", Unit::Share},
    {"context.latency_requirement_ms", "Latency requirement", Unit::Ms},
};

const QString kProjectPhases = QStringLiteral("project.engineering_hours.");
const QString kManagedPhases = QStringLiteral("managed.engineering_hours.");

const Label *find(const QString &path)
{
    for (const Label &l : kLabels)
        if (path == QLatin1String(l.path))
            return &l;
    return nullptr;
}

Unit unitOf(const QString &path)
{
    if (path.startsWith(kProjectPhases) || path.startsWith(kManagedPhases))
        return Unit::Hours;
    const Label *l = find(path);
    return l ? l->unit : Unit::Count;
}

// Up to three significant digits, no trailing zeros.
QString plain(const QLocale &locale, double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    if (std::abs(value) >= 1000)
        return formatCompact(locale, value);
    const int decimals = std::abs(value) >= 100 ? 0 : std::abs(value) >= 10 ? 1 : std::abs(value) >= 1 ? 2 : 3;
    QString text = locale.toString(value, 'f', decimals);
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(1);
    }
    return text;
}

QString money(const QLocale &locale, double value, const QString &currency)
{
    if (std::abs(value) >= 10000)
        return currencySymbol(currency) + formatCompact(locale, value);
    return formatMoney(locale, value, currency, std::abs(value) >= 100 ? 0 : 2);
}

} // namespace

QString inputLabel(const QString &path)
{
    if (path.startsWith(kProjectPhases))
        return QStringLiteral("Engineering hours: %1").arg(path.mid(kProjectPhases.size()));
    if (path.startsWith(kManagedPhases))
        return QStringLiteral("Managed engineering hours: %1").arg(path.mid(kManagedPhases.size()));
    const Label *l = find(path);
    return l ? QString::fromLatin1(l->label) : path;
}

bool isShareInput(const QString &path)
{
    return unitOf(path) == Unit::Share;
}

QString inputUnit(const QString &path, const QString &currency)
{
    const QString symbol = currencySymbol(currency);
    switch (unitOf(path)) {
    case Unit::Requests: return QStringLiteral("requests/day");
    case Unit::Tokens: return QStringLiteral("tokens");
    case Unit::PerMillion: return symbol + QStringLiteral("/1M tokens");
    case Unit::PerHour: return symbol + QStringLiteral("/h");
    case Unit::Money: return symbol;
    case Unit::PerGbMonth: return symbol + QStringLiteral("/GB-month");
    case Unit::Share: return QStringLiteral("%");
    case Unit::Hours: return QStringLiteral("h");
    case Unit::Months: return QStringLiteral("months");
    case Unit::Factor: return QStringLiteral("x");
    case Unit::Billions: return QStringLiteral("B parameters");
    case Unit::Ms: return QStringLiteral("ms");
    case Unit::Instances: return QStringLiteral("instances");
    case Unit::Runs: return QStringLiteral("runs");
    case Unit::Count: break;
    }
    return path == QLatin1String("self_hosted.throughput_tokens_per_s") ? QStringLiteral("tokens/s") : QString();
}

QString formatInputValue(const QLocale &locale, const QString &path, double value, const QString &currency)
{
    switch (unitOf(path)) {
    case Unit::Requests:
        return plain(locale, value) + QStringLiteral(" requests/day");
    case Unit::Tokens:
        return plain(locale, value) + QStringLiteral(" tokens");
    case Unit::PerMillion:
        return money(locale, value, currency) + QStringLiteral("/1M tokens");
    case Unit::PerHour:
        return money(locale, value, currency) + QStringLiteral("/h");
    case Unit::Money:
        return money(locale, value, currency);
    case Unit::PerGbMonth:
        return money(locale, value, currency) + QStringLiteral("/GB-month");
    case Unit::Share:
        return formatPercent(locale, value, std::abs(value) < 0.1 ? 1 : 0);
    case Unit::Hours:
        return plain(locale, value) + QStringLiteral(" h");
    case Unit::Months:
        return plain(locale, value) + QStringLiteral(" months");
    case Unit::Factor:
        return plain(locale, value) + QStringLiteral("x");
    case Unit::Billions:
        return plain(locale, value) + QStringLiteral(" B parameters");
    case Unit::Ms:
        return plain(locale, value) + QStringLiteral(" ms");
    case Unit::Instances:
        return plain(locale, std::round(value)) + QStringLiteral(" instances");
    case Unit::Runs:
        return plain(locale, std::round(value)) + QStringLiteral(" runs");
    case Unit::Count:
        break;
    }
    if (path == QLatin1String("self_hosted.throughput_tokens_per_s"))
        return plain(locale, value) + QStringLiteral(" tokens/s");
    return plain(locale, value);
}

} // namespace ftroi
