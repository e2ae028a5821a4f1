// The user's catalog: imported prices kept in the application-data folder
// (or FTROI_USER_CATALOG), merged over the bundled catalog. Written with
// saveFileSafely(); a file that cannot be read is set aside, never deleted.
#pragma once

#include "core/catalog/catalog.h"
#include "core/text/result.h"

#include <QList>
#include <QString>

namespace ftroi {

struct UserCatalog {
    QList<CatalogEntry> entries;
    QString message; // set when a corrupt file was set aside
};

// $FTROI_USER_CATALOG, or catalog.json in the app's AppDataLocation
// (<GenericDataLocation>/ftroi/Fine-Tuning ROI Studio), shared by the app and the CLI.
QString userCatalogPath();
// Reads the user catalog; a missing file is an empty catalog. A file that is not
// a catalog is renamed to <path>.corrupt-<yyyyMMdd-HHmmss> and reported.
UserCatalog loadUserCatalog(const QString &path);
// Writes `entries` with saveFileSafely(); the error says why the file cannot be written.
Result<void> saveUserCatalog(const QString &path, const QList<CatalogEntry> &entries);

} // namespace ftroi
