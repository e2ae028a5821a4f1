// Plain-text exports of a table model for the clipboard (tab-separated) and
// for files (CSV, RFC 4180). Cells are written as displayed: formatted text
// with units. The first row holds the column headers after an empty corner
// cell; the first column holds the row headers.
#pragma once

#include "core/text/csvtext.h"

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace ftroi {

// Tab-separated text, one line per row. `rows` and `columns` pick the rows and
// columns to write (in the given order); empty lists mean all of them. Tabs and
// line breaks inside a cell become spaces.
QString tableToTsv(const QAbstractItemModel &model, const QList<int> &rows = {}, const QList<int> &columns = {});

// The whole table as CSV: fields with a comma, a quote or a line break are
// quoted and their quotes doubled; records end with CRLF.
QString tableToCsv(const QAbstractItemModel &model);

// Writes tableToCsv() as UTF-8 to `path` with saveFileSafely(). On failure
// returns false and sets `*error` (when given) to a readable reason.
bool writeCsvFile(const QAbstractItemModel &model, const QString &path, QString *error = nullptr);

// Writes `text` as UTF-8 to `path`, atomically; errors as writeCsvFile().
bool writeTextFile(const QString &text, const QString &path, QString *error = nullptr);

} // namespace ftroi
