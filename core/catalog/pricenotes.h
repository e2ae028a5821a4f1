// Where a scenario's prices came from, as one line for results and exports:
// "Prices: GPT-4o, OpenAI API pricing page as of 2025-06-01; ...".
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/scenario.h"

#include <QDate>
#include <QString>

namespace ftroi {

// The recorded price sources of the api, self_hosted and managed parts; empty
// when no preset filled any of them.
QString priceSourcesText(const Scenario &scenario);
// The same without the "Prices: " in front ("GPT-4o, OpenAI API pricing page as of ...").
QString priceSourcesList(const Scenario &scenario);
// The PriceSource a catalog entry leaves in a scenario it fills.
PriceSource priceSourceOf(const CatalogEntry &entry);
// Beside a form's prices: where they came from and whether that may be stale.
// "Prices from GPT-4o (2024-05-13), Seed article (2024), as of 2024: may be stale"
// or, without a recorded source, "Prices typed in: no source recorded".
QString priceSourceNote(const std::optional<PriceSource> &source, const QDate &today);
// Whether the prices of `source` are older than the catalog's stale limit (or undated).
bool isStale(const PriceSource &source, const QDate &today);

// "OpenAI · $2.50 / $10.00 per 1M · as of 2025-06-01 (may be stale)": a preset's
// provider, price and date for pickers.
QString presetSummary(const CatalogEntry &entry, const QDate &today);

} // namespace ftroi
