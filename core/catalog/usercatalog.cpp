// Reading, changing under a lock, and setting aside the user's price catalog.
#include "core/catalog/usercatalog.h"

#include "core/text/inputfile.h"
#include "core/text/safesave.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>

#include <functional>

namespace ftroi {

namespace {

const QString kEntries = QStringLiteral("entries");

// The keys entryToJson() writes: replaced when an import replaces an entry, its other keys kept.
const char *const kEntryKeys[] = {"kind", "name", "provider", "source", "as_of", "seed", "input_price_per_1m",
                                  "output_price_per_1m", "cached_input_price_per_1m", "batch_discount",
                                  "training_price_per_1m_tokens", "hosting_cost_per_hour", "price_per_hour",
                                  "spot_price_per_hour", "gpus", "gpu_memory_gb", "peak_bf16_tflops", "peak_source",
                                  "training_gpu", "region", "throughput_tokens_per_s", "note"};

// The file as read: its root without "entries", and every entry as it was.
struct CatalogFile {
    bool exists = false;
    QString unreadable;       // why it cannot be read; empty when it was read
    bool canSetAside = true;  // false for a folder, a pipe or a device: left where it is
    QJsonObject root;
    QJsonArray entries;
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

CatalogFile readCatalogFile(const QString &path)
{
    CatalogFile f;
    const QFileInfo info(path);
    if (!info.exists())
        return f;
    f.exists = true;
    if (const Result<void> fit = checkInputFile(path); !fit) {
        f.unreadable = QStringLiteral("it %1").arg(fit.error());
        f.canSetAside = info.isFile();
        return f;
    }
    if (info.size() > kMaxUserCatalogBytes) {
        f.unreadable = QStringLiteral("it is %1; the limit is %2").arg(byteSizeText(info.size()), byteSizeText(kMaxUserCatalogBytes));
        return f;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        f.unreadable = file.errorString();
        return f;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        f.unreadable = QStringLiteral("not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
    else if (!doc.isObject())
        f.unreadable = QStringLiteral("not a JSON object");
    else if (!doc.object().value(kEntries).isArray())
        f.unreadable = QStringLiteral("no \"entries\" list");
    if (!f.unreadable.isEmpty())
        return f;
    f.root = doc.object();
    f.entries = f.root.take(kEntries).toArray();
    return f;
}

// Renames the file to "<path>.unreadable-<time>" (a free name); the new name, or empty with `why`.
QString setAside(const QString &path, QString &why)
{
    const QString base = path + QStringLiteral(".unreadable-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = base;
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo(aside).isSymLink(); ++n)
        aside = base + QLatin1Char('-') + QString::number(n);
    if (!QDir().rename(path, aside)) {
        why = QFileInfo(path).dir().exists() ? QStringLiteral("the file could not be renamed") : QStringLiteral("its folder is gone");
        return QString();
    }
    return aside;
}

QString lockPathFor(const QString &path)
{
    return path + QStringLiteral(".lock");
}

// Takes the catalog's lock, waiting up to `waitMs` for another program's change.
Result<void> lockCatalog(QLockFile &lock, const QString &path, int waitMs)
{
    lock.setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    if (lock.tryLock(waitMs))
        return {};
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return Failure{QStringLiteral("the user price catalog %1 is being changed by another program (%2, process %3) "
                                      "for more than %4 s; try again when it is done")
                           .arg(shown(path), app.isEmpty() ? QStringLiteral("unknown") : app)
                           .arg(pid)
                           .arg(waitMs / 1000)};
    }
    return Failure{QStringLiteral("cannot lock the user price catalog: %1 cannot be created (%2)")
                       .arg(shown(lockPathFor(path)),
                            lock.error() == QLockFile::PermissionError ? QStringLiteral("permission denied") : QStringLiteral("unknown error"))};
}

QString entryKey(const CatalogEntry &e)
{
    return catalogKindCode(e.kind) + QLatin1Char('/') + e.name;
}

// The understood entries by kind and name (the last of repeated ones: it wins when read).
QHash<QString, qsizetype> indexEntries(const QJsonArray &entries, int &unread)
{
    QHash<QString, qsizetype> index;
    index.reserve(entries.size());
    unread = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue v = entries.at(i);
        const std::optional<CatalogEntry> e = v.isObject() ? entryFromJson(v.toObject(), nullptr) : std::nullopt;
        if (e)
            index.insert(entryKey(*e), i);
        else
            ++unread;
    }
    return index;
}

// Changes the entries; false when nothing changed (nothing is written then).
using Edit = std::function<bool(QJsonArray &entries, UserCatalogChange &change)>;

// Reads the catalog afresh under its lock, applies `edit` and writes it.
Result<UserCatalogChange> changeUserCatalog(const QString &path, const Edit &edit)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Failure{QStringLiteral("cannot write %1: its folder cannot be created").arg(shown(path))};
    QLockFile lock(lockPathFor(path));
    if (const Result<void> locked = lockCatalog(lock, path, kUserCatalogLockWaitMs); !locked)
        return Failure{locked.error()};
    CatalogFile file = readCatalogFile(path);
    UserCatalogChange change;
    if (!file.unreadable.isEmpty()) {
        QString why;
        const QString aside = file.canSetAside ? setAside(path, why) : QString();
        if (aside.isEmpty())
            return Failure{QStringLiteral("the user price catalog %1 cannot be read (%2)%3; nothing was written")
                               .arg(shown(path), file.unreadable, why.isEmpty() ? QString() : QStringLiteral(" nor set aside (%1)").arg(why))};
        change.notice = QStringLiteral("The user price catalog %1 could not be read (%2); it was set aside as %3.")
                            .arg(shown(path), file.unreadable, shown(aside));
        file = CatalogFile{};
    }
    if (!file.exists) {
        file.root.insert(QStringLiteral("format"), QStringLiteral("ftroi-catalog"));
        file.root.insert(QStringLiteral("version"), 1);
    }
    if (!edit(file.entries, change) && change.notice.isEmpty())
        return change;
    QJsonObject root = file.root;
    root.insert(kEntries, file.entries);
    if (const Result<void> saved = saveFileSafely(path, QJsonDocument(root).toJson(QJsonDocument::Indented)); !saved)
        return Failure{QStringLiteral("cannot write %1: %2").arg(shown(path), saved.error())};
    return change;
}

} // namespace

QString userCatalogPath()
{
    const QString env = qEnvironmentVariable("FTROI_USER_CATALOG");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/ftroi/Fine-Tuning ROI Studio/catalog.json");
}

UserCatalog loadUserCatalog(const QString &path)
{
    UserCatalog out;
    CatalogFile file = readCatalogFile(path);
    if (!file.unreadable.isEmpty()) {
        // Set aside under the lock: another program may be writing a good catalog in its place.
        QLockFile lock(lockPathFor(path));
        const Result<void> locked = lockCatalog(lock, path, 5000);
        if (locked)
            file = readCatalogFile(path);
        if (!file.unreadable.isEmpty()) {
            QString why = locked ? QString() : locked.error();
            const QString aside = locked && file.canSetAside ? setAside(path, why) : QString();
            out.message = aside.isEmpty()
                ? QStringLiteral("The user price catalog %1 could not be read (%2)%3; the bundled prices are used.")
                      .arg(shown(path), file.unreadable, why.isEmpty() ? QString() : QStringLiteral(" and was left where it is: %1").arg(why))
                : QStringLiteral("The user price catalog %1 could not be read (%2); it was set aside as %3 and the bundled prices are used.")
                      .arg(shown(path), file.unreadable, shown(aside));
            return out;
        }
    }
    out.entries.reserve(file.entries.size());
    for (qsizetype i = 0; i < file.entries.size(); ++i) {
        const QJsonValue v = file.entries.at(i);
        if (!v.isObject())
            continue; // kept in the file, unused
        if (std::optional<CatalogEntry> e = entryFromJson(v.toObject(), nullptr))
            out.entries.append(std::move(*e)); // an entry written by another version may not parse: skip it
    }
    return out;
}

Result<UserCatalogChange> addToUserCatalog(const QString &path, const QList<CatalogEntry> &imported)
{
    return changeUserCatalog(path, [&](QJsonArray &entries, UserCatalogChange &change) {
        QHash<QString, qsizetype> index = indexEntries(entries, change.keptUnread);
        const qsizetype before = entries.size();
        const Catalog &bundled = bundledCatalog();
        for (const CatalogEntry &e : imported) {
            if (bundled.find(e.kind, e.name))
                change.overridesBundled.append(QStringLiteral("%1 (%2)").arg(e.name, catalogKindCode(e.kind)));
            const QJsonObject written = entryToJson(e);
            const auto at = index.constFind(entryKey(e));
            if (at == index.constEnd()) {
                index.insert(entryKey(e), entries.size());
                entries.append(written);
                ++change.added;
                continue;
            }
            QJsonObject o = entries.at(*at).toObject();
            for (const char *key : kEntryKeys)
                o.remove(QLatin1String(key));
            for (auto it = written.begin(); it != written.end(); ++it)
                o.insert(it.key(), it.value());
            entries.replace(*at, o);
            if (*at < before)
                ++change.replaced;
        }
        return !imported.isEmpty();
    });
}

Result<UserCatalogChange> removeFromUserCatalog(const QString &path, const QString &name)
{
    return changeUserCatalog(path, [&](QJsonArray &entries, UserCatalogChange &change) {
        QJsonArray kept;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonValue v = entries.at(i);
            const std::optional<CatalogEntry> e = v.isObject() ? entryFromJson(v.toObject(), nullptr) : std::nullopt;
            if (e && e->name == name)
                ++change.removed;
            else
                kept.append(v);
            if (!e)
                ++change.keptUnread;
        }
        entries = kept;
        return change.removed > 0;
    });
}

QStringList catalogChangeNotes(const UserCatalogChange &change)
{
    QStringList notes;
    if (!change.notice.isEmpty())
        notes << change.notice;
    const qsizetype overrides = change.overridesBundled.size();
    if (overrides > 0) {
        constexpr qsizetype kNamed = 5;
        QString names = change.overridesBundled.mid(0, kNamed).join(QStringLiteral(", "));
        if (overrides > kNamed)
            names += QStringLiteral(" and %1 more").arg(overrides - kNamed);
        notes << (overrides == 1 ? QStringLiteral("1 entry replaces the bundled preset of the same name: %1.").arg(names)
                                 : QStringLiteral("%1 entries replace bundled presets of the same name: %2.").arg(overrides).arg(names));
    }
    if (change.keptUnread > 0)
        notes << QStringLiteral("%1 entr%2 of the user catalog that this version does not read %3 kept unchanged.")
                     .arg(change.keptUnread)
                     .arg(change.keptUnread == 1 ? QStringLiteral("y") : QStringLiteral("ies"),
                          change.keptUnread == 1 ? QStringLiteral("was") : QStringLiteral("were"));
    return notes;
}

} // namespace ftroi
