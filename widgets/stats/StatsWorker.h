#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/stats/StatsTypes.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace ckpt {

// Results already computed for one checkpoint, shared by the views that show them, so a
// tensor's statistics are computed once. Thread-safe.
class StatsStore {
public:
    // Forgets everything unless it belongs to `ckpt` (a new file was opened).
    void retain(const CheckpointPtr &ckpt);
    bool find(int tensorIndex, const StatsOptions &o, TensorStats *out) const;
    void insert(int tensorIndex, const StatsOptions &o, const TensorStats &s);

private:
    static QString key(int tensorIndex, const StatsOptions &o);
    mutable QMutex m_mutex;
    const Checkpoint *m_ckpt = nullptr;
    QHash<QString, TensorStats> m_stats;
};
using StatsStorePtr = std::shared_ptr<StatsStore>;

// Computes statistics on a worker thread (QtConcurrent), one job at a time: a new start()
// cancels the previous job, whose late result is dropped (generation counter).
class StatsWorker : public QObject {
    Q_OBJECT
public:
    explicit StatsWorker(StatsStorePtr store, QObject *parent = nullptr);
    ~StatsWorker() override;

    // Returns false (and starts nothing) if everything is in the store already.
    bool start(const CheckpointPtr &ckpt, const std::vector<int> &tensorIndexes, const StatsOptions &options);
    void cancel();
    bool isRunning() const;
    StatsStorePtr store() const { return m_store; }

Q_SIGNALS:
    void progressChanged(int percent);
    void finished(); // results are in the store
    void failed(const QString &error);

private:
    struct Job;
    StatsStorePtr m_store;
    std::shared_ptr<Job> m_job;
    QFutureWatcher<QString> m_watcher;
    quint64 m_generation = 0;
};

} // namespace ckpt
