// A helper for tst_savesafety: saves two versions of a document to one file
// in turn, with its "~" backup, until it is killed (kill -9 at a random moment).
#include "core/io/documentfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    QFile source(args.at(2));
    if (!source.open(QIODevice::ReadOnly))
        return 2;
    ftroi::ReadResult read = ftroi::readDocument(source.readAll());
    if (!read.document)
        return 2;
    ftroi::ScenarioDocument document = *read.document;
    std::puts("saving");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        document.scenarios.first().reviewCost = 1 + i % 2; // version A, then B
        if (!ftroi::saveDocumentFile(document, args.at(1)))
            return 1;
    }
}
