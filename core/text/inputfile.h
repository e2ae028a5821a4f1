// The files the product reads (documents, price lists): only regular files,
// at most 256 MB, checked before anything is opened or read, so a device
// (/dev/zero), a pipe with no writer or a folder is refused at once with why.
#pragma once

#include "core/text/result.h"

#include <QString>

namespace ftroi {

inline constexpr qint64 kMaxInputFileBytes = 256LL * 1024 * 1024;

// Success when `path` is a regular file (or a link to one) of at most
// kMaxInputFileBytes; otherwise why not: "is a folder, not a file", "is not a
// regular file (a device, pipe or socket)", "is 1.0 GB; the limit is 256 MB".
// A path that does not exist passes: opening it then says so.
Result<void> checkInputFile(const QString &path);
// The same with another limit (usage exports may hold a month of requests).
Result<void> checkInputFile(const QString &path, qint64 maxBytes);

// "1.0 GB", "300 MB", "12 KB"
QString byteSizeText(qint64 bytes);

// Why a text file starting with `bytes` cannot be read as UTF-8: "is UTF-16
// text; save it as UTF-8" (or UTF-32), told by its byte-order mark or by the
// zero bytes that JSON and CSV text never holds in its first characters.
// Empty for UTF-8 (with or without a byte-order mark) and anything else.
QString unicodeEncodingFault(const QByteArray &bytes);
// 3 when `bytes` starts with a UTF-8 byte-order mark, else 0.
int utf8BomLength(const QByteArray &bytes);

} // namespace ftroi
