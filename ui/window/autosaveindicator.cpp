// AutosaveIndicator: follows Autosave::failureChanged().
#include "ui/window/autosaveindicator.h"

#include "ui/document/autosave.h"

namespace ftroi {

AutosaveIndicator::AutosaveIndicator(Autosave *autosave, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("autosaveIndicator"));
    setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    connect(autosave, &Autosave::failureChanged, this, &AutosaveIndicator::follow);
    follow(autosave->failure());
}

void AutosaveIndicator::follow(const QString &failure)
{
    setText(tr("Autosave failed: %1").arg(failure));
    setToolTip(tr("The recovery copy of your unsaved changes could not be written (%1). Until a save or a later "
                  "autosave succeeds, a crash would lose them.").arg(failure));
    setVisible(!failure.isEmpty());
}

} // namespace ftroi
