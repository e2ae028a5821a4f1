// Price-source lines and preset summaries.
#include "core/catalog/pricenotes.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace ftroi {

namespace {

QString describe(const PriceSource &p)
{
    QString text = p.name;
    if (!p.source.isEmpty())
        text += QStringLiteral(", ") + p.source;
    if (!p.asOf.isEmpty())
        text += QStringLiteral(" as of ") + p.asOf;
    return text;
}

// $2.50, $0.075, $1.006: two decimals, more only where the price has them (up to 4).
QString money(double v)
{
    int decimals = 2;
    while (decimals < 4 && std::abs(v * std::pow(10, decimals) - std::round(v * std::pow(10, decimals))) > 1e-9)
        ++decimals;
    return QStringLiteral("$") + QLocale::c().toString(v, 'f', decimals);
}

} // namespace

QString priceSourcesText(const Scenario &s)
{
    const QString list = priceSourcesList(s);
    return list.isEmpty() ? QString() : QStringLiteral("Prices: ") + list;
}

QString priceSourcesList(const Scenario &s)
{
    QStringList parts;
    if (s.api.priceSource)
        parts << describe(*s.api.priceSource);
    if (s.selfHosted.priceSource)
        parts << describe(*s.selfHosted.priceSource);
    if (s.managed && s.managed->priceSource)
        parts << describe(*s.managed->priceSource);
    return parts.join(QStringLiteral("; "));
}

bool isStale(const PriceSource &source, const QDate &today)
{
    const std::optional<QDate> d = asOfDate(source.asOf);
    return !d || d->daysTo(today) > kStaleAfterDays;
}

QString priceSourceNote(const std::optional<PriceSource> &source, const QDate &today)
{
    if (!source)
        return QStringLiteral("Prices typed in: no source recorded");
    QString text = QStringLiteral("Prices from %1").arg(source->name);
    if (!source->source.isEmpty())
        text += QStringLiteral(", ") + source->source;
    text += QStringLiteral(", as of %1").arg(source->asOf.isEmpty() ? QStringLiteral("an unknown date") : source->asOf);
    if (isStale(*source, today))
        text += QStringLiteral(": may be stale, check today's price");
    return text;
}

PriceSource priceSourceOf(const CatalogEntry &entry)
{
    return PriceSource{entry.name, entry.source, entry.asOf};
}

QString presetSummary(const CatalogEntry &e, const QDate &today)
{
    QString price;
    switch (e.kind) {
    case CatalogKind::Api:
        price = QStringLiteral("%1 / %2 per 1M").arg(money(e.inputPricePer1M), money(e.outputPricePer1M));
        if (e.cachedInputPricePer1M)
            price += QStringLiteral(", cached %1").arg(money(*e.cachedInputPricePer1M));
        break;
    case CatalogKind::Gpu:
        price = QStringLiteral("%1/hour").arg(money(e.costPerHour));
        if (e.gpus > 1)
            price += QStringLiteral(" for %1 GPUs").arg(e.gpus);
        break;
    case CatalogKind::Managed:
        price = QStringLiteral("training %1 per 1M, %2 / %3 per 1M")
                    .arg(money(e.trainingPricePer1MTokens), money(e.inputPricePer1M), money(e.outputPricePer1M));
        break;
    }
    QString text = e.provider.isEmpty() ? price : e.provider + QStringLiteral(" · ") + price;
    text += QStringLiteral(" · as of ") + (e.asOf.isEmpty() ? QStringLiteral("?") : e.asOf);
    if (e.seed)
        text += QStringLiteral(" (the seed's)");
    if (isStale(e, today))
        text += QStringLiteral(" · may be stale");
    return text;
}

} // namespace ftroi
