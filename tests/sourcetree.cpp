// Reads the source tree for the layering test: file paths, line counts and
// the quoted includes of every .h and .cpp file.
#include "sourcetree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace sourcetree {

namespace {

int countLines(const QByteArray &text)
{
    const int newlines = int(text.count('\n'));
    return text.isEmpty() || text.endsWith('\n') ? newlines : newlines + 1;
}

QStringList quotedIncludes(const QString &text)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""),
                                            QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = include.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

} // namespace

QList<SourceFile> readSourceFiles(const QString &root, const QStringList &folders)
{
    const QDir rootDir(root);
    QList<SourceFile> files;
    for (const QString &folder : folders) {
        QDirIterator it(rootDir.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString absolute = it.next();
            QFile file(absolute);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(absolute));
            const QByteArray bytes = file.readAll();
            files.append(
                {rootDir.relativeFilePath(absolute), countLines(bytes), quotedIncludes(QString::fromUtf8(bytes))});
        }
    }
    std::sort(files.begin(), files.end(), [](const SourceFile &a, const SourceFile &b) { return a.path < b.path; });
    return files;
}

QString roomOf(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() <= 2)
        return parts.first();
    return parts.at(0) + QLatin1Char('/') + parts.at(1);
}

} // namespace sourcetree
