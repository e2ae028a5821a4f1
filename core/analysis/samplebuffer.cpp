// The pool behind SampleBuffer.
#include "core/analysis/samplebuffer.h"

#include "core/text/hugepages.h"

#include <cstdlib>
#include <mutex>
#include <new>
#include <vector>

namespace ftroi {

namespace {

constexpr size_t kHugePage = size_t(2) << 20;
constexpr size_t kMaxPooledBuffers = 8;
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
    {
        const std::lock_guard<std::mutex> lock(p.mutex);
        if (p.free.size() < kMaxPooledBuffers && p.bytes + m_capacity <= kMaxPooledBytes) {
            p.free.push_back({m_data, m_capacity});
            p.bytes += m_capacity;
            return;
        }
    }
    std::free(m_data);
}

} // namespace ftroi
