#include "widgets/stats/StatsWorker.h"

#include "model/stats/StatsRunner.h"

#include "model/jobs/JobRunner.h"

namespace ckpt {

void StatsStore::retain(const CheckpointPtr &ckpt)
{
    QMutexLocker lock(&m_mutex);
    if (m_ckpt != ckpt.get()) {
        m_stats.clear();
        m_ckpt = ckpt.get();
    }
}

bool StatsStore::find(int tensorIndex, const StatsOptions &o, TensorStats *out) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_stats.constFind(key(tensorIndex, o));
    if (it == m_stats.constEnd())
        return false;
    *out = *it;
    return true;
}

bool StatsStore::isEmpty() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats.isEmpty();
}

void StatsStore::insert(const Checkpoint *ckpt, int tensorIndex, const StatsOptions &o, const TensorStats &s)
{
    QMutexLocker lock(&m_mutex);
    if (ckpt == m_ckpt)
        m_stats.insert(key(tensorIndex, o), s);
}

namespace {
struct StatsOutcome {
    CheckpointPtr ckpt;
    std::vector<int> indexes;
    std::vector<TensorStats> stats; // parallel to indexes
    QString error; // the module could not be loaded or the computation failed
};
} // namespace

StatsWorker::StatsWorker(StatsStorePtr store, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_jobs(new JobRunner(this))
{
    connect(m_jobs, &JobRunner::progressChanged, this, [this](int permille) { Q_EMIT progressChanged(permille / 10); });
}

bool StatsWorker::start(const CheckpointPtr &ckpt, const std::vector<int> &tensorIndexes, const StatsOptions &options)
{
    std::vector<int> missing;
    TensorStats dummy;
    for (int i : tensorIndexes)
        if (!m_store->find(i, options, &dummy))
            missing.push_back(i);
    if (missing.empty())
        return false;
    m_jobs->start(
        [ckpt, missing, options](const JobControl &control) {
            StatsOutcome out;
            out.ckpt = ckpt;
            out.indexes = missing;
            StatsControl stats;
            stats.cancel = control.stopFlag();
            stats.progress = control.progressSink();
            if (!computeTensorStats(*ckpt, missing, options, stats, &out.stats, &out.error) && out.error.isEmpty())
                out.error = tr("the statistics could not be computed");
            return out;
        },
        [this, options](const StatsOutcome &out) {
            if (!out.error.isEmpty()) {
                Q_EMIT failed(out.error);
                return;
            }
            for (size_t i = 0; i < out.indexes.size() && i < out.stats.size(); ++i)
                m_store->insert(out.ckpt.get(), out.indexes[i], options, out.stats[i]);
            Q_EMIT finished();
        });
    return true;
}

void StatsWorker::cancel()
{
    m_jobs->cancel();
}

bool StatsWorker::isRunning() const
{
    return m_jobs->isBusy();
}

} // namespace ckpt
