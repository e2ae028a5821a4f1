// File > Import Prices… does not block the window: the import and the merge
// run on a worker thread while the event loop goes on (a busy bar in the
// status bar, the action disabled), and the pickers of a window whose user
// catalog holds 100,000 entries fill in well under the seconds they took.
#include "core/catalog/catalog.h"
#include "core/catalog/usercatalog.h"
#include "ui/form/scenarioform.h"
#include "ui/window/mainwindow.h"
#include "ui/window/priceimportaction.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace ftroi;

namespace {

QByteArray vmsCsv(int rows)
{
    QByteArray csv = "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,Region,AvailabilityZone\n";
    for (int i = 0; i < rows; ++i)
        csv += "p" + QByteArray::number(i) + ".xlarge,A10G,1,4,16,,1." + QByteArray::number(i % 1000) + ",0.4,us-east-1,us-east-1a\n";
    return csv;
}

} // namespace

class TestPriceImportAction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::setUpAppTest();
        QVERIFY(m_dir.isValid());
        qputenv("FTROI_USER_CATALOG", m_dir.filePath(QStringLiteral("user-catalog.json")).toUtf8());
        reloadCatalog();
    }

    void importRunsOffTheGuiThread()
    {
        const QString csv = m_dir.filePath(QStringLiteral("vms.csv"));
        testsupport::writeFile(csv, vmsCsv(100000));
        QMainWindow window;
        PriceImportAction prices(&window, window.statusBar());
        QSignalSpy finished(&prices, &PriceImportAction::finished);
        QStringList shown;
        QTimer closer; // answers the report when it comes
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown << box->text();
                box->accept();
            }
        });
        closer.start();
        int ticks = 0;
        QTimer ticker; // the event loop keeps running during the import
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start();

        prices.importFile(csv);
        QVERIFY(prices.isRunning()); // returned at once: the import goes on elsewhere
        QVERIFY(!prices.action()->isEnabled());
        QVERIFY(window.statusBar()->findChild<QProgressBar *>()->isVisibleTo(&window));
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Importing prices from vms.csv")));
        QCOMPARE(finished.count(), 0);

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000 * testsupport::kTimeScale);
        QVERIFY2(ticks > 3, qPrintable(QString::number(ticks)));
        QCOMPARE(finished.first().first().toBool(), true);
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY2(shown.first().startsWith(QStringLiteral("Imported 100000 entries (SkyPilot CSV)")), qPrintable(shown.first()));
        QVERIFY(!prices.isRunning());
        QVERIFY(prices.action()->isEnabled());
        QVERIFY(!window.statusBar()->findChild<QProgressBar *>()->isVisibleTo(&window));
        QVERIFY(catalog().instance(QStringLiteral("p99999.xlarge")));
    }

    void aLargeUserCatalogOpensTheWindowQuickly()
    {
        QVERIFY(catalog().instances.size() > 100000); // the import above
        QElapsedTimer timer;
        timer.start();
        MainWindow w;
        const qint64 ms = timer.elapsed();
        QComboBox *instances = nullptr;
        for (QComboBox *box : w.form()->findChildren<QComboBox *>())
            if (box->findData(QStringLiteral("p99999.xlarge")) >= 0)
                instances = box;
        QVERIFY(instances);
        QVERIFY(instances->view()->minimumWidth() > 100);
        qInfo("main window with 100,000 user GPU entries: %lld ms", ms);
        QVERIFY2(ms < 10000 * testsupport::kTimeScale, qPrintable(QString::number(ms))); // every row laid out to size the list took 30 s and more
    }
};

QTEST_MAIN(TestPriceImportAction)
#include "tst_priceimportaction.moc"
