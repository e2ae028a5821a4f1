// The Export Chart dialog: the proposed file name follows the scenario, the
// chart and the format; the size presets; Export writes the file and is
// disabled for a folder that does not exist.
#include "chartsupport.h"
#include "core/engine/costengine.h"
#include "testsupport.h"
#include "ui/export/exportchartdialog.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace ftroi;
using namespace chartsupport;

class TestExportChartDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exportDialog();
};

void TestExportChartDialog::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestExportChartDialog::exportDialog()
{
    QTemporaryDir dir;
    Scenario s = payingScenario();
    s.name = QStringLiteral("Support bot: GPT-4o vs 7B");
    ExportChartDialog dialog(s, evaluate(s), kUsd, ChartKind::CashFlow, nullptr);
    QCOMPARE(dialog.chartKind(), ChartKind::CashFlow);
    QCOMPARE(dialog.imageSize(), QSize(1920, 1080));
    QVERIFY(dialog.filePath().endsWith(QStringLiteral("support-bot-gpt-4o-vs-7b-cashflow.png")));

    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    QVERIFY(format);
    format->setCurrentIndex(1);
    QVERIFY(dialog.isSvg());
    QVERIFY(dialog.filePath().endsWith(QStringLiteral("-cashflow.svg")));

    auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("sizePreset"));
    QVERIFY(preset);
    preset->setCurrentIndex(0);
    QCOMPARE(dialog.imageSize(), QSize(1280, 720));

    const QString path = dir.filePath(QStringLiteral("out.svg"));
    dialog.setFilePath(path);
    QPushButton *exportButton = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("&Export"))
            exportButton = button;
    QVERIFY(exportButton && exportButton->isEnabled());
    exportButton->click();
    QVERIFY(QFile::exists(path));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    dialog.setFilePath(dir.filePath(QStringLiteral("nowhere/out.svg")));
    QVERIFY(!exportButton->isEnabled());
}

QTEST_MAIN(TestExportChartDialog)
#include "tst_exportchartdialog.moc"
