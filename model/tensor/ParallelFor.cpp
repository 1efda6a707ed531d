#include "model/tensor/ParallelFor.h"

#include <QThread>

#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

namespace ckpt {

void Progress::advance(qint64 units)
{
    const qint64 done = std::min(m_done.fetch_add(units, std::memory_order_relaxed) + units, m_total);
    if (!m_control.progress)
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (done > m_reported) {
        m_reported = done;
        m_control.progress(done, m_total);
    }
}

void Progress::finish()
{
    advance(std::max<qint64>(0, m_total - m_done.load()));
}

int workerCount(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

bool parallelFor(qint64 n, int threads, const std::function<void(qint64, int)> &fn, const std::atomic_bool *cancel)
{
    std::atomic<qint64> next { 0 };
    std::atomic_bool failed { false };
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto stop = [&] { return failed.load(std::memory_order_relaxed) || (cancel && cancel->load()); };
    auto work = [&](int worker) {
        for (qint64 i; !stop() && (i = next.fetch_add(1)) < n;) {
            try {
                fn(i, worker);
            } catch (...) {
                std::lock_guard<std::mutex> lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                failed = true;
            }
        }
    };
    const int extra = int(std::min<qint64>(workerCount(threads), n)) - 1;
    std::vector<std::thread> pool;
    pool.reserve(size_t(std::max(extra, 0)));
    for (int t = 1; t <= extra; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (std::thread &t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
    return !(cancel && cancel->load());
}

} // namespace ckpt
