// The numeric input paths of a scenario: the schema's entries that the
// analyses vary, plus one input per engineering phase.
#include "core/model/inputpaths.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

const QString kProjectPhases = QString::fromLatin1(kProjectPhasePrefix.data(), qsizetype(kProjectPhasePrefix.size()));
const QString kManagedPhases = QString::fromLatin1(kManagedPhasePrefix.data(), qsizetype(kManagedPhasePrefix.size()));

bool isAnalysisInput(const InputSpec &spec)
{
    return !(spec.flags & kFormOnly);
}

QString pathText(const InputSpec &spec)
{
    return QString::fromLatin1(spec.path.data(), qsizetype(spec.path.size()));
}

} // namespace

double InputDomain::clamp(double v) const
{
    v = std::min({v, high, largest});
    if (!belowHigh(v))
        v = std::nextafter(high, low);
    if (!aboveLow(v))
        v = lowOpen ? std::nextafter(low, high) : low;
    if (tooSmall(v))
        v = smallest;
    return integer ? std::max(lowOpen ? low + 1 : low, std::round(v)) : v;
}

QString InputDomain::text() const
{
    const QString lo = QString::number(low, 'g', 15);
    QString text = high >= kMaxInputValue
                       ? (lowOpen ? QStringLiteral("> ") : QStringLiteral(">= ")) + lo
                       : QStringLiteral("%1%2, %3%4").arg(lowOpen ? QStringLiteral("(") : QStringLiteral("["), lo,
                                                           QString::number(high, 'g', 15),
                                                           highOpen ? QStringLiteral(")") : QStringLiteral("]"));
    if (lowOpen && smallest > low)
        text += QStringLiteral(", at least ") + QString::number(smallest, 'g', 15);
    if (largest < high)
        text += QStringLiteral(", at most ") + QString::number(largest, 'g', 15);
    return text;
}

QStringList numericInputPaths(const Scenario &s)
{
    QStringList paths;
    for (const InputSpec &spec : inputSpecs()) {
        if (!isAnalysisInput(spec) || !spec.isAvailable(s))
            continue;
        paths << pathText(spec);
        if (spec.path == "project.discount_rate_annual") // the project's phases follow the project's inputs
            for (const EngineeringPhase &p : s.project.engineeringHours)
                paths << kProjectPhases + p.name;
    }
    if (s.managed)
        for (const EngineeringPhase &p : s.managed->engineeringHours)
            paths << kManagedPhases + p.name;
    return paths;
}

std::optional<InputHandle> resolveInput(const Scenario &s, const QString &path)
{
    auto phaseIn = [&](const QList<EngineeringPhase> &phases, const QString &prefix,
                       bool managed) -> std::optional<InputHandle> {
        const QString name = path.mid(prefix.size());
        for (int i = 0; i < phases.size(); ++i)
            if (phases.at(i).name == name)
                return InputHandle{nullptr, i, managed, kNonNegativeDomain};
        return std::nullopt;
    };
    if (path.startsWith(kProjectPhases))
        return phaseIn(s.project.engineeringHours, kProjectPhases, false);
    if (path.startsWith(kManagedPhases))
        return s.managed ? phaseIn(s.managed->engineeringHours, kManagedPhases, true) : std::nullopt;
    const InputSpec *spec = findInputSpec(path);
    if (!spec || !isAnalysisInput(*spec) || !spec->isAvailable(s))
        return std::nullopt;
    return InputHandle{spec, -1, false, spec->domain};
}

double inputValue(const Scenario &s, const InputHandle &h)
{
    if (h.spec)
        return h.spec->value(s);
    return h.managedPhase ? s.managed->engineeringHours.at(h.phase).hours : s.project.engineeringHours.at(h.phase).hours;
}

void setInputValue(Scenario &s, const InputHandle &h, double value)
{
    if (h.spec)
        h.spec->setValue(s, value);
    else if (h.managedPhase)
        s.managed->engineeringHours[h.phase].hours = value;
    else
        s.project.engineeringHours[h.phase].hours = value;
}

double *inputField(Scenario &s, const InputHandle &h)
{
    return h.spec && h.spec->field ? h.spec->field(s) : nullptr;
}

QStringList defaultSensitivityInputs()
{
    std::vector<const InputSpec *> specs;
    for (const InputSpec &spec : inputSpecs())
        if (spec.sensitivityOrder > 0)
            specs.push_back(&spec);
    std::sort(specs.begin(), specs.end(),
              [](const InputSpec *a, const InputSpec *b) { return a->sensitivityOrder < b->sensitivityOrder; });
    QStringList paths;
    for (const InputSpec *spec : specs)
        paths << pathText(*spec);
    return paths;
}

} // namespace ftroi
