// Where to save an export: the save dialog proposes `fileName` in the folder
// of the last export, else beside the document, else the home folder; the
// extension is added when none was typed. Shared by every export that asks.
#pragma once

#include <QString>

class QWidget;

namespace ftroi {

// The chosen path, or empty when cancelled; `lastFolder` becomes its folder.
// `documentPath` may be empty (a new document); `extension` without the dot.
QString askSavePath(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                    const QString &extension, const QString &documentPath, QString &lastFolder);

} // namespace ftroi
