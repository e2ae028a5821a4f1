// Cell formats and the row writer of the workbook's sheets.
#include "core/report/workbooksheet.h"

#include <QRegularExpression>
#include <QStringList>

namespace ftroi {

namespace {

lxw_format *makeFormat(lxw_workbook *book, lxw_color_t color, const char *numberFormat, bool bold = false,
                       bool italic = false)
{
    lxw_format *f = workbook_add_format(book);
    format_set_font_color(f, color);
    if (numberFormat)
        format_set_num_format(f, numberFormat);
    if (bold)
        format_set_bold(f);
    if (italic)
        format_set_italic(f);
    return f;
}

constexpr lxw_color_t kInputBlue = 0x0000FF;
constexpr lxw_color_t kBlack = 0x000000;
constexpr lxw_color_t kGrey = 0x606060;
const char *const kNumber = "#,##0.########";
const char *const kPercent = "0.00##%";

} // namespace

void WorkbookFormats::create(lxw_workbook *book)
{
    title = makeFormat(book, kBlack, nullptr, true);
    format_set_font_size(title, 13);
    header = makeFormat(book, kBlack, nullptr, true);
    format_set_bottom(header, LXW_BORDER_THIN);
    input = makeFormat(book, kInputBlue, kNumber);
    format_set_bg_color(input, 0xFFF6D5);
    inputPercent = makeFormat(book, kInputBlue, kPercent);
    format_set_bg_color(inputPercent, 0xFFF6D5);
    formula = makeFormat(book, kBlack, kNumber);
    formulaPercent = makeFormat(book, kBlack, kPercent);
    appValue = makeFormat(book, kGrey, kNumber, false, true);
    note = makeFormat(book, kGrey, nullptr, false, true);
}

QString columnLetters(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

QString absoluteCell(const QString &sheet, int row, int column)
{
    return QStringLiteral("'%1'!$%2$%3").arg(sheet, columnLetters(column)).arg(row + 1);
}

QString nameFromPath(const QString &path)
{
    QString out = path;
    for (QChar &c : out)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            c = u'_';
    return out.toLower();
}

SheetWriter::SheetWriter(lxw_workbook *book, lxw_worksheet *sheet, const char *sheetName,
                         const WorkbookFormats &formats, int scenario)
    : m_book(book), m_sheet(sheet), m_sheetName(QString::fromLatin1(sheetName)), m_formats(formats),
      m_prefix(QStringLiteral("s%1_").arg(scenario))
{
}

QString SheetWriter::name(const QString &key) const
{
    return m_prefix + key;
}

QString SheetWriter::expand(const QString &formula) const
{
    static const QRegularExpression key(QStringLiteral("\\$([a-z0-9_]+)"));
    QString out = formula;
    out.replace(key, m_prefix + QStringLiteral("\\1"));
    return out;
}

void SheetWriter::define(const QString &key, int column)
{
    const QByteArray n = name(key).toUtf8();
    const QByteArray ref = (QStringLiteral("=") + absoluteCell(m_sheetName, m_row, column)).toUtf8();
    workbook_define_name(m_book, n.constData(), ref.constData());
}

void SheetWriter::labelAndUnit(const QString &key, const QString &label, const QString &unit)
{
    worksheet_write_string(m_sheet, lxw_row_t(m_row), 0, name(key).toUtf8().constData(), nullptr);
    worksheet_write_string(m_sheet, lxw_row_t(m_row), 1, label.toUtf8().constData(), nullptr);
    if (!unit.isEmpty())
        worksheet_write_string(m_sheet, lxw_row_t(m_row), 3, unit.toUtf8().constData(), nullptr);
}

void SheetWriter::title(const QString &text)
{
    worksheet_write_string(m_sheet, lxw_row_t(m_row), 0, text.toUtf8().constData(), m_formats.title);
    ++m_row;
}

void SheetWriter::header(const QStringList &columns)
{
    for (int c = 0; c < columns.size(); ++c)
        worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(c), columns.at(c).toUtf8().constData(),
                               m_formats.header);
    ++m_row;
}

void SheetWriter::input(const QString &key, const QString &label, double value, const QString &unit, CellStyle style,
                        const QString &source, const QString &asOf)
{
    labelAndUnit(key, label, unit);
    worksheet_write_number(m_sheet, lxw_row_t(m_row), 2, value,
                           style == CellStyle::Percent ? m_formats.inputPercent : m_formats.input);
    if (!source.isEmpty())
        worksheet_write_string(m_sheet, lxw_row_t(m_row), 4, source.toUtf8().constData(), m_formats.note);
    if (!asOf.isEmpty())
        worksheet_write_string(m_sheet, lxw_row_t(m_row), 5, asOf.toUtf8().constData(), m_formats.note);
    define(key, 2);
    ++m_row;
}

void SheetWriter::formula(const QString &key, const QString &label, const QString &formula,
                          std::optional<double> cached, const QString &unit, CellStyle style, const QString &note)
{
    labelAndUnit(key, label, unit);
    const QByteArray text = expand(formula).toUtf8();
    lxw_format *format = style == CellStyle::Percent ? m_formats.formulaPercent : m_formats.formula;
    // libxlsxwriter 1.1.4 caches numbers only: a "never" is cached as 0 until recalculated.
    worksheet_write_formula_num(m_sheet, lxw_row_t(m_row), 2, text.constData(), format, cached.value_or(0));
    if (!note.isEmpty())
        worksheet_write_string(m_sheet, lxw_row_t(m_row), 4, note.toUtf8().constData(), m_formats.note);
    define(key, 2);
    ++m_row;
}

void SheetWriter::appValue(const QString &key, const QString &label, std::optional<double> value, const QString &unit,
                           const QString &note)
{
    labelAndUnit(key, label, unit);
    if (value)
        worksheet_write_number(m_sheet, lxw_row_t(m_row), 2, *value, m_formats.appValue);
    else
        worksheet_write_string(m_sheet, lxw_row_t(m_row), 2, "never", m_formats.appValue);
    worksheet_write_string(m_sheet, lxw_row_t(m_row), 4, note.toUtf8().constData(), m_formats.note);
    define(key, 2);
    ++m_row;
}

void SheetWriter::text(const QString &label, const QString &value, const QString &note)
{
    worksheet_write_string(m_sheet, lxw_row_t(m_row), 1, label.toUtf8().constData(), nullptr);
    worksheet_write_string(m_sheet, lxw_row_t(m_row), 2, value.toUtf8().constData(), nullptr);
    if (!note.isEmpty())
        worksheet_write_string(m_sheet, lxw_row_t(m_row), 4, note.toUtf8().constData(), m_formats.note);
    ++m_row;
}

} // namespace ftroi
