// The options of each ftroi-cli command (see commandoptions.h).
#include "app/cli/commandoptions.h"

#include <QStringList>

namespace cli {

namespace {

struct CommandOptions {
    const char *command;
    QStringList options;
};

const QList<CommandOptions> &commandOptions()
{
    static const QList<CommandOptions> table = {
        {"evaluate", {QStringLiteral("json")}},
        {"validate", {QStringLiteral("json")}}, // accepted for scripts that pass it to every command
        {"compare", {QStringLiteral("csv")}},
        {"estimate-training",
         {QStringLiteral("json"), QStringLiteral("model-size"), QStringLiteral("method"), QStringLiteral("examples"),
          QStringLiteral("seq-len"), QStringLiteral("epochs"), QStringLiteral("gpu"), QStringLiteral("on-demand"),
          QStringLiteral("mfu")}},
        {"simulate", {QStringLiteral("samples"), QStringLiteral("seed"), QStringLiteral("json")}},
        {"sensitivity", {QStringLiteral("scenario"), QStringLiteral("metric"), QStringLiteral("json")}},
        {"solve", {QStringLiteral("scenario"), QStringLiteral("vary"), QStringLiteral("target"), QStringLiteral("json")}},
        {"grid",
         {QStringLiteral("scenario"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("metric"),
          QStringLiteral("log-x"), QStringLiteral("log-y"), QStringLiteral("json"), QStringLiteral("csv")}},
        {"schedule", {QStringLiteral("scenario"), QStringLiteral("json"), QStringLiteral("csv")}},
        {"workbook", {QStringLiteral("out")}},
        {"catalog", {QStringLiteral("json"), QStringLiteral("region")}},
        {"usage", {QStringLiteral("json"), QStringLiteral("model"), QStringLiteral("tz"), QStringLiteral("scenario")}},
        {"benchmark", {QStringLiteral("json"), QStringLiteral("scenario")}},
    };
    return table;
}

// "sensitivity, solve and grid": the commands that take `option`.
QString commandsTaking(const QString &option)
{
    QStringList names;
    for (const CommandOptions &c : commandOptions())
        if (c.options.contains(option))
            names << QString::fromLatin1(c.command);
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

} // namespace

QString optionsFault(const QCommandLineParser &parser, const QString &command)
{
    for (const CommandOptions &c : commandOptions()) {
        if (command != QLatin1String(c.command))
            continue;
        for (const QString &option : parser.optionNames()) {
            if (!c.options.contains(option))
                return QStringLiteral("%1: --%2 does not apply to %1 (it is for %3). See ftroi-cli --help.")
                    .arg(command, option, commandsTaking(option));
        }
        if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv")))
            return QStringLiteral("%1: --json and --csv together; choose one").arg(command);
        return QString();
    }
    return QString(); // an unknown command is refused by its own message
}

} // namespace cli
