// The managed path's engineering hours as one total (see managedhours.h).
#include "core/model/managedhours.h"

namespace ftroi {

double totalManagedHours(const ManagedPath &m)
{
    double hours = 0;
    for (const EngineeringPhase &phase : m.engineeringHours)
        hours += phase.hours;
    return hours;
}

void setTotalManagedHours(ManagedPath &m, double total)
{
    const double before = totalManagedHours(m);
    if (m.engineeringHours.size() <= 1 || before <= 0) {
        const QString name = m.engineeringHours.isEmpty() ? QStringLiteral("setup") : m.engineeringHours.first().name;
        m.engineeringHours = {{name, total}};
        return;
    }
    for (EngineeringPhase &phase : m.engineeringHours)
        phase.hours *= total / before;
}

} // namespace ftroi
