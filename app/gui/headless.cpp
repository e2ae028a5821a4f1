// Exit codes, errors and --scenario for the app's headless commands.
#include "app/gui/headless.h"

#include <cstdio>

namespace headless {

int fail(int code, const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    return code;
}

namespace {

// Finds a scenario by 1-based number or by exact name.
int scenarioIndex(const ftroi::ScenarioDocument &document, const QString &wanted)
{
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= document.scenarios.size() ? number - 1 : -1;
    for (int i = 0; i < document.scenarios.size(); ++i)
        if (document.scenarios.at(i).name == wanted)
            return i;
    return -1;
}

} // namespace

QList<int> wantedScenarios(const ftroi::ScenarioDocument &document, const QString &wanted)
{
    QList<int> indices;
    if (wanted.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        for (int i = 0; i < document.scenarios.size(); ++i)
            indices.append(i);
    } else if (const int index = scenarioIndex(document, wanted); index >= 0) {
        indices.append(index);
    }
    return indices;
}

} // namespace headless
