// Importing public price lists into catalog entries: LiteLLM's
// model_prices_and_context_window.json (chat models) and GPU price CSVs in
// SkyPilot's vms.csv layout. Bad entries are skipped with a reason (a name
// that is blank or holds a control character, a price above kMaxCatalogPrice
// per 1M tokens or per hour); a file that is not the expected format is
// refused as a whole. Linear in the file: 100,000 rows in about a second.
#pragma once

#include "core/catalog/catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ftroi {

// Price lists are a few MB (LiteLLM's is the largest): tighter than the 256 MB of any input file.
inline constexpr qint64 kMaxImportBytes = 32 * 1024 * 1024;

struct ImportResult {
    QList<CatalogEntry> entries;
    QString error;        // the whole file was refused (entries is empty)
    int skipped = 0;      // entries refused one by one
    QStringList reasons;  // the first few reasons
    QString format;       // "LiteLLM JSON" or "SkyPilot CSV"
};

struct ImportOptions {
    QString asOf;   // the file's date (YYYY-MM-DD), used where the data has none
    QString region; // CSV: take this region; empty = the cheapest region per instance type
    QString provider; // CSV: the cloud (vms.csv does not name it)
};

ImportResult importLiteLlmJson(const QByteArray &json, const ImportOptions &options);
ImportResult importSkyPilotCsv(const QByteArray &csv, const ImportOptions &options);
// Reads FILE (refusing what checkInputFile() refuses, and a file above
// kMaxImportBytes, before reading it), recognises
// its format and imports it. The file's modification date is the as_of; the
// provider of a CSV is taken from its folder (…/aws/vms.csv) unless given.
ImportResult importPriceFile(const QString &path, ImportOptions options = {});

} // namespace ftroi
