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
    return checkInputFile(path, kMaxInputFileBytes);
}

Result<void> checkInputFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return Failure{QCoreApplication::translate("InputFile", "is a folder, not a file")};
    if (!info.isFile())
        return Failure{QCoreApplication::translate("InputFile", "is not a regular file (a device, pipe or socket)")};
    if (info.size() > maxBytes)
        return Failure{QCoreApplication::translate("InputFile", "is %1; the limit is %2")
                           .arg(byteSizeText(info.size()), byteSizeText(maxBytes))};
    return {};
}

QString unicodeEncodingFault(const QByteArray &bytes)
{
    const auto at = [&](qsizetype i) { return i < bytes.size() ? int(uchar(bytes.at(i))) : -1; };
    // A character JSON or CSV text starts with: printable ASCII or white space.
    const auto text = [&](qsizetype i) { return (at(i) >= 0x20 && at(i) < 0x7F) || at(i) == '\t' || at(i) == '\n' || at(i) == '\r'; };
    const auto fault = [](const char *encoding, const char *how) {
        return QCoreApplication::translate("InputFile", "is %1 text (%2); save it as UTF-8").arg(QLatin1String(encoding), QLatin1String(how));
    };
    if ((at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) || (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF))
        return fault("UTF-32", "it starts with a UTF-32 byte-order mark");
    if ((at(0) == 0xFF && at(1) == 0xFE) || (at(0) == 0xFE && at(1) == 0xFF))
        return fault("UTF-16", "it starts with a UTF-16 byte-order mark");
    if ((at(0) == 0 && at(1) == 0 && at(2) == 0 && text(3)) || (text(0) && at(1) == 0 && at(2) == 0 && at(3) == 0))
        return fault("UTF-32", "every character takes four bytes");
    if ((at(0) == 0 && text(1)) || (text(0) && at(1) == 0))
        return fault("UTF-16", "every character takes two bytes");
    return QString();
}

int utf8BomLength(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

} // namespace ftroi
