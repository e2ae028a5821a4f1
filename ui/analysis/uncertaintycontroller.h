// Keeps the current scenario's Monte Carlo up to date while it is edited:
// every change first gets a quick estimate (kQuickSamples, 10,000), then the
// document's full sample count is refined in the background. Both run on an
// AnalysisRunner, so a newer edit supersedes (and cancels) older runs and a
// slider step never waits. The results panel, the Uncertainty tab and the
// cash-flow band read the latest snapshot when `updated` fires. A long
// refinement reports how far it got (refineProgress) and can be stopped,
// keeping the quick estimate.
#pragma once

#include "ui/data/uncertaintysnapshot.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace ftroi {

class AnalysisRunner;
class Document;

class UncertaintyController : public QObject
{
    Q_OBJECT

public:
    explicit UncertaintyController(Document *document, QObject *parent = nullptr);

    const UncertaintySnapshot &snapshot() const { return m_snapshot; }
    AnalysisRunner *runner() const { return m_runner; }
    // Blocks until the newest request (including its refinement) is delivered (tests, benchmarks).
    void waitUntilRefined();
    // The share of the running refinement's samples begun (0..1), or -1 when none runs.
    double refineProgress() const;
    // Stops the running refinement; the quick estimate stays, as all there is
    // (the next change of the scenario starts over).
    void stopRefining();

Q_SIGNALS:
    // A new snapshot (quick or refined), or an empty one when the scenario has no ranges.
    void updated();

private:
    void schedule();
    void submit(const Scenario &s, int index, std::int64_t samples, bool refine);

    Document *m_document;
    AnalysisRunner *m_runner;
    UncertaintySnapshot m_snapshot;
    // The running refinement: chunks of samples begun, and how many samples it takes.
    std::shared_ptr<std::atomic<std::int64_t>> m_chunksBegun;
    std::int64_t m_refining = 0;
};

} // namespace ftroi
