// The building blocks of the workbook (workbook.h): its cell formats and a
// sheet writer that puts one labelled row after another, defines each row's
// workbook-scope name (`s{k}_` + key) and writes formulas over those names with
// the engine's value cached. A formula is written with `$key` for the
// scenario's own names: "$monthly_api_cost - $monthly_ft_total".
#pragma once

#include <QString>

#include <optional>

#include <xlsxwriter.h>

namespace ftroi {

struct WorkbookFormats {
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *input = nullptr;        // blue: a value the reader may change
    lxw_format *inputPercent = nullptr;
    lxw_format *formula = nullptr;      // black: computed from the inputs
    lxw_format *formulaPercent = nullptr;
    lxw_format *appValue = nullptr;     // grey italic: a value the app computed
    lxw_format *note = nullptr;
    void create(lxw_workbook *book);
};

// How a row's number reads.
enum class CellStyle { Number, Percent };

class SheetWriter
{
public:
    // Rows of `sheet` (named `sheetName`) for scenario k (1-based); columns A
    // name, B label, C value, D unit, E note (Inputs: E source, F as of).
    SheetWriter(lxw_workbook *book, lxw_worksheet *sheet, const char *sheetName, const WorkbookFormats &formats,
                int scenario);

    int row() const { return m_row; }
    void skip(int rows = 1) { m_row += rows; }
    // "s1_" + key.
    QString name(const QString &key) const;
    // `$key` -> `s1_key`; anything else as written.
    QString expand(const QString &formula) const;

    void title(const QString &text);
    void header(const QStringList &columns);
    // A named input value (blue).
    void input(const QString &key, const QString &label, double value, const QString &unit, CellStyle style,
               const QString &source = {}, const QString &asOf = {});
    // A named formula with its cached value; a formula that can give "never"
    // has a nullopt cache when the engine's value is never.
    void formula(const QString &key, const QString &label, const QString &formula, std::optional<double> cached,
                 const QString &unit, CellStyle style = CellStyle::Number, const QString &note = {});
    // A named value the app computed (no formula can express it).
    void appValue(const QString &key, const QString &label, std::optional<double> value, const QString &unit,
                  const QString &note);
    // A row of text (a setting that is not a number, a remark).
    void text(const QString &label, const QString &value, const QString &note = {});

private:
    void define(const QString &key, int column);
    void labelAndUnit(const QString &key, const QString &label, const QString &unit);

    lxw_workbook *m_book;
    lxw_worksheet *m_sheet;
    QString m_sheetName;
    const WorkbookFormats &m_formats;
    QString m_prefix;
    int m_row = 0;
};

// An Excel cell reference "'Sheet'!$C$5" (absolute).
QString absoluteCell(const QString &sheet, int row, int column);
// Column letters of a 0-based column (0 -> "A").
QString columnLetters(int column);
// A defined name's part from a dotted path: letters, digits and '_' only.
QString nameFromPath(const QString &path);

} // namespace ftroi
