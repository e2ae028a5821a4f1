// The grid and goal seek stay bounded and say why they refuse: the same input
// on both axes, a whole-number input sampled at whole numbers only (or refused
// between ends that are not whole), logarithmic axes that overflow or
// underflow, more cell-months than the budget; a goal no value reaches is
// reported with the metric's real range, and a grid can be stopped midway.
#include "core/analysis/analysis.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;
using testsupport::baseScenario;

namespace {

GridAxis axis(const Scenario &s, const char *path, double low, double high, int count, bool logarithmic = false)
{
    GridAxis a;
    a.path = QString::fromLatin1(path);
    a.handle = *resolveInput(s, a.path);
    a.low = low;
    a.high = high;
    a.count = count;
    a.logarithmic = logarithmic;
    return a;
}

struct Run {
    int exitCode;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FTROI_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestAnalysisBounds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_doc;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The reference document with a fixed fleet of 2 in its first scenario and a 600-month lifetime.
        QByteArray text = testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
        const qsizetype lifetime = text.indexOf("\"lifetime_months\"");
        QVERIFY(lifetime > 0);
        const qsizetype value = text.indexOf(':', lifetime) + 1;
        text.replace(value, text.indexOf(',', value) - value, " 600");
        m_doc = m_dir.filePath(QStringLiteral("doc.ftroi"));
        testsupport::writeFile(m_doc, text);
    }

    void theSameInputOnBothAxesIsRefused()
    {
        const Scenario s = baseScenario();
        const GridAxis x = axis(s, "review_cost", 1, 2, 3);
        QVERIFY2(gridFault(s, x, x).contains(QStringLiteral("--x and --y both vary review_cost")), qPrintable(gridFault(s, x, x)));
        const Run r = cli({QStringLiteral("grid"), m_doc, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--x"),
                           QStringLiteral("review_cost=1:2:3"), QStringLiteral("--y"), QStringLiteral("review_cost=1:3:3"),
                           QStringLiteral("--metric"), QStringLiteral("npv")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), QStringLiteral("grid: --x and --y both vary review_cost; a grid needs two different inputs"));
    }

    void aWholeNumberInputTakesWholeNumbersOnly()
    {
        Scenario s = baseScenario();
        s.selfHosted.fixedInstances = 2;
        QVERIFY(resolveInput(s, QStringLiteral("self_hosted.instances"))->domain.integer);
        const GridAxis linear = axis(s, "self_hosted.instances", 1, 4, 7);
        QCOMPARE(linear.values(), (std::vector<double>{1, 2, 3, 4}));
        QVERIFY(gridAxisFault(linear).isEmpty());
        const GridAxis logarithmic = axis(s, "self_hosted.instances", 1, 100, 5, true);
        QCOMPARE(logarithmic.values(), (std::vector<double>{1, 3, 10, 32, 100}));
        const Grid g = grid(s, linear, axis(s, "review_cost", 1, 2, 2), Metric::Npv);
        QCOMPARE(g.x.size(), size_t(4));
        QCOMPARE(g.values.size(), size_t(8));
        QVERIFY2(gridAxisFault(axis(s, "self_hosted.instances", 1.5, 4, 7)).contains(QStringLiteral("takes whole numbers only")),
                 qPrintable(gridAxisFault(axis(s, "self_hosted.instances", 1.5, 4, 7))));
    }

    void logarithmicAxesThatOverflowOrUnderflowAreRefused()
    {
        const Scenario s = baseScenario();
        const QString overflow = gridAxisFault(axis(s, "api.review_rate", 5e-324, 1, 3, true));
        QVERIFY2(overflow.contains(QStringLiteral("HI/LO overflows to infinity")), qPrintable(overflow));
        const QString underflow = gridAxisFault(axis(s, "api.review_rate", 1e-310, 1e-300, 3, true));
        QVERIFY2(underflow.contains(QStringLiteral("it underflows")), qPrintable(underflow));
        QVERIFY(gridAxisFault(axis(s, "api.review_rate", 1e-6, 1, 3, true)).isEmpty());
        const Run r = cli({QStringLiteral("grid"), m_doc, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--x"),
                           QStringLiteral("api.review_rate=5e-324:1:3"), QStringLiteral("--log-x"), QStringLiteral("--y"),
                           QStringLiteral("review_cost=1:3:3"), QStringLiteral("--metric"), QStringLiteral("npv")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("grid: --x: a logarithmic axis from 4.9406564584124654e-324 to 1")), qPrintable(r.err));
    }

    void aGridBeyondTheWorkBudgetIsRefused()
    {
        Scenario s = baseScenario();
        s.project.lifetimeMonths = 600;
        const GridAxis x = axis(s, "workload.requests_per_day", 1000, 1e6, 1000);
        const GridAxis y = axis(s, "api.review_rate", 0, 1, 1000);
        QVERIFY2(gridFault(s, x, y).contains(QStringLiteral("1000 x 1000 cells over 600 months is 6e+08 cell-months; the limit is 2e+08")),
                 qPrintable(gridFault(s, x, y)));
        s.project.lifetimeMonths = 100;
        QVERIFY(gridFault(s, x, y).isEmpty());
        // The lifetime on an axis counts at its highest.
        QVERIFY(!gridFault(s, axis(s, "project.lifetime_months", 1, 600, 1000), y).isEmpty());
        const Run r = cli({QStringLiteral("grid"), m_doc, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--x"),
                           QStringLiteral("workload.requests_per_day=1000:1000000:1000"), QStringLiteral("--y"),
                           QStringLiteral("api.review_rate=0:1:1000"), QStringLiteral("--metric"), QStringLiteral("npv")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("the limit is 2e+08")), qPrintable(r.err));
    }

    void aGridCanBeStoppedMidway()
    {
        const Scenario s = baseScenario();
        int calls = 0;
        const Grid g = grid(s, axis(s, "review_cost", 1, 2, 4), axis(s, "api.review_rate", 0, 1, 10), Metric::Npv,
                            [&](int done, int rows) {
                                ++calls;
                                return !(done == 3 && rows == 10);
                            });
        QVERIFY(g.stopped);
        QCOMPARE(calls, 3);
        QCOMPARE(g.values.size(), size_t(12));
    }

    void anUnreachableGoalNamesTheMetricsRealRange()
    {
        Scenario s = baseScenario();
        s.project.lifetimeMonths = 600;
        const QString path = QStringLiteral("workload.requests_per_day");
        const GoalSeek g = solve(s, *resolveInput(s, path), path, Metric::Npv, 1e300);
        QVERIFY(!g.value);
        QVERIFY(g.lowestSeen && g.highestSeen && *g.lowestSeen < -1e6 && *g.lowestSeen < *g.highestSeen); // not "between 0 and 0"
        QVERIFY2(!g.reason.contains(QStringLiteral("between 0 and 0")), qPrintable(g.reason));
        QVERIFY2(g.reason.contains(QStringLiteral("it never reaches 1e+300")), qPrintable(g.reason));
        QVERIFY(g.evaluations > 0 && g.evaluations <= kMaxSolveEvaluations);
        const Run r = cli({QStringLiteral("solve"), m_doc, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--vary"),
                           path, QStringLiteral("--target"), QStringLiteral("npv=1e300")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("set npv to 1e+300")) && !r.out.contains(QStringLiteral("between 0 and 0")), qPrintable(r.out));
        const GoalSeek reached = solve(s, *resolveInput(s, path), path, Metric::Npv, *g.highestSeen - 1e6);
        QVERIFY(reached.value);
        QVERIFY(reached.evaluations <= kMaxSolveEvaluations);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisBounds)
#include "tst_analysisbounds.moc"
