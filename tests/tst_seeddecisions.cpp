// The seed's worked examples as a finance manager would take them to a budget
// meeting (resources/examples/seed-decisions.ftroi: the seed's examples with each
// instance's GPU memory and the classification example's PII constraint): each
// example's decision, and a headline that names that decision and never
// contradicts a number the app computed (an exclusion, a loss, a close call).
#include "core/analysis/rangeddecision.h"
#include "core/io/documentfile.h"
#include "testsupport.h"
#include "ui/data/decisiontext.h"

#include <QtTest>

using namespace ftroi;

namespace {

ScenarioDocument seedDecisions()
{
    const Result<ScenarioDocument> loaded = loadDocumentFile(QStringLiteral(FTROI_EXAMPLES_DIR "/seed-decisions.ftroi"));
    return loaded ? *loaded : ScenarioDocument{};
}

} // namespace

class TestSeedDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void eachExampleHasADefensibleDecision_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("best");
        QTest::addColumn<QString>("excludedPath");
        QTest::addColumn<QString>("headlineStart");
        QTest::addColumn<QString>("headlineHas");
        // As written, the seed pays for four A10Gs where it meant two: self-hosting loses money.
        QTest::newRow("seed as written") << 0 << "api" << "" << "Keep the API" << "self-host NPV -$3.97";
        // PII: the API is not allowed; self-hosting is the only path, at a loss, and the headline says so.
        QTest::newRow("PII classification") << 1 << "self_hosted" << "api" << "Self-host: the API is not allowed"
                                            << "NPV -$30,522";
        QTest::newRow("customer support") << 2 << "self_hosted" << "" << "Self-host: saves" << "NPV $44,249";
        // 13B in bf16 needs 13 x 2 x 1.2 = 31.2 GB: one A10G (24 GB) cannot hold it, whatever its NPV.
        QTest::newRow("13B on A10G") << 3 << "api" << "self_hosted" << "Keep the API: no allowed fine-tuning path"
                                     << "self-host excluded: the model does not fit in the instance's memory";
        QTest::newRow("auto-sized fleet") << 4 << "self_hosted" << "" << "Self-host: saves" << "over 24 months";
        QTest::newRow("low volume") << 5 << "api" << "" << "Keep the API" << "self-host NPV -$23,789";
    }

    void eachExampleHasADefensibleDecision()
    {
        QFETCH(int, index);
        QFETCH(QString, best);
        QFETCH(QString, excludedPath);
        QFETCH(QString, headlineStart);
        QFETCH(QString, headlineHas);
        const ScenarioDocument doc = seedDecisions();
        QCOMPARE(doc.scenarios.size(), 6);
        const Scenario &s = doc.scenarios.at(index);
        const ScenarioResult r = evaluateWithShares(s);
        QCOMPARE(bestPathCode(r.decision), best);
        for (const Path p : {Path::Api, Path::Managed, Path::SelfHosted})
            QCOMPARE(r.decision.isExcluded(p), pathCode(p) == excludedPath);
        // None of the examples is within 10 % of its runner-up.
        QVERIFY(!r.decision.closeCall);
        const DecisionText text = decisionText(s, r, doc.currency);
        // Amounts keep together with a non-breaking hyphen and spaces; compare them as typed.
        QString headline = text.headline;
        headline.replace(QChar(0x2011), QLatin1Char('-')).replace(QChar(0x00a0), QLatin1Char(' '));
        QVERIFY2(headline.startsWith(headlineStart), qPrintable(headline));
        QVERIFY2(headline.contains(headlineHas), qPrintable(headline));
        QVERIFY(headline.indexOf(QStringLiteral("nan"), 0, Qt::CaseInsensitive) < 0);
        if (!excludedPath.isEmpty())
            QVERIFY2(!text.exclusions.isEmpty(), qPrintable(text.exclusions));
    }
};

QTEST_GUILESS_MAIN(TestSeedDecisions)
#include "tst_seeddecisions.moc"
