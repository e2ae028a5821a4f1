// Columns, JSON, CSV and text of the monthly schedule.
#include "core/report/schedulereport.h"

#include "core/text/csvtext.h"
#include "core/text/format.h"
#include "core/text/jsonwriter.h"

#include <algorithm>

namespace ftroi {

namespace {

using U = ScheduleUnit;

const ScheduleColumn kBase[] = {
    {"month", U::Month, "Month", [](const ScheduleMonth &m) { return double(m.month); }},
    {"volume_factor", U::Factor, "Volume factor", [](const ScheduleMonth &m) { return m.volumeFactor; }},
    {"weight", U::Factor, "Weight", [](const ScheduleMonth &m) { return m.weight; }},
    {"api_cost", U::MoneyPerMonth, "API cost", [](const ScheduleMonth &m) { return m.apiCost; }},
    {"self_hosted_cost", U::MoneyPerMonth, "Self-hosted cost", [](const ScheduleMonth &m) { return m.selfHostedCost; }},
    {"self_hosted_savings", U::MoneyPerMonth, "Self-hosted savings",
     [](const ScheduleMonth &m) { return m.selfHostedSavings; }},
    {"discount_factor", U::Factor, "Discount factor", [](const ScheduleMonth &m) { return m.discountFactor; }},
    {"self_hosted_cumulative_discounted", U::Money, "Self-hosted cumulative (discounted)",
     [](const ScheduleMonth &m) { return m.selfHostedCumulativeDiscounted; }},
};
const ScheduleColumn kManaged[] = {
    {"managed_cost", U::MoneyPerMonth, "Managed cost", [](const ScheduleMonth &m) { return m.managedCost; }},
    {"managed_savings", U::MoneyPerMonth, "Managed savings", [](const ScheduleMonth &m) { return m.managedSavings; }},
    {"managed_cumulative_discounted", U::Money, "Managed cumulative (discounted)",
     [](const ScheduleMonth &m) { return m.managedCumulativeDiscounted; }},
};
const ScheduleColumn kPricing[] = {
    {"capex_usd", U::Money, "Fleet capex", [](const ScheduleMonth &m) { return m.capexUsd; }},
    {"monthly_capital_cost", U::MoneyPerMonth, "Capital cost", [](const ScheduleMonth &m) { return m.monthlyCapitalCost; }},
    {"monthly_opex", U::MoneyPerMonth, "Opex", [](const ScheduleMonth &m) { return m.monthlyOpex; }},
};

} // namespace

std::vector<ScheduleColumn> scheduleColumns(const MonthlySchedule &schedule)
{
    std::vector<ScheduleColumn> columns(std::begin(kBase), std::end(kBase));
    if (schedule.hasManaged)
        columns.insert(columns.end(), std::begin(kManaged), std::end(kManaged));
    if (schedule.hasPricing)
        columns.insert(columns.end(), std::begin(kPricing), std::end(kPricing));
    return columns;
}

QString scheduleHeader(const ScheduleColumn &column, const QString &currency)
{
    const QString label = QString::fromLatin1(column.label);
    const QString symbol = currencySymbol(currency);
    switch (column.unit) {
    case U::Money: return QStringLiteral("%1 (%2)").arg(label, symbol);
    case U::MoneyPerMonth: return QStringLiteral("%1 (%2/month)").arg(label, symbol);
    case U::Factor: return QStringLiteral("%1 (×)").arg(label);
    case U::Month:
    case U::Instances: break;
    }
    return label;
}

QString scheduleCell(const ScheduleColumn &column, const ScheduleMonth &month, const QString &currency,
                     const QLocale &locale)
{
    const double v = column.value(month);
    switch (column.unit) {
    case U::Money:
    case U::MoneyPerMonth: return formatMoney(locale, v, currency);
    case U::Factor: return formatNumber(locale, v, 6);
    case U::Month:
    case U::Instances: break;
    }
    return formatNumber(locale, v, 0);
}

QByteArray scheduleJson(const MonthlySchedule &schedule)
{
    const std::vector<ScheduleColumn> columns = scheduleColumns(schedule);
    JsonWriter out(qsizetype(schedule.months.size()) * qsizetype(columns.size()) * 40 + 16);
    out.beginArray();
    for (const ScheduleMonth &m : schedule.months) {
        out.beginObject();
        out.member("month", m.month);
        for (size_t c = 1; c < columns.size(); ++c)
            out.member(columns[c].key, columns[c].value(m));
        out.endObject();
    }
    out.endArray();
    return out.bytes();
}

QString scheduleCsv(const MonthlySchedule &schedule)
{
    const std::vector<ScheduleColumn> columns = scheduleColumns(schedule);
    QStringList fields;
    for (const ScheduleColumn &c : columns)
        fields << QString::fromLatin1(c.key);
    QString out = fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const ScheduleMonth &m : schedule.months) {
        fields.clear();
        for (const ScheduleColumn &c : columns)
            fields << csvNumber(c.value(m));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

namespace {

QList<QStringList> readableCells(const MonthlySchedule &schedule, const QString &currency, const QLocale &locale)
{
    const std::vector<ScheduleColumn> columns = scheduleColumns(schedule);
    QList<QStringList> rows;
    QStringList header;
    for (const ScheduleColumn &c : columns)
        header << scheduleHeader(c, currency);
    rows << header;
    for (const ScheduleMonth &m : schedule.months) {
        QStringList row;
        for (const ScheduleColumn &c : columns)
            row << scheduleCell(c, m, currency, locale);
        rows << row;
    }
    return rows;
}

} // namespace

QString scheduleTsv(const MonthlySchedule &schedule, const QString &currency, const QLocale &locale)
{
    QString out;
    for (const QStringList &row : readableCells(schedule, currency, locale))
        out += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    return out;
}

QString scheduleTable(const MonthlySchedule &schedule, const QString &currency, const QLocale &locale)
{
    const QList<QStringList> rows = readableCells(schedule, currency, locale);
    std::vector<qsizetype> widths(size_t(rows.first().size()), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], row.at(c).size());
    QString out;
    for (const QStringList &row : rows) {
        QStringList padded;
        for (qsizetype c = 0; c < row.size(); ++c)
            padded << row.at(c).rightJustified(widths[size_t(c)]);
        out += padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return out;
}

QString scheduleFault(const Scenario &s, const MonthlySchedule &schedule)
{
    const double lifetime = s.project.lifetimeMonths;
    if (!(lifetime <= kMaxScheduleMonths))
        return QStringLiteral("project.lifetime_months is %1 months: a schedule has at most %2 months")
            .arg(lifetime).arg(kMaxScheduleMonths);
    if (schedule.overflowed)
        return QStringLiteral("workload.monthly_growth of %1 makes the costs overflow after month %2")
            .arg(s.workload.monthlyGrowth).arg(schedule.months.size());
    return QString();
}

} // namespace ftroi
