// A usage import's summary in words and as JSON (see usagereport.h).
#include "core/imports/usagereport.h"

#include "core/imports/usagevalues.h"
#include "core/text/format.h"
#include "core/text/jsonwriter.h"

namespace ftroi {

QByteArray usageSummaryJson(const UsageSummary &u)
{
    JsonWriter out;
    out.beginObject();
    out.member("kind", u.kind);
    out.key("model");
    if (u.model)
        out.value(*u.model);
    else
        out.null();
    out.key("other_models");
    out.beginObject();
    for (const auto &[name, tokens] : u.otherModels) {
        out.key(name);
        out.value(tokens);
    }
    out.endObject();
    out.member("days", u.days);
    out.member("requests_per_day", u.requestsPerDay);
    out.member("input_tokens_per_request", u.inputTokensPerRequest);
    out.member("output_tokens_per_request", u.outputTokensPerRequest);
    out.member("cached_input_share", u.cachedInputShare);
    out.member("batch_share", u.batchShare);
    out.member("peak_hours_per_day", u.peakHoursPerDay);
    out.member("peak_traffic_share", u.peakTrafficShare);
    out.member("monthly_growth", u.monthlyGrowth);
    out.key("failed_requests");
    if (u.failedRequests)
        out.value(double(*u.failedRequests));
    else
        out.null();
    out.member("from", u.from);
    out.member("to", u.to);
    out.endObject();
    return out.bytes();
}

QString usageCoverageText(const UsageSummary &u, const QLocale &locale)
{
    const QString days = u.days == std::floor(u.days) ? locale.toString(qint64(u.days)) : formatNumber(locale, u.days, 2);
    QString zone;
    if (u.kind == QLatin1String("openai_usage"))
        zone = QStringLiteral("UTC dates; hours of the day at UTC%1").arg(usage::tzText(u.tzOffset));
    else if (u.kind == QLatin1String("litellm_daily"))
        zone = QStringLiteral("the file's dates");
    else
        zone = QStringLiteral("calendar days at UTC%1").arg(usage::tzText(u.tzOffset));
    return QStringLiteral("%1 – %2, %3 days (%4)").arg(u.from, u.to, days, zone);
}

QString usageModelsText(const UsageSummary &u, const QLocale &locale)
{
    double total = u.modelTokens;
    for (const auto &other : u.otherModels)
        total += other.second;
    const auto share = [&](double tokens) { return total > 0 ? formatPercent(locale, tokens / total) : QStringLiteral("0 %"); };
    QString text = QStringLiteral("%1 %2 of tokens (used)").arg(u.model.value_or(QStringLiteral("no model named")), share(u.modelTokens));
    for (const auto &[name, tokens] : u.otherModels)
        text += QStringLiteral("; %1 %2").arg(name, share(tokens));
    if (!u.otherModels.empty())
        text += QStringLiteral(" — %1 rows for %2 other model%3 left out")
                    .arg(locale.toString(u.otherRows))
                    .arg(u.otherModels.size())
                    .arg(u.otherModels.size() == 1 ? QString() : QStringLiteral("s"));
    return text;
}

QList<QPair<QString, QString>> usageFieldRows(const UsageSummary &u, const QLocale &locale)
{
    QList<QPair<QString, QString>> rows;
    rows.append({QStringLiteral("Requests per day"), formatNumber(locale, u.requestsPerDay, 1) + QStringLiteral(" requests/day")});
    rows.append({QStringLiteral("Input tokens per request"), formatNumber(locale, u.inputTokensPerRequest, 1) + QStringLiteral(" tokens")});
    rows.append({QStringLiteral("Output tokens per request"), formatNumber(locale, u.outputTokensPerRequest, 1) + QStringLiteral(" tokens")});
    rows.append({QStringLiteral("Cached input share"), formatPercentExact(locale, u.cachedInputShare) + QStringLiteral(" of input tokens")});
    if (u.batchShare)
        rows.append({QStringLiteral("Batch share"), formatPercentExact(locale, *u.batchShare) + QStringLiteral(" of requests")});
    if (u.peakHoursPerDay && u.peakTrafficShare) {
        rows.append({QStringLiteral("Peak hours per day"), formatNumber(locale, *u.peakHoursPerDay, 0) + QStringLiteral(" h")});
        rows.append({QStringLiteral("Peak traffic share"), formatPercentExact(locale, *u.peakTrafficShare) + QStringLiteral(" of daily tokens")});
    }
    if (u.monthlyGrowth) {
        QString g = formatPercentExact(locale, *u.monthlyGrowth) + QStringLiteral(" a month");
        if (u.unclampedGrowth && *u.unclampedGrowth != *u.monthlyGrowth)
            g += QStringLiteral(" (the fit gives %1, beyond the format's range)").arg(formatPercent(locale, *u.unclampedGrowth));
        rows.append({QStringLiteral("Monthly growth"), g});
    }
    if (u.model)
        rows.append({QStringLiteral("API model"), *u.model});
    return rows;
}

QStringList usageUnknowns(const UsageSummary &u)
{
    QStringList out;
    if (!u.batchShare)
        out << (u.kind == QLatin1String("openai_usage") ? QStringLiteral("Batch share: the export is not grouped by batch; the scenario keeps its own.")
                                                        : QStringLiteral("Batch share: this kind of file does not tell; the scenario keeps its own."));
    if (!u.peakHoursPerDay)
        out << QStringLiteral("Traffic shape: the file has daily totals only; the scenario keeps its own peak hours and share.");
    if (!u.monthlyGrowth)
        out << (u.days < 28 ? QStringLiteral("Monthly growth: the file covers fewer than 28 days; the scenario keeps its own.")
                            : QStringLiteral("Monthly growth: fewer than two days with tokens between the first and the last; the scenario keeps its own."));
    if (!u.model)
        out << QStringLiteral("API model: the file names no model; the scenario keeps its own.");
    if (!u.failedRequests)
        out << QStringLiteral("Failed requests: this kind of file does not record them.");
    out << QStringLiteral("Prices: a usage file has none; they come from the catalog or the scenario.");
    return out;
}

QString usageSourceNote(const ImportSource &source)
{
    return QStringLiteral("from usage export, %1 – %2 (%3, imported %4)").arg(source.from, source.to, source.file, source.importedAt);
}

QString usageSummaryText(const UsageSummary &u, const QLocale &locale)
{
    QString text = QStringLiteral("%1 (%2)\n").arg(u.file, u.kind);
    text += QStringLiteral("Covers:  %1\n").arg(usageCoverageText(u, locale));
    text += QStringLiteral("Models:  %1\n").arg(usageModelsText(u, locale));
    if (u.failedRequests)
        text += QStringLiteral("Failed requests: %1 (counted, not volume)\n").arg(locale.toString(*u.failedRequests));
    text += QStringLiteral("\nWhat the scenario gets:\n");
    const QList<QPair<QString, QString>> rows = usageFieldRows(u, locale);
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &row : rows)
        text += QStringLiteral("  %1  %2\n").arg(row.first.leftJustified(width), row.second);
    text += QStringLiteral("\nWhat the file cannot tell:\n");
    for (const QString &line : usageUnknowns(u))
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    return text;
}

} // namespace ftroi
