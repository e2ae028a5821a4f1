// FleetPricingRows: how the serving fleet is paid for, and the fields of that choice.
#include "ui/form/fleetpricingrows.h"

#include "core/engine/fleetpricing.h"
#include "core/model/inputschema.h"
#include "core/text/format.h"
#include "ui/document/document.h"
#include "ui/form/fieldbinder.h"
#include "ui/form/formhelpers.h"
#include "ui/widgets/numberfield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace ftroi {

using namespace form;

namespace {

// Every key of self_hosted.pricing the form shows; each row is visible only for
// the pricing model the schema makes it available for.
constexpr std::string_view kPricingKeys[] = {
    "self_hosted.pricing.discount",
    "self_hosted.pricing.upfront_per_instance",
    "self_hosted.pricing.term_months",
    "self_hosted.pricing.interruption_overhead",
    "self_hosted.pricing.server_price",
    "self_hosted.pricing.depreciation_months",
    "self_hosted.pricing.residual_value_share",
    "self_hosted.pricing.power_kw",
    "self_hosted.pricing.pue",
    "self_hosted.pricing.electricity_price_per_kwh",
    "self_hosted.pricing.colocation_per_month",
    "self_hosted.pricing.maintenance_share_annual",
    "self_hosted.pricing.cost_of_capital_annual",
};

FleetPricing reserved(double discount, double termMonths)
{
    FleetPricing p;
    p.model = PricingModel::Reserved;
    p.discount = discount;
    p.termMonths = termMonths;
    return p;
}

FleetPricing spot(double discount, double interruptionOverhead)
{
    FleetPricing p;
    p.model = PricingModel::Spot;
    p.discount = discount;
    p.interruptionOverhead = interruptionOverhead;
    return p;
}

FleetPricing ownedH100Server()
{
    FleetPricing p;
    p.model = PricingModel::Owned;
    p.serverPrice = 300000;
    p.depreciationMonths = kDefaultDepreciationMonths;
    p.powerKw = 10.2;
    p.pue = kDefaultPue;
    p.electricityPricePerKwh = 0.13;
    p.maintenanceShareAnnual = kDefaultMaintenanceShareAnnual;
    return p;
}

// What each choice of "Paid as" starts from: the suggestion of its kind, so the
// required keys hold a value the user can see and replace.
FleetPricing startingPricing(PricingModel model)
{
    const QList<FleetPricingRows::Suggestion> &list = FleetPricingRows::suggestionList();
    for (const FleetPricingRows::Suggestion &s : list)
        if (s.pricing.model == model)
            return s.pricing;
    return FleetPricing{};
}

} // namespace

const QList<FleetPricingRows::Suggestion> &FleetPricingRows::suggestionList()
{
    static const QList<Suggestion> list = {
        {tr("1-year reserved, no upfront: 40 % off on demand"),
         tr("Suggestion: typical of AWS EC2 Reserved Instances and Savings Plans for GPU instances, 1 year, no "
            "upfront (AWS EC2 pricing pages, 2025). Ask your provider for your own quote."),
         reserved(0.40, 12)},
        {tr("3-year reserved, no upfront: 60 % off on demand"),
         tr("Suggestion: typical of AWS EC2 Reserved Instances and Savings Plans for GPU instances, 3 years, no "
            "upfront (AWS EC2 pricing pages, 2025). Months of the term beyond the model's lifetime are owed too."),
         reserved(0.60, 36)},
        {tr("Spot: 65 % off on demand, 10 % interruption overhead"),
         tr("Suggestion: the seed article puts spot at typically 60-70 % off on demand (2024); the 10 % overhead "
            "for restarts and spare capacity is the format's default."),
         spot(0.65, kDefaultSpotInterruptionOverhead)},
        {tr("Owned 8x H100 server: $300,000, 10.2 kW, PUE 1.4, $0.13/kWh"),
         tr("Suggestion: an 8x H100 (HGX) server's street price, about $250,000-$300,000 (2024); 10.2 kW maximum "
            "system power (NVIDIA DGX H100 datasheet, 2023); PUE 1.4; $0.13/kWh, the US commercial average (US EIA, "
            "2024). The server should be the instance whose throughput you entered."),
         ownedH100Server()},
    };
    return list;
}

FleetPricingRows::FleetPricingRows(Document *document, FieldBinder *binder, QFormLayout *layout, QObject *parent)
    : QObject(parent), m_document(document), m_binder(binder), m_layout(layout), m_paidAs(new QComboBox),
      m_suggestions(new QComboBox), m_note(noteLabel())
{
    m_paidAs->setObjectName(QStringLiteral("self_hosted.pricing.model"));
    m_paidAs->addItem(tr("On demand (by the hour)"), int(PricingModel::OnDemand));
    m_paidAs->addItem(tr("Reserved (a commitment)"), int(PricingModel::Reserved));
    m_paidAs->addItem(tr("Spot (interruptible)"), int(PricingModel::Spot));
    m_paidAs->addItem(tr("Owned servers"), int(PricingModel::Owned));
    m_paidAs->setToolTip(tr("How the serving instances are paid for. Reserved and owned instances are paid every "
                            "hour, so autoscaling saves nothing with them."));
    layout->addRow(tr("Paid as"), m_paidAs);
    connect(m_paidAs, &QComboBox::activated, this,
            [this](int i) { choose(PricingModel(m_paidAs->itemData(i).toInt())); });

    for (std::string_view key : kPricingKeys)
        binder->addInput(layout, key);

    m_suggestions->setObjectName(QStringLiteral("pricingSuggestions"));
    m_suggestions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_suggestions->setMinimumContentsLength(12);
    m_suggestions->addItem(tr("Suggestions…"));
    for (const Suggestion &s : suggestionList()) {
        m_suggestions->addItem(s.label);
        m_suggestions->setItemData(m_suggestions->count() - 1, s.source, Qt::ToolTipRole);
    }
    m_suggestions->setToolTip(tr("Typical figures with their source and date, not quotes: replace them with yours."));
    layout->addRow(tr("Suggested pricing"), m_suggestions);
    connect(m_suggestions, &QComboBox::activated, this, &FleetPricingRows::applySuggestion);

    m_note->setObjectName(QStringLiteral("pricingNote"));
    layout->addRow(QString(), m_note);
}

void FleetPricingRows::choose(PricingModel model)
{
    const int index = m_document->currentIndex();
    if (index < 0)
        return;
    const Scenario &current = m_document->scenario(index);
    if (pricingModel(current.selfHosted) == model)
        return;
    m_document->editCurrentScenario(tr("Pay for the fleet as %1").arg(m_paidAs->currentText().toLower()),
                                    [model](Scenario &s) {
        if (model == PricingModel::OnDemand) {
            s.selfHosted.pricing.reset();
            return;
        }
        s.selfHosted.pricing = startingPricing(model);
        if (paidEveryHour(model))
            s.selfHosted.autoscaling = false;
    });
}

void FleetPricingRows::applySuggestion(int index)
{
    setComboIndex(m_suggestions, 0);
    const QList<Suggestion> &list = suggestionList();
    if (index < 1 || index > list.size())
        return;
    const Suggestion &suggestion = list.at(index - 1);
    m_document->editCurrentScenario(tr("Use the suggested pricing: %1").arg(suggestion.label), [&](Scenario &s) {
        s.selfHosted.pricing = suggestion.pricing;
        if (paidEveryHour(suggestion.pricing.model))
            s.selfHosted.autoscaling = false;
    });
}

void FleetPricingRows::refresh(const Scenario &s)
{
    const PricingModel model = pricingModel(s.selfHosted);
    setComboIndex(m_paidAs, m_paidAs->findData(int(model)));
    for (std::string_view key : kPricingKeys) {
        NumberField *field = m_binder->field(QString::fromLatin1(key.data(), qsizetype(key.size())));
        m_layout->setRowVisible(field->parentWidget(), inputSpec(key).isAvailable(s));
    }

    // What one instance costs a month under this model, in the user's currency.
    const QLocale locale;
    const QString currency = m_document->currency();
    const auto money = [&](double v) { return formatMoney(locale, v, currency, 0); };
    const double perInstance = instanceMonthlyCost(s);
    QString text;
    switch (model) {
    case PricingModel::OnDemand:
        text = tr("Paid by the hour: %1 a month per instance running all day.").arg(money(perInstance));
        break;
    case PricingModel::Reserved: {
        const double commitment = commitmentPerInstance(s);
        text = tr("Reserved: %1 a month per instance, paid every hour of the term (no autoscaling); %2 per instance "
                  "paid at the start (the upfront and any months of the term beyond the lifetime).")
                   .arg(money(perInstance), money(commitment));
        break;
    }
    case PricingModel::Spot:
        text = tr("Spot: %1 a month per instance running all day (discount and interruption overhead applied).")
                   .arg(money(perInstance));
        break;
    case PricingModel::Owned: {
        const FleetPricing &p = *s.selfHosted.pricing;
        text = tr("Owned: per server a month, capital %1 + power %2 + colocation %3 + maintenance %4 = %5. "
                  "Servers run all day (no autoscaling); the instance price per hour is not used.")
                   .arg(money(ownedCapitalPerInstance(p, s.project.discountRateAnnual)),
                        money(ownedPowerPerInstance(p)), money(p.colocationPerMonth.value_or(0)),
                        money(ownedMaintenancePerInstance(p)), money(perInstance));
        break;
    }
    }
    m_note->setText(text);
    m_binder->field(QStringLiteral("self_hosted.instance_cost_per_hour"))
        ->setEnabled(model != PricingModel::Owned);
}

} // namespace ftroi
