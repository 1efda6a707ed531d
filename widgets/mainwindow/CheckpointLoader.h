#pragma once

#include "model/formats/CheckpointReader.h"
#include "model/itemmodels/TreeTotals.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace ckpt {

struct LoadResult {
    QString path;
    CheckpointPtr ckpt; // never null once finished; may carry an error
    TreeTotals totals;
};

// Opens a checkpoint and computes its subtree totals on a worker thread. A newer open()
// or cancel() makes any running load's result stale: it is dropped, never shown.
class CheckpointLoader : public QObject {
    Q_OBJECT
public:
    explicit CheckpointLoader(QObject *parent = nullptr);
    ~CheckpointLoader() override;

    void open(const QString &path);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void started(const QString &path);
    void finished(const ckpt::LoadResult &result);
    void cancelled();

private:
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
};

} // namespace ckpt
