// Running a program from a test (ftroi-cli, ssconvert): its exit code (-1 when
// it crashed), its output and its error text. A program that does not finish
// in time stops the test.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

struct ProgramRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

inline ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

#ifdef FTROI_CLI_PATH
// ftroi-cli of this build.
inline ProgramRun runCli(const QStringList &args)
{
    return runProgram(QStringLiteral(FTROI_CLI_PATH), args);
}
#endif
