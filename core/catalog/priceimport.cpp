// LiteLLM JSON and SkyPilot CSV price import.
#include "core/catalog/priceimport.h"

#include "core/text/inputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace ftroi {

namespace {

constexpr int kMaxReasons = 5;

void skip(ImportResult &r, const QString &why)
{
    ++r.skipped;
    if (r.reasons.size() < kMaxReasons)
        r.reasons.append(why);
}

// $ per token -> $ per 1M tokens, without binary noise (2.5e-6 -> 2.5, not 2.4999999999999996).
double perMillion(double perToken)
{
    return std::round(perToken * 1e12) / 1e6;
}

// A per-token price: a finite number >= 0; absent -> nullopt with `missing` set.
std::optional<double> tokenPrice(const QJsonObject &o, const QString &key, QString &why, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            why = key + QStringLiteral(" is missing");
        return std::nullopt;
    }
    if (!v.isDouble()) {
        why = key + QStringLiteral(" is not a number");
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0) {
        why = key + QStringLiteral(" is %1, not a price per token >= 0").arg(d);
        return std::nullopt;
    }
    if (perMillion(d) > kMaxCatalogPrice) { // $1 per token is $1M per 1M tokens
        why = key + QStringLiteral(" is %1 per token; prices above %2 per 1M tokens are refused").arg(d).arg(QString::number(kMaxCatalogPrice, 'f', 0));
        return std::nullopt;
    }
    return d;
}

} // namespace

ImportResult importLiteLlmJson(const QByteArray &json, const ImportOptions &options)
{
    ImportResult r;
    r.format = QStringLiteral("LiteLLM JSON");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        r.error = QStringLiteral("not valid JSON (%1 at byte %2); the file may be truncated").arg(error.errorString()).arg(error.offset);
        return r;
    }
    if (!doc.isObject()) {
        r.error = QStringLiteral("expected a JSON object of models (LiteLLM's model_prices_and_context_window.json)");
        return r;
    }
    const QJsonObject root = doc.object();
    int chatModels = 0;
    r.entries.reserve(root.size());
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("sample_spec") || !it.value().isObject())
            continue;
        const QJsonObject o = it.value().toObject();
        if (o.value(QStringLiteral("mode")).toString() != QLatin1String("chat"))
            continue;
        ++chatModels;
        if (const QString fault = catalogNameFault(it.key()); !fault.isEmpty()) {
            skip(r, QStringLiteral("the model name \"%1\" %2").arg(printableCatalogText(it.key()), fault));
            continue;
        }
        QString why;
        const std::optional<double> in = tokenPrice(o, QStringLiteral("input_cost_per_token"), why, true);
        const std::optional<double> out = in ? tokenPrice(o, QStringLiteral("output_cost_per_token"), why, true) : std::nullopt;
        const std::optional<double> cached = out ? tokenPrice(o, QStringLiteral("cache_read_input_token_cost"), why, false) : std::nullopt;
        if (!in || !out || !why.isEmpty()) {
            skip(r, QStringLiteral("%1: %2").arg(it.key().trimmed(), why));
            continue;
        }
        CatalogEntry e;
        e.kind = CatalogKind::Api;
        e.name = it.key().trimmed();
        e.provider = printableCatalogText(o.value(QStringLiteral("litellm_provider")).toString());
        e.source = QStringLiteral("LiteLLM model_prices_and_context_window.json");
        e.asOf = options.asOf;
        e.inputPricePer1M = perMillion(*in);
        e.outputPricePer1M = perMillion(*out);
        if (cached)
            e.cachedInputPricePer1M = perMillion(*cached);
        QString ignored;
        const std::optional<double> batchIn = tokenPrice(o, QStringLiteral("input_cost_per_token_batches"), ignored, false);
        if (batchIn && *in > 0 && *batchIn <= *in)
            e.batchDiscount = std::round((1 - *batchIn / *in) * 1e6) / 1e6;
        r.entries.append(e);
    }
    if (chatModels == 0)
        r.error = QStringLiteral("no chat models (\"mode\": \"chat\") found; is this LiteLLM's model_prices_and_context_window.json?");
    return r;
}

namespace {

// Splits CSV text into rows of fields (RFC 4180 quotes, "" inside quotes).
QList<QStringList> parseCsv(const QString &text, QString &error)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(field);
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        error = QStringLiteral("a quoted field is not closed; the file may be truncated");
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

// GPU memory per GPU (GB) of common accelerators, when the CSV has no GpuInfo.
double knownGpuMemoryGb(const QString &accelerator)
{
    static const QHash<QString, double> memory = {
        {QStringLiteral("a10g"), 24}, {QStringLiteral("a10"), 24}, {QStringLiteral("l4"), 24},
        {QStringLiteral("l40s"), 48}, {QStringLiteral("l40"), 48}, {QStringLiteral("t4"), 16},
        {QStringLiteral("v100"), 16}, {QStringLiteral("v100-32gb"), 32}, {QStringLiteral("a100"), 40},
        {QStringLiteral("a100-80gb"), 80}, {QStringLiteral("h100"), 80}, {QStringLiteral("h100-mega"), 80},
        {QStringLiteral("h200"), 141}, {QStringLiteral("a6000"), 48}, {QStringLiteral("a40"), 48},
    };
    return memory.value(accelerator.toLower(), 0);
}

double gpuInfoMemoryGb(const QString &gpuInfo, double count)
{
    static const QRegularExpression total(QStringLiteral("TotalGpuMemoryInMiB['\"]?\\s*:\\s*([0-9.]+)"));
    static const QRegularExpression each(QStringLiteral("SizeInMiB['\"]?\\s*:\\s*([0-9.]+)"));
    QRegularExpressionMatch m = each.match(gpuInfo);
    if (m.hasMatch())
        return m.captured(1).toDouble() / 1024;
    m = total.match(gpuInfo);
    if (m.hasMatch() && count > 0)
        return m.captured(1).toDouble() / 1024 / count;
    return 0;
}

std::optional<double> csvNumber(const QString &text)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

} // namespace

ImportResult importSkyPilotCsv(const QByteArray &csv, const ImportOptions &options)
{
    ImportResult r;
    r.format = QStringLiteral("SkyPilot CSV");
    QString parseError;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv), parseError);
    if (!parseError.isEmpty()) {
        r.error = parseError;
        return r;
    }
    if (rows.isEmpty()) {
        r.error = QStringLiteral("the file is empty");
        return r;
    }
    const QStringList header = rows.first();
    const auto column = [&](const char *name) { return header.indexOf(QLatin1String(name)); };
    const int type = column("InstanceType"), accel = column("AcceleratorName"), count = column("AcceleratorCount"),
              priceCol = column("Price"), region = column("Region"), spot = column("SpotPrice"), info = column("GpuInfo");
    if (type < 0 || accel < 0 || count < 0 || priceCol < 0 || region < 0) {
        r.error = QStringLiteral("expected SkyPilot's vms.csv header with InstanceType, AcceleratorName, "
                                 "AcceleratorCount, Price and Region columns");
        return r;
    }
    struct Best {
        CatalogEntry entry;
        bool found = false;
    };
    QHash<QString, Best> best;
    QStringList order;
    bool regionSeen = options.region.isEmpty();
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        const QString line = QStringLiteral("line %1").arg(i + 1);
        if (row.size() < header.size()) {
            skip(r, line + QStringLiteral(": %1 fields, the header has %2").arg(row.size()).arg(header.size()));
            continue;
        }
        const QString accelerator = row.at(accel).trimmed();
        if (accelerator.isEmpty())
            continue; // a CPU-only instance
        if (!options.region.isEmpty() && row.at(region).trimmed() != options.region)
            continue;
        regionSeen = true;
        const QString name = row.at(type).trimmed();
        const std::optional<double> price = csvNumber(row.at(priceCol));
        const std::optional<double> gpus = csvNumber(row.at(count));
        if (name.isEmpty()) {
            skip(r, line + QStringLiteral(": no InstanceType"));
            continue;
        }
        if (const QString fault = catalogNameFault(name); !fault.isEmpty()) {
            skip(r, line + QStringLiteral(": InstanceType \"%1\" %2").arg(printableCatalogText(name), fault));
            continue;
        }
        if (!price || *price < 0) {
            skip(r, line + QStringLiteral(" (%1): Price \"%2\" is not a price >= 0").arg(name, row.at(priceCol)));
            continue;
        }
        if (*price > kMaxCatalogPrice) {
            skip(r, line + QStringLiteral(" (%1): Price %2 is above the limit of %3 per hour").arg(name, row.at(priceCol).trimmed()).arg(QString::number(kMaxCatalogPrice, 'f', 0)));
            continue;
        }
        double spotPrice = -1; // none, or not a price
        if (spot >= 0)
            spotPrice = csvNumber(row.at(spot)).value_or(-1);
        if (spotPrice > kMaxCatalogPrice) {
            skip(r, line + QStringLiteral(" (%1): SpotPrice %2 is above the limit of %3 per hour").arg(name, row.at(spot).trimmed()).arg(QString::number(kMaxCatalogPrice, 'f', 0)));
            continue;
        }
        if (!gpus || *gpus < 1 || *gpus > 1024) {
            skip(r, line + QStringLiteral(" (%1): AcceleratorCount \"%2\" is not a count >= 1").arg(name, row.at(count)));
            continue;
        }
        Best &b = best[name];
        if (b.found && b.entry.costPerHour <= *price)
            continue;
        if (!b.found)
            order.append(name);
        CatalogEntry &e = b.entry;
        b.found = true;
        e.kind = CatalogKind::Gpu;
        e.name = name;
        e.provider = options.provider;
        e.source = options.provider.isEmpty() ? QStringLiteral("SkyPilot catalog (vms.csv)")
                                              : QStringLiteral("SkyPilot catalog (%1 vms.csv)").arg(options.provider);
        e.asOf = options.asOf;
        e.costPerHour = *price;
        e.gpus = *gpus;
        e.region = printableCatalogText(row.at(region).trimmed());
        e.note = QStringLiteral("%1x %2").arg(*gpus).arg(printableCatalogText(accelerator));
        e.spotPricePerHour.reset();
        if (spotPrice >= 0)
            e.spotPricePerHour = spotPrice;
        e.gpuMemoryGb = info >= 0 ? gpuInfoMemoryGb(row.at(info), *gpus) : 0;
        if (e.gpuMemoryGb <= 0)
            e.gpuMemoryGb = knownGpuMemoryGb(accelerator);
    }
    if (!regionSeen) {
        r.error = QStringLiteral("no GPU instance in region \"%1\"").arg(options.region);
        return r;
    }
    for (const QString &name : std::as_const(order))
        r.entries.append(best.value(name).entry);
    if (r.entries.isEmpty() && r.skipped == 0)
        r.error = QStringLiteral("no GPU instances (rows with an AcceleratorName) found");
    return r;
}

ImportResult importPriceFile(const QString &path, ImportOptions options)
{
    ImportResult r;
    const QFileInfo info(path);
    if (!info.exists()) {
        r.error = QStringLiteral("%1: no such file").arg(QDir::toNativeSeparators(path));
        return r;
    }
    if (const Result<void> fit = checkInputFile(path); !fit) {
        r.error = QStringLiteral("%1 %2").arg(QDir::toNativeSeparators(path), fit.error());
        return r;
    }
    if (info.size() > kMaxImportBytes) {
        r.error = QStringLiteral("%1 is %2; price files above %3 are refused")
                      .arg(QDir::toNativeSeparators(path), byteSizeText(info.size()), byteSizeText(kMaxImportBytes));
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return r;
    }
    const QByteArray bytes = file.readAll();
    if (const QString fault = unicodeEncodingFault(bytes); !fault.isEmpty()) {
        r.error = QStringLiteral("%1 %2").arg(QDir::toNativeSeparators(path), fault);
        return r;
    }
    if (options.asOf.isEmpty())
        options.asOf = info.lastModified().date().toString(Qt::ISODate);
    qsizetype first = utf8BomLength(bytes); // a byte-order mark is accepted (Qt's parsers skip it)
    while (first < bytes.size() && QChar::isSpace(uchar(bytes.at(first))))
        ++first;
    if (first < bytes.size() && bytes.at(first) == '{')
        return importLiteLlmJson(bytes, options);
    const QByteArray rest = bytes.mid(first);
    const QByteArray headerLine = rest.left(rest.indexOf('\n'));
    if (headerLine.contains("InstanceType") && headerLine.contains("Price")) {
        if (options.provider.isEmpty()) {
            static const QStringList clouds = {QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure"),
                                               QStringLiteral("lambda"), QStringLiteral("oci"), QStringLiteral("runpod"),
                                               QStringLiteral("fluidstack"), QStringLiteral("paperspace"), QStringLiteral("cudo"),
                                               QStringLiteral("ibm"), QStringLiteral("scp"), QStringLiteral("vast")};
            const QString folder = info.absoluteDir().dirName().toLower();
            if (clouds.contains(folder))
                options.provider = folder.size() <= 3 ? folder.toUpper() : folder.at(0).toUpper() + folder.mid(1);
        }
        return importSkyPilotCsv(bytes, options);
    }
    r.error = QStringLiteral("%1 is neither a LiteLLM price JSON nor a GPU price CSV in SkyPilot's vms.csv layout")
                  .arg(QDir::toNativeSeparators(path));
    return r;
}

} // namespace ftroi
