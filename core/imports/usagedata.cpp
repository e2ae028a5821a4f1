// Gathering a usage export's records (see usagedata.h).
#include "core/imports/usagedata.h"

#include "core/imports/usagevalues.h"

namespace ftroi::usage {

QString kindCode(UsageKind kind)
{
    switch (kind) {
    case UsageKind::OpenAiUsage: return QStringLiteral("openai_usage");
    case UsageKind::LiteLlmSpendLogs: return QStringLiteral("litellm_spend_logs");
    case UsageKind::LiteLlmDaily: return QStringLiteral("litellm_daily");
    case UsageKind::Helicone: return QStringLiteral("helicone");
    case UsageKind::Csv: return QStringLiteral("csv");
    }
    return QString();
}

ModelTotals &UsageData::model(std::string_view name, bool named)
{
    m_key.assign(named ? "n" : "-"); // reused: no allocation per row
    m_key.append(name.data(), name.size());
    const auto it = m_index.find(m_key);
    if (it != m_index.end())
        return models[it->second];
    ModelTotals m;
    m.name = named ? QString::fromUtf8(name.data(), qsizetype(name.size())) : QString();
    m.named = named;
    models.push_back(std::move(m));
    m_index.emplace(m_key, models.size() - 1);
    return models.back();
}

void UsageData::addTimed(ModelTotals &m, int64_t time, double tokens)
{
    const int64_t day = dayAt(time, bucketed ? 0 : tzOffset); // buckets count UTC days (reading 8)
    m.firstDay = std::min(m.firstDay, day);
    m.lastDay = std::max(m.lastDay, day);
    m.dayTokens[day] += tokens;
    m.hourTokens[size_t(hourAt(time, tzOffset))] += tokens;
}

} // namespace ftroi::usage
