// The workbook: its four sheets and the Comparison sheet's references.
#include "core/report/workbook.h"

#include "core/engine/schedule.h"

#include "core/report/workbookinputs.h"
#include "core/report/workbookmodel.h"
#include "core/text/format.h"
#include "core/text/safesave.h"

#include <QFile>
#include <QTemporaryDir>

namespace ftroi {

namespace {

// A sheet's rows in Excel (1,048,576), less room for titles.
constexpr qint64 kMaxWorkbookRows = 1048000;

struct ComparisonRow {
    const char *key;
    const char *label;
    bool managed;
};

const ComparisonRow kComparison[] = {
    {"api_monthly_tco", "API path's whole monthly cost ($/month)", false},
    {"self_hosted_monthly_tco", "Self-hosted path's whole monthly cost ($/month)", false},
    {"managed_monthly_tco", "Managed path's whole monthly cost ($/month)", true},
    {"monthly_savings", "Self-hosted monthly savings ($/month)", false},
    {"payback_months", "Self-hosted payback (months)", false},
    {"payback_months_with_growth", "Self-hosted payback with growth (months)", false},
    {"npv", "Self-hosted NPV ($)", false},
    {"roi", "Self-hosted ROI", false},
    {"managed_monthly_savings", "Managed monthly savings ($/month)", true},
    {"managed_npv", "Managed NPV ($)", true},
    {"total_project_cost", "Self-hosted project cost ($)", false},
    {"instances", "Instances (peak)", false},
};

void writeComparison(lxw_worksheet *sheet, const WorkbookFormats &formats, const ScenarioDocument &document,
                     const std::vector<ScenarioResult> &results)
{
    worksheet_set_column(sheet, 0, 0, 46, nullptr);
    worksheet_set_column(sheet, 1, lxw_col_t(document.scenarios.size()), 22, nullptr);
    worksheet_write_string(sheet, 0, 0, "Result", formats.header);
    for (qsizetype k = 0; k < document.scenarios.size(); ++k)
        worksheet_write_string(sheet, 0, lxw_col_t(k + 1), document.scenarios.at(k).name.toUtf8().constData(), formats.header);
    lxw_row_t row = 1;
    for (const ComparisonRow &c : kComparison) {
        QString label = QString::fromLatin1(c.label);
        label.replace(QLatin1Char('$'), currencySymbol(document.currency));
        worksheet_write_string(sheet, row, 0, label.toUtf8().constData(), nullptr);
        for (qsizetype k = 0; k < document.scenarios.size(); ++k) {
            const ScenarioResult &r = results[size_t(k)];
            if (c.managed && !r.managed) {
                worksheet_write_string(sheet, row, lxw_col_t(k + 1), "no managed path", formats.note);
                continue;
            }
            const QByteArray formula = QStringLiteral("=s%1_%2").arg(k + 1).arg(QString::fromLatin1(c.key)).toUtf8();
            const QString key = QString::fromLatin1(c.key);
            std::optional<double> cached;
            if (key == QLatin1String("api_monthly_tco")) cached = r.apiMonthlyTco;
            else if (key == QLatin1String("self_hosted_monthly_tco")) cached = r.selfHostedMonthlyTco;
            else if (key == QLatin1String("managed_monthly_tco")) cached = r.managed->monthlyTco;
            else if (key == QLatin1String("monthly_savings")) cached = r.monthlySavings;
            else if (key == QLatin1String("payback_months")) cached = r.paybackMonths;
            else if (key == QLatin1String("payback_months_with_growth")) cached = r.lifetime.paybackMonthsWithGrowth;
            else if (key == QLatin1String("npv")) cached = r.lifetime.npv;
            else if (key == QLatin1String("roi")) cached = r.lifetime.roi;
            else if (key == QLatin1String("managed_monthly_savings")) cached = r.managed->monthlySavings;
            else if (key == QLatin1String("managed_npv")) cached = r.managed->lifetime.npv;
            else if (key == QLatin1String("total_project_cost")) cached = r.totalProjectCost;
            else if (key == QLatin1String("instances")) cached = r.instances;
            worksheet_write_formula_num(sheet, row, lxw_col_t(k + 1), formula.constData(), formats.formula,
                                        cached.value_or(0));
        }
        ++row;
    }
    worksheet_write_string(sheet, row + 1, 0,
                           "Blue cells on the Inputs sheet are inputs; every other number is a formula over them.",
                           formats.note);
}

} // namespace

QString workbookFault(const ScenarioDocument &document)
{
    qint64 rows = 0;
    for (qsizetype k = 0; k < document.scenarios.size(); ++k) {
        const Scenario &s = document.scenarios.at(k);
        if (!(s.project.lifetimeMonths <= kMaxScheduleMonths))
            return QStringLiteral("scenario %1 \"%2\": project.lifetime_months is %3 months; the workbook's Schedule "
                                  "sheet walks at most %4 months")
                .arg(k + 1).arg(s.name).arg(s.project.lifetimeMonths).arg(kMaxScheduleMonths);
        rows += workbookScheduleMonths(s) + 2;
    }
    if (rows > kMaxWorkbookRows)
        return QStringLiteral("the Schedule sheet would need %1 rows; a sheet holds at most %2").arg(rows).arg(kMaxWorkbookRows);
    return QString();
}

Result<QByteArray> workbookBytes(const ScenarioDocument &document)
{
    if (const QString fault = workbookFault(document); !fault.isEmpty())
        return Failure{fault};
    QTemporaryDir dir;
    if (!dir.isValid())
        return Failure{QStringLiteral("cannot make a temporary folder: %1").arg(dir.errorString())};
    const QString path = dir.filePath(QStringLiteral("model.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return Failure{QStringLiteral("cannot start the workbook")};
    WorkbookFormats formats;
    formats.create(book);
    lxw_worksheet *inputs = workbook_add_worksheet(book, "Inputs");
    lxw_worksheet *model = workbook_add_worksheet(book, "Model");
    lxw_worksheet *schedule = workbook_add_worksheet(book, "Schedule");
    lxw_worksheet *comparison = workbook_add_worksheet(book, "Comparison");

    writeInputsSheet(book, inputs, formats, document);
    worksheet_set_column(model, 0, 0, 48, nullptr);
    worksheet_set_column(model, 1, 1, 46, nullptr);
    worksheet_set_column(model, 2, 2, 18, nullptr);
    worksheet_set_column(model, 3, 3, 20, nullptr);
    worksheet_set_column(model, 4, 4, 60, nullptr);
    worksheet_set_column(schedule, 0, 23, 16, nullptr);
    std::vector<ScenarioResult> results;
    int modelRow = 0;
    int scheduleRow = 0;
    for (qsizetype k = 0; k < document.scenarios.size(); ++k) {
        const Scenario &s = document.scenarios.at(k);
        results.push_back(evaluate(s));
        const ScenarioResult &r = results.back();
        modelRow = writeModelBlock(book, model, formats, s, r, int(k) + 1, modelRow, document.currency);
        modelRow = writeManagedBlock(book, model, formats, s, r, int(k) + 1, modelRow, document.currency);
        scheduleRow = writeScheduleBlock(book, schedule, formats, s, r, int(k) + 1, scheduleRow);
    }
    writeComparison(comparison, formats, document, results);
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        return Failure{QStringLiteral("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(error)))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{QStringLiteral("cannot read the workbook back: %1").arg(file.errorString())};
    return file.readAll();
}

Result<void> writeWorkbook(const ScenarioDocument &document, const QString &path)
{
    Result<QByteArray> bytes = workbookBytes(document);
    if (!bytes)
        return Failure{bytes.error()};
    return saveFileSafely(path, bytes.value());
}

} // namespace ftroi
