// ftroi-cli schedule FILE --scenario N [--csv|--json].
#include "app/cli/schedulecommand.h"

#include "app/cli/clisupport.h"
#include "core/report/schedulereport.h"

namespace cli {

int scheduleCommand(const QCommandLineParser &parser, const QString &path)
{
    ftroi::ScenarioDocument document;
    if (int code = loadDocument(path, document))
        return code;
    QString error;
    const ftroi::Scenario *s = pickScenario(document, parser.value(QStringLiteral("scenario")), error);
    if (!s) {
        printErr(QStringLiteral("schedule: ") + error);
        return kExitRefused;
    }
    const ftroi::MonthlySchedule schedule = ftroi::monthlySchedule(*s, ftroi::evaluate(*s));
    const QString fault = ftroi::scheduleFault(*s, schedule);
    if (schedule.months.empty()) {
        printErr(QStringLiteral("%1: scenario \"%2\": %3").arg(path, s->name, fault));
        return kExitRefused;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(ftroi::scheduleJson(schedule));
        printOut("\n");
    } else if (parser.isSet(QStringLiteral("csv"))) {
        printOut(ftroi::scheduleCsv(schedule).toUtf8());
    } else {
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        printOut(ftroi::scheduleTable(schedule, document.currency, locale).toUtf8());
    }
    if (!fault.isEmpty())
        printErr(QStringLiteral("%1: scenario \"%2\": %3; the schedule stops there").arg(path, s->name, fault));
    return kExitOk;
}

} // namespace cli
