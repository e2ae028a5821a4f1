// Keeps the current scenario's Monte Carlo up to date while it is edited:
// every change first gets a quick estimate (a few thousand samples), then the
// document's full sample count is refined in the background. Both run on an
// AnalysisRunner, so a newer edit supersedes (and cancels) older runs and a
// slider step never waits. The results panel, the Uncertainty tab and the
// cash-flow band read the latest snapshot when `updated` fires.
#pragma once

#include "core/analysis/montecarlo.h"

#include <QObject>

namespace ftroi {

class AnalysisRunner;
class Document;

// The samples of the first, quick estimate after each change.
inline constexpr std::int64_t kQuickSamples = 2000;
// Histogram bins of the live snapshot.
inline constexpr int kHistogramBins = 40;
// Samples feeding the cash-flow band: enough for a smooth P10/P90.
inline constexpr std::int64_t kBandSamples = 4000;

struct UncertaintySnapshot {
    int scenario = -1;            // -1: nothing computed (no ranges)
    std::int64_t requested = 0;   // the document's sample count
    bool refined = false;         // false: the quick estimate, the full count is still running
    SimulationResult result;
    SimulationDetail detail;
    bool isEmpty() const { return scenario < 0; }
};

// The run that the app makes of a scenario (bins, band), with `samples` samples:
// what the Uncertainty tab and its export show.
UncertaintySnapshot runUncertainty(const Scenario &s, int index, std::int64_t samples, int threads,
                                   const std::function<bool()> &cancelled);
// Whether the scenario has at least one range to sample.
bool hasRanges(const Scenario &s);
// The samples and seed a scenario asks for (the format's defaults without them).
std::int64_t requestedSamples(const Scenario &s);

class UncertaintyController : public QObject
{
    Q_OBJECT

public:
    explicit UncertaintyController(Document *document, QObject *parent = nullptr);

    const UncertaintySnapshot &snapshot() const { return m_snapshot; }
    AnalysisRunner *runner() const { return m_runner; }
    // Blocks until the newest request (including its refinement) is delivered (tests, benchmarks).
    void waitUntilRefined();

Q_SIGNALS:
    // A new snapshot (quick or refined), or an empty one when the scenario has no ranges.
    void updated();

private:
    void schedule();
    void submit(const Scenario &s, int index, std::int64_t samples, bool refine);

    Document *m_document;
    AnalysisRunner *m_runner;
    UncertaintySnapshot m_snapshot;
};

} // namespace ftroi
