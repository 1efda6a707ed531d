#include "model/jobs/JobRunner.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace ckpt {

JobRunner::JobRunner(QObject *parent) : QObject(parent) { }

JobRunner::~JobRunner()
{
    if (m_stop)
        m_stop->store(true);
}

QThreadPool *JobRunner::pool()
{
    // Owned by the application, so it waits for stopped jobs before Qt goes away. More
    // threads than cores: jobs of different docks must not queue behind each other.
    static QPointer<QThreadPool> jobs;
    if (!jobs) {
        jobs = new QThreadPool(QCoreApplication::instance());
        jobs->setMaxThreadCount(std::max(8, QThread::idealThreadCount()));
    }
    return jobs;
}

int JobRunner::permille(qint64 done, qint64 total)
{
    if (total <= 0)
        return 1000;
    return int(std::clamp<qint64>(done * 1000 / total, 0, 1000));
}

quint64 JobRunner::begin(std::shared_ptr<std::atomic_bool> *stop)
{
    if (m_stop)
        m_stop->store(true); // the running job's result will be dropped
    m_stop = std::make_shared<std::atomic_bool>(false);
    *stop = m_stop;
    const quint64 generation = ++m_generation;
    m_busy = true;
    Q_EMIT started();
    if (!std::exchange(m_reportedBusy, true))
        Q_EMIT busyChanged(true);
    return generation;
}

void JobRunner::reportIdle()
{
    if (!m_busy && std::exchange(m_reportedBusy, false))
        Q_EMIT busyChanged(false);
}

void JobRunner::cancel()
{
    if (m_stop)
        m_stop->store(true);
    ++m_generation;
    m_busy = false;
    reportIdle();
}

void JobRunner::requestStop()
{
    if (m_stop)
        m_stop->store(true);
}

} // namespace ckpt
