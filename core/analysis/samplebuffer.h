// Memory for a Monte Carlo run's per-sample columns, kept for the next run.
// The app runs a Monte Carlo on every slider step: fresh memory would be
// faulted in page by page each time (a third of a 1M-sample run on a virtual
// machine). Freed buffers go back to a small process-wide pool (12 buffers,
// 64 MB at most: the columns of two 1M-sample runs; a full pool gives up
// smaller buffers for a larger one); large ones are 2 MB aligned with huge
// pages advised.
// Contents are not initialised: every sample writes its own.
#pragma once

#include <cstddef>

namespace ftroi {

class SampleBuffer
{
public:
    explicit SampleBuffer(size_t bytes);
    ~SampleBuffer();
    SampleBuffer(const SampleBuffer &) = delete;
    SampleBuffer &operator=(const SampleBuffer &) = delete;

    void *data() const { return m_data; }

private:
    void *m_data = nullptr;
    size_t m_capacity = 0;
};

// The bytes the pool keeps for the next runs.
size_t pooledSampleBufferBytes();

} // namespace ftroi
