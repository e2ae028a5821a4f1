// The format-3 inputs of the input table (see inputschema.h): memory fit and
// the decision rules.
#include "core/model/inputschematable.h"

#include <QtGlobal>

#include <iterator>

namespace ftroi {

namespace {

using U = InputUnit;

constexpr InputDomain kCloseCallProbabilityDomain{0.5, 1, false, false};

constexpr std::optional<double> DecisionRules::*kNpvMargin = &DecisionRules::closeCallNpvMargin;
constexpr std::optional<double> DecisionRules::*kProbability = &DecisionRules::closeCallProbability;

template<std::optional<double> DecisionRules::*Member>
std::optional<double> storedRule(const Scenario &s)
{
    return s.decisionRules ? (*s.decisionRules).*Member : std::nullopt;
}

template<std::optional<double> DecisionRules::*Member>
void setStoredRule(Scenario &s, std::optional<double> v)
{
    if (!s.decisionRules)
        s.decisionRules = DecisionRules{};
    (*s.decisionRules).*Member = v;
}

template<std::optional<double> DecisionRules::*Member>
void setRule(Scenario &s, double v)
{
    setStoredRule<Member>(s, v);
}

// path, domain, unit,
//   label, form label, form unit, table label, description,
//   decimals, display scale, empty means, flags, sensitivity order,
//   available, value, set value, stored, set stored
const InputSpec kFormat3Specs[] = {
    {"self_hosted.gpu_memory_gb", kPositiveDomain, U::Gigabytes,
     QT_TRANSLATE_NOOP("Input", "Instance GPU memory"), QT_TRANSLATE_NOOP("Input", "GPU memory"),
     QT_TRANSLATE_NOOP("Input", "GB per instance"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the memory of one serving instance, all its GPUs together"),
     0, 1, QT_TRANSLATE_NOOP("Input", "no memory check"), kFormOnly, 0, nullptr,
     FTROI_OPTIONAL(selfHosted.gpuMemoryGb, 0.0)},
    {"decision_rules.close_call_npv_margin", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Close-call NPV margin"), QT_TRANSLATE_NOOP("Input", "Close call below"),
     QT_TRANSLATE_NOOP("Input", "% NPV lead"), nullptr,
     QT_TRANSLATE_NOOP("Input", "a best path that leads the runner-up by less than this share of the larger NPV or "
                                "project cost is a close call"),
     1, 100, QT_TRANSLATE_NOOP("Input", "10 %"), kFormOnly, 0, nullptr,
     [](const Scenario &s) -> double { return storedRule<kNpvMargin>(s).value_or(kDefaultCloseCallNpvMargin); },
     setRule<kNpvMargin>, storedRule<kNpvMargin>, setStoredRule<kNpvMargin>},
    {"decision_rules.close_call_probability", kCloseCallProbabilityDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Close-call probability"), QT_TRANSLATE_NOOP("Input", "Close call if best in under"),
     QT_TRANSLATE_NOOP("Input", "% of samples"), nullptr,
     QT_TRANSLATE_NOOP("Input", "with ranges: a best path that is best in fewer samples than this is a close call"),
     0, 100, QT_TRANSLATE_NOOP("Input", "70 %"), kFormOnly, 0, nullptr,
     [](const Scenario &s) -> double { return storedRule<kProbability>(s).value_or(kDefaultCloseCallProbability); },
     setRule<kProbability>, storedRule<kProbability>, setStoredRule<kProbability>},
};

} // namespace

const InputSpec *format3InputsBegin() { return std::begin(kFormat3Specs); }
const InputSpec *format3InputsEnd() { return std::end(kFormat3Specs); }

} // namespace ftroi
