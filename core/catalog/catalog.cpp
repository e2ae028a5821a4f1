// The price catalog: entry JSON, the bundled resource, the merge with the
// user's catalog and staleness.
#include "core/catalog/catalog.h"

#include "core/catalog/usercatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <algorithm>
#include <atomic>
#include <cmath>

static void initCatalogResource()
{
    Q_INIT_RESOURCE(ftroi_core_resources);
}

namespace ftroi {

QString catalogKindCode(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Api: return QStringLiteral("api");
    case CatalogKind::Gpu: return QStringLiteral("gpu");
    case CatalogKind::Managed: return QStringLiteral("managed");
    }
    return QString();
}

std::optional<CatalogKind> catalogKindFromCode(const QString &code)
{
    for (CatalogKind k : {CatalogKind::Api, CatalogKind::Gpu, CatalogKind::Managed})
        if (code == catalogKindCode(k))
            return k;
    return std::nullopt;
}

std::optional<double> CatalogEntry::throughputFor(double modelSizeB) const
{
    for (const auto &[size, tokensPerSecond] : throughputByModelSize)
        if (size == modelSizeB)
            return tokensPerSecond;
    return std::nullopt;
}

std::optional<CatalogEntry::ThroughputEstimate> CatalogEntry::throughputEstimateFor(double modelSizeB) const
{
    if (const std::optional<double> exact = throughputFor(modelSizeB))
        return ThroughputEstimate{*exact, modelSizeB, true, {}};
    if (!(modelSizeB > 0))
        return std::nullopt;
    std::optional<ThroughputEstimate> best;
    double bestDistance = 0;
    for (const auto &[size, tokensPerSecond] : throughputByModelSize) {
        if (!(size > 0) || !(tokensPerSecond > 0))
            continue;
        const double distance = std::abs(std::log(size / modelSizeB));
        if (!best || distance < bestDistance) {
            best = ThroughputEstimate{tokensPerSecond * size / modelSizeB, size, false, {}};
            bestDistance = distance;
        }
    }
    return best;
}

const CatalogEntry *Catalog::find(CatalogKind kind, const QString &name) const
{
    const QList<CatalogEntry> &list = kind == CatalogKind::Api ? apiModels : kind == CatalogKind::Gpu ? instances : managed;
    const QHash<QString, qsizetype> &index = m_index[int(kind)];
    if (index.size() == list.size()) {
        const auto at = index.constFind(name);
        if (at == index.constEnd())
            return nullptr;
        if (*at < list.size() && list.at(*at).name == name)
            return &list.at(*at);
    }
    for (const CatalogEntry &e : list)
        if (e.name == name)
            return &e;
    return nullptr;
}

const CatalogEntry *Catalog::apiModel(const QString &name) const { return find(CatalogKind::Api, name); }
const CatalogEntry *Catalog::instance(const QString &name) const { return find(CatalogKind::Gpu, name); }
const CatalogEntry *Catalog::managedProvider(const QString &name) const { return find(CatalogKind::Managed, name); }

std::optional<CatalogEntry::ThroughputEstimate> Catalog::servingThroughputEstimate(const CatalogEntry &gpu,
                                                                                   double modelSizeB) const
{
    if (std::optional<CatalogEntry::ThroughputEstimate> own = gpu.throughputEstimateFor(modelSizeB))
        return own;
    const double peak = gpu.peakBf16Tflops.value_or(0) * gpu.gpus;
    if (!(peak > 0))
        return std::nullopt;
    for (const CatalogEntry &reference : instances) {
        const double referencePeak = reference.peakBf16Tflops.value_or(0) * reference.gpus;
        if (!(referencePeak > 0))
            continue;
        if (std::optional<CatalogEntry::ThroughputEstimate> scaled = reference.throughputEstimateFor(modelSizeB)) {
            scaled->tokensPerSecond *= peak / referencePeak;
            scaled->exact = false;
            scaled->fromInstance = reference.name;
            return scaled;
        }
    }
    return std::nullopt;
}

QList<CatalogEntry> Catalog::all() const
{
    return apiModels + instances + managed;
}

void Catalog::add(const CatalogEntry &entry)
{
    QList<CatalogEntry> &list = entry.kind == CatalogKind::Api ? apiModels : entry.kind == CatalogKind::Gpu ? instances : managed;
    if (const CatalogEntry *same = find(entry.kind, entry.name)) {
        list[same - list.constData()] = entry;
        return;
    }
    QHash<QString, qsizetype> &index = m_index[int(entry.kind)];
    if (index.size() != list.size()) { // changed by hand: index it again
        index.clear();
        for (qsizetype i = 0; i < list.size(); ++i)
            index.insert(list.at(i).name, i);
    }
    index.insert(entry.name, list.size());
    list.append(entry);
}

namespace {

bool isControl(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

QString unitCode(QChar c)
{
    return QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

QString printableCatalogText(const QString &text)
{
    if (std::none_of(text.begin(), text.end(), isControl))
        return text;
    QString out;
    for (const QChar c : text)
        out += isControl(c) ? QStringLiteral("\\u") + unitCode(c).toLower() : QString(c);
    return out;
}

QString catalogNameFault(const QString &name)
{
    if (name.trimmed().isEmpty())
        return name.isEmpty() ? QStringLiteral("is empty") : QStringLiteral("is blank");
    if (name.size() > kMaxCatalogNameLength)
        return QStringLiteral("is longer than %1 characters").arg(kMaxCatalogNameLength);
    for (const QChar c : name)
        if (isControl(c))
            return QStringLiteral("has a control character (U+%1)").arg(unitCode(c));
    return QString();
}

namespace {

// Reads a price: absent -> nullopt; present -> a finite number >= 0 or a refusal.
bool price(const QJsonObject &o, const char *key, std::optional<double> &out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out.reset();
        return true;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > kMaxCatalogPrice) {
        if (error)
            *error = QStringLiteral("%1 is not a number from 0 to %2").arg(QLatin1String(key)).arg(QString::number(kMaxCatalogPrice, 'f', 0));
        return false;
    }
    out = v.toDouble();
    return true;
}

bool requiredPrice(const QJsonObject &o, const char *key, double &out, QString *error)
{
    std::optional<double> v;
    if (!price(o, key, v, error))
        return false;
    if (!v) {
        if (error)
            *error = QStringLiteral("%1 is missing").arg(QLatin1String(key));
        return false;
    }
    out = *v;
    return true;
}

void putOptional(QJsonObject &o, const char *key, const std::optional<double> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

} // namespace

std::optional<CatalogEntry> entryFromJson(const QJsonObject &o, QString *error)
{
    CatalogEntry e;
    const std::optional<CatalogKind> kind = catalogKindFromCode(o.value(QStringLiteral("kind")).toString());
    e.name = o.value(QStringLiteral("name")).toString().trimmed();
    const auto fail = [&](const QString &why) -> std::optional<CatalogEntry> {
        if (error)
            *error = (e.name.isEmpty() ? QStringLiteral("an entry") : QStringLiteral("\"%1\"").arg(printableCatalogText(e.name)))
                     + QStringLiteral(": ") + why;
        return std::nullopt;
    };
    if (!kind)
        return fail(QStringLiteral("kind is not \"api\", \"gpu\" or \"managed\""));
    e.kind = *kind;
    if (e.name.isEmpty())
        return fail(QStringLiteral("name is missing"));
    if (const QString fault = catalogNameFault(e.name); !fault.isEmpty())
        return fail(QStringLiteral("the name ") + fault);
    e.provider = o.value(QStringLiteral("provider")).toString();
    e.source = o.value(QStringLiteral("source")).toString();
    e.asOf = o.value(QStringLiteral("as_of")).toString();
    e.note = o.value(QStringLiteral("note")).toString();
    e.seed = o.value(QStringLiteral("seed")).toBool(false);
    QString why;
    std::optional<double> gpus, memory;
    bool ok = true;
    if (e.kind == CatalogKind::Api || e.kind == CatalogKind::Managed) {
        ok = requiredPrice(o, "input_price_per_1m", e.inputPricePer1M, &why)
            && requiredPrice(o, "output_price_per_1m", e.outputPricePer1M, &why)
            && price(o, "cached_input_price_per_1m", e.cachedInputPricePer1M, &why)
            && price(o, "batch_discount", e.batchDiscount, &why);
        if (ok && e.batchDiscount && *e.batchDiscount > 1)
            return fail(QStringLiteral("batch_discount is not in [0, 1]"));
    }
    if (ok && e.kind == CatalogKind::Managed) {
        std::optional<double> hosting;
        ok = requiredPrice(o, "training_price_per_1m_tokens", e.trainingPricePer1MTokens, &why)
            && price(o, "hosting_cost_per_hour", hosting, &why);
        e.hostingCostPerHour = hosting.value_or(0);
    }
    if (ok && e.kind == CatalogKind::Gpu) {
        ok = requiredPrice(o, "price_per_hour", e.costPerHour, &why)
            && price(o, "spot_price_per_hour", e.spotPricePerHour, &why)
            && price(o, "gpus", gpus, &why) && price(o, "gpu_memory_gb", memory, &why)
            && price(o, "peak_bf16_tflops", e.peakBf16Tflops, &why);
        e.gpus = gpus.value_or(1);
        e.gpuMemoryGb = memory.value_or(0);
        if (ok && !(e.gpus >= 1))
            return fail(QStringLiteral("gpus must be at least 1"));
        e.peakSource = o.value(QStringLiteral("peak_source")).toString();
        e.trainingGpu = o.value(QStringLiteral("training_gpu")).toString();
        e.region = o.value(QStringLiteral("region")).toString();
        const QJsonObject throughput = o.value(QStringLiteral("throughput_tokens_per_s")).toObject();
        for (auto it = throughput.begin(); it != throughput.end(); ++it)
            if (it.value().isDouble() && it.value().toDouble() > 0)
                e.throughputByModelSize.append({it.key().toDouble(), it.value().toDouble()});
    }
    if (!ok)
        return fail(why);
    return e;
}

QJsonObject entryToJson(const CatalogEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), catalogKindCode(e.kind));
    o.insert(QStringLiteral("name"), e.name);
    o.insert(QStringLiteral("provider"), e.provider);
    o.insert(QStringLiteral("source"), e.source);
    o.insert(QStringLiteral("as_of"), e.asOf);
    if (e.seed)
        o.insert(QStringLiteral("seed"), true);
    if (e.kind != CatalogKind::Gpu) {
        o.insert(QStringLiteral("input_price_per_1m"), e.inputPricePer1M);
        o.insert(QStringLiteral("output_price_per_1m"), e.outputPricePer1M);
        o.insert(QStringLiteral("cached_input_price_per_1m"),
                 e.cachedInputPricePer1M ? QJsonValue(*e.cachedInputPricePer1M) : QJsonValue());
        putOptional(o, "batch_discount", e.batchDiscount);
    }
    if (e.kind == CatalogKind::Managed) {
        o.insert(QStringLiteral("training_price_per_1m_tokens"), e.trainingPricePer1MTokens);
        o.insert(QStringLiteral("hosting_cost_per_hour"), e.hostingCostPerHour);
    }
    if (e.kind == CatalogKind::Gpu) {
        o.insert(QStringLiteral("price_per_hour"), e.costPerHour);
        o.insert(QStringLiteral("spot_price_per_hour"), e.spotPricePerHour ? QJsonValue(*e.spotPricePerHour) : QJsonValue());
        o.insert(QStringLiteral("gpus"), e.gpus);
        o.insert(QStringLiteral("gpu_memory_gb"), e.gpuMemoryGb);
        putOptional(o, "peak_bf16_tflops", e.peakBf16Tflops);
        if (!e.peakSource.isEmpty())
            o.insert(QStringLiteral("peak_source"), e.peakSource);
        if (!e.trainingGpu.isEmpty())
            o.insert(QStringLiteral("training_gpu"), e.trainingGpu);
        if (!e.region.isEmpty())
            o.insert(QStringLiteral("region"), e.region);
        if (!e.throughputByModelSize.isEmpty()) {
            QJsonObject t;
            for (const auto &[size, tps] : e.throughputByModelSize)
                t.insert(QString::number(size, 'g', 6), tps);
            o.insert(QStringLiteral("throughput_tokens_per_s"), t);
        }
    }
    if (!e.note.isEmpty())
        o.insert(QStringLiteral("note"), e.note);
    return o;
}

Catalog parseCatalog(const QByteArray &json, QStringList *errors)
{
    Catalog c;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &v : root.value(QStringLiteral("entries")).toArray()) {
        QString why;
        if (const std::optional<CatalogEntry> e = entryFromJson(v.toObject(), &why))
            c.add(*e);
        else if (errors)
            errors->append(why);
    }
    return c;
}

const Catalog &bundledCatalog()
{
    static const Catalog instance = [] {
        initCatalogResource();
        QFile file(QStringLiteral(":/ftroi/catalog.json"));
        if (!file.open(QIODevice::ReadOnly))
            return Catalog();
        return parseCatalog(file.readAll());
    }();
    return instance;
}

namespace {

QMutex g_mutex;
Catalog g_merged;
bool g_loaded = false;
std::atomic<int> g_revision{0};

QString mergeLocked(const UserCatalog &user)
{
    g_merged = bundledCatalog();
    for (const CatalogEntry &e : std::as_const(user.entries))
        g_merged.add(e);
    g_loaded = true;
    ++g_revision;
    return user.message;
}

} // namespace

const Catalog &catalog()
{
    QMutexLocker lock(&g_mutex);
    if (!g_loaded)
        mergeLocked(loadUserCatalog(userCatalogPath()));
    return g_merged;
}

QString reloadCatalog()
{
    const UserCatalog user = loadUserCatalog(userCatalogPath());
    return reloadCatalog(user);
}

QString reloadCatalog(const UserCatalog &user)
{
    QMutexLocker lock(&g_mutex);
    return mergeLocked(user);
}

int catalogRevision()
{
    return g_revision.load();
}

std::optional<QDate> asOfDate(const QString &asOf)
{
    const QString t = asOf.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid() && t.size() == 7)
        d = QDate::fromString(t + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid() && t.size() == 4)
        d = QDate::fromString(t + QStringLiteral("-01-01"), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

bool isStale(const CatalogEntry &entry, const QDate &today, int maxAgeDays)
{
    const std::optional<QDate> d = asOfDate(entry.asOf);
    return !d || d->daysTo(today) > maxAgeDays;
}

} // namespace ftroi
