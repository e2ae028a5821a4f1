// The monthly schedule as the CLI and the app give it: its columns (key, unit,
// header), a JSON array of month objects, a CSV with the keys as its header and
// a readable table. The columns of a scenario without a managed path leave out
// the managed_* keys; those of one without self_hosted.pricing the capex/opex.
#pragma once

#include "core/engine/schedule.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace ftroi {

enum class ScheduleUnit { Month, Factor, Money, MoneyPerMonth, Instances };

struct ScheduleColumn {
    const char *key;    // "self_hosted_savings"
    ScheduleUnit unit;
    const char *label;  // "Self-hosted savings"
    double (*value)(const ScheduleMonth &);
};

// The columns of `schedule`, in order.
std::vector<ScheduleColumn> scheduleColumns(const MonthlySchedule &schedule);
// "API cost ($/month)": the label with its unit, for table headers.
QString scheduleHeader(const ScheduleColumn &column, const QString &currency);
// A cell as text for reading: money with its currency, factors with 6 decimals.
QString scheduleCell(const ScheduleColumn &column, const ScheduleMonth &month, const QString &currency,
                     const QLocale &locale);

// [{"month": 1, "volume_factor": 1, ...}, ...]: numbers in their shortest exact form.
QByteArray scheduleJson(const MonthlySchedule &schedule);
// The keys, then one record per month (raw numbers, CRLF line ends).
QString scheduleCsv(const MonthlySchedule &schedule);
// The same as the app's table, with units in the header: tab-separated (copy).
QString scheduleTsv(const MonthlySchedule &schedule, const QString &currency, const QLocale &locale);
// A readable table with aligned columns (the CLI's default).
QString scheduleTable(const MonthlySchedule &schedule, const QString &currency, const QLocale &locale);

// Why a scenario has no schedule (its lifetime), or empty when it has one.
QString scheduleFault(const Scenario &s, const MonthlySchedule &schedule);

} // namespace ftroi
