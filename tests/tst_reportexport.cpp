// The decision memo: a PDF whose text (read back with poppler's pdftotext)
// starts with the decision sentence exactly as the app's headline shows it and
// carries each path's numbers, the uncertainty and the assumptions with their
// price sources; fonts embedded (pdffonts), 2 to 8 pages a scenario plus the
// methodology appendix (pdfinfo), A4 or Letter by locale; the File menu's
// action and `ftroi --export-report`, and its refusals.
#include "core/io/documentfile.h"
#include "core/analysis/rangeddecision.h"
#include "core/text/format.h"
#include "testsupport.h"
#include "ui/data/decisiontext.h"
#include "ui/document/document.h"
#include "ui/export/reportexport.h"
#include "ui/window/mainwindow.h"
#include "ui/window/reportexportaction.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;

namespace {

// A poppler tool's output for `pdf`.
QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Non-breaking spaces and hyphens as plain ones (how pdftotext may read them back), runs of space as one.
QString oneLine(QString text)
{
    text.replace(QChar(0x2011), QLatin1Char('-')).replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString pdfText(const QString &pdf)
{
    // One line per table row, in reading order; spaces and line breaks made single spaces.
    return oneLine(poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
}

int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(poppler(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)")).match(poppler(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1) : QString();
}

ScenarioDocument seedDocument()
{
    Result<ScenarioDocument> loaded = loadDocumentFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
    return loaded ? loaded.value() : ScenarioDocument{};
}

int runApp(const QStringList &args, QString *err = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FTROI_APP_PATH), args);
    if (!p.waitForFinished(120000))
        return -1;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::setUpAppTest();
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "poppler-utils is missing: run scripts/install-deps.sh");
    }

    void memoCarriesTheDecisionAndTheNumbers()
    {
        const ScenarioDocument document = seedDocument();
        QVERIFY(document.scenarios.size() >= 2);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("memo.pdf"));
        ReportOptions options;
        options.documentName = QStringLiteral("seed-examples.ftroi");
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QList<int> all;
        for (int i = 0; i < document.scenarios.size(); ++i)
            all << i;
        QString error;
        QVERIFY2(writeReport(document, all, pdf, &error, options), qPrintable(error));
        QVERIFY(testsupport::readFile(pdf).startsWith("%PDF-"));

        const QString text = pdfText(pdf);
        for (const Scenario &s : document.scenarios) {
            const ScenarioResult r = evaluateWithShares(s);
            const DecisionText words = decisionText(s, r, document.currency, options.locale);
            QVERIFY2(text.contains(oneLine(words.headline)), qPrintable(words.headline));
            QVERIFY(text.contains(s.name));
            const QLocale &l = options.locale;
            QVERIFY2(text.contains(formatMoney(l, r.apiMonthlyTco, document.currency, 0)), qPrintable(s.name));
            QVERIFY2(text.contains(formatMoney(l, r.selfHostedMonthlyTco, document.currency, 0)), qPrintable(s.name));
            if (r.lifetime.npv)
                QVERIFY2(text.contains(formatMoney(l, *r.lifetime.npv, document.currency, 0)), qPrintable(s.name));
            QVERIFY(text.contains(QStringLiteral("Assumptions: ") + s.name));
        }
        // The summary starts the first page with its headline, before the cards.
        const Scenario &first = document.scenarios.first();
        const QString headline = oneLine(decisionText(first, evaluateWithShares(first), document.currency, options.locale).headline);
        QVERIFY(text.indexOf(headline) < text.indexOf(QStringLiteral("Whole monthly cost")));
        QVERIFY(text.contains(QStringLiteral("Where the prices come from")));
        QVERIFY(text.contains(QStringLiteral("Appendix: methodology")));

        // 2 to 8 pages a scenario, and the appendix.
        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 2 * int(all.size()) + 1 && pages <= 8 * int(all.size()) + 6, qPrintable(QString::number(pages)));
        // Every font embedded.
        const QStringList fonts = poppler(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts)
            QVERIFY2(font.simplified().split(QLatin1Char(' ')).contains(QStringLiteral("yes")), qPrintable(font));
        QVERIFY(pdfPageSize(pdf).contains(QStringLiteral("letter")));
    }

    void uncertaintyShowsPercentilesAndTopInputs()
    {
        Result<ScenarioDocument> loaded = loadDocumentFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"));
        QVERIFY(loaded);
        const ScenarioDocument &document = loaded.value();
        QVERIFY(hasRanges(document.scenarios.first()));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("memo.pdf"));
        QString error;
        QVERIFY2(writeReport(document, {0}, pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("P10")) && text.contains(QStringLiteral("P90")));
        QVERIFY(text.contains(QStringLiteral("Probability of payback within the lifetime")));
        QVERIFY(text.contains(QStringLiteral("What moves the NPV most")));
    }

    void paperFollowsTheLocale()
    {
        QCOMPARE(reportPageSize(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
        QCOMPARE(reportPageSize(QLocale(QLocale::English, QLocale::Canada)), QPageSize::Letter);
        QCOMPARE(reportPageSize(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
        QCOMPARE(reportPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
        const ScenarioDocument document = seedDocument();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("a4.pdf"));
        ReportOptions options;
        options.locale = QLocale(QLocale::German, QLocale::Germany);
        QVERIFY(writeReport(document, {0}, pdf, nullptr, options));
        QVERIFY2(pdfPageSize(pdf).contains(QStringLiteral("A4")), qPrintable(pdfPageSize(pdf)));
    }

    void aFileThatCannotBeWrittenIsNamed()
    {
        const ScenarioDocument document = seedDocument();
        QString error;
        QVERIFY(!writeReport(document, {0}, QStringLiteral("/nonexistent-folder/memo.pdf"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-folder/memo.pdf")), qPrintable(error));
        QVERIFY(!writeReport(document, {}, QStringLiteral("/tmp/none.pdf"), &error));
    }

    void fileMenuWritesTheMemo()
    {
        MainWindow w;
        QVERIFY(w.openFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        QVERIFY(w.reportAction());
        QCOMPARE(w.reportAction()->action()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("current.pdf"));
        QVERIFY(w.reportAction()->exportTo(pdf, false));
        const Document *doc = w.document();
        QVERIFY(pdfText(pdf).contains(doc->scenario(doc->currentIndex()).name));
    }

    void headlessCommand()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("all.pdf"));
        const QString input = testsupport::dataPath(QStringLiteral("seed-examples.ftroi"));
        QString err;
        QCOMPARE(runApp({QStringLiteral("--export-report"), input, QStringLiteral("--scenario"), QStringLiteral("all"),
                         QStringLiteral("--out"), pdf}, &err), 0);
        QVERIFY2(pdfPages(pdf) > 2, qPrintable(err));
        QCOMPARE(runApp({QStringLiteral("--export-report"), input, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png"))}, &err), 2);
        QVERIFY(err.contains(QStringLiteral(".pdf")));
        QCOMPARE(runApp({QStringLiteral("--export-report"), input, QStringLiteral("--scenario"), QStringLiteral("99"),
                         QStringLiteral("--out"), pdf}, &err), 2);
        QVERIFY(err.contains(QStringLiteral("--scenario")));
        QCOMPARE(runApp({QStringLiteral("--export-report"), input, QStringLiteral("--chart"), QStringLiteral("all"),
                         QStringLiteral("--out"), pdf}, &err), 2);
        QCOMPARE(runApp({QStringLiteral("--export-report"), input}, &err), 2);
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
