// Tests of the decision in words: the headline never contradicts the engine's
// best path (every bundled and reference scenario, with and without a managed
// path, growth and discounting), the disagreement sentence appears exactly
// when the context points the other way and names the number that decides,
// and the seed's worked examples read as they should.
#include "ui/data/decisiontext.h"
#include "core/io/documentformat.h"
#include "core/text/format.h"
#include "ui/form/managedpresets.h"
#include "testsupport.h"

#include <QDir>
#include <QtTest>

using namespace ftroi;

namespace {

const QString kUsd = QStringLiteral("USD");

QList<Scenario> readScenarios(const QString &path)
{
    const ReadResult read = readDocument(testsupport::readFile(path));
    if (!read.document)
        qFatal("%s: %s", qPrintable(path), qPrintable(read.error));
    return read.document->scenarios;
}

// A sentence with plain hyphens and spaces, as the formatting helpers write amounts.
DecisionText plain(DecisionText text)
{
    for (QString *sentence : {&text.headline, &text.disagreement, &text.context}) {
        sentence->replace(QChar(0x2011), QLatin1Char('-'));
        sentence->replace(QChar(0x00a0), QLatin1Char(' '));
    }
    return text;
}

Scenario seedScenario(int index)
{
    return readScenarios(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))).at(index);
}

// Every scenario of the reference data and the bundled examples, as read and with variations.
QList<Scenario> allScenarios()
{
    QList<Scenario> base = readScenarios(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
    const QDir examples(QStringLiteral(FTROI_EXAMPLES_DIR));
    for (const QString &name : examples.entryList({QStringLiteral("*.ftroi")}, QDir::Files))
        base += readScenarios(examples.filePath(name));

    QList<Scenario> all;
    for (const Scenario &s : std::as_const(base)) {
        all << s;
        Scenario managed = s; // the first preset, as the form adds it
        managed.managed = defaultManagedPath(s);
        all << managed;
        Scenario cheapManaged = managed; // a managed path that beats both others
        cheapManaged.managed->inputPricePer1M = 0.01;
        cheapManaged.managed->outputPricePer1M = 0.01;
        cheapManaged.managed->reviewRate = 0.0;
        all << cheapManaged;
        Scenario dearManaged = managed; // one that loses to the API through its reviews
        dearManaged.managed->reviewRate = 0.5;
        all << dearManaged;
        Scenario growing = managed;
        growing.workload.monthlyGrowth = 0.08;
        growing.project.discountRateAnnual = 0.12;
        all << growing;
        Scenario shrinking = s;
        shrinking.workload.monthlyGrowth = -0.2;
        all << shrinking;
        for (Level consistency : {Level::High, Level::Low}) {
            Scenario flipped = managed; // the context pointing either way
            flipped.context = DecisionContext{};
            flipped.context->taskConsistency = consistency;
            flipped.context->teamMlExpertise = consistency == Level::High;
            flipped.context->iterationSpeedPriority = consistency == Level::Low;
            flipped.context->qualityRequirement = consistency == Level::High ? Level::Low : Level::High;
            all << flipped;
        }
    }
    return all;
}

} // namespace

class TestDecisionText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void headlineNeverContradictsBestPath()
    {
        const QList<Scenario> scenarios = allScenarios();
        QVERIFY(scenarios.size() > 60);
        QSet<int> bestSeen;
        int disagreements = 0;
        for (const Scenario &s : scenarios) {
            const ScenarioResult r = evaluate(s);
            const DecisionText text = plain(decisionText(s, r, kUsd));
            const QString where = s.name + QStringLiteral(": ") + text.headline;
            bestSeen.insert(int(*r.decision.bestPath));
            switch (*r.decision.bestPath) {
            case Path::Api:
                QVERIFY2(text.headline.startsWith(QStringLiteral("Keep the API:")), qPrintable(where));
                break;
            case Path::Managed:
                QVERIFY2(text.headline.startsWith(QStringLiteral("Managed fine-tune:")), qPrintable(where));
                break;
            case Path::SelfHosted:
                QVERIFY2(text.headline.startsWith(QStringLiteral("Self-host:")), qPrintable(where));
                break;
            }
            // A fine-tuning headline names its NPV, which is positive; the API's names none above 0.
            QVERIFY2(text.headline.contains(QStringLiteral("NPV")), qPrintable(where));
            for (const QString &bad : {QStringLiteral("nan"), QStringLiteral("inf"), QStringLiteral("%")})
                QVERIFY2(!text.headline.contains(bad) && !text.disagreement.contains(bad), qPrintable(where));

            QCOMPARE(text.disagreement.isEmpty(), r.decision.agrees != false);
            if (r.decision.agrees == false) {
                ++disagreements;
                const bool contextForFineTune = *r.decision.contextVerdict == Verdict::StrongFineTune
                    || *r.decision.contextVerdict == Verdict::LeanFineTune;
                QVERIFY2(text.disagreement.startsWith(contextForFineTune
                                                          ? QStringLiteral("The context favours fine-tuning, but ")
                                                          : QStringLiteral("The context favours the API, but ")),
                         qPrintable(text.disagreement));
            }
            QVERIFY(text.context.startsWith(r.recommendation ? QStringLiteral("Context score") : QStringLiteral("No context")));
        }
        QCOMPARE(bestSeen.size(), 3); // every path wins somewhere
        QVERIFY(disagreements >= 4);
    }

    void seedWorkedExampleKeepsTheApi()
    {
        const Scenario s = seedScenario(0);
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.monthlySavings < -200000); // loses about $220k a month
        QCOMPARE(r.recommendation->verdict, Verdict::StrongFineTune);
        QVERIFY(r.decision.bestPath == Path::Api);
        QCOMPARE(r.decision.agrees, std::optional<bool>(false));
        const DecisionText text = plain(decisionText(s, r, kUsd));
        QVERIFY2(text.headline.startsWith(QStringLiteral("Keep the API: no fine-tuning path has a positive NPV over 18 months "
                                                         "(self-host NPV -$3.97 M)")),
                 qPrintable(text.headline));
        // The review cost decides it: 50,000 x 30 x (5 % - 2 %) x $5.
        QCOMPARE(text.disagreement,
                 QStringLiteral("The context favours fine-tuning, but the extra review cost of the fine-tuned model "
                                "($225,000/month) outweighs the savings: self-hosting costs %1/month more than the API.")
                     .arg(formatMoney(QLocale(), -r.monthlySavings, kUsd, 0)));
        QCOMPARE(text.context, QStringLiteral("Context score 6 (%1)").arg(verdictTitle(Verdict::StrongFineTune)));
    }

    void autoSizedFleetSelfHosts()
    {
        const Scenario s = seedScenario(4);
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.monthlySavings > 150000); // saves about $152k a month
        QVERIFY(r.decision.bestPath == Path::SelfHosted);
        const DecisionText text = plain(decisionText(s, r, kUsd));
        const QLocale l;
        QCOMPARE(text.headline, QStringLiteral("Self-host: saves %1/month, pays back in %2, NPV %3 over 24 months")
                                    .arg(formatMoney(l, r.apiMonthlyTco - r.selfHostedMonthlyTco, kUsd, 0),
                                         formatMonths(l, r.lifetime.paybackMonthsWithGrowth),
                                         formatMoneyShort(l, *r.lifetime.npv, kUsd)));
        // The seed's context leans to the API here: said plainly, with the savings.
        QCOMPARE(r.decision.agrees, std::optional<bool>(false));
        QCOMPARE(text.disagreement, QStringLiteral("The context favours the API, but self-hosting saves %1/month.")
                                        .arg(formatMoney(l, r.monthlySavings, kUsd, 0)));
    }

    void managedBestAndItsDisagreement()
    {
        Scenario s = seedScenario(0);
        s.managed = defaultManagedPath(s);
        s.managed->reviewRate = s.api.reviewRate;
        ScenarioResult r = evaluate(s);
        QVERIFY(r.decision.bestPath == Path::Managed);
        DecisionText text = plain(decisionText(s, r, kUsd));
        QVERIFY2(text.headline.startsWith(QStringLiteral("Managed fine-tune: saves ")), qPrintable(text.headline));
        QVERIFY(text.disagreement.isEmpty()); // strong fine-tune, and a fine-tuning path wins

        // Its reviews outweigh what the cheaper model saves: the managed path is the closer one and is named.
        s.managed->reviewRate = 0.03;
        r = evaluate(s);
        QVERIFY(r.decision.bestPath == Path::Api);
        text = plain(decisionText(s, r, kUsd));
        QVERIFY2(text.headline.contains(QStringLiteral("managed NPV")), qPrintable(text.headline));
        QVERIFY2(text.disagreement.contains(QStringLiteral("the extra review cost of the fine-tuned model ($75,000/month)")),
                 qPrintable(text.disagreement));
        QVERIFY2(text.disagreement.contains(QStringLiteral("the managed fine-tune costs")), qPrintable(text.disagreement));
    }

    void growthCarriesADearerPath()
    {
        // Dearer today, ahead over the lifetime: the headline says both.
        Scenario s = seedScenario(2);
        s.context.reset();
        s.workload.requestsPerDay *= 0.6;
        s.workload.monthlyGrowth = 0.15;
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.monthlySavings < 0);
        QVERIFY(r.decision.bestPath == Path::SelfHosted);
        const DecisionText text = plain(decisionText(s, r, kUsd));
        QVERIFY2(text.headline.startsWith(QStringLiteral("Self-host: costs ")), qPrintable(text.headline));
        QVERIFY2(text.headline.contains(QStringLiteral("more today, but with the volume growing pays back in")),
                 qPrintable(text.headline));
        QVERIFY(text.disagreement.isEmpty());
        QVERIFY(text.context.startsWith(QStringLiteral("No context score")));
    }

    void shortMoney_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << 24864.4 << QStringLiteral("$24,864");
        QTest::newRow("thousands") << 420000.0 << QStringLiteral("$420 k");
        QTest::newRow("millions") << -1234567.0 << QStringLiteral("-$1.23 M");
        QTest::newRow("negative small") << -950.0 << QStringLiteral("-$950");
        QTest::newRow("not finite") << qInf() << QStringLiteral("\u2014");
    }

    void amountsDoNotBreak()
    {
        const Scenario s = seedScenario(0);
        const DecisionText text = decisionText(s, evaluate(s), kUsd);
        QVERIFY2(text.headline.contains(QStringLiteral("NPV \u2011$3.97\u00a0M")), qPrintable(text.headline));
    }

    void shortMoney()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(formatMoneyShort(QLocale(), value, kUsd), text);
    }
};

QTEST_MAIN(TestDecisionText)
#include "tst_decisiontext.moc"
