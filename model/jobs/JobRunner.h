#pragma once

// The project's one way to run work in the background for a receiver (a dock, the
// document): QtConcurrent::run + a QFutureWatcher parented to the runner, a generation
// counter against stale results, a stop flag, progress, and the result delivered on the
// runner's thread. Never a nested event loop, never a wait.

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QThreadPool;

namespace ckpt {

// Handed to a job's work function on its worker thread: the stop request to poll (or to
// pass to core calls taking `const std::atomic_bool *`) and a progress sink that any
// thread may call. Valid while the work function runs, not after.
class JobControl {
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;
    JobControl(std::shared_ptr<const std::atomic_bool> stop, ProgressFn progress)
        : m_stop(std::move(stop)), m_progress(std::move(progress))
    {
    }

    bool stopRequested() const { return m_stop->load(std::memory_order_relaxed); }
    const std::atomic_bool *stopFlag() const { return m_stop.get(); }
    // `done` of `total` units: the runner reports it as per mille.
    void setProgress(qint64 done, qint64 total) const { m_progress(done, total); }
    // For core calls that take a progress callback.
    const ProgressFn &progressSink() const { return m_progress; }

private:
    std::shared_ptr<const std::atomic_bool> m_stop;
    ProgressFn m_progress;
};

// One background job at a time for one receiver (the runner's parent).
//  - start() supersedes the running job: it is told to stop and its result is dropped,
//    so only the latest job's result is ever delivered;
//  - progress and the result arrive on the runner's thread, through its event loop;
//    nothing is delivered once the runner or its parent is gone;
//  - the work function owns what it reads (capture by value) and never touches the
//    receiver; it runs on a pool of its own, so a long conversion does not hold up a load.
class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override; // tells a running job to stop; its result is dropped

    // Runs `work(const JobControl &) -> R` on a worker, then `done(R)` here, unless a
    // newer start() or cancel() came first.
    template <typename Work, typename Done> void start(Work work, Done done);

    // Stops the running job and drops its result: not busy from now on.
    void cancel();
    // Asks the running job to stop but still delivers what it returns (a writer reports
    // that it was cancelled once its temporary file is gone): busy until then.
    void requestStop();
    bool isBusy() const { return m_busy; }
    bool isStopRequested() const { return m_stop && m_stop->load(); }

    // The pool every job runs on.
    static QThreadPool *pool();

Q_SIGNALS:
    void started();
    void progressChanged(int permille); // of the current job
    // True at a start() while idle; false once the last result is delivered or dropped.
    void busyChanged(bool busy);

private:
    static int permille(qint64 done, qint64 total);
    // Supersedes the running job; returns the new job's generation and stop flag.
    quint64 begin(std::shared_ptr<std::atomic_bool> *stop);
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    // busyChanged(false), unless a job is pending again.
    void reportIdle();

    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_stop;
    bool m_busy = false; // a job's result is still to come
    bool m_reportedBusy = false; // what busyChanged() said last
};

template <typename Work, typename Done> void JobRunner::start(Work work, Done done)
{
    using R = std::decay_t<std::invoke_result_t<Work &, const JobControl &>>;
    static_assert(!std::is_void_v<R>, "a job returns its result");
    std::shared_ptr<std::atomic_bool> stop;
    const quint64 generation = begin(&stop);
    auto *watcher = new QFutureWatcher<R>(this);
    const QPointer<QObject> receiver = parent();
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int value) {
        if (isCurrent(generation))
            Q_EMIT progressChanged(value);
    });
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, generation, receiver, hadReceiver = !receiver.isNull(), done = std::move(done)]() mutable {
            watcher->deleteLater();
            if (!isCurrent(generation) || (hadReceiver && !receiver))
                return; // superseded or cancelled: its result is stale
            m_busy = false; // done() sees an idle runner, and may start the next job
            QFuture<R> future = watcher->future();
            if (future.resultCount() > 0)
                done(future.takeResult());
            reportIdle();
        });
    watcher->setFuture(QtConcurrent::run(pool(), [work = std::move(work), stop](QPromise<R> &promise) mutable {
        promise.setProgressRange(0, 1000);
        const JobControl control(
            stop, [&promise](qint64 doneUnits, qint64 total) { promise.setProgressValue(permille(doneUnits, total)); });
        promise.addResult(work(control));
    }));
}

} // namespace ckpt
