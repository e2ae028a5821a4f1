// Inputs sheet: the inputs by scenario, their units, sources and the settings
// that are not numbers (precision, pricing model, autoscaling, fleet sizing).
#include "core/report/workbookinputs.h"

#include "core/engine/fleetpricing.h"
#include "core/model/inputpaths.h"
#include "core/text/format.h"

#include <QCoreApplication>

namespace ftroi {

namespace {

QString unitText(InputUnit unit, const QString &currency)
{
    const QString c = currencySymbol(currency);
    switch (unit) {
    case InputUnit::Plain: return QString();
    case InputUnit::Requests: return QStringLiteral("requests/day");
    case InputUnit::Tokens: return QStringLiteral("tokens");
    case InputUnit::TokensPerSecond: return QStringLiteral("tokens/s");
    case InputUnit::PricePer1M: return c + QStringLiteral(" per 1M tokens");
    case InputUnit::MoneyPerHour: return c + QStringLiteral("/hour");
    case InputUnit::Money: return c;
    case InputUnit::MoneyPerGbMonth: return c + QStringLiteral("/GB-month");
    case InputUnit::Share: return QStringLiteral("share (0-1)");
    case InputUnit::Hours: return QStringLiteral("hours");
    case InputUnit::Months: return QStringLiteral("months");
    case InputUnit::Factor: return QStringLiteral("×");
    case InputUnit::Billions: return QStringLiteral("billion parameters");
    case InputUnit::Ms: return QStringLiteral("ms");
    case InputUnit::Instances: return QStringLiteral("instances");
    case InputUnit::Runs: return QStringLiteral("runs");
    case InputUnit::Gigabytes: return QStringLiteral("GB");
    case InputUnit::HoursPerMonth: return QStringLiteral("hours/month");
    case InputUnit::Kilowatts: return QStringLiteral("kW");
    case InputUnit::MoneyPerKwh: return c + QStringLiteral("/kWh");
    case InputUnit::MoneyPerMonth: return c + QStringLiteral("/month");
    }
    return QString();
}

// An optional input left empty whose value is another input's: it follows that input.
const char *followedInput(const QString &path)
{
    static const std::pair<const char *, const char *> follows[] = {
        {"api.cached_input_price_per_1m", "api.input_price_per_1m"},
        {"managed.training_runs", "project.training_runs"},
        {"managed.review_rate", "api.review_rate"},
        {"managed.error_rate", "api.error_rate"},
        {"self_hosted.pricing.cost_of_capital_annual", "project.discount_rate_annual"},
    };
    for (const auto &[optional, followed] : follows)
        if (path == QLatin1String(optional))
            return followed;
    return nullptr;
}

const PriceSource *sourceOf(const Scenario &s, const QString &path)
{
    const auto isPrice = [&](const char *p) { return path == QLatin1String(p); };
    if (isPrice("api.input_price_per_1m") || isPrice("api.output_price_per_1m") || isPrice("api.cached_input_price_per_1m"))
        return s.api.priceSource ? &*s.api.priceSource : nullptr;
    if (isPrice("self_hosted.instance_cost_per_hour"))
        return s.selfHosted.priceSource ? &*s.selfHosted.priceSource : nullptr;
    if (s.managed && path.startsWith(QLatin1String("managed.")) && path.contains(QLatin1String("price")))
        return s.managed->priceSource ? &*s.managed->priceSource : nullptr;
    return nullptr;
}

// The inputs the workbook names: the analyses' inputs (numericInputPaths) and
// the form's own ones the scenario has (memory per instance, decision rules,
// the training estimate's description).
QStringList workbookInputPaths(const Scenario &s)
{
    QStringList paths = numericInputPaths(s);
    for (const InputSpec &spec : inputSpecs()) {
        if (!(spec.flags & kFormOnly) || !spec.isAvailable(s))
            continue;
        const QString path = QString::fromLatin1(spec.path.data(), qsizetype(spec.path.size()));
        const bool training = path.startsWith(QLatin1String("project.training."));
        if ((training && s.project.training) || (!training && spec.stored && spec.stored(s)))
            paths << path;
    }
    return paths;
}

QString fleetSizing(const SelfHosted &sh)
{
    if (sh.fixedInstances)
        return QStringLiteral("fixed (self_hosted.instances)");
    return sh.autoscaling ? QStringLiteral("auto, autoscaling outside the peak hours") : QStringLiteral("auto");
}

} // namespace

void writeInputsSheet(lxw_workbook *book, lxw_worksheet *sheet, const WorkbookFormats &formats,
                      const ScenarioDocument &document)
{
    worksheet_set_column(sheet, 0, 0, 44, nullptr);
    worksheet_set_column(sheet, 1, 1, 40, nullptr);
    worksheet_set_column(sheet, 2, 2, 16, nullptr);
    worksheet_set_column(sheet, 3, 3, 22, nullptr);
    worksheet_set_column(sheet, 4, 5, 30, nullptr);
    int row = 0;
    for (qsizetype k = 0; k < document.scenarios.size(); ++k) {
        const Scenario &s = document.scenarios.at(k);
        SheetWriter w(book, sheet, "Inputs", formats, int(k) + 1);
        w.skip(row);
        w.title(QStringLiteral("Scenario %1: %2").arg(k + 1).arg(s.name));
        w.header({QStringLiteral("Name"), QStringLiteral("Input"), QStringLiteral("Value"), QStringLiteral("Unit"),
                  QStringLiteral("Price source"), QStringLiteral("As of")});
        for (const QString &path : workbookInputPaths(s)) {
            const std::optional<InputHandle> handle = resolveInput(s, path);
            const InputSpec *spec = handle ? handle->spec : findInputSpec(path);
            if (!handle && !spec)
                continue;
            const QString key = nameFromPath(path);
            const QString label = spec ? QCoreApplication::translate("Input", spec->label)
                                       : QStringLiteral("Engineering hours: %1").arg(path.section(QLatin1Char('.'), -1));
            const QString unit = spec ? unitText(spec->unit, document.currency) : QStringLiteral("hours");
            const double value = handle ? inputValue(s, *handle) : spec->value(s);
            const CellStyle style = spec && spec->unit == InputUnit::Share ? CellStyle::Percent : CellStyle::Number;
            const char *followed = spec && spec->isOptional() && spec->stored && !spec->stored(s)
                ? followedInput(path) : nullptr;
            if (followed && resolveInput(s, QString::fromLatin1(followed))) {
                w.formula(key, label, QStringLiteral("$") + nameFromPath(QString::fromLatin1(followed)), value, unit,
                          style, QStringLiteral("empty in the document: %1").arg(QString::fromLatin1(spec->emptyMeans)));
                continue;
            }
            const PriceSource *source = sourceOf(s, path);
            w.input(key, label, value, unit, style,
                    source ? (source->source.isEmpty() ? source->name : source->name + QStringLiteral(", ") + source->source)
                           : QString(),
                    source ? source->asOf : QString());
        }
        w.text(QStringLiteral("Serving precision"), precisionCode(s.selfHosted.precision),
               QStringLiteral("%1 bytes per parameter").arg(bytesPerParameter(s.selfHosted.precision)));
        w.text(QStringLiteral("Fleet sizing"), fleetSizing(s.selfHosted));
        w.text(QStringLiteral("Pricing model"), pricingModelCode(pricingModel(s.selfHosted)));
        w.text(QStringLiteral("Managed path"), s.managed ? s.managed->provider : QStringLiteral("none"));
        if (!s.project.computeCostPerRun && s.project.training)
            w.text(QStringLiteral("Cost per run"), QStringLiteral("training estimate"),
                   QStringLiteral("computed by the app from project.training"));
        row = w.row() + 1;
    }
}

} // namespace ftroi
