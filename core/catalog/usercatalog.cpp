// Reading, writing and setting aside the user's price catalog.
#include "core/catalog/usercatalog.h"

#include "core/text/safesave.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ftroi {

namespace {

constexpr qint64 kMaxUserCatalogBytes = 64 * 1024 * 1024;

QString setAside(const QString &path, const QString &why)
{
    const QString aside = path + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const bool moved = QFile::rename(path, aside);
    return moved ? QStringLiteral("The user price catalog %1 could not be read (%2); it was set aside as %3 and the bundled prices are used.")
                       .arg(QDir::toNativeSeparators(path), why, QDir::toNativeSeparators(aside))
                 : QStringLiteral("The user price catalog %1 could not be read (%2) and could not be set aside; the bundled prices are used.")
                       .arg(QDir::toNativeSeparators(path), why);
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
    QFile file(path);
    if (!file.exists())
        return out;
    if (file.size() > kMaxUserCatalogBytes) {
        out.message = setAside(path, QStringLiteral("larger than 64 MB"));
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.message = QStringLiteral("The user price catalog %1 cannot be opened (%2); the bundled prices are used.")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
        return out;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(QStringLiteral("entries")).isArray()) {
        out.message = setAside(path, error.error != QJsonParseError::NoError ? error.errorString()
                                                                             : QStringLiteral("no \"entries\" list"));
        return out;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("entries")).toArray()) {
        if (std::optional<CatalogEntry> e = entryFromJson(v.toObject(), nullptr))
            out.entries.append(*e); // an entry written by another version may not parse: skip it
    }
    return out;
}

Result<void> saveUserCatalog(const QString &path, const QList<CatalogEntry> &entries)
{
    QJsonArray list;
    for (const CatalogEntry &e : entries)
        list.append(entryToJson(e));
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("ftroi-catalog"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("entries"), list);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    QDir().mkpath(QFileInfo(path).absolutePath());
    const Result<void> saved = saveFileSafely(path, bytes);
    if (!saved)
        return Failure{QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), saved.error())};
    return {};
}

} // namespace ftroi
