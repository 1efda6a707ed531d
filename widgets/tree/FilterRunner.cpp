#include "widgets/tree/FilterRunner.h"

#include "model/jobs/JobRunner.h"

namespace ckpt {

using ResultPtr = std::shared_ptr<const FilterResult>;

FilterRunner::FilterRunner(QObject *parent) : QObject(parent), m_jobs(new JobRunner(this)) { }

bool FilterRunner::isBusy() const
{
    return m_jobs->isBusy();
}

void FilterRunner::cancel()
{
    m_jobs->cancel();
}

void FilterRunner::run(const CheckpointPtr &ckpt, const FilterSpec &spec)
{
    cancel();
    if (!ckpt || spec.isEmpty()) {
        Q_EMIT finished(nullptr);
        return;
    }
    if (ckpt->tensors.size() <= kInlineLimit) {
        Q_EMIT finished(runFilter(*ckpt, spec));
        return;
    }
    Q_EMIT started();
    m_jobs->start([ckpt, spec](const JobControl &control) { return runFilter(*ckpt, spec, control.stopFlag()); },
        [this](const ResultPtr &result) { Q_EMIT finished(result); });
}

} // namespace ckpt
