// catalog list / import / remove.
#include "app/cli/catalogcommands.h"

#include "core/catalog/catalog.h"
#include "app/cli/clisupport.h"
#include "core/catalog/pricenotes.h"
#include "core/catalog/priceimport.h"
#include "core/catalog/usercatalog.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace cli {

namespace {

int listCommand(bool json)
{
    // The bundled catalog with the user's over it, as the app merges them (one read of the user catalog).
    const ftroi::UserCatalog user = ftroi::loadUserCatalog(ftroi::userCatalogPath());
    if (!user.message.isEmpty())
        printErr(user.message);
    ftroi::Catalog c = ftroi::bundledCatalog();
    QSet<QString> userNames;
    userNames.reserve(user.entries.size());
    for (const ftroi::CatalogEntry &e : user.entries) {
        c.add(e);
        userNames.insert(ftroi::catalogKindCode(e.kind) + QLatin1Char('/') + e.name);
    }
    const QList<ftroi::CatalogEntry> all = c.all();
    if (json) {
        QJsonArray list;
        for (const ftroi::CatalogEntry &e : all) {
            QJsonObject o = ftroi::entryToJson(e);
            o.insert(QStringLiteral("origin"),
                     userNames.contains(ftroi::catalogKindCode(e.kind) + QLatin1Char('/') + e.name) ? QStringLiteral("user")
                                                                                                 : QStringLiteral("bundled"));
            o.insert(QStringLiteral("stale"), ftroi::isStale(e, QDate::currentDate()));
            list.append(o);
        }
        printOut(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return kExitOk;
    }
    QString out;
    const QDate today = QDate::currentDate();
    for (const ftroi::CatalogEntry &e : all) {
        const bool isUser = userNames.contains(ftroi::catalogKindCode(e.kind) + QLatin1Char('/') + e.name);
        out += QStringLiteral("%1  %2  %3%4\n      %5\n")
                   .arg(ftroi::catalogKindCode(e.kind), -7)
                   .arg(ftroi::printableCatalogText(e.name))
                   .arg(isUser ? QStringLiteral("[user] ") : QString(),
                        e.source.isEmpty() ? QString() : QStringLiteral("(") + ftroi::printableCatalogText(e.source) + QLatin1Char(')'))
                   .arg(ftroi::printableCatalogText(ftroi::presetSummary(e, today)));
    }
    out += QStringLiteral("\n%1 entries; user catalog: %2\n").arg(all.size()).arg(QDir::toNativeSeparators(ftroi::userCatalogPath()));
    printOut(out.toUtf8());
    return kExitOk;
}

int importCommand(const QCommandLineParser &parser, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    ftroi::ImportOptions options;
    options.region = parser.value(QStringLiteral("region")).trimmed();
    const ftroi::ImportResult result = ftroi::importPriceFile(path, options);
    if (!result.error.isEmpty()) {
        printErr(QStringLiteral("catalog import: %1; the catalog is unchanged.").arg(result.error));
        return kExitRefused;
    }
    QString report;
    if (result.skipped > 0) {
        report += QStringLiteral("skipped %1 entr%2:\n").arg(result.skipped).arg(result.skipped == 1 ? QStringLiteral("y") : QStringLiteral("ies"));
        for (const QString &why : result.reasons)
            report += QStringLiteral("  - ") + why + QLatin1Char('\n');
        if (result.skipped > result.reasons.size())
            report += QStringLiteral("  - ... and %1 more\n").arg(result.skipped - result.reasons.size());
    }
    if (result.entries.isEmpty()) {
        printErr(report + QStringLiteral("catalog import: no usable entries in %1; the catalog is unchanged.").arg(path));
        return kExitRefused;
    }
    const QString target = ftroi::userCatalogPath();
    const ftroi::Result<ftroi::UserCatalogChange> change = ftroi::addToUserCatalog(target, result.entries);
    if (!change) {
        printErr(QStringLiteral("catalog import: %1; the catalog is unchanged.").arg(change.error()));
        return kExitError;
    }
    for (const QString &note : ftroi::catalogChangeNotes(*change))
        report += note + QLatin1Char('\n');
    if (!report.isEmpty())
        printErr(report.trimmed());
    printOut(QStringLiteral("imported %1 entries (%2) into %3 in %4 ms: %5 new, %6 replaced\n")
                 .arg(result.entries.size())
                 .arg(result.format, QDir::toNativeSeparators(target))
                 .arg(timer.elapsed())
                 .arg(change->added)
                 .arg(change->replaced)
                 .toUtf8());
    return kExitOk;
}

int removeCommand(const QString &name)
{
    const ftroi::Result<ftroi::UserCatalogChange> change = ftroi::removeFromUserCatalog(ftroi::userCatalogPath(), name);
    if (!change) {
        printErr(QStringLiteral("catalog remove: %1").arg(change.error()));
        return kExitError;
    }
    if (!change->notice.isEmpty())
        printErr(change->notice);
    const int removed = change->removed;
    if (removed == 0) {
        const bool bundled = ftroi::bundledCatalog().apiModel(name) || ftroi::bundledCatalog().instance(name)
                             || ftroi::bundledCatalog().managedProvider(name);
        printErr(bundled ? QStringLiteral("catalog remove: \"%1\" is a bundled entry; only imported entries can be removed.").arg(name)
                         : QStringLiteral("catalog remove: no imported entry named \"%1\".").arg(name));
        return kExitRefused;
    }
    printOut(QStringLiteral("removed %1 entr%2 named \"%3\"\n").arg(removed).arg(removed == 1 ? QStringLiteral("y") : QStringLiteral("ies"), name).toUtf8());
    return kExitOk;
}

} // namespace

int catalogCommand(const QCommandLineParser &parser, const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("list") && args.size() == 2)
        return listCommand(parser.isSet(QStringLiteral("json")));
    if (sub == QLatin1String("import") && args.size() == 3)
        return importCommand(parser, args.at(2));
    if (sub == QLatin1String("remove") && args.size() == 3)
        return removeCommand(args.at(2));
    printErr(QStringLiteral("catalog: expected \"list [--json]\", \"import FILE [--region R]\" or \"remove NAME\". See ftroi-cli --help."));
    return kExitRefused;
}

} // namespace cli
