// Checks on a file before it is read (see inputfile.h).
#include "core/text/inputfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ftroi {

QString byteSizeText(qint64 bytes)
{
    if (bytes >= 1024LL * 1024 * 1024)
        return QStringLiteral("%1 GB").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024LL * 1024)
        return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024)
        return QStringLiteral("%1 KB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

Result<void> checkInputFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return Failure{QCoreApplication::translate("InputFile", "is a folder, not a file")};
    if (!info.isFile())
        return Failure{QCoreApplication::translate("InputFile", "is not a regular file (a device, pipe or socket)")};
    if (info.size() > kMaxInputFileBytes)
        return Failure{QCoreApplication::translate("InputFile", "is %1; the limit is %2")
                           .arg(byteSizeText(info.size()), byteSizeText(kMaxInputFileBytes))};
    return {};
}

} // namespace ftroi
