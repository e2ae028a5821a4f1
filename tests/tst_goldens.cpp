// Refactors keep results: the CLI's evaluate (JSON and text), simulate,
// compare and sensitivity output and the saved bytes of every example
// document, and the reader's verdict, saved bytes and results for every
// fuzz-corpus input, are compared with the files under tests/data/golden.
// Those files were written by an earlier build; a change to them is a change
// of results and must be deliberate: FTROI_UPDATE_GOLDENS=1 rewrites them.
#include "core/io/documentformat.h"
#include "core/report/resultjson.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QtTest>

namespace {

const QString kGoldenDir = QStringLiteral(FTROI_TEST_DATA_DIR "/golden/");

bool updating()
{
    return qEnvironmentVariableIntValue("FTROI_UPDATE_GOLDENS") == 1;
}

// Compares `actual` with the golden file `name` (or rewrites it when updating).
void checkGolden(const QString &name, const QByteArray &actual)
{
    const QString path = kGoldenDir + name;
    if (updating()) {
        QDir().mkpath(kGoldenDir);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        f.write(actual);
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file %1").arg(path)));
    const QByteArray expected = f.readAll();
    if (actual != expected) {
        int at = 0;
        while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
            ++at;
        QFAIL(qPrintable(QStringLiteral("%1 differs at byte %2: got \"%3\", expected \"%4\"")
                             .arg(name)
                             .arg(at)
                             .arg(QString::fromUtf8(actual.mid(std::max(0, at - 40), 120)),
                                  QString::fromUtf8(expected.mid(std::max(0, at - 40), 120)))));
    }
}

QByteArray runCli(const QStringList &args)
{
    QProcess cli;
    cli.start(QStringLiteral(FTROI_CLI_PATH), args);
    if (!cli.waitForFinished(120000))
        return "timed out";
    return cli.readAllStandardOutput() + cli.readAllStandardError() + "exit " + QByteArray::number(cli.exitCode());
}

QStringList exampleDocuments()
{
    QStringList paths;
    for (const QString &folder : {QStringLiteral(FTROI_EXAMPLES_DIR), QStringLiteral(FTROI_TEST_DATA_DIR)}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.ftroi")}, QDir::Files, QDir::Name))
            paths << dir.filePath(name);
    }
    return paths;
}

QString goldenStem(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().dirName() + QLatin1Char('-') + info.completeBaseName();
}

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(24);
}

} // namespace

class TestGoldens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliOutputs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("golden");
        const QStringList paths = exampleDocuments();
        QVERIFY(paths.size() >= 4);
        for (const QString &path : paths) {
            const QString stem = goldenStem(path);
            const QList<std::pair<QString, QStringList>> commands = {
                {QStringLiteral("evaluate.json"), {QStringLiteral("evaluate"), QStringLiteral("--json")}},
                {QStringLiteral("evaluate.txt"), {QStringLiteral("evaluate")}},
                {QStringLiteral("simulate.json"), {QStringLiteral("simulate"), QStringLiteral("--json")}},
                {QStringLiteral("compare.csv"), {QStringLiteral("compare"), QStringLiteral("--csv")}},
                {QStringLiteral("sensitivity.json"),
                 {QStringLiteral("sensitivity"), QStringLiteral("--scenario"), QStringLiteral("1"),
                  QStringLiteral("--metric"), QStringLiteral("npv"), QStringLiteral("--json")}},
            };
            for (const auto &[suffix, command] : commands) {
                const QString golden = stem + QLatin1Char('.') + suffix;
                QTest::newRow(qPrintable(golden)) << path << command << golden;
            }
        }
    }

    void cliOutputs()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, command);
        QFETCH(QString, golden);
        QStringList args = command;
        args.insert(1, path);
        checkGolden(golden, runCli(args));
    }

    void savedBytes_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : exampleDocuments())
            QTest::newRow(qPrintable(goldenStem(path))) << path;
    }

    void savedBytes()
    {
        QFETCH(QString, path);
        const ftroi::ReadResult read = ftroi::readDocument(testsupport::readFile(path));
        QVERIFY2(read.document, qPrintable(read.error));
        checkGolden(goldenStem(path) + QStringLiteral(".saved.ftroi"), ftroi::writeDocument(*read.document));
    }

    // Every corpus input: refused with the same message, or saved and
    // evaluated to the same bytes (hashed: one line per input).
    void fuzzCorpus()
    {
        QByteArray table;
        for (const QString &folder : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            const QDir dir(QStringLiteral(FTROI_FUZZ_DIR "/") + folder);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                const ftroi::ReadResult read = ftroi::readDocument(testsupport::readFile(dir.filePath(name)));
                table += (folder + QLatin1Char('/') + name).toUtf8() + '\t';
                if (!read.document) {
                    table += "refused\t" + read.error.toUtf8() + '\n';
                    continue;
                }
                table += "saved " + sha(ftroi::writeDocument(*read.document)) + "\tresults "
                         + sha(ftroi::evaluateDocumentToJson(*read.document)) + '\n';
            }
        }
        checkGolden(QStringLiteral("fuzz-corpus.tsv"), table);
    }
};

QTEST_GUILESS_MAIN(TestGoldens)
#include "tst_goldens.moc"
