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
        Scenario model = d.scenario(0);
        model.api.model = QStringLiteral("another");
        d.editScenario(0, model, QStringLiteral("Model"));
        QVERIFY(!d.scenario(0).workload.source);
    }
};

QTEST_MAIN(TestUsageDocument)
#include "tst_usagedocument.moc"
