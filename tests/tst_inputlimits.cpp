// Inputs that would make results stop being numbers, or the work unbounded,
// are refused naming the key: every positive-only input has a least value
// (1e-6; 0.001 hours and months), the lifetime is at most 600 months, and a
// Monte Carlo at most 2e9 sample-months, in documents and on the command line.
#include "core/io/documentformat.h"
#include "core/model/inputschema.h"
#include "core/model/rangerules.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;

namespace {

QJsonObject starter()
{
    return QJsonDocument::fromJson(testsupport::readFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"))).object();
}

// The starter's first scenario, without its ranges, with `change` applied, alone
// in its document (version 3, so that format 3's inputs may be set).
QByteArray withFirstScenario(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = starter();
    QJsonObject s = root.value(QStringLiteral("scenarios")).toArray().first().toObject();
    s.remove(QStringLiteral("uncertainty")); // its ranges would refuse other values first
    change(s);
    root.insert(QStringLiteral("version"), 3);
    root.insert(QStringLiteral("scenarios"), QJsonArray{s});
    return QJsonDocument(root).toJson();
}

void setPath(QJsonObject &object, const QStringList &parts, const QJsonValue &value)
{
    if (parts.size() == 1) {
        object.insert(parts.first(), value);
        return;
    }
    QJsonObject child = object.value(parts.first()).toObject();
    setPath(child, parts.mid(1), value);
    object.insert(parts.first(), child);
}

QString refusal(const QByteArray &text)
{
    const ReadResult read = readDocument(text);
    return read.document ? QString() : read.error;
}

} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 5e-324 (the least double) in every positive-only input of the file.
    void tinyPositiveValuesAreRefused()
    {
        int checked = 0;
        for (const InputSpec &spec : inputSpecs()) {
            if (!spec.domain.lowOpen || (spec.flags & kFormOnly))
                continue;
            const QString path = QString::fromLatin1(spec.path.data(), qsizetype(spec.path.size()));
            const QString error = refusal(withFirstScenario([&](QJsonObject &s) {
                if (path == QLatin1String("workload.peak_traffic_share"))
                    setPath(s, {QStringLiteral("workload"), QStringLiteral("peak_hours_per_day")}, 1e-3);
                if (path.startsWith(QLatin1String("self_hosted.pricing.")))
                    setPath(s, {QStringLiteral("self_hosted"), QStringLiteral("pricing")},
                            testsupport::pricingObjectFor(path));
                setPath(s, path.split(QLatin1Char('.')), 5e-324);
            }));
            QVERIFY2(error.startsWith(QStringLiteral("scenarios[0].") + path + QStringLiteral(": 5e-324 is too small (at least ")),
                     qPrintable(path + QStringLiteral(" -> ") + error));
            ++checked;
        }
        QVERIFY(checked >= 8);
        // The least value itself is fine.
        QVERIFY(refusal(withFirstScenario([](QJsonObject &s) {
                    setPath(s, {QStringLiteral("self_hosted"), QStringLiteral("throughput_tokens_per_s")}, 1e-6);
                })).isEmpty());
    }

    void aLifetimeBeyondFiftyYearsIsRefused()
    {
        QCOMPARE(refusal(withFirstScenario([](QJsonObject &s) {
                     setPath(s, {QStringLiteral("project"), QStringLiteral("lifetime_months")}, 1e6);
                 })),
                 QStringLiteral("scenarios[0].project.lifetime_months: 1e+06 is too large (at most 600)"));
        QVERIFY(refusal(withFirstScenario([](QJsonObject &s) {
                    setPath(s, {QStringLiteral("project"), QStringLiteral("lifetime_months")}, 600);
                })).isEmpty());
    }

    void aMonteCarloBeyondItsBudgetIsRefused()
    {
        const QByteArray big = withFirstScenario([](QJsonObject &s) {
            setPath(s, {QStringLiteral("project"), QStringLiteral("lifetime_months")}, 600);
            setPath(s, {QStringLiteral("uncertainty"), QStringLiteral("samples")}, 1e7);
        });
        const QString error = refusal(big);
        QVERIFY2(error.startsWith(QStringLiteral("scenarios[0].uncertainty.samples: 10000000 samples over 600 months is 6e+09 "
                                                 "sample-months; the limit is 2e+09")),
                 qPrintable(error));
        QVERIFY(simulationBudgetFault(3e6, 600).isEmpty());
        QVERIFY(!simulationBudgetFault(1e7, 201).isEmpty());

        // On the command line: --samples past the budget is refused before any work.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.ftroi"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(withFirstScenario([](QJsonObject &s) {
            setPath(s, {QStringLiteral("project"), QStringLiteral("lifetime_months")}, 600);
        }));
        f.close();
        QProcess cli;
        cli.start(QStringLiteral(FTROI_CLI_PATH), {QStringLiteral("simulate"), path, QStringLiteral("--samples"),
                                                   QStringLiteral("10000000"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(cli.readAllStandardError().contains("sample-months; the limit is 2e+09"), "no reason given");
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
