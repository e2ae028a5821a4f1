// Replays the fuzz corpus and every input that ever crashed the fuzzer
// (tests/fuzz/regressions) through the same check the fuzzer applies.
#include "documentcheck.h"
#include "testsupport.h"

#include <QDir>
#include <QtTest>

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const QString &folder : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            const QDir dir(QStringLiteral(FTROI_FUZZ_DIR "/") + folder);
            for (const QString &name : dir.entryList(QDir::Files)) {
                QTest::newRow(qPrintable(folder + QLatin1Char('/') + name)) << dir.filePath(name);
                ++count;
            }
        }
        QVERIFY(count > 10);
    }

    void replay()
    {
        QFETCH(QString, path);
        const QString failure = ftroi::fuzz::checkDocumentInput(testsupport::readFile(path));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
