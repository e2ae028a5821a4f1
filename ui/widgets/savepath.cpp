// The save dialog of the exports, with its proposed folder and name.
#include "ui/widgets/savepath.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace ftroi {

QString askSavePath(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                    const QString &extension, const QString &documentPath, QString &lastFolder)
{
    QString dir = lastFolder;
    if (dir.isEmpty() && !documentPath.isEmpty())
        dir = QFileInfo(documentPath).absolutePath();
    if (dir.isEmpty())
        dir = QDir::homePath();
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(dir).filePath(fileName), filter);
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    lastFolder = QFileInfo(path).absolutePath();
    return path;
}

} // namespace ftroi
