#include "widgets/mainwindow/CheckpointLoader.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace ckpt {

CheckpointLoader::CheckpointLoader(QObject *parent) : QObject(parent) { }

CheckpointLoader::~CheckpointLoader()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CheckpointLoader::open(const QString &path)
{
    if (m_cancel)
        m_cancel->store(true);
    const quint64 generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_busy = true;
    // The watcher is parented to the loader: if the loader goes, no callback runs.
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_busy = false;
        Q_EMIT finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, cancel] {
        LoadResult r;
        r.path = path;
        r.ckpt = openCheckpoint(path);
        if (!cancel->load())
            r.totals = TreeTotals::compute(*r.ckpt, cancel.get());
        return r;
    }));
    Q_EMIT started(path);
}

void CheckpointLoader::cancel()
{
    if (!m_busy)
        return;
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_busy = false;
    Q_EMIT cancelled();
}

} // namespace ckpt
