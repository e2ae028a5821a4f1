// UncertaintyController: quick estimate, then the full sample count, on the analysis runner.
#include "ui/analysis/uncertaintycontroller.h"

#include "ui/analysis/analysisrunner.h"
#include "ui/document/document.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace ftroi {

UncertaintyController::UncertaintyController(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_runner(new AnalysisRunner(this))
{
    connect(document, &Document::currentScenarioChanged, this, &UncertaintyController::schedule);
    schedule();
}

void UncertaintyController::schedule()
{
    const int index = m_document->currentIndex();
    if (index < 0 || index >= m_document->scenarioCount() || !hasRanges(m_document->scenario(index))) {
        m_runner->cancel();
        if (!m_snapshot.isEmpty()) {
            m_snapshot = {};
            Q_EMIT updated();
        }
        return;
    }
    const Scenario &s = m_document->scenario(index);
    const std::int64_t full = requestedSamples(s);
    submit(s, index, std::min(full, kQuickSamples), full > kQuickSamples);
}

void UncertaintyController::submit(const Scenario &s, int index, std::int64_t samples, bool refine)
{
    // One core stays with the GUI thread, so the slider keeps its pace while the refinement runs.
    const int threads = std::max(1, QThread::idealThreadCount() - 1);
    // The run polls its cancel check once as it begins each chunk of samples: counting the polls is its progress.
    auto chunks = std::make_shared<std::atomic<std::int64_t>>(0);
    const bool refinement = !refine && samples > kQuickSamples;
    m_chunksBegun = refinement ? chunks : nullptr;
    m_refining = refinement ? samples : 0;
    m_runner->submit<UncertaintySnapshot>(
        [s, index, samples, threads, chunks](const AnalysisRunner::CancelCheck &cancelled) {
            return runUncertainty(s, index, samples, threads, [&cancelled, &chunks] {
                chunks->fetch_add(1, std::memory_order_relaxed);
                return cancelled();
            });
        },
        [this, s, index, refine](UncertaintySnapshot snap) {
            if (snap.result.cancelled)
                return;
            if (!refine) {
                m_chunksBegun.reset();
                m_refining = 0;
            }
            m_snapshot = std::move(snap);
            Q_EMIT updated();
            if (refine)
                submit(s, index, requestedSamples(s), false);
        });
}

double UncertaintyController::refineProgress() const
{
    if (!m_chunksBegun || m_refining <= 0)
        return -1;
    const double begun = double(m_chunksBegun->load(std::memory_order_relaxed)) * kSamplesPerChunk;
    return std::clamp(begun / double(m_refining), 0.0, 1.0);
}

void UncertaintyController::stopRefining()
{
    if (!m_chunksBegun)
        return;
    m_runner->cancel();
    m_chunksBegun.reset();
    m_refining = 0;
    // The quick estimate is what there is: it says so by its own sample count.
    m_snapshot.requested = m_snapshot.result.samples;
    m_snapshot.refined = true;
    m_snapshot.stopped = true;
    Q_EMIT updated();
}

void UncertaintyController::waitUntilRefined()
{
    // Each round delivers one result, which may submit the refinement; two rounds suffice,
    // a few more cover results still queued from superseded requests.
    for (int round = 0; round < 8; ++round) {
        m_runner->waitForDone();
        QCoreApplication::processEvents();
        if (m_runner->isIdle() && (m_snapshot.isEmpty() || m_snapshot.refined))
            return;
    }
}

} // namespace ftroi
