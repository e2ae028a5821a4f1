// The pool behind SampleBuffer.
#include "core/analysis/samplebuffer.h"

#include "core/text/hugepages.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <new>
#include <vector>

namespace ftroi {

namespace {

constexpr size_t kHugePage = size_t(2) << 20;
constexpr size_t kMaxPooledBuffers = 12;
constexpr size_t kMaxPooledBytes = size_t(64) << 20; // two 1M-sample runs

struct Pooled {
    void *data;
    size_t capacity;
};

struct Pool {
    std::mutex mutex;
    std::vector<Pooled> free;
    size_t bytes = 0;

    ~Pool()
    {
        for (const Pooled &p : free)
            std::free(p.data);
    }
};

Pool &pool()
{
    static Pool instance;
    return instance;
}

} // namespace

SampleBuffer::SampleBuffer(size_t bytes)
{
    bytes = bytes == 0 ? 1 : bytes;
    {
        Pool &p = pool();
        const std::lock_guard<std::mutex> lock(p.mutex);
        // The smallest kept buffer that holds it.
        size_t best = p.free.size();
        for (size_t i = 0; i < p.free.size(); ++i)
            if (p.free[i].capacity >= bytes && (best == p.free.size() || p.free[i].capacity < p.free[best].capacity))
                best = i;
        if (best < p.free.size()) {
            m_data = p.free[best].data;
            m_capacity = p.free[best].capacity;
            p.bytes -= m_capacity;
            p.free.erase(p.free.begin() + std::ptrdiff_t(best));
            return;
        }
    }
    if (bytes >= 2 * kHugePage) {
        m_capacity = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        m_data = std::aligned_alloc(kHugePage, m_capacity);
        if (m_data)
            adviseHugePages(m_data, m_capacity);
    } else {
        m_capacity = (bytes + 63) / 64 * 64;
        m_data = std::aligned_alloc(64, m_capacity);
    }
    if (!m_data)
        throw std::bad_alloc();
}

SampleBuffer::~SampleBuffer()
{
    Pool &p = pool();
    std::vector<void *> evicted;
    bool kept = false;
    {
        const std::lock_guard<std::mutex> lock(p.mutex);
        // A full pool gives up its smaller buffers for a larger one: a small
        // buffer is faulted in again quickly, a large one is what a run of
        // many samples would wait for (100k-sample runs before a 1M one
        // would otherwise fill it).
        auto full = [&] { return p.free.size() >= kMaxPooledBuffers || p.bytes + m_capacity > kMaxPooledBytes; };
        while (full()) {
            const auto smallest = std::min_element(p.free.begin(), p.free.end(), [](const Pooled &a, const Pooled &b) {
                return a.capacity < b.capacity;
            });
            if (smallest == p.free.end() || smallest->capacity >= m_capacity)
                break;
            evicted.push_back(smallest->data);
            p.bytes -= smallest->capacity;
            p.free.erase(smallest);
        }
        if (!full()) {
            p.free.push_back({m_data, m_capacity});
            p.bytes += m_capacity;
            kept = true;
        }
    }
    for (void *data : evicted)
        std::free(data);
    if (!kept)
        std::free(m_data);
}

size_t pooledSampleBufferBytes()
{
    Pool &p = pool();
    const std::lock_guard<std::mutex> lock(p.mutex);
    return p.bytes;
}

} // namespace ftroi
