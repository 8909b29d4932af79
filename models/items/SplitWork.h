#pragma once

#include <cstddef>
#include <functional>
#include <vector>

// Runs a scan over [0, count) in two halves at once: the second on a thread kept for it, the
// first on the calling thread, and returns when both are done. Small counts, and machines
// with one core, run both halves here. `work(part, begin, end)` must only write what its own
// half owns. Used by UserFilter, whose scans of a million rows take longer than a frame on
// one core.
namespace SplitWork {

inline constexpr size_t MinimumSplit = 65536; // rows below which one thread is faster

void inTwo(size_t count, const std::function<void(int part, size_t begin, size_t end)> &work);

// The same for a scan that collects rows: `work(part, begin, end)` writes the rows it keeps into
// `out` from index `begin` on (each half within its own range) and returns how many; the second
// half's then follow the first's, and `out` is cut to them all. `out` holds at least `count`.
void collectInTwo(size_t count, std::vector<int> &out,
                  const std::function<size_t(int part, size_t begin, size_t end)> &work);

} // namespace SplitWork
