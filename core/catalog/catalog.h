// The price catalog: API models, GPU instances and managed fine-tuning
// providers, each with who publishes the price (`source`) and when it held
// (`as_of`). The bundled resources/catalog.json is merged with the user's
// imported catalog (usercatalog.h); entries of the same kind and name in the
// user catalog replace the bundled ones.
#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ftroi {

enum class CatalogKind { Api, Gpu, Managed };

// The largest price an entry may have: per 1M tokens (API, managed) or per
// hour (GPU instances); imports refuse a row above it, naming it.
inline constexpr double kMaxCatalogPrice = 1e6;
// The longest entry name; a name must not be blank nor hold a control character.
inline constexpr int kMaxCatalogNameLength = 200;
// Why `name` cannot name an entry ("is empty", "has a control character (U+0007)"), or empty.
QString catalogNameFault(const QString &name);
// `text` with each control character written as \uXXXX, for messages and listings.
QString printableCatalogText(const QString &text);

QString catalogKindCode(CatalogKind kind);
std::optional<CatalogKind> catalogKindFromCode(const QString &code);

// One priced entry. Which prices apply depends on `kind`.
struct CatalogEntry {
    CatalogKind kind = CatalogKind::Api;
    QString name;
    QString provider;
    QString source;   // who publishes the price ("OpenAI pricing page")
    QString asOf;     // YYYY-MM-DD, YYYY-MM or YYYY
    QString note;
    bool seed = false; // one of the seed article's (2024) figures

    // api and managed: prices per 1M tokens (of the fine-tuned model for managed)
    double inputPricePer1M = 0;
    double outputPricePer1M = 0;
    std::optional<double> cachedInputPricePer1M;
    std::optional<double> batchDiscount; // e.g. 0.5 for a 50 % batch API
    // managed
    double trainingPricePer1MTokens = 0;
    double hostingCostPerHour = 0;
    // gpu: the whole instance
    double costPerHour = 0;
    std::optional<double> spotPricePerHour;
    double gpus = 1;
    double gpuMemoryGb = 0; // per GPU
    std::optional<double> peakBf16Tflops; // per GPU, dense
    QString peakSource;
    QString trainingGpu; // the training-estimate GPU code this instance prices ("a10g", ...)
    QString region;
    QList<std::pair<double, double>> throughputByModelSize; // (model B, tokens/s), the seed's

    // The seed's serving throughput for this model size, when it gives one.
    std::optional<double> throughputFor(double modelSizeB) const;
    // A throughput for any model size: the seed's figure for that size, else the
    // figure of the nearest listed size scaled by listed size / this size
    // (generation is bound by reading the weights). `fromSizeB` says which
    // figure it came from; nullopt only when the entry lists none.
    struct ThroughputEstimate {
        double tokensPerSecond = 0;
        double fromSizeB = 0;
        bool exact = false;
        QString fromInstance; // set when scaled from another entry's figure by peak TFLOPS
    };
    std::optional<ThroughputEstimate> throughputEstimateFor(double modelSizeB) const;
};

// Kept for the form's code: the catalog's entries of one kind.
using ApiModelPreset = CatalogEntry;
using InstancePreset = CatalogEntry;

struct Catalog {
    QList<CatalogEntry> apiModels;
    QList<CatalogEntry> instances;
    QList<CatalogEntry> managed;

    const CatalogEntry *apiModel(const QString &name) const;
    const CatalogEntry *instance(const QString &name) const;
    const CatalogEntry *managedProvider(const QString &name) const;
    const CatalogEntry *find(CatalogKind kind, const QString &name) const;
    QList<CatalogEntry> all() const; // api, gpu, managed
    // `gpu`'s own throughput estimate; for an entry without figures, the first
    // instance with figures and a peak, scaled by (peak x GPUs) of the two.
    std::optional<CatalogEntry::ThroughputEstimate> servingThroughputEstimate(const CatalogEntry &gpu,
                                                                              double modelSizeB) const;
    void add(const CatalogEntry &entry); // replaces an entry of the same kind and name
    int size() const { return int(apiModels.size() + instances.size() + managed.size()); }

private:
    // Positions by name, kept by add(); a list changed by hand is searched in full.
    QHash<QString, qsizetype> m_index[3];
};

struct UserCatalog;

// The merged catalog (bundled + user). Reloaded by reloadCatalog().
const Catalog &catalog();
// Re-reads the user catalog and merges it over the bundled one; returns a
// message when the user catalog had to be set aside, else an empty string.
QString reloadCatalog();
// The same with a user catalog already read (loadUserCatalog(), any thread):
// only the merge runs here, on the thread that reads catalog().
QString reloadCatalog(const UserCatalog &user);
// Increases with every reload (views refill their presets when it changes).
int catalogRevision();
// The bundled catalog alone (parsed once, thread-safe).
const Catalog &bundledCatalog();

// Parses a catalog document ({"entries": [...]}); entries that do not parse are
// skipped (their reasons in `errors` when given).
Catalog parseCatalog(const QByteArray &json, QStringList *errors = nullptr);
// One entry from its JSON object; nullopt with a reason on a missing or bad value.
std::optional<CatalogEntry> entryFromJson(const QJsonObject &object, QString *error);
QJsonObject entryToJson(const CatalogEntry &entry);

// Staleness: an entry is stale when its as_of is more than `maxAgeDays` before
// `today`, or when it has no readable date.
inline constexpr int kStaleAfterDays = 180;
std::optional<QDate> asOfDate(const QString &asOf);
bool isStale(const CatalogEntry &entry, const QDate &today, int maxAgeDays = kStaleAfterDays);

} // namespace ftroi
