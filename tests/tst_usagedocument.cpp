// The app's usage import as one undo step: Apply sets every field at once,
// Undo restores every field, Redo brings the import back; an edit of an
// imported value (form, slider, any path through Document::editScenario)
// drops workload.source, an edit of anything else keeps it.
#include "core/imports/usageimport.h"
#include "core/io/documentformat.h"
#include "core/model/importsource.h"
#include "core/model/inputschema.h"
#include "testsupport.h"
#include "ui/document/document.h"
#include "ui/window/mainwindow.h"
#include "ui/window/usageimportaction.h"
#include "ui/window/usageimportdialog.h"

#include <QLabel>
#include <QSignalSpy>
#include <QWidget>

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ftroi;

class TestUsageDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Scenario imported(const Scenario &base)
    {
        const QString path = m_dir.filePath(QStringLiteral("usage.json"));
        // Two hourly buckets of one model, grouped by batch: 30 requests in 2 hours.
        testsupport::writeFile(path, "{\"object\":\"page\",\"data\":["
            "{\"start_time\":1788220800,\"end_time\":1788224400,\"results\":[{\"input_tokens\":1000,\"output_tokens\":200,"
            "\"input_cached_tokens\":500,\"num_model_requests\":10,\"model\":\"gpt-4o-mini\",\"batch\":true}]},"
            "{\"start_time\":1788224400,\"end_time\":1788228000,\"results\":[{\"input_tokens\":3000,\"output_tokens\":600,"
            "\"input_cached_tokens\":0,\"num_model_requests\":20,\"model\":\"gpt-4o-mini\",\"batch\":false}]}]}");
        const Result<UsageSummary> summary = importUsage(path, {});
        if (!summary)
            qFatal("%s", qPrintable(summary.error()));
        Result<Scenario> applied = applyUsage(base, summary.value(), QDate(2026, 12, 3));
        if (!applied)
            qFatal("%s", qPrintable(applied.error()));
        return std::move(applied).value();
    }

private Q_SLOTS:
    void initTestCase() { testsupport::setUpAppTest(); }

    void applyIsOneUndoStep()
    {
        Document d;
        const QJsonObject before = scenarioToJson(d.scenario(0));
        const Scenario after = imported(d.scenario(0));
        d.importIntoScenario(0, after, QStringLiteral("Import usage"));
        QCOMPARE(d.undoStack()->count(), 1);
        const Scenario &s = d.scenario(0);
        // 30 requests over 2 h = 1/12 day: 360 a day; 4000 / 30 and 800 / 30 tokens; 500 / 4000 cached; 10 / 30 batch.
        QCOMPARE(s.workload.requestsPerDay, 30 / (7200 / 86400.0));
        QCOMPARE(s.workload.inputTokensPerRequest, 4000.0 / 30);
        QCOMPARE(s.workload.outputTokensPerRequest, 800.0 / 30);
        QCOMPARE(s.api.cachedInputShare, 500.0 / 4000);
        QCOMPARE(s.api.batchShare, 10.0 / 30);
        // Hours 0 -> 1200, 1 -> 3600 tokens: m = 3/4, busy 1 -> H = 1, share 3/4.
        QCOMPARE(s.workload.peakHoursPerDay, 1.0);
        QCOMPARE(s.workload.peakTrafficShare, 0.75);
        QCOMPARE(s.api.model, QStringLiteral("gpt-4o-mini"));
        QVERIFY(s.workload.source);
        QCOMPARE(s.workload.source->from, QStringLiteral("2026-09-01"));
        QCOMPARE(s.workload.source->importedAt, QStringLiteral("2026-12-03"));
        QCOMPARE(d.result(0).currentDailyTokens, s.workload.requestsPerDay * (4000.0 / 30 + 800.0 / 30));

        d.undoStack()->undo();
        QCOMPARE(scenarioToJson(d.scenario(0)), before);
        d.undoStack()->redo();
        QCOMPARE(scenarioToJson(d.scenario(0)), scenarioToJson(after));
    }

    void editDropsTheSource()
    {
        Document d;
        d.importIntoScenario(0, imported(d.scenario(0)), QStringLiteral("Import usage"));
        Scenario renamed = d.scenario(0);
        renamed.name = QStringLiteral("Renamed");
        d.editScenario(0, renamed, QStringLiteral("Rename"));
        QVERIFY(d.scenario(0).workload.source); // not an imported value

        for (std::string_view path : kUsageImportedPaths) {
            Scenario edited = d.scenario(0);
            const InputSpec &spec = inputSpec(path);
            spec.setValue(edited, spec.value(edited) * 0.5 + (path == "workload.peak_hours_per_day" ? 1 : 0.01));
            d.editScenario(0, edited, QStringLiteral("Edit"));
            QVERIFY2(!d.scenario(0).workload.source, path.data());
            d.undoStack()->undo();
            QVERIFY(d.scenario(0).workload.source);
            // The form's path: noteInputEdited says the same.
            Scenario viaForm = d.scenario(0);
            noteInputEdited(spec, viaForm);
            QVERIFY(!viaForm.workload.source);
        }
        // A catalog preset for the imported model (its prices) keeps the workload's source.
        Scenario model = d.scenario(0);
        model.api.model = QStringLiteral("another");
        model.api.inputPricePer1M = 0.15;
        d.editScenario(0, model, QStringLiteral("Model"));
        QVERIFY(d.scenario(0).workload.source);
    }

    // File > Import Usage… without the file dialog: the summary, a model choice, Apply as one step; Cancel changes nothing.
    void importAction()
    {
        Document d;
        QWidget window;
        UsageImportAction action(&window, &d);
        const QString path = m_dir.filePath(QStringLiteral("two.csv"));
        testsupport::writeFile(path, "timestamp,input_tokens,output_tokens,model\n"
                                     "2026-03-01T10:00:00Z,100,10,big\n2026-03-02T10:00:00Z,100,10,big\n"
                                     "2026-03-01T11:00:00Z,50,5,small\n");
        const QJsonObject before = scenarioToJson(d.scenario(0));
        QSignalSpy shown(&action, &UsageImportAction::summaryShown);
        action.importFile(path);
        QVERIFY(shown.wait(10000));
        QVERIFY(action.dialog());
        QVERIFY2(action.dialog()->summaryText().contains(QStringLiteral("2026-03-01 – 2026-03-02, 2 days")), qPrintable(action.dialog()->summaryText()));
        QVERIFY(action.dialog()->summaryText().contains(QStringLiteral("a month")));
        action.dialog()->reject();
        QCOMPARE(scenarioToJson(d.scenario(0)), before);
        QCOMPARE(d.undoStack()->count(), 0);

        action.importFile(path);
        QVERIFY(shown.wait(10000));
        action.dialog()->chooseModel(QStringLiteral("small"));
        action.dialog()->accept();
        QCOMPARE(d.undoStack()->count(), 1);
        QCOMPARE(d.scenario(0).api.model, QStringLiteral("small"));
        QCOMPARE(d.scenario(0).workload.requestsPerDay, 1.0); // one request on one day
        QCOMPARE(d.scenario(0).workload.inputTokensPerRequest, 50.0);
        d.undoStack()->undo();
        QCOMPARE(scenarioToJson(d.scenario(0)), before);
    }

    // Pictures to look at (set FTROI_SCREENSHOT_DIR): the summary of the example export and the
    // main window after Apply, at 1600x1000 and 1366x768; the form names the source.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("FTROI_SCREENSHOT_DIR");
        for (const QSize size : {QSize(1600, 1000), QSize(1366, 768)}) {
            MainWindow w;
            w.resize(size);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QSignalSpy shown(w.usageImport(), &UsageImportAction::summaryShown);
            w.usageImport()->importFile(QStringLiteral(FTROI_EXAMPLES_DIR "/usage-openai.json"));
            QVERIFY(shown.wait(20000));
            UsageImportDialog *dialog = w.usageImport()->dialog();
            QVERIFY(dialog);
            QTest::qWait(50);
            const QString name = QStringLiteral("%1/usage-%2x%3").arg(dir).arg(size.width()).arg(size.height());
            if (!dir.isEmpty())
                dialog->grab().save(name + QStringLiteral("-summary.png"));
            QVERIFY(dialog->height() <= size.height());
            dialog->accept();
            const auto notes = w.findChildren<QLabel *>(QStringLiteral("usageSourceNote"));
            QCOMPARE(notes.size(), 1);
            QVERIFY(notes.first()->text().contains(QStringLiteral("from usage export, 2026-09-01 – 2026-10-10")));
            QTest::qWait(50);
            if (!dir.isEmpty())
                w.grab().save(name + QStringLiteral("-window.png"));
        }
    }
};

QTEST_MAIN(TestUsageDocument)
#include "tst_usagedocument.moc"
