// The managed path's engineering hours as one total: the form edits the total,
// a single phase takes it, several phases keep their shares.
#pragma once

#include "core/model/scenario.h"

namespace ftroi {

double totalManagedHours(const ManagedPath &m);
void setTotalManagedHours(ManagedPath &m, double total);

} // namespace ftroi
