// Only regular files up to 256 MB are read, checked before anything is
// opened: a device, a pipe with no writer, a folder or a huge file is refused
// at once with the reason, by the app's loader, the CLI and the headless
// export; the export never writes over its input or into a non-image name.
#include "core/io/documentfile.h"
#include "core/text/inputfile.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace ftroi;

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(20000)) { // a blocked read would end here
        p.kill();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestInputFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_fifo;
    QString m_huge;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fifo = m_dir.filePath(QStringLiteral("pipe.ftroi"));
        QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
        m_huge = m_dir.filePath(QStringLiteral("huge.ftroi"));
        QFile huge(m_huge);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(1024) * 1024 * 1024)); // sparse: 1 GB that takes no disk
    }

    void checkNamesTheReason_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("device") << QStringLiteral("/dev/zero") << QStringLiteral("is not a regular file (a device, pipe or socket)");
        QTest::newRow("pipe") << m_fifo << QStringLiteral("is not a regular file (a device, pipe or socket)");
        QTest::newRow("folder") << m_dir.path() << QStringLiteral("is a folder, not a file");
        QTest::newRow("1 GB") << m_huge << QStringLiteral("is 1.0 GB; the limit is 256 MB");
    }

    void checkNamesTheReason()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const Result<void> fit = checkInputFile(path);
        QVERIFY(!fit);
        QCOMPARE(fit.error(), reason);
        const Result<ScenarioDocument> loaded = loadDocumentFile(path);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(reason), qPrintable(loaded.error()));

        const Run cli = run(QStringLiteral(FTROI_CLI_PATH), {QStringLiteral("validate"), path});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(reason), qPrintable(cli.err));
        const Run app = run(QStringLiteral(FTROI_APP_PATH), {QStringLiteral("--export-chart"), path, QStringLiteral("--out"),
                                                             m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(app.exitCode, 2);
        QVERIFY2(app.err.contains(reason), qPrintable(app.err));
    }

    void aRegularFileIsRead()
    {
        QVERIFY(checkInputFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi")));
        QVERIFY(loadDocumentFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi")));
    }

    void exportNeverWritesOverItsInputOrANonImage()
    {
        const QString doc = m_dir.filePath(QStringLiteral("doc.ftroi"));
        QVERIFY(QFile::copy(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"), doc));
        const QByteArray before = testsupport::readFile(doc);
        for (const QString &out : {doc, m_dir.filePath(QStringLiteral("notes.txt"))}) {
            const Run app = run(QStringLiteral(FTROI_APP_PATH), {QStringLiteral("--export-chart"), doc, QStringLiteral("--out"), out});
            QCOMPARE(app.exitCode, 2);
            QVERIFY2(app.err.contains(QLatin1String("does not end in .png or .svg")), qPrintable(app.err));
        }
        QCOMPARE(testsupport::readFile(doc), before);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("notes.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestInputFiles)
#include "tst_inputfiles.moc"
