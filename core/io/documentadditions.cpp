// Reading and writing price_source and the training estimate's choice and MFU.
#include "core/io/documentadditions.h"

#include "core/model/inputschema.h"

#include <cmath>

namespace ftroi {

namespace {

const QString kPriceSource = QStringLiteral("price_source");

// Returns the refusal or an empty string.
QString readPriceSource(const QJsonObject &parent, const QString &path, std::optional<PriceSource> &out)
{
    out.reset();
    const QJsonValue v = parent.value(kPriceSource);
    if (v.isUndefined())
        return QString();
    const QString at = path + QLatin1Char('.') + kPriceSource;
    if (!v.isObject())
        return at + QStringLiteral(": expected an object with \"name\" and \"as_of\"");
    const QJsonObject o = v.toObject();
    PriceSource source;
    for (const char *key : {"name", "source", "as_of"}) {
        const QJsonValue field = o.value(QLatin1String(key));
        if (field.isUndefined() && qstrcmp(key, "source") == 0)
            continue;
        if (!field.isString())
            return at + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(": expected text");
        if (field.toString().size() > 500)
            return at + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(": longer than 500 characters");
    }
    source.name = o.value(QStringLiteral("name")).toString();
    source.source = o.value(QStringLiteral("source")).toString();
    source.asOf = o.value(QStringLiteral("as_of")).toString();
    if (source.name.trimmed().isEmpty())
        return at + QStringLiteral(".name: must name the catalog entry");
    out = source;
    return QString();
}

QString readTrainingAdditions(const QJsonObject &training, const QString &path, TrainingSpec &spec)
{
    const QJsonValue estimate = training.value(QStringLiteral("estimate"));
    if (!estimate.isUndefined()) {
        const std::optional<TrainingEstimateKind> kind = trainingEstimateFromCode(estimate.toString());
        if (!estimate.isString() || !kind)
            return path + QStringLiteral(".estimate: expected \"seed\" or \"flops\"");
        spec.estimate = *kind;
    }
    const QJsonValue mfu = training.value(QStringLiteral("mfu"));
    if (!mfu.isUndefined()) {
        const double d = mfu.toDouble(-1);
        if (!mfu.isDouble() || !std::isfinite(d) || !inputSpec("project.training.mfu").domain.contains(d))
            return path + QStringLiteral(".mfu: expected a number in (0, 1], at least %1").arg(kSmallestPositive);
        spec.mfu = d;
    }
    return QString();
}

} // namespace

QString trainingEstimateCode(TrainingEstimateKind kind)
{
    return kind == TrainingEstimateKind::Flops ? QStringLiteral("flops") : QStringLiteral("seed");
}

std::optional<TrainingEstimateKind> trainingEstimateFromCode(const QString &code)
{
    if (code == QLatin1String("seed"))
        return TrainingEstimateKind::Seed;
    if (code == QLatin1String("flops"))
        return TrainingEstimateKind::Flops;
    return std::nullopt;
}

QString readCatalogAdditions(const QJsonObject &scenario, const QString &path, Scenario &s)
{
    const auto at = [&](const char *key) { return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key); };
    QString why = readPriceSource(scenario.value(QStringLiteral("api")).toObject(), at("api"), s.api.priceSource);
    if (why.isEmpty())
        why = readPriceSource(scenario.value(QStringLiteral("self_hosted")).toObject(), at("self_hosted"), s.selfHosted.priceSource);
    if (why.isEmpty() && s.managed)
        why = readPriceSource(scenario.value(QStringLiteral("managed")).toObject(), at("managed"), s.managed->priceSource);
    if (why.isEmpty() && s.project.training)
        why = readTrainingAdditions(scenario.value(QStringLiteral("project")).toObject().value(QStringLiteral("training")).toObject(),
                                    at("project") + QStringLiteral(".training"), *s.project.training);
    return why;
}

void putPriceSource(QJsonObject &object, const std::optional<PriceSource> &source)
{
    if (!source) {
        object.remove(kPriceSource);
        return;
    }
    QJsonObject o;
    o.insert(QStringLiteral("name"), source->name);
    if (!source->source.isEmpty())
        o.insert(QStringLiteral("source"), source->source);
    o.insert(QStringLiteral("as_of"), source->asOf);
    object.insert(kPriceSource, o);
}

void putTrainingAdditions(QJsonObject &training, const TrainingSpec &spec)
{
    if (spec.estimate != TrainingEstimateKind::Seed || training.contains(QStringLiteral("estimate")))
        training.insert(QStringLiteral("estimate"), trainingEstimateCode(spec.estimate));
    if (spec.mfu != 0.4 || training.contains(QStringLiteral("mfu")))
        training.insert(QStringLiteral("mfu"), spec.mfu);
}

} // namespace ftroi
