// The heights of a wrapped text at the last few widths a layout asked about,
// for widgets whose heightForWidth() would otherwise lay the text out again
// on every call (a layout pass asks several times). Cleared when the text,
// font or style changes.
#pragma once

#include <array>
#include <cstddef>

namespace ftroi {

class HeightCache
{
public:
    // The height at `width`, from `compute(width)` the first time.
    template <typename Compute>
    int heightFor(int width, Compute compute)
    {
        for (const Entry &entry : m_entries)
            if (entry.width == width)
                return entry.height;
        const int height = compute(width);
        m_entries[m_next] = {width, height};
        m_next = (m_next + 1) % m_entries.size();
        return height;
    }
    void clear() { m_entries.fill(Entry{}); }

private:
    struct Entry {
        int width = -1;
        int height = 0;
    };
    std::array<Entry, 4> m_entries{};
    std::size_t m_next = 0;
};

} // namespace ftroi
