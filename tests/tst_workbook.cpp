// The live workbook, recalculated by an independent spreadsheet engine
// (Gnumeric's ssconvert --recalc): every named result equals evaluate()'s JSON
// at 1e-9; after input cells are changed in the file (through Gnumeric's XML),
// the recalculated results equal evaluate() of the changed document; every
// required defined name exists (xl/workbook.xml, read with unzip). Skipped when
// ssconvert or unzip is missing (scripts/install-deps.sh installs them).
#include "programrun.h"
#include "testsupport.h"
#include "variantscenarios.h"

#include "core/engine/costengine.h"
#include "core/io/documentformat.h"
#include "core/model/inputpaths.h"
#include "core/report/resultjson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;

namespace {

QString dotsToUnderscores(const QString &path)
{
    QString out = path;
    for (QChar &c : out)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            c = u'_';
    return out.toLower();
}

// Column A (the name) -> column C (the value) of a recalculated sheet's CSV, and each name's row.
struct SheetValues {
    QHash<QString, QString> value;
    QHash<QString, int> row; // 0-based
};

SheetValues readSheet(const QString &csvPath)
{
    SheetValues out;
    const QList<QStringList> records = testsupport::parseCsv(QString::fromUtf8(testsupport::readFile(csvPath)).replace(
        QStringLiteral("\n"), QStringLiteral("\r\n")));
    for (int i = 0; i < records.size(); ++i) {
        const QStringList &r = records.at(i);
        if (r.size() > 2 && QRegularExpression(QStringLiteral("^s\\d+_")).match(r.at(0)).hasMatch()) {
            out.value.insert(r.at(0), r.at(2));
            out.row.insert(r.at(0), i);
        }
    }
    return out;
}

// Recalculates `book` (xlsx or Gnumeric XML) into CSVs in `dir`; the Model and Inputs sheets' values.
bool recalc(const QString &book, const QString &dir, SheetValues &model, SheetValues &inputs)
{
    const ProgramRun r = runProgram(QStringLiteral("ssconvert"), {QStringLiteral("--recalc"), QStringLiteral("-S"), book,
                                                    dir + QStringLiteral("/out_%s.csv")});
    if (r.exitCode != 0) {
        qWarning("ssconvert: %s", qPrintable(r.err));
        return false;
    }
    model = readSheet(dir + QStringLiteral("/out_Model.csv"));
    inputs = readSheet(dir + QStringLiteral("/out_Inputs.csv"));
    return true;
}

// Every numeric or null result (managed ones as managed_ + key) against the sheet; counts what it compared.
// Results the app computes (no spreadsheet formula): compared only when no input changed.
const char *const kAppValues[] = {"break_even_all_in_tokens_per_day", "cost_per_run"};

void compareResults(const ScenarioDocument &document, const SheetValues &model, const QByteArray &context, int &compared,
                    bool inputsChanged = false)
{
    const QJsonArray results = QJsonDocument::fromJson(evaluateDocumentToJson(document)).array();
    compared = 0;
    for (int k = 1; k <= results.size(); ++k) {
        QList<QPair<QString, QJsonValue>> items;
        const QJsonObject r = results.at(k - 1).toObject();
        for (auto it = r.begin(); it != r.end(); ++it)
            items << qMakePair(it.key(), it.value());
        const QJsonObject m = r.value(QStringLiteral("managed")).toObject();
        for (auto it = m.begin(); it != m.end(); ++it)
            items << qMakePair(QStringLiteral("managed_") + it.key(), it.value());
        for (const auto &[key, v] : items) {
            const QString name = QStringLiteral("s%1_%2").arg(k).arg(key);
            if (!model.value.contains(name))
                continue;
            if (inputsChanged && std::any_of(std::begin(kAppValues), std::end(kAppValues),
                                             [&](const char *app) { return key == QLatin1String(app); }))
                continue;
            const QString got = model.value.value(name);
            const QByteArray where = context + ": " + name.toUtf8() + " = " + got.toUtf8();
            if (v.isNull()) {
                if (got != QLatin1String("never"))
                    qWarning("%s, expected never", where.constData());
                QVERIFY2(got == QLatin1String("never"), where);
            } else if (v.isBool()) {
                QVERIFY2(got.toDouble() == (v.toBool() ? 1.0 : 0.0), where);
            } else if (v.isDouble()) {
                bool ok = false;
                const double g = got.toDouble(&ok);
                if (!ok || !testsupport::closeRel(g, v.toDouble(), 1e-9))
                    qWarning("%s, expected %.17g", where.constData(), v.toDouble());
                QVERIFY2(ok && testsupport::closeRel(g, v.toDouble(), 1e-9), where);
            } else {
                continue;
            }
            ++compared;
        }
    }
}

// The results every scenario must name.
const char *const kResultNames[] = {
    "monthly_api_cost", "monthly_serving_cost", "monthly_storage_cost", "monthly_quality_cost_delta",
    "total_project_cost", "monthly_ft_total", "monthly_savings", "payback_months", "npv", "api_monthly_tco",
    "self_hosted_monthly_tco", "instances", "roi", "payback_months_with_growth", "break_even_tokens_per_day",
    "break_even_all_in_tokens_per_day", "current_daily_tokens", "utilization", "peak_utilization",
};

ScenarioDocument documentOf(const QList<Scenario> &scenarios)
{
    ScenarioDocument d;
    d.scenarios = scenarios;
    return d;
}

} // namespace

class TestWorkbook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Writes `document` as a file and its workbook; the workbook's path.
    QString workbookOf(const ScenarioDocument &document, const QString &name)
    {
        const QString doc = m_dir.filePath(name + QStringLiteral(".ftroi"));
        testsupport::writeFile(doc, writeDocument(document));
        const QString book = m_dir.filePath(name + QStringLiteral(".xlsx"));
        const ProgramRun r = runProgram(QStringLiteral(FTROI_CLI_PATH), {QStringLiteral("workbook"), doc, QStringLiteral("--out"), book});
        if (r.exitCode != 0)
            qFatal("workbook: %s", qPrintable(r.err));
        return book;
    }

    QList<ScenarioDocument> documents()
    {
        QList<ScenarioDocument> out;
        const ReadResult seed = readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        out << *seed.document;
        for (const QString &name : QDir(QStringLiteral(FTROI_EXAMPLES_DIR)).entryList({QStringLiteral("*.ftroi")}))
            out << *readDocument(testsupport::readFile(QStringLiteral(FTROI_EXAMPLES_DIR "/") + name)).document;
        out << documentOf(testsupport::variantScenarios());
        return out;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ssconvert")).isEmpty())
            QSKIP("ssconvert (gnumeric) is not installed: run scripts/install-deps.sh");
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed: run scripts/install-deps.sh");
        QVERIFY(m_dir.isValid());
    }

    void recalculatesToTheEngine()
    {
        int i = 0;
        for (const ScenarioDocument &document : documents()) {
            const QString book = workbookOf(document, QStringLiteral("doc%1").arg(++i));
            const QString out = m_dir.filePath(QStringLiteral("recalc%1").arg(i));
            QDir().mkpath(out);
            SheetValues model, inputs;
            QVERIFY(recalc(book, out, model, inputs));
            int compared = 0;
            compareResults(document, model, QByteArray("document ") + QByteArray::number(i), compared);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(compared >= 30 * document.scenarios.size());
        }
    }

    void definesEveryName()
    {
        int i = 0;
        for (const ScenarioDocument &document : documents()) {
            const QString book = workbookOf(document, QStringLiteral("names%1").arg(++i));
            const ProgramRun unzip = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), book, QStringLiteral("xl/workbook.xml")});
            QCOMPARE(unzip.exitCode, 0);
            QSet<QString> names;
            static const QRegularExpression definedName(QStringLiteral("<definedName name=\"([^\"]+)\""));
            for (auto it = definedName.globalMatch(QString::fromUtf8(unzip.out)); it.hasNext();)
                names.insert(it.next().captured(1));
            for (int k = 1; k <= document.scenarios.size(); ++k) {
                const Scenario &s = document.scenarios.at(k - 1);
                QStringList required;
                for (const QString &path : numericInputPaths(s))
                    required << dotsToUnderscores(path);
                for (const char *key : kResultNames)
                    required << QString::fromLatin1(key);
                if (s.managed)
                    required << QStringLiteral("managed_npv") << QStringLiteral("managed_monthly_tco");
                if (s.selfHosted.pricing)
                    required << QStringLiteral("capex_usd") << QStringLiteral("monthly_opex")
                             << QStringLiteral("commitment_upfront");
                if (s.selfHosted.gpuMemoryGb)
                    required << QStringLiteral("self_hosted_gpu_memory_gb") << QStringLiteral("memory_needed_gb");
                for (const QString &key : required) {
                    const QString name = QStringLiteral("s%1_%2").arg(k).arg(key);
                    QVERIFY2(names.contains(name), qPrintable(name));
                }
            }
        }
    }

    void refusesEndlessLifetimes()
    {
        Scenario s = testsupport::baseScenario();
        s.project.lifetimeMonths = 1e7;
        const QString doc = m_dir.filePath(QStringLiteral("endless.ftroi"));
        testsupport::writeFile(doc, writeDocument(documentOf({s})));
        const QString book = m_dir.filePath(QStringLiteral("endless.xlsx"));
        const ProgramRun r = runProgram(QStringLiteral(FTROI_CLI_PATH), {QStringLiteral("workbook"), doc, QStringLiteral("--out"), book});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("project.lifetime_months")));
        QVERIFY(!QFile::exists(book));
        const ProgramRun missing = runProgram(QStringLiteral(FTROI_CLI_PATH), {QStringLiteral("workbook"), doc});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("--out")));
    }

    // Input cells changed in the file give what evaluate() gives for the changed document.
    void changedInputsRecalculate_data()
    {
        QTest::addColumn<int>("document"); // index into documents()
        QTest::addColumn<int>("scenario"); // 1-based
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("value");
        QTest::newRow("volume x4: fleet steps") << 0 << 2 << "workload.requests_per_day" << 220000.0;
        QTest::newRow("API input price") << 0 << 1 << "api.input_price_per_1m" << 2.5;
        QTest::newRow("fractional lifetime") << 0 << 1 << "project.lifetime_months" << 20.5;
        QTest::newRow("growth from none") << 0 << 2 << "workload.monthly_growth" << 0.03;
        QTest::newRow("discount rate") << 0 << 2 << "project.discount_rate_annual" << 0.12;
        QTest::newRow("self-hosted review rate") << 0 << 1 << "self_hosted.review_rate" << 0.015;
        QTest::newRow("instance price") << 0 << 3 << "self_hosted.instance_cost_per_hour" << 0.6;
        const int v = int(documents().size()) - 1;
        QTest::newRow("growth steps fleet") << v << 2 << "workload.monthly_growth" << 0.3;
        QTest::newRow("peak share (autoscaling)") << v << 4 << "workload.peak_traffic_share" << 0.75;
        QTest::newRow("managed input price") << v << 5 << "managed.input_price_per_1m" << 0.6;
        QTest::newRow("routing share") << v << 6 << "routing.fine_tuned_share" << 0.4;
        QTest::newRow("ops hours") << v << 6 << "self_hosted.ops_hours_per_month" << 25.0;
        QTest::newRow("reserved discount") << v << 7 << "self_hosted.pricing.discount" << 0.45;
        QTest::newRow("reserved term past lifetime") << v << 7 << "self_hosted.pricing.term_months" << 36.0;
        QTest::newRow("spot overhead") << v << 8 << "self_hosted.pricing.interruption_overhead" << 0.3;
        QTest::newRow("server price") << v << 9 << "self_hosted.pricing.server_price" << 45000.0;
        QTest::newRow("API review rate followed by managed") << v << 5 << "api.review_rate" << 0.01;
    }

    void changedInputsRecalculate()
    {
        QFETCH(int, document);
        QFETCH(int, scenario);
        QFETCH(QString, path);
        QFETCH(double, value);
        const ScenarioDocument original = documents().at(document);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("\\W")), QStringLiteral("_"));
        const QString book = workbookOf(original, QStringLiteral("change_") + tag);
        const QString dir = m_dir.filePath(QStringLiteral("change_") + tag);
        QDir().mkpath(dir);
        // Where the input's cell is: its row on the Inputs sheet, column C.
        SheetValues model, inputs;
        QVERIFY(recalc(book, dir, model, inputs));
        const QString name = QStringLiteral("s%1_%2").arg(scenario).arg(dotsToUnderscores(path));
        QVERIFY2(inputs.row.contains(name), qPrintable(name));
        const int row = inputs.row.value(name);

        // Change the value in Gnumeric's own XML of the workbook.
        const QString gnumeric = dir + QStringLiteral("/book.gnumeric");
        QCOMPARE(runProgram(QStringLiteral("ssconvert"), {book, gnumeric}).exitCode, 0);
        ProgramRun xml = runProgram(QStringLiteral("gzip"), {QStringLiteral("-dc"), gnumeric});
        if (xml.exitCode != 0) // already plain XML
            xml.out = testsupport::readFile(gnumeric);
        QString text = QString::fromUtf8(xml.out);
        // The Inputs sheet comes first: change the first cell at that row and column C.
        const QRegularExpression cell(QStringLiteral("(<gnm:Cell Row=\"%1\" Col=\"2\"[^>]*>)([^<]*)(</gnm:Cell>)").arg(row));
        const QRegularExpressionMatch match = cell.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(name));
        text.replace(match.capturedStart(2), match.capturedLength(2), QString::number(value, 'g', 17));
        const QString changed = dir + QStringLiteral("/changed.gnumeric");
        testsupport::writeFile(changed, text.toUtf8());
        QVERIFY(recalc(changed, dir, model, inputs));
        QCOMPARE(inputs.value.value(name).toDouble(), value);

        ScenarioDocument expected = original;
        Scenario &s = expected.scenarios[scenario - 1];
        const std::optional<InputHandle> handle = resolveInput(s, path);
        QVERIFY(handle);
        setInputValue(s, *handle, value);
        QCOMPARE(inputValue(s, *handle), value);
        int compared = 0;
        compareResults(expected, model, QTest::currentDataTag(), compared, true);
        QVERIFY(compared > 30);
    }
};

QTEST_GUILESS_MAIN(TestWorkbook)
#include "tst_workbook.moc"
