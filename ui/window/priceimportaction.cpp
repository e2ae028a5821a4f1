// The Import Prices dialog flow.
#include "ui/window/priceimportaction.h"

#include "core/catalog/priceimport.h"
#include "core/catalog/catalog.h"
#include "core/catalog/usercatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace ftroi {

bool importPricesInteractively(QWidget *parent)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("PriceImport", text); };
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import Prices"), QString(),
                                                      tr("Price lists (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    const ImportResult result = importPriceFile(path);
    QString skipped;
    if (result.skipped > 0)
        skipped = tr("\n\nSkipped %1 entries, for example:\n- %2").arg(result.skipped).arg(result.reasons.join(QStringLiteral("\n- ")));
    if (!result.error.isEmpty() || result.entries.isEmpty()) {
        QMessageBox::warning(parent, tr("Import Prices"),
                             tr("Nothing was imported from %1: %2. The price catalog is unchanged.")
                                     .arg(QDir::toNativeSeparators(path), result.error.isEmpty() ? tr("no usable entries") : result.error)
                                 + skipped);
        return false;
    }
    QString error;
    if (!addToUserCatalog(userCatalogPath(), result.entries, &error)) {
        QMessageBox::warning(parent, tr("Import Prices"), tr("The prices could not be saved: %1. The price catalog is unchanged.").arg(error));
        return false;
    }
    const QString message = reloadCatalog();
    QMessageBox::information(parent, tr("Import Prices"),
                             tr("Imported %1 entries (%2), dated %3. They are listed with the presets and replace bundled entries of the same name.")
                                     .arg(result.entries.size())
                                     .arg(result.format, result.entries.first().asOf)
                                 + skipped + (message.isEmpty() ? QString() : QStringLiteral("\n\n") + message));
    return true;
}

} // namespace ftroi
