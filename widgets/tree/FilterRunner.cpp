#include "widgets/tree/FilterRunner.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace ckpt {

using ResultPtr = std::shared_ptr<const FilterResult>;

FilterRunner::FilterRunner(QObject *parent) : QObject(parent) { }

FilterRunner::~FilterRunner()
{
    cancel();
}

void FilterRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_busy = false;
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
    const quint64 generation = m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_busy = true;
    Q_EMIT started();
    auto *watcher = new QFutureWatcher<ResultPtr>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_busy = false;
        Q_EMIT finished(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([ckpt, spec, cancelFlag] { return runFilter(*ckpt, spec, cancelFlag.get()); }));
}

} // namespace ckpt
