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
// "OpenAI · $2.50 / $10.00 per 1M · as of 2025-06-01 (may be stale)": a preset's
// provider, price and date for pickers.
QString presetSummary(const CatalogEntry &entry, const QDate &today);

} // namespace ftroi
