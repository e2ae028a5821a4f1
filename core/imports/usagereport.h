// What a usage import found, in words and as the contract's JSON
// (`ftroi-cli usage import [--json]` and the app's summary before Apply).
#pragma once

#include "core/imports/usageimport.h"

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace ftroi {

// { "kind", "model", "other_models", "days", "requests_per_day", ... } with
// null for what the file cannot tell; numbers in full precision.
QByteArray usageSummaryJson(const UsageSummary &summary);

// Each value the scenario gets, as rows of (field, value with its unit);
// what the file cannot tell is in usageUnknowns().
QList<QPair<QString, QString>> usageFieldRows(const UsageSummary &summary, const QLocale &locale);
// "The traffic shape: the file has daily totals only; the scenario keeps its own." ...
QStringList usageUnknowns(const UsageSummary &summary);
// "2026-09-01 – 2026-11-30, 91 days (calendar days at UTC+00:00)"
QString usageCoverageText(const UsageSummary &summary, const QLocale &locale);
// "gpt-4o-mini 71.2 % of tokens (used); gpt-4o 28.8 %" and the rows left out.
QString usageModelsText(const UsageSummary &summary, const QLocale &locale);
// "from usage export, 2026-09-01 – 2026-11-30 (usage.json, imported 2026-12-03)": beside imported fields.
QString usageSourceNote(const ImportSource &source);
// All of the above as plain text, for the CLI.
QString usageSummaryText(const UsageSummary &summary, const QLocale &locale);

} // namespace ftroi
