#pragma once

#include "model/formats/CheckpointReader.h"
#include "model/itemmodels/TreeTotals.h"

#include <QObject>

namespace ckpt {

class JobRunner;

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

    void open(const QString &path);
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void started(const QString &path);
    void finished(const ckpt::LoadResult &result);
    void cancelled();

private:
    JobRunner *m_jobs;
};

} // namespace ckpt
