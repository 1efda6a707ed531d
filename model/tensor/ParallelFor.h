#pragma once

// The one way tensor work runs on several cores: a cancellable parallel-for, and the
// progress it reports. Used by statistics, diff and every other streaming path.

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <mutex>

namespace ckpt {

// Cancellation and progress of a job; the callback is called from worker threads, one at
// a time, and only when the done count moved.
struct WorkControl {
    const std::atomic_bool *cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// Counts units of work done and reports them through WorkControl::progress.
class Progress {
public:
    Progress(const WorkControl &control, qint64 total) : m_control(control), m_total(total) { }
    void advance(qint64 units);
    // Reports done == total (the job finished; some units may have had nothing to do).
    void finish();
    qint64 total() const { return m_total; }

private:
    const WorkControl &m_control;
    const qint64 m_total;
    std::atomic<qint64> m_done { 0 };
    std::mutex m_mutex;
    qint64 m_reported = -1;
};

// How many workers parallelFor() uses for `requested` (0: one per core).
int workerCount(int requested);

// Runs fn(item, worker) for every item in [0, n) on up to `threads` threads (0: one per
// core; the calling thread is worker 0), handing out items in order. Once `cancel` is
// set no further item starts. An exception thrown by fn stops the hand-out and is
// rethrown here after every worker has stopped. Returns false when cancelled.
bool parallelFor(qint64 n, int threads, const std::function<void(qint64 item, int worker)> &fn,
    const std::atomic_bool *cancel = nullptr);

} // namespace ckpt
