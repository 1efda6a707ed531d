#include "widgets/stats/StatsWorker.h"

#include "model/stats/StatsRunner.h"

#include <QPointer>
#include <QtConcurrent>

namespace ckpt {

void StatsStore::retain(const CheckpointPtr &ckpt)
{
    QMutexLocker lock(&m_mutex);
    if (m_ckpt != ckpt.get()) {
        m_stats.clear();
        m_ckpt = ckpt.get();
    }
}

QString StatsStore::key(int tensorIndex, const StatsOptions &o)
{
    return QStringLiteral("%1/%2/%3").arg(tensorIndex).arg(o.bins).arg(int(o.binMode));
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

void StatsStore::insert(int tensorIndex, const StatsOptions &o, const TensorStats &s)
{
    QMutexLocker lock(&m_mutex);
    m_stats.insert(key(tensorIndex, o), s);
}

struct StatsWorker::Job {
    std::atomic_bool cancel { false };
    std::atomic<int> percent { -1 };
};

StatsWorker::StatsWorker(StatsStorePtr store, QObject *parent) : QObject(parent), m_store(std::move(store))
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_watcher.property("generation").toULongLong() != m_generation)
            return; // a superseded job
        const QString error = m_watcher.result();
        if (error.isEmpty())
            Q_EMIT finished();
        else if (error != QLatin1String("cancelled"))
            Q_EMIT failed(error);
    });
}

StatsWorker::~StatsWorker()
{
    cancel();
    m_watcher.waitForFinished();
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
    cancel();
    m_watcher.waitForFinished(); // cancelled jobs stop within one piece
    auto job = std::make_shared<Job>();
    m_job = job;
    ++m_generation;
    m_watcher.setProperty("generation", QVariant::fromValue(m_generation));
    QPointer<StatsWorker> self(this);
    StatsStorePtr store = m_store;
    m_watcher.setFuture(QtConcurrent::run([ckpt, missing, options, job, store, self]() -> QString {
        StatsControl control;
        control.cancel = &job->cancel;
        control.progress = [job, self](qint64 done, qint64 total) {
            const int pct = total ? int(done * 100 / total) : 100;
            if (job->percent.exchange(pct) != pct && self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, pct] {
                        if (self)
                            Q_EMIT self->progressChanged(pct);
                    },
                    Qt::QueuedConnection);
        };
        std::vector<TensorStats> out;
        QString error;
        if (!computeTensorStats(*ckpt, missing, options, control, &out, &error))
            return error.isEmpty() ? QStringLiteral("failed") : error;
        for (size_t i = 0; i < missing.size(); ++i)
            store->insert(missing[i], options, out[i]);
        return QString();
    }));
    return true;
}

void StatsWorker::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

bool StatsWorker::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace ckpt
