// Prices with a source and a date in the app: the API, GPU and managed pickers
// show provider, price and date ("may be stale" when old); a preset records
// price_source and a hand edit drops it; File > Import Prices… refills the
// pickers; the training estimate's choice and MFU price the runs, undoably;
// exports (comparison CSV, chart, results JSON) say where the prices came from.
//
// FTROI_SCREENSHOT_DIR=/some/folder also saves the form at 1366x768 around the
// managed group and the training run, for a visual check.
#include "core/catalog/catalog.h"
#include "ui/export/chartexport.h"
#include "ui/comparison/comparisonmodel.h"
#include "ui/comparison/tableexport.h"
#include "ui/document/document.h"
#include "core/text/format.h"
#include "ui/form/managedgroup.h"
#include "ui/widgets/numberfield.h"
#include "ui/form/scenarioform.h"
#include "ui/window/mainwindow.h"
#include "core/catalog/priceimport.h"
#include "core/report/resultjson.h"
#include "testsupport.h"
#include "core/report/trainingreport.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace ftroi;

namespace {

void typeInto(NumberField *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

// The form's picker that offers the catalog entry `name`.
QComboBox *pickerOffering(QWidget *form, const QString &name)
{
    for (QComboBox *combo : form->findChildren<QComboBox *>()) {
        if (combo->findData(name) >= 0)
            return combo;
    }
    return nullptr;
}

QAction *menuAction(QMenuBar *bar, const QString &text)
{
    for (QAction *menu : bar->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

// A scenario whose training run is estimated (7B LoRA on an A100 80GB: a row of the seed's table).
void estimateTrainingRun(Document *doc)
{
    doc->editCurrentScenario(QStringLiteral("estimate"), [](Scenario &s) {
        TrainingSpec t;
        t.modelSizeB = 7;
        t.method = Method::Lora;
        t.examples = 50000;
        t.avgSeqLen = 512;
        t.epochs = 3;
        setGpuFromCode(t, QStringLiteral("a100_80g"));
        s.project.training = t;
        s.project.computeCostPerRun.reset();
    });
}

} // namespace

class TestPrices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::setUpAppTest();
        QVERIFY(m_dir.isValid());
        // Imports go to a catalog of this test only.
        qputenv("FTROI_USER_CATALOG", m_dir.filePath(QStringLiteral("user-catalog.json")).toUtf8());
        reloadCatalog();
    }

    void pickersShowProviderPriceAndDate()
    {
        MainWindow w;
        const CatalogEntry &api = catalog().apiModels.first();
        QComboBox *apiPicker = pickerOffering(w.form(), api.name);
        QVERIFY(apiPicker);
        const QString apiText = apiPicker->itemText(apiPicker->findData(api.name));
        QVERIFY2(apiText.startsWith(api.name), qPrintable(apiText));
        QVERIFY2(apiText.contains(api.provider), qPrintable(apiText));
        QVERIFY2(apiText.contains(QStringLiteral("as of ") + api.asOf), qPrintable(apiText));
        QVERIFY2(apiText.contains(QStringLiteral("$%1").arg(api.inputPricePer1M, 0, 'f', 2)), qPrintable(apiText));

        QComboBox *managed = w.form()->managedGroup()->providerCombo();
        QCOMPARE(managed->count(), int(catalog().managed.size()));
        for (const CatalogEntry &e : catalog().managed) {
            const int i = managed->findData(e.name);
            QVERIFY2(i >= 0, qPrintable(e.name));
            const QString text = managed->itemText(i);
            QVERIFY2(text.contains(QStringLiteral("training $")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("as of ") + e.asOf), qPrintable(text));
            QCOMPARE(text.contains(QStringLiteral("may be stale")), isStale(e, QDate::currentDate()));
            QCOMPARE(managed->itemData(i, Qt::ToolTipRole).toString().startsWith(e.source), true);
        }
    }

    void presetsRecordTheSourceAndHandEditsDropIt()
    {
        MainWindow w;
        Document *doc = w.document();
        const CatalogEntry &api = catalog().apiModels.first();
        QComboBox *apiPicker = pickerOffering(w.form(), api.name);
        QVERIFY(apiPicker);
        apiPicker->activated(apiPicker->findData(api.name));
        QVERIFY(doc->scenario(0).api.priceSource);
        QCOMPARE(doc->scenario(0).api.priceSource->name, api.name);
        QCOMPARE(doc->scenario(0).api.priceSource->asOf, api.asOf);
        QCOMPARE(doc->scenario(0).api.model, api.name);

        // A hand-typed cached-input price is no longer the preset's.
        typeInto(w.form()->field(QStringLiteral("api.cached_input_price_per_1m")), QStringLiteral("0.9"));
        QVERIFY(doc->scenario(0).api.cachedInputPricePer1M == 0.9);
        QVERIFY(!doc->scenario(0).api.priceSource);
        doc->undoStack()->undo();
        QVERIFY(doc->scenario(0).api.priceSource);

        // The managed path: a preset records its source, each hand-typed price drops it.
        w.form()->managedGroup()->setChecked(true);
        QComboBox *provider = w.form()->managedGroup()->providerCombo();
        for (const QString &key : {QStringLiteral("managed.training_price_per_1m_tokens"),
                                   QStringLiteral("managed.input_price_per_1m"),
                                   QStringLiteral("managed.output_price_per_1m"),
                                   QStringLiteral("managed.hosting_cost_per_hour")}) {
            const CatalogEntry &m = catalog().managed.last();
            provider->activated(provider->findData(m.name));
            QVERIFY(doc->scenario(0).managed->priceSource);
            QCOMPARE(doc->scenario(0).managed->priceSource->name, m.name);
            QCOMPARE(doc->scenario(0).managed->priceSource->source, m.source);
            QCOMPARE(provider->currentText(), m.name);
            typeInto(w.form()->field(key), QStringLiteral("7.25"));
            QVERIFY2(!doc->scenario(0).managed->priceSource, qPrintable(key));
            doc->undoStack()->undo();
            QVERIFY2(doc->scenario(0).managed->priceSource, qPrintable(key));
        }
        // Fields that are not prices keep it.
        typeInto(w.form()->field(QStringLiteral("managed.training_tokens_per_run")), QStringLiteral("3000000"));
        QVERIFY(doc->scenario(0).managed->priceSource);
    }

    // File > Import Prices…, driven through its dialogs: the pickers list the new entries.
    void importPricesRefillsThePickers()
    {
        // An old LiteLLM file (its date is the entries' as_of) and a current SkyPilot CSV.
        const QString json = m_dir.filePath(QStringLiteral("model_prices.json"));
        QVERIFY(QFile::copy(testsupport::dataPath(QStringLiteral("prices/litellm-sample.json")), json));
        {
            QFile f(json);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-400), QFileDevice::FileModificationTime));
        }
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("aws"))));
        const QString csv = m_dir.filePath(QStringLiteral("aws/vms.csv"));
        QVERIFY(QFile::copy(testsupport::dataPath(QStringLiteral("prices/aws/vms.csv")), csv));
        const ImportResult apiImport = importPriceFile(json);
        const ImportResult gpuImport = importPriceFile(csv);
        QVERIFY(!apiImport.entries.isEmpty());
        QVERIFY(!gpuImport.entries.isEmpty());
        const CatalogEntry newApi = apiImport.entries.first();
        const CatalogEntry newGpu = gpuImport.entries.first();

        MainWindow w;
        QVERIFY(!pickerOffering(w.form(), newGpu.name));
        const int managedCount = w.form()->managedGroup()->providerCombo()->count();
        QAction *import = menuAction(w.menuBar(), QStringLiteral("Import &Prices…"));
        QVERIFY(import);

        for (const QString &file : {json, csv}) {
            QStringList seen;
            QTimer driver;
            driver.setInterval(20);
            connect(&driver, &QTimer::timeout, this, [&] {
                QWidget *modal = QApplication::activeModalWidget();
                if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                    // The whole path typed into the file name field, as a user may do.
                    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                    QVERIFY(name);
                    name->setText(file);
                    QMetaObject::invokeMethod(dialog, "accept"); // a protected slot
                } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                    seen << box->text();
                    box->accept();
                }
            });
            driver.start();
            import->trigger(); // the import runs on a worker thread: the window stays responsive
            QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 30000);
            driver.stop();
            QVERIFY(import->isEnabled());
            QVERIFY2(seen.first().startsWith(QStringLiteral("Imported")), qPrintable(seen.first()));
        }

        QComboBox *apiPicker = pickerOffering(w.form(), newApi.name);
        QVERIFY(apiPicker);
        const QString apiText = apiPicker->itemText(apiPicker->findData(newApi.name));
        QVERIFY2(apiText.contains(QStringLiteral("may be stale")), qPrintable(apiText));
        QComboBox *gpuPicker = pickerOffering(w.form(), newGpu.name);
        QVERIFY(gpuPicker);
        const QString gpuText = gpuPicker->itemText(gpuPicker->findData(newGpu.name));
        QVERIFY2(gpuText.contains(QStringLiteral("as of ") + QDate::currentDate().toString(Qt::ISODate)), qPrintable(gpuText));
        QVERIFY2(!gpuText.contains(QStringLiteral("may be stale")), qPrintable(gpuText));
        QCOMPARE(w.form()->managedGroup()->providerCombo()->count(), managedCount);

        // Choosing an imported preset records where its prices came from.
        gpuPicker->activated(gpuPicker->findData(newGpu.name));
        QVERIFY(w.document()->scenario(0).selfHosted.priceSource);
        QCOMPARE(w.document()->scenario(0).selfHosted.priceSource->name, newGpu.name);

        QFile::remove(m_dir.filePath(QStringLiteral("user-catalog.json")));
        reloadCatalog();
    }

    void estimateChoicePricesTheRuns()
    {
        MainWindow w;
        Document *doc = w.document();
        estimateTrainingRun(doc);
        auto *choice = w.form()->findChild<QComboBox *>(QStringLiteral("project.training.estimate"));
        QVERIFY(choice);
        NumberField *costPerRun = w.form()->field(QStringLiteral("project.compute_cost_per_run"));
        QVERIFY(costPerRun->isReadOnly()); // the estimate, shown and not editable
        const TrainingCheck check = *doc->result(0).trainingCheck;
        QVERIFY(check.flops);
        QCOMPARE(costPerRun->value(), check.seed.totalCostUsd);
        QCOMPARE(choice->currentData().toInt(), int(TrainingEstimateKind::Seed));

        choice->activated(choice->findData(int(TrainingEstimateKind::Flops)));
        QCOMPARE(doc->scenario(0).project.training->estimate, TrainingEstimateKind::Flops);
        QCOMPARE(doc->result(0).costPerRun, check.flops->costUsd);
        QCOMPARE(costPerRun->value(), check.flops->costUsd);
        QVERIFY(check.flops->costUsd != check.seed.totalCostUsd);

        // MFU 0.2 instead of 0.4: twice the GPU-hours, twice the cost.
        NumberField *mfu = w.form()->field(QStringLiteral("project.training.mfu"));
        QVERIFY(mfu);
        QVERIFY(!mfu->toolTip().isEmpty());
        typeInto(mfu, QStringLiteral("0.2"));
        QCOMPARE(doc->scenario(0).project.training->mfu, 0.2);
        QCOMPARE(costPerRun->value(), 2 * check.flops->costUsd);
        typeInto(mfu, QStringLiteral("1.5"));
        QCOMPARE(doc->scenario(0).project.training->mfu, 0.2); // refused: above 1
        typeInto(mfu, QStringLiteral("0"));
        QCOMPARE(doc->scenario(0).project.training->mfu, 0.2); // refused: must be above 0

        doc->undoStack()->undo();
        QCOMPARE(doc->scenario(0).project.training->mfu, 0.4);
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario(0).project.training->estimate, TrainingEstimateKind::Seed);
        QCOMPARE(costPerRun->value(), check.seed.totalCostUsd);
        QCOMPARE(choice->currentData().toInt(), int(TrainingEstimateKind::Seed));
    }

    // When the estimates disagree (here: the seed's fallback rule), the form shows both numbers.
    void disagreeingEstimatesShowBothNumbers()
    {
        MainWindow w;
        w.show();
        Document *doc = w.document();
        estimateTrainingRun(doc);
        auto *label = w.form()->findChild<QLabel *>(QStringLiteral("trainingCheck"));
        QVERIFY(label);
        QVERIFY(!doc->result(0).trainingCheck->disagree);
        QVERIFY(label->isHidden());

        // The seed's table has no 70B row on an A10G.
        doc->editCurrentScenario(QStringLiteral("a10g"), [](Scenario &s) {
            s.project.training->modelSizeB = 70;
            setGpuFromCode(*s.project.training, QStringLiteral("a10g"));
        });
        const TrainingCheck &check = *doc->result(0).trainingCheck;
        QVERIFY(check.fallbackUsed);
        QVERIFY(!label->isHidden());
        QCOMPARE(label->text(), trainingDisagreementText(check, QLocale(), doc->currency()));
        QVERIFY(label->text().contains(formatMoney(QLocale(), check.seed.totalCostUsd, doc->currency())));
        QVERIFY(label->text().contains(formatMoney(QLocale(), check.flops->costUsd, doc->currency())));
    }

    void exportsSayWhereThePricesCameFrom()
    {
        Document doc; // one default scenario
        const CatalogEntry &api = catalog().apiModels.first();
        doc.editCurrentScenario(QStringLiteral("preset"), [&](Scenario &s) {
            s.api.priceSource = PriceSource{api.name, api.source, api.asOf};
        });
        const QString expected = QStringLiteral("%1, %2 as of %3").arg(api.name, api.source, api.asOf);

        // The comparison CSV has a Prices row.
        ComparisonModel model(&doc);
        const QString csv = tableToCsv(model);
        QVERIFY2(csv.contains(QStringLiteral("Prices,") + csvField(expected)), qPrintable(csv));

        // The chart carries a footer line, and only then.
        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        QString error;
        QVERIFY2(writeChartSvg(ChartKind::BreakEven, doc.scenario(0), doc.result(0), doc.currency(), QSize(1280, 720),
                               false, svg, &error),
                 qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("Prices: ") + api.name.toHtmlEscaped()));
        const QImage with = renderChartImage(ChartKind::BreakEven, doc.scenario(0), doc.result(0), doc.currency(),
                                             QSize(960, 540), false);
        Scenario plain = doc.scenario(0);
        plain.api.priceSource.reset();
        const QImage without = renderChartImage(ChartKind::BreakEven, plain, doc.result(0), doc.currency(),
                                                QSize(960, 540), false);
        QCOMPARE(with.size(), without.size());
        QVERIFY(with != without);

        // evaluate --json: price_sources.
        const QByteArray json = evaluateDocumentToJson(ScenarioDocument{doc.currency(), {doc.scenario(0)}, {}});
        const QJsonObject result = QJsonDocument::fromJson(json).array().first().toObject();
        const QJsonObject sources = result.value(QStringLiteral("price_sources")).toObject();
        QCOMPARE(sources.value(QStringLiteral("api")).toObject().value(QStringLiteral("name")).toString(), api.name);
        QCOMPARE(sources.value(QStringLiteral("api")).toObject().value(QStringLiteral("as_of")).toString(), api.asOf);
        QVERIFY(!sources.contains(QStringLiteral("self_hosted")));
        const QByteArray none = evaluateDocumentToJson(ScenarioDocument{doc.currency(), {plain}, {}});
        QVERIFY(!none.contains("price_sources"));
    }

    // With FTROI_SCREENSHOT_DIR set, saves the form at 1366x768 around the managed group and the training run.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("FTROI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set FTROI_SCREENSHOT_DIR to write screenshots");
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.form()->managedGroup()->setChecked(true);
        estimateTrainingRun(w.document());
        w.document()->editCurrentScenario(QStringLiteral("a10g"), [](Scenario &s) {
            s.project.training->modelSizeB = 70;
            setGpuFromCode(*s.project.training, QStringLiteral("a10g"));
        });
        w.form()->ensureWidgetVisible(w.form()->managedGroup(), 0, 0);
        QTest::qWait(200);
        QVERIFY(w.grab().save(dir + QStringLiteral("/prices-1366x768-managed.png")));
        w.form()->ensureWidgetVisible(w.form()->findChild<QLabel *>(QStringLiteral("trainingCheck")), 0, 40);
        QTest::qWait(200);
        QVERIFY(w.grab().save(dir + QStringLiteral("/prices-1366x768-training.png")));
    }
};

QTEST_MAIN(TestPrices)
#include "tst_prices.moc"
