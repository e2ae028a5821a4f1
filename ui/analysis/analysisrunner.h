// Runs heavy analysis (the two-way grid, later the Monte Carlo) off the GUI
// thread. Each submit() supersedes every earlier request of the same runner:
// stale work that has not started is skipped, work that is running can poll
// its cancel check and stop early, and a superseded result is never
// delivered. Results arrive on the runner's own thread (the GUI thread) as a
// queued call, so a slider step never waits for the analysis.
#pragma once

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace ftroi {

// How much nicer analysis threads are than the GUI thread (Linux): a thread
// 10 steps nicer gets about a tenth of the GUI's share of a core both want.
inline constexpr int kAnalysisNiceness = 10;

class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    // True once a newer request superseded this one (or the runner is gone).
    using CancelCheck = std::function<bool()>;

    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    // Runs `work` on a worker thread, then `deliver(result)` on this object's
    // thread unless a newer submit() or cancel() came in between. Returns the
    // request's generation.
    template <typename Result>
    quint64 submit(std::function<Result(const CancelCheck &)> work, std::function<void(Result)> deliver)
    {
        const quint64 generation = ++m_state->generation;
        const std::shared_ptr<State> state = m_state;
        QPointer<AnalysisRunner> self(this);
        start([state, generation, self, work = std::move(work), deliver = std::move(deliver)] {
            const CancelCheck cancelled = [state, generation] { return state->generation.load() != generation; };
            if (cancelled())
                return; // superseded before it started
            auto result = std::make_shared<Result>(work(cancelled));
            if (cancelled())
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, state, generation, result, deliver] {
                    if (!self || state->generation.load() != generation)
                        return; // a newer request came in while this one was queued
                    state->delivered = generation;
                    deliver(std::move(*result));
                    Q_EMIT self->delivered(generation);
                },
                Qt::QueuedConnection);
        });
        return generation;
    }

    // Supersedes every pending request without starting a new one.
    void cancel() { ++m_state->generation; }
    quint64 generation() const { return m_state->generation.load(); }
    // The generation of the last result delivered (0: none yet).
    quint64 deliveredGeneration() const { return m_state->delivered; }
    // Whether the newest request's result has been delivered.
    bool isIdle() const { return m_state->delivered == m_state->generation.load(); }
    // Blocks until no work is running (tests, shutdown).
    void waitForDone();

Q_SIGNALS:
    void delivered(quint64 generation);

private:
    struct State {
        std::atomic<quint64> generation{0};
        quint64 delivered = 0; // GUI thread only
    };
    void start(std::function<void()> task);

    std::shared_ptr<State> m_state = std::make_shared<State>();
    QThreadPool m_pool;
};

} // namespace ftroi
