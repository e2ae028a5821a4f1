// Shared helpers for the tests: the reference data folder, a base scenario,
// relative comparison of doubles.
#pragma once

#include "core/model/scenario.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QString>
#include <QTest>

#include <cmath>

namespace testsupport {

// Time limits in tests are set for optimised builds; a sanitizer or debug build
// runs some ten times slower, so limits are multiplied by this. (A quadratic
// algorithm the limits are there to catch is slower by far more.)
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
inline constexpr int kTimeScale = 10;
#else
inline constexpr int kTimeScale = 1;
#endif

// Counts the events of one type an object receives (install it as an event filter).
struct EventCounter : QObject {
    explicit EventCounter(QEvent::Type counted) : type(counted) {}
    QEvent::Type type;
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == type)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// For tests of the app's widgets: test-mode folders, a fixed locale and organization,
// so settings and formatted numbers do not depend on the machine.
inline void setUpAppTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(QStringLiteral("ftroi-tests"));
    // Documents open on their first scenario: forget the scenarios shown last by earlier runs.
    QSettings().remove(QStringLiteral("lastScenario"));
}

inline QString dataPath(const QString &name)
{
    return QStringLiteral(FTROI_TEST_DATA_DIR "/") + name;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

inline bool closeRel(double actual, double expected, double tolerance)
{
    if (expected == 0)
        return std::abs(actual) <= tolerance;
    return std::abs(actual - expected) <= tolerance * std::abs(expected);
}

// The seed's worked example with one A10G at $1.03/hour: numbers easy to check by hand.
inline ftroi::Scenario baseScenario()
{
    ftroi::Scenario s;
    s.name = QStringLiteral("Base");
    s.workload = {50000, 500, 200};
    s.api.model = QStringLiteral("GPT-4o");
    s.api.inputPricePer1M = 5;
    s.api.outputPricePer1M = 15;
    s.api.reviewRate = 0.02;
    s.selfHosted.modelSizeB = 7;
    s.selfHosted.instance = QStringLiteral("A10G");
    s.selfHosted.instanceCostPerHour = 1.03;
    s.selfHosted.throughputTokensPerS = 5000;
    s.selfHosted.fixedInstances = 2;
    s.selfHosted.targetUtilization = 0.2;
    s.selfHosted.reviewRate = 0.05;
    s.selfHosted.storagePricePerGbMonth = 0.023;
    s.reviewCost = 5;
    s.project.trainingRuns = 8;
    s.project.computeCostPerRun = 12;
    s.project.engineeringHours = {{QStringLiteral("data"), 40}, {QStringLiteral("experiments"), 20},
                                  {QStringLiteral("evaluation"), 24}, {QStringLiteral("deployment"), 16}};
    s.project.hourlyRate = 150;
    s.project.lifetimeMonths = 18;
    return s;
}

// baseScenario() with equal review rates: no quality delta, so its savings are
// linear in the volume (fixed fleet): 8,250 - 1,483.522 a month before amortization.
inline ftroi::Scenario equalReviewsScenario()
{
    ftroi::Scenario s = baseScenario();
    s.selfHosted.reviewRate = s.api.reviewRate;
    return s;
}

// baseScenario() with equal review rates, so its savings are linear in the
// volume (fixed fleet), and a uniform range on the volume: 20,000 samples, seed 5.
inline ftroi::Scenario linearScenario(double low, double high)
{
    using namespace ftroi;
    Scenario s = baseScenario();
    s.selfHosted.reviewRate = s.api.reviewRate;
    Uncertainty u;
    u.ranges = {{QStringLiteral("workload.requests_per_day"), low, high, Distribution::Uniform}};
    u.samples = 20000;
    u.seed = 5;
    s.uncertainty = u;
    return s;
}

// A managed fine-tune at OpenAI's GPT-4o-mini prices, with 40 set-up hours.
inline ftroi::ManagedPath openAiManagedPath()
{
    ftroi::ManagedPath m;
    m.provider = QStringLiteral("OpenAI fine-tuned GPT-4o-mini");
    m.trainingPricePer1MTokens = 8;
    m.trainingTokensPerRun = 1e7;
    m.inputPricePer1M = 0.3;
    m.outputPricePer1M = 1.2;
    m.engineeringHours = {{QStringLiteral("setup"), 40}};
    return m;
}

// A complete `self_hosted.pricing` object of the model that has the input
// `path` ("self_hosted.pricing.term_months" -> reserved), for tests that set
// one of its keys in a document.
inline QJsonObject pricingObjectFor(const QString &path)
{
    const QString key = path.mid(path.lastIndexOf(QLatin1Char('.')) + 1);
    if (key == QLatin1String("discount") || key == QLatin1String("upfront_per_instance")
        || key == QLatin1String("term_months"))
        return {{QStringLiteral("model"), QStringLiteral("reserved")}, {QStringLiteral("discount"), 0.3}};
    if (key == QLatin1String("interruption_overhead"))
        return {{QStringLiteral("model"), QStringLiteral("spot")}, {QStringLiteral("discount"), 0.5}};
    return {{QStringLiteral("model"), QStringLiteral("owned")}, {QStringLiteral("server_price"), 30000},
            {QStringLiteral("power_kw"), 0.8}, {QStringLiteral("electricity_price_per_kwh"), 0.12}};
}

// Splits RFC 4180 text into records of fields.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace testsupport

#define FTROI_COMPARE_REL(actual, expected, tol)                                                   \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        if (!testsupport::closeRel(a_, e_, (tol)))                                                 \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3")                                \
                                 .arg(QLatin1String(#actual))                                      \
                                 .arg(a_, 0, 'g', 17)                                              \
                                 .arg(e_, 0, 'g', 17)));                                           \
    } while (false)
