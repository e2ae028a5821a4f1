// When an edit drops `workload.source` (see importsource.h).
#include "core/model/importsource.h"

#include "core/model/inputschema.h"

#include <QDate>

#include <algorithm>

namespace ftroi {

bool isUsageImportedPath(std::string_view path)
{
    return std::find(kUsageImportedPaths.begin(), kUsageImportedPaths.end(), path) != kUsageImportedPaths.end();
}

void dropEditedImportSource(const Scenario &before, Scenario &after)
{
    if (!after.workload.source || after.workload.source != before.workload.source)
        return;
    bool changed = false;
    for (std::string_view path : kUsageImportedPaths) {
        const InputSpec &spec = inputSpec(path);
        changed = changed || spec.value(before) != spec.value(after);
    }
    if (changed)
        after.workload.source.reset();
}

bool isIsoDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace ftroi
