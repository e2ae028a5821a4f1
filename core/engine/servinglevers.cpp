// Serving levers: the serving cost evaluated with the levers applied one by one.
#include "core/engine/servinglevers.h"

#include "core/engine/costengine.h"

namespace ftroi {

namespace {

double servingCost(const Scenario &s)
{
    EvaluateOptions options;
    options.breakEvens = false;
    return evaluate(s, options).monthlyServingCost;
}

// Applies one lever of `from` to `to`.
void apply(ServingLever lever, const Scenario &from, Scenario &to)
{
    switch (lever) {
    case ServingLever::TrafficShape:
        to.workload.peakHoursPerDay = from.workload.peakHoursPerDay;
        to.workload.peakTrafficShare = from.workload.peakTrafficShare;
        break;
    case ServingLever::Autoscaling:
        to.selfHosted.autoscaling = from.selfHosted.autoscaling;
        to.selfHosted.minInstances = from.selfHosted.minInstances;
        break;
    case ServingLever::Engine:
        to.selfHosted.speedup.engine = from.selfHosted.speedup.engine;
        break;
    case ServingLever::Quantization:
        to.selfHosted.speedup.quantization = from.selfHosted.speedup.quantization;
        break;
    case ServingLever::SpeculativeDecoding:
        to.selfHosted.speedup.speculativeDecoding = from.selfHosted.speedup.speculativeDecoding;
        break;
    }
}

} // namespace

QList<ServingLever> usedServingLevers(const Scenario &s)
{
    QList<ServingLever> used;
    if (s.workload.peakHoursPerDay < 24)
        used << ServingLever::TrafficShape;
    if (s.selfHosted.autoscaling)
        used << ServingLever::Autoscaling;
    if (s.selfHosted.speedup.engine != 1)
        used << ServingLever::Engine;
    if (s.selfHosted.speedup.quantization != 1)
        used << ServingLever::Quantization;
    if (s.selfHosted.speedup.speculativeDecoding != 1)
        used << ServingLever::SpeculativeDecoding;
    return used;
}

ServingLevers servingLevers(const Scenario &s)
{
    Scenario stage = s;
    stage.workload.peakHoursPerDay = 24;
    stage.workload.peakTrafficShare = 1;
    stage.selfHosted.autoscaling = false;
    stage.selfHosted.minInstances = 0;
    stage.selfHosted.precision = Precision::Bf16;
    stage.selfHosted.speedup = Speedup{};
    stage.managed.reset(); // not part of serving; spares its evaluation
    stage.uncertainty.reset();

    ServingLevers levers;
    levers.withoutLevers = servingCost(stage);
    double current = levers.withoutLevers;
    const QList<ServingLever> used = usedServingLevers(s);
    for (qsizetype i = 0; i < used.size(); ++i) {
        apply(used.at(i), s, stage);
        ServingLeverStep step{used.at(i), current, 0};
        // The last step ends exactly where the scenario's own evaluation does.
        step.after = i + 1 == used.size() ? servingCost(s) : servingCost(stage);
        levers.steps.append(step);
        current = step.after;
    }
    levers.today = used.isEmpty() ? servingCost(s) : current;
    return levers;
}

QString servingLeverName(ServingLever lever)
{
    switch (lever) {
    case ServingLever::TrafficShape:
        return QStringLiteral("Traffic-shaped fleet");
    case ServingLever::Autoscaling:
        return QStringLiteral("Autoscaling");
    case ServingLever::Engine:
        return QStringLiteral("Engine");
    case ServingLever::Quantization:
        return QStringLiteral("Quantization");
    case ServingLever::SpeculativeDecoding:
        return QStringLiteral("Speculative decoding");
    }
    return QString();
}

} // namespace ftroi
