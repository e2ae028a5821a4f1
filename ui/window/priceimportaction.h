// File > Import Prices…: picks a LiteLLM price JSON or a SkyPilot vms.csv,
// imports it into the user catalog and says what was taken and what was not.
#pragma once

class QWidget;

namespace ftroi {

// Returns true when the catalog changed (the presets should be refilled).
bool importPricesInteractively(QWidget *parent);

} // namespace ftroi
