// Table to TSV / CSV text, and the CSV file writer.
#include "ui/comparison/tableexport.h"

#include "core/text/safesave.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QStringList>

namespace ftroi {

namespace {

QList<int> allSections(int count)
{
    QList<int> sections;
    sections.reserve(count);
    for (int i = 0; i < count; ++i)
        sections.append(i);
    return sections;
}

// The header row, then one row per model row with its header in front.
QList<QStringList> tableCells(const QAbstractItemModel &model, QList<int> rows, QList<int> columns)
{
    if (rows.isEmpty())
        rows = allSections(model.rowCount());
    if (columns.isEmpty())
        columns = allSections(model.columnCount());

    QList<QStringList> table;
    table.reserve(rows.size() + 1);
    QStringList header{QString()};
    for (int column : columns)
        header.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    table.append(header);
    for (int row : rows) {
        QStringList line{model.headerData(row, Qt::Vertical, Qt::DisplayRole).toString()};
        for (int column : columns)
            line.append(model.data(model.index(row, column), Qt::DisplayRole).toString());
        table.append(line);
    }
    return table;
}

QString tsvField(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

QString tableToTsv(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns)
{
    QString out;
    const QList<QStringList> table = tableCells(model, rows, columns);
    for (const QStringList &line : table) {
        QStringList fields;
        fields.reserve(line.size());
        for (const QString &cell : line)
            fields.append(tsvField(cell));
        out += fields.join(QLatin1Char('\t'));
        out += QLatin1Char('\n');
    }
    return out;
}

QString tableToCsv(const QAbstractItemModel &model)
{
    QString out;
    const QList<QStringList> table = tableCells(model, {}, {});
    for (const QStringList &line : table) {
        QStringList fields;
        fields.reserve(line.size());
        for (const QString &cell : line)
            fields.append(csvField(cell));
        out += fields.join(QLatin1Char(','));
        out += QLatin1String("\r\n");
    }
    return out;
}

bool writeCsvFile(const QAbstractItemModel &model, const QString &path, QString *error)
{
    return writeTextFile(tableToCsv(model), path, error);
}

bool writeTextFile(const QString &text, const QString &path, QString *error)
{
    const Result<void> saved = saveFileSafely(path, text.toUtf8());
    if (!saved && error)
        *error = QCoreApplication::translate("ftroi::TableExport", "Cannot write %1: %2").arg(path, saved.error());
    return saved.ok();
}

} // namespace ftroi
