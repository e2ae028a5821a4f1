// Help > Methodology: the page is bundled, states the model's assumptions,
// and has the glossary entry every result tooltip points to.
#include "ui/window/methodologydialog.h"
#include "ui/window/resultexplanations.h"
#include "testsupport.h"

#include <QFile>
#include <QSet>
#include <QScrollBar>
#include <QTextBrowser>
#include <QtTest>

using namespace ftroi;

class TestMethodology : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyTooltipAnchorExists()
    {
        const QStringList anchors = MethodologyDialog::anchors();
        QVERIFY(anchors.size() >= 20);
        QCOMPARE(QSet<QString>(anchors.begin(), anchors.end()).size(), anchors.size()); // no anchor twice
        const Scenario s = testsupport::baseScenario();
        const ScenarioResult r = evaluate(s);
        const QList<ResultItem> items = allResultItems();
        QCOMPARE(items.size(), int(ResultItem::ManagedRoi) + 1);
        for (ResultItem item : items) {
            const QString anchor = glossaryAnchor(item);
            QVERIFY2(anchors.contains(anchor), qPrintable(QStringLiteral("missing anchor: ") + anchor));
            const QString title = MethodologyDialog::entryTitle(anchor);
            QVERIFY2(!title.isEmpty(), qPrintable(anchor));
            const QString tip = explainResult(item, s, r, QStringLiteral("USD"));
            QVERIFY2(tip.endsWith(QStringLiteral("More in Help > Methodology (F1): ") + title), qPrintable(tip));
        }
    }

    void pageStatesTheAssumptions()
    {
        QFile file(MethodologyDialog::documentPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        for (const char *fact : {"30 days", "720 hours", "bf16", "2 bytes per parameter", "15&nbsp;%", "35&nbsp;%",
                                 "10 trillion tokens", "120 months"})
            QVERIFY2(html.contains(QLatin1String(fact)), fact);
    }

    void dialogJumpsToAnEntry()
    {
        MethodologyDialog dialog;
        dialog.resize(700, 400);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("Break-even all-in")));
        QCOMPARE(dialog.browser()->verticalScrollBar()->value(), 0);
        dialog.showEntry(QStringLiteral("context-score")); // the last entry
        QVERIFY(dialog.browser()->verticalScrollBar()->value() > 0);
        if (const QString dir = qEnvironmentVariable("FTROI_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.showEntry(QString());
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/methodology.png")));
        }
    }
};

QTEST_MAIN(TestMethodology)
#include "tst_methodology.moc"
