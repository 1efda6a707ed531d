#include "widgets/mainwindow/CheckpointLoader.h"

#include "model/jobs/JobRunner.h"

namespace ckpt {

CheckpointLoader::CheckpointLoader(QObject *parent) : QObject(parent), m_jobs(new JobRunner(this)) { }

bool CheckpointLoader::isBusy() const
{
    return m_jobs->isBusy();
}

void CheckpointLoader::open(const QString &path)
{
    m_jobs->start(
        [path](const JobControl &control) {
            LoadResult r;
            r.path = path;
            r.ckpt = openCheckpoint(path);
            if (!control.stopRequested())
                r.totals = TreeTotals::compute(*r.ckpt, control.stopFlag());
            return r;
        },
        [this](const LoadResult &r) { Q_EMIT finished(r); });
    Q_EMIT started(path);
}

void CheckpointLoader::cancel()
{
    if (!m_jobs->isBusy())
        return;
    m_jobs->cancel();
    Q_EMIT cancelled();
}

} // namespace ckpt
