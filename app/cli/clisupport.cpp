// Output, document loading and scenario selection for ftroi-cli.
#include "app/cli/clisupport.h"

#include "core/text/inputfile.h"

#include "core/io/documentfile.h"

#include <QFile>

#include <cstdio>

namespace cli {

void printErr(const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int loadDocument(const QString &path, ftroi::ScenarioDocument &document)
{
    if (const ftroi::Result<void> fit = ftroi::checkInputFile(path); !fit) {
        printErr(QStringLiteral("%1: %2").arg(path, fit.error()));
        return kExitRefused;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printErr(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
        return kExitError;
    }
    ftroi::Result<ftroi::ScenarioDocument> read = ftroi::readDocumentFile(file);
    if (!read) {
        printErr(QStringLiteral("%1: %2").arg(path, read.error()));
        return kExitRefused;
    }
    document = std::move(read).value();
    return kExitOk;
}

const ftroi::Scenario *pickScenario(const ftroi::ScenarioDocument &document, const QString &which, QString &error)
{
    if (which.isEmpty()) {
        error = QStringLiteral("--scenario is required (a number from 1 to %1, or a name)").arg(document.scenarios.size());
        return nullptr;
    }
    bool isNumber = false;
    const int n = which.toInt(&isNumber);
    if (isNumber) {
        if (n >= 1 && n <= document.scenarios.size())
            return &document.scenarios.at(n - 1);
        error = QStringLiteral("--scenario: %1 is not a scenario number from 1 to %2").arg(which).arg(document.scenarios.size());
        return nullptr;
    }
    for (const ftroi::Scenario &s : document.scenarios)
        if (s.name == which)
            return &s;
    error = QStringLiteral("--scenario: no scenario is named \"%1\"").arg(which);
    return nullptr;
}

} // namespace cli
