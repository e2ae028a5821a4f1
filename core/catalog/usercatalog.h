// The user's catalog: imported prices kept in the application-data folder
// (or FTROI_USER_CATALOG), merged over the bundled catalog. Changes happen
// under a lock (QLockFile "<path>.lock"): the file is read afresh, merged and
// written with saveFileSafely(), so two imports at once both keep their
// entries. What this version does not understand (an unknown kind, extra keys,
// an entry that is not an object, the file's version and other keys) is
// written back untouched. A file that cannot be read is never written over:
// it is set aside as "<path>.unreadable-<time>" and the message says so.
#pragma once

#include "core/catalog/catalog.h"
#include "core/text/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ftroi {

// Larger user catalogs are set aside unread (100,000 GPU entries take about 30 MB).
inline constexpr qint64 kMaxUserCatalogBytes = 64 * 1024 * 1024;
// How long a change waits for another program's change to finish.
inline constexpr int kUserCatalogLockWaitMs = 30 * 1000;

struct UserCatalog {
    QList<CatalogEntry> entries; // the entries this version understands, in file order
    QString message;             // set when the file could not be read (and where it went)
};

// What a change did, for the import report.
struct UserCatalogChange {
    int added = 0;
    int replaced = 0;              // user entries of the same kind and name
    int removed = 0;
    QStringList overridesBundled;  // "GPT-4o (api)": entries that take a bundled preset's place
    int keptUnread = 0;            // entries this version does not understand, kept as they were
    QString notice;                // the unreadable file that was set aside first
};

// $FTROI_USER_CATALOG, or catalog.json in the app's AppDataLocation
// (<GenericDataLocation>/ftroi/Fine-Tuning ROI Studio), shared by the app and the CLI.
QString userCatalogPath();
// Reads the user catalog; a missing file is an empty catalog. A file that
// cannot be read is set aside (under the lock) and reported in `message`.
UserCatalog loadUserCatalog(const QString &path);

// Merges `imported` into the user catalog at `path` (an entry of the same kind
// and name is replaced, keeping its extra keys) and writes it; the file is
// untouched on failure, and the error says why (with the path).
Result<UserCatalogChange> addToUserCatalog(const QString &path, const QList<CatalogEntry> &imported);
// Removes the user entries named `name` (any kind); `removed` says how many.
Result<UserCatalogChange> removeFromUserCatalog(const QString &path, const QString &name);

// The lines an import report adds about a change: the file set aside, the
// bundled presets replaced (the first few by name), the entries kept unread.
QStringList catalogChangeNotes(const UserCatalogChange &change);

} // namespace ftroi
