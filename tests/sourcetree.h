// The project's own source files as the layering test reads them from disk:
// each file's path from the project root, its line count and the headers it
// names with #include "...".
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sourcetree {

struct SourceFile {
    QString path; // from the project root, e.g. "ui/form/phasesmodel.cpp"
    int lines = 0;
    QStringList includes; // every #include "..." in the order written
};

// Every .h and .cpp file under `folders` (relative to `root`), sorted by path.
QList<SourceFile> readSourceFiles(const QString &root, const QStringList &folders);

// The room a project path belongs to: its top folder and the folder below it
// ("ui/form" for "ui/form/phasesmodel.h"); just the top folder for a file
// directly inside it.
QString roomOf(const QString &path);

} // namespace sourcetree
