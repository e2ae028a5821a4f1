// Headline, disagreement and context sentences of the decision.
#include "ui/data/decisiontext.h"

#include "core/report/decisionwords.h"
#include "core/text/format.h"

#include <QObject>

#include <cmath>
#include <vector>

namespace ftroi {

namespace {

struct CostPart {
    QString what; // "serving", "the extra review cost of the fine-tuned model"
    double monthly;
};

// An amount that a wrapped sentence keeps on one line: a non-breaking hyphen
// for the sign, non-breaking spaces ("$420 k").
QString unbroken(QString money)
{
    if (money.startsWith(QLatin1Char('-')))
        money[0] = QChar(0x2011);
    money.replace(QLatin1Char(' '), QChar(0x00a0));
    return money;
}

// Monthly amounts in whole currency units ("$24,864"); lifetime sums are shortened.
QString monthly(const QLocale &l, double value, const QString &currency)
{
    return unbroken(formatMoney(l, value, currency, 0));
}

QString months(const QLocale &l, double value)
{
    return QObject::tr("%1 months").arg(formatNumber(l, value, 1));
}

// "self-hosting" / "the managed fine-tune", inside a sentence.
QString pathNoun(Path path)
{
    return path == Path::Managed ? QObject::tr("the managed fine-tune") : QObject::tr("self-hosting");
}

QString npvText(const QLocale &l, const LifetimeValue *v, const QString &currency)
{
    if (!v || !v->npv)
        return QObject::tr("cannot be computed");
    return unbroken(formatMoneyShort(l, *v->npv, currency));
}

// "the extra review cost", "the extra error cost" or both, of a path whose rates differ from the API's.
QString qualityPartName(const Scenario &s, double reviewRate, double errorRate)
{
    const bool reviews = (reviewRate - s.api.reviewRate) * s.reviewCost > 0;
    const bool errors = (errorRate - s.api.errorRate) * s.costPerError > 0;
    if (errors && !reviews)
        return QObject::tr("the extra error cost of the fine-tuned model");
    if (errors)
        return QObject::tr("the extra review and error cost of the fine-tuned model");
    return QObject::tr("the extra review cost of the fine-tuned model");
}

// What a fine-tuning path pays each month instead of the API bill.
std::vector<CostPart> costParts(const Scenario &s, const ScenarioResult &r, Path path)
{
    std::vector<CostPart> parts;
    if (path == Path::Managed && r.managed && s.managed) {
        const ManagedResult &m = *r.managed;
        parts = {{QObject::tr("the fine-tuned model's inference"), m.monthlyInferenceCost},
                 {QObject::tr("hosting"), m.monthlyHostingCost},
                 {QObject::tr("the amortized project cost"), m.monthlyAmortizedProjectCost},
                 {qualityPartName(s, s.managed->reviewRate.value_or(s.api.reviewRate),
                                  s.managed->errorRate.value_or(s.api.errorRate)),
                  m.monthlyQualityCostDelta}};
    } else {
        parts = {{QObject::tr("serving"), r.monthlyServingCost},
                 {QObject::tr("storage"), r.monthlyStorageCost},
                 {QObject::tr("the amortized project cost"), r.monthlyAmortizedProjectCost},
                 {qualityPartName(s, s.selfHosted.reviewRate, s.selfHosted.errorRate), r.monthlyQualityCostDelta}};
    }
    return parts;
}

// The fine-tuning path that comes closest: the larger NPV (self-hosting on a tie or without a managed path).
Path closestFineTunePath(const ScenarioResult &r)
{
    if (!r.managed || !r.managed->lifetime.npv)
        return Path::SelfHosted;
    if (!r.lifetime.npv || *r.managed->lifetime.npv > *r.lifetime.npv)
        return Path::Managed;
    return Path::SelfHosted;
}

bool favoursFineTuning(Verdict v)
{
    return v == Verdict::StrongFineTune || v == Verdict::LeanFineTune;
}

QString fineTuneHeadline(const Scenario &s, const ScenarioResult &r, Path path, const QString &currency,
                         const QLocale &l)
{
    const double savings = pathMonthlySavings(r, path).value_or(0);
    const LifetimeValue *v = pathLifetime(r, path);
    const QString lifetime = months(l, s.project.lifetimeMonths);
    QString payback;
    if (v && v->paybackMonthsWithGrowth)
        payback = *v->paybackMonthsWithGrowth == 0
            ? QObject::tr("nothing to pay back")
            : QObject::tr("pays back in %1").arg(formatMonths(l, v->paybackMonthsWithGrowth));
    else if (const std::optional<double> flat = path == Path::Managed && r.managed ? r.managed->paybackMonths : r.paybackMonths;
             flat && s.workload.monthlyGrowth == 0)
        payback = QObject::tr("pays back after %1 months or more").arg(kMaxPaybackMonths);
    else if (savings >= 0 || s.workload.monthlyGrowth <= 0)
        payback = QObject::tr("never pays back");
    else
        payback = QObject::tr("pays back after %1 months or more").arg(kMaxPaybackMonths);
    const QString npv = QObject::tr("NPV %1 over %2").arg(npvText(l, v, currency), lifetime);
    if (savings >= 0)
        return QObject::tr("%1: saves %2/month, %3, %4")
            .arg(pathTitle(path), monthly(l, savings, currency), payback, npv);
    // Dearer today, ahead over the lifetime: growth carries it.
    return QObject::tr("%1: costs %2/month more today, but with the volume growing %3; %4")
        .arg(pathTitle(path), monthly(l, -savings, currency), payback, npv);
}

// The API is not allowed and the best allowed path does not pay: say it plainly.
QString onlyAllowedHeadline(const Scenario &s, const ScenarioResult &r, Path path, const QString &currency,
                            const QLocale &l)
{
    const double savings = pathMonthlySavings(r, path).value_or(0);
    const QString npv = QObject::tr("NPV %1 over %2").arg(npvText(l, pathLifetime(r, path), currency),
                                                         months(l, s.project.lifetimeMonths));
    const QString cost = savings >= 0 ? QObject::tr("saves %1/month").arg(monthly(l, savings, currency))
                                      : QObject::tr("costs %1/month more than the API").arg(monthly(l, -savings, currency));
    return QObject::tr("%1: the API is not allowed; %2, %3").arg(pathTitle(path), cost, npv);
}

QString apiHeadline(const Scenario &s, const ScenarioResult &r, const QString &currency, const QLocale &l)
{
    // Each fine-tuning path: excluded with its reason, or its NPV.
    QStringList parts;
    bool excluded = false;
    for (const Path path : {Path::SelfHosted, Path::Managed}) {
        if (path == Path::Managed && !r.managed)
            continue;
        const QString name = path == Path::SelfHosted ? QObject::tr("self-host") : QObject::tr("managed");
        if (r.decision.isExcluded(path)) {
            excluded = true;
            parts << QObject::tr("%1 excluded: %2").arg(name, exclusionText(r.decision.exclusion(path), r.decision.peakUtilization));
        } else {
            parts << QObject::tr("%1 NPV %2").arg(name, npvText(l, pathLifetime(r, path), currency));
        }
    }
    return QObject::tr("Keep the API: no %1fine-tuning path has a positive NPV over %2 (%3)")
        .arg(excluded ? QObject::tr("allowed ") : QString(), months(l, s.project.lifetimeMonths), parts.join(QStringLiteral("; ")));
}

// The context favours fine-tuning, the numbers keep the API: name what decides it.
QString fineTuneDisagreement(const Scenario &s, const ScenarioResult &r, const QString &currency, const QLocale &l)
{
    const Path path = closestFineTunePath(r);
    const double savings = pathMonthlySavings(r, path).value_or(0);
    if (savings < 0) {
        const std::vector<CostPart> parts = costParts(s, r, path);
        const CostPart *largest = &parts.front();
        for (const CostPart &part : parts)
            if (part.monthly > largest->monthly)
                largest = &part;
        return QObject::tr("The context favours fine-tuning, but %1 (%2/month) outweighs the savings: "
                           "%3 costs %4/month more than the API.")
            .arg(largest->what, monthly(l, largest->monthly, currency), pathNoun(path), monthly(l, -savings, currency));
    }
    // Saves a little today, yet not enough over the lifetime (discounting, shrinking traffic).
    return QObject::tr("The context favours fine-tuning, but %1 saves only %2/month today: its NPV over %3 is %4.")
        .arg(pathNoun(path), monthly(l, savings, currency), months(l, s.project.lifetimeMonths),
             npvText(l, pathLifetime(r, path), currency));
}

// The context favours the API, the numbers favour fine-tuning.
QString apiDisagreement(const Scenario &s, const ScenarioResult &r, const QString &currency, const QLocale &l)
{
    const Path path = r.decision.bestPath.value_or(Path::SelfHosted);
    const double savings = pathMonthlySavings(r, path).value_or(0);
    if (savings > 0)
        return QObject::tr("The context favours the API, but %1 saves %2/month.")
            .arg(pathNoun(path), monthly(l, savings, currency));
    return QObject::tr("The context favours the API, but %1 has an NPV of %2 over %3 as the volume grows.")
        .arg(pathNoun(path), npvText(l, pathLifetime(r, path), currency), months(l, s.project.lifetimeMonths));
}

} // namespace

QString formatMoneyShort(const QLocale &locale, double value, const QString &currency)
{
    if (!std::isfinite(value) || std::abs(value) < 1e5)
        return formatMoney(locale, value, currency, 0);
    const QString text = currencySymbol(currency) + formatCompact(locale, std::abs(value));
    // The sign as formatMoney writes it (en_US in the C locale).
    const QLocale money = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    return value < 0 ? money.negativeSign() + text : text;
}

std::optional<double> pathMonthlyTco(const ScenarioResult &r, Path path)
{
    switch (path) {
    case Path::Api: return r.apiMonthlyTco;
    case Path::SelfHosted: return r.selfHostedMonthlyTco;
    case Path::Managed:
        if (r.managed)
            return r.managed->monthlyTco;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> pathMonthlySavings(const ScenarioResult &r, Path path)
{
    const std::optional<double> tco = pathMonthlyTco(r, path);
    if (!tco)
        return std::nullopt;
    return r.apiMonthlyTco - *tco;
}

const LifetimeValue *pathLifetime(const ScenarioResult &r, Path path)
{
    if (path == Path::SelfHosted)
        return &r.lifetime;
    if (path == Path::Managed && r.managed)
        return &r.managed->lifetime;
    return nullptr;
}

DecisionText decisionText(const Scenario &s, const ScenarioResult &r, const QString &currency, const QLocale &locale)
{
    DecisionText text;
    const Decision &d = r.decision;
    if (!d.bestPath)
        text.headline = QObject::tr("No path can be chosen: every path is excluded");
    else if (*d.bestPath == Path::Api)
        text.headline = apiHeadline(s, r, currency, locale);
    else if (d.isExcluded(Path::Api) && !(pathLifetime(r, *d.bestPath)->npv.value_or(0) > 0))
        text.headline = onlyAllowedHeadline(s, r, *d.bestPath, currency, locale);
    else
        text.headline = fineTuneHeadline(s, r, *d.bestPath, currency, locale);
    text.closeCall = closeCallText(r, currency);
    text.exclusions = exclusionTexts(r).join(QLatin1Char('\n'));
    text.shares = sampleSharesText(d, locale);

    if (d.agrees == false && d.contextVerdict) {
        text.disagreement = favoursFineTuning(*d.contextVerdict) ? fineTuneDisagreement(s, r, currency, locale)
                                                                 : apiDisagreement(s, r, currency, locale);
    }

    if (r.recommendation) {
        text.context = QObject::tr("Context score %1 (%2)")
                           .arg(r.recommendation->score)
                           .arg(verdictTitle(r.recommendation->verdict));
        if (d.agrees == true)
            text.context += QObject::tr(": agrees with the numbers");
    } else {
        text.context = QObject::tr("No context score: turn on Context (decision factors) in the form.");
    }
    return text;
}

} // namespace ftroi
