// The chart registry is the one list of charts: its names are unique and
// round-trip through the parser (in process and `ftroi --chart NAME`), every
// factory makes a chart that an export can fill, and the tab bar, the View
// menu, `--help` and `--chart all` list exactly its entries, in its order.
#include "testsupport.h"

#include "core/engine/costengine.h"
#include "ui/charts/scenariochartview.h"
#include "ui/comparison/comparisonview.h"
#include "ui/document/document.h"
#include "ui/export/chartexport.h"
#include "ui/window/chartspanel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace ftroi;

namespace {

// The comparison table's tab and View-menu action: not a chart, between the two groups.
const QString kComparisonTitle = QStringLiteral("Compare scenarios");
const QString kComparisonMenuText = QStringLiteral("Co&mparison Table");

// Where the comparison table sits among the registry's entries: after the charts of the scenario.
int comparisonPosition()
{
    int position = 0;
    for (const ChartEntry &entry : chartEntries())
        position += entry.group == ChartGroup::Scenario;
    return position;
}

// Runs the app (--help and --export-chart need no display); its exit code, -1
// when it did not finish, and its standard output.
int runApp(const QStringList &args, QString *out = nullptr)
{
    QProcess app;
    app.start(QStringLiteral(FTROI_APP_PATH), args);
    const bool finished = app.waitForFinished(120000);
    if (out)
        *out = QString::fromUtf8(app.readAllStandardOutput());
    return finished && app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
}

QAction *viewMenuAction(MainWindow &window)
{
    for (QAction *action : window.menuBar()->actions())
        if (action->text() == QStringLiteral("&View"))
            return action;
    return nullptr;
}

} // namespace

class TestChartRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::setUpAppTest(); }

    void entriesAreInKindOrder()
    {
        const QList<ChartEntry> &entries = chartEntries();
        QVERIFY(!entries.isEmpty());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(int(entries[i].kind), i);
            QCOMPARE(&chartEntry(entries[i].kind), &entries[i]);
        }
        QCOMPARE(chartKinds().size(), entries.size());
        // The scenario's charts first, then its analyses (the comparison table goes between).
        for (int i = 1; i < entries.size(); ++i)
            QVERIFY(!(entries[i - 1].group == ChartGroup::Analysis && entries[i].group == ChartGroup::Scenario));
    }

    void namesTitlesMenuTextsAndShortcutsAreUnique()
    {
        QSet<QString> names, titles, menuTexts, shortcuts;
        titles.insert(kComparisonTitle);
        menuTexts.insert(kComparisonMenuText);
        shortcuts.insert(QKeySequence(Qt::CTRL | Qt::Key_5).toString());
        for (const ChartEntry &entry : chartEntries()) {
            QVERIFY2(!entry.name.isEmpty() && !entry.title.isEmpty() && !entry.menuText.isEmpty(),
                     qPrintable(entry.name));
            QVERIFY2(!entry.shortcut.isEmpty(), qPrintable(entry.name));
            QVERIFY2(entry.name != QStringLiteral("all"), "\"all\" is every chart on the command line");
            QVERIFY2(entry.name == entry.name.toLower() && !entry.name.contains(QLatin1Char(' ')),
                     qPrintable(entry.name));
            for (auto [seen, value] :
                 {std::pair{&names, entry.name}, std::pair{&titles, entry.title}, std::pair{&menuTexts, entry.menuText},
                  std::pair{&shortcuts, entry.shortcut.toString()}}) {
                QVERIFY2(!seen->contains(value), qPrintable(value));
                seen->insert(value);
            }
        }
    }

    void everyNameRoundTrips()
    {
        for (const ChartEntry &entry : chartEntries()) {
            QCOMPARE(chartKindName(entry.kind), entry.name);
            QCOMPARE(chartKindTitle(entry.kind), entry.title);
            QCOMPARE(chartKindFromName(entry.name), std::optional<ChartKind>(entry.kind));
            QCOMPARE(chartKindFromName(entry.name.toUpper()), std::optional<ChartKind>(entry.kind));
        }
        QVERIFY(!chartKindFromName(QStringLiteral("all")));
        QVERIFY(!chartKindFromName(QString()));
    }

    void everyFactoryMakesAChartAnExportFills()
    {
        const Scenario s = testsupport::baseScenario();
        const ScenarioResult r = evaluate(s);
        for (const ChartEntry &entry : chartEntries()) {
            const std::unique_ptr<ScenarioChartView> chart = entry.makeChart();
            QVERIFY2(chart, qPrintable(entry.name));
            QVERIFY2(createChartView(entry.kind), qPrintable(entry.name));
            showForExport(*chart, entry.kind, s, r, QStringLiteral("USD"));
            QVERIFY2(!chart->headingTitle().isEmpty(), qPrintable(entry.name));
            QVERIFY2(chart->headingSubtitle().startsWith(s.name), qPrintable(entry.name));
        }
    }

    void tabBarListsTheEntries()
    {
        Document document;
        ChartsPanel panel(&document);
        QStringList expected;
        for (const ChartEntry &entry : chartEntries())
            expected.append(entry.title);
        expected.insert(comparisonPosition(), kComparisonTitle);
        QStringList tabs;
        for (int i = 0; i < panel.count(); ++i)
            tabs.append(panel.tabText(i));
        QCOMPARE(tabs, expected);
        QCOMPARE(panel.widget(comparisonPosition()), static_cast<QWidget *>(panel.comparisonView()));
        for (const ChartEntry &entry : chartEntries()) {
            QWidget *tab = panel.chartTab(entry.kind);
            QCOMPARE(panel.tabText(panel.indexOf(tab)), entry.title);
            QCOMPARE(panel.tabToolTip(panel.indexOf(tab)), entry.shortcut.toString(QKeySequence::NativeText));
            QVERIFY(panel.chart(entry.kind) == tab || tab->isAncestorOf(panel.chart(entry.kind)));
            panel.setCurrentWidget(tab);
            QCOMPARE(panel.currentChartKind(), entry.kind);
        }
    }

    void viewMenuListsTheEntries()
    {
        MainWindow window;
        QAction *view = viewMenuAction(window);
        QVERIFY(view && view->menu());
        const QList<QAction *> actions = view->menu()->actions();
        QList<std::pair<QString, QKeySequence>> expected;
        for (const ChartEntry &entry : chartEntries())
            expected.append({entry.menuText, entry.shortcut});
        expected.insert(comparisonPosition(), {kComparisonMenuText, QKeySequence(Qt::CTRL | Qt::Key_5)});
        QCOMPARE(actions.size(), expected.size());
        for (int i = 0; i < actions.size(); ++i) {
            QCOMPARE(actions[i]->text(), expected[i].first);
            QCOMPARE(actions[i]->shortcut(), expected[i].second);
            // Each shows its tab.
            actions[i]->trigger();
            QCOMPARE(window.charts()->currentIndex(), i);
        }
    }

    // The names `--chart` has always taken and the shortcuts the app has always
    // had stay (Ctrl+5, the comparison table's, is checked with the View menu).
    void namesAndShortcutsStay()
    {
        const struct {
            ChartKind kind;
            const char *name;
            Qt::Key key;
        } kept[] = {{ChartKind::BreakEven, "break-even", Qt::Key_1},     {ChartKind::CashFlow, "cashflow", Qt::Key_2},
                    {ChartKind::Breakdown, "breakdown", Qt::Key_3},      {ChartKind::Levers, "levers", Qt::Key_4},
                    {ChartKind::Tornado, "tornado", Qt::Key_6},          {ChartKind::Heatmap, "heatmap", Qt::Key_7},
                    {ChartKind::Distribution, "distribution", Qt::Key_8}};
        for (const auto &k : kept) {
            QCOMPARE(chartEntry(k.kind).name, QLatin1String(k.name));
            QCOMPARE(chartEntry(k.kind).shortcut, QKeySequence(Qt::CTRL | k.key));
        }
    }

    void commandLineUsesTheRegistry()
    {
        QString help;
        QCOMPARE(runApp({QStringLiteral("--help")}, &help), 0);
        // The help wraps its lines: compare with single spaces.
        QVERIFY2(help.simplified().contains(chartKindNames().join(QStringLiteral(", ")) + QStringLiteral(" or all")),
                 qPrintable(help));

        const QString document = testsupport::dataPath(QStringLiteral("uncertainty.ftroi"));
        QTemporaryDir dir;
        for (const QString &name : chartKindNames()) {
            const QString path = dir.filePath(name + QStringLiteral(".png"));
            QCOMPARE(runApp({QStringLiteral("--export-chart"), document, QStringLiteral("--chart"), name.toUpper(),
                             QStringLiteral("--size"), QStringLiteral("480x270"), QStringLiteral("--out"), path}),
                     0);
            QVERIFY2(QFileInfo::exists(path), qPrintable(name));
        }

        // --chart all: one file per entry, named after it.
        const QString deck = dir.filePath(QStringLiteral("deck/"));
        QCOMPARE(runApp({QStringLiteral("--export-chart"), document, QStringLiteral("--chart"), QStringLiteral("all"),
                         QStringLiteral("--size"), QStringLiteral("480x270"), QStringLiteral("--out"), deck}),
                 0);
        QStringList expected;
        for (const QString &name : chartKindNames())
            expected.append(QStringLiteral("u-%1.png").arg(name));
        QStringList written = QDir(deck).entryList(QDir::Files);
        expected.sort();
        written.sort();
        QCOMPARE(written, expected);
    }
};

QTEST_MAIN(TestChartRegistry)
#include "tst_chartregistry.moc"
