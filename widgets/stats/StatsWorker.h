#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/stats/StatsTypes.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <memory>

namespace ckpt {

class JobRunner;

// Results already computed for one checkpoint, shared by the views that show them, so a
// tensor's statistics are computed once. Thread-safe.
class StatsStore {
public:
    // Forgets everything unless it belongs to `ckpt` (a new file was opened).
    void retain(const CheckpointPtr &ckpt);
    bool find(int tensorIndex, const StatsOptions &o, TensorStats *out) const;
    // Nothing computed yet (a file just opened): no tensor need be looked up.
    bool isEmpty() const;
    // Ignored unless the store holds `ckpt`'s results: a late result of the last file
    // never lands among the new file's.
    void insert(const Checkpoint *ckpt, int tensorIndex, const StatsOptions &o, const TensorStats &s);

private:
    struct Key {
        int tensorIndex;
        int bins;
        int binMode;
        bool operator==(const Key &o) const
        {
            return tensorIndex == o.tensorIndex && bins == o.bins && binMode == o.binMode;
        }
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.tensorIndex, k.bins, k.binMode);
        }
    };
    static Key key(int tensorIndex, const StatsOptions &o) { return { tensorIndex, o.bins, int(o.binMode) }; }
    mutable QMutex m_mutex;
    const Checkpoint *m_ckpt = nullptr;
    QHash<Key, TensorStats> m_stats;
};
using StatsStorePtr = std::shared_ptr<StatsStore>;

// Computes statistics in the background, one job at a time: a new start() or cancel()
// drops the previous job's result. Results go into the store on this thread.
class StatsWorker : public QObject {
    Q_OBJECT
public:
    explicit StatsWorker(StatsStorePtr store, QObject *parent = nullptr);

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
    StatsStorePtr m_store;
    JobRunner *m_jobs;
};

} // namespace ckpt
