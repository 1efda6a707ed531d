// The one background-job helper: results on the receiver's thread, stale results
// dropped, cancel and stop requests, progress, and nothing delivered to a receiver that
// is gone. Jobs block on semaphores the test releases, so the order is forced, not timed.
#include "model/jobs/JobRunner.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace ckpt;

namespace {
// A gate a job waits at; opened when the test function returns, even on a failure, so
// no job is left blocked for the next one.
struct Gate {
    std::shared_ptr<QSemaphore> sem = std::make_shared<QSemaphore>();
    ~Gate() { sem->release(1000); }
};

// Waits until every job has returned and its watcher has reported back.
void settle()
{
    JobRunner::pool()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
} // namespace

class TestJobs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deliversOnTheReceiversThread()
    {
        QObject owner;
        auto *runner = new JobRunner(&owner);
        QSignalSpy busy(runner, &JobRunner::busyChanged);
        QThread *worker = nullptr, *deliveredOn = nullptr;
        int result = 0;
        runner->start([](const JobControl &) { return std::make_pair(QThread::currentThread(), 42); },
            [&](std::pair<QThread *, int> r) {
                worker = r.first;
                result = r.second;
                deliveredOn = QThread::currentThread();
            });
        QVERIFY(runner->isBusy());
        QTRY_COMPARE(result, 42);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(worker != QThread::currentThread());
        QVERIFY(!runner->isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void aNewerJobMakesTheOlderStale()
    {
        JobRunner runner;
        Gate opened;
        auto gate = opened.sem;
        auto firstSawStop = std::make_shared<std::atomic_bool>(false);
        QStringList delivered;
        runner.start(
            [gate, firstSawStop](const JobControl &c) {
                gate->acquire(); // still running when the second job starts
                firstSawStop->store(c.stopRequested());
                return QStringLiteral("first");
            },
            [&](const QString &r) { delivered << r; });
        runner.start(
            [](const JobControl &) { return QStringLiteral("second"); }, [&](const QString &r) { delivered << r; });
        QTRY_COMPARE(delivered, QStringList { QStringLiteral("second") });
        gate->release(); // the first finishes after the second was shown
        settle();
        QCOMPARE(delivered, QStringList { QStringLiteral("second") });
        QVERIFY(firstSawStop->load());
        QVERIFY(!runner.isBusy());
    }

    void cancelStopsAndDrops()
    {
        JobRunner runner;
        QSignalSpy busy(&runner, &JobRunner::busyChanged);
        auto running = std::make_shared<QSemaphore>();
        bool delivered = false;
        runner.start(
            [running](const JobControl &c) {
                running->release();
                while (!c.stopRequested())
                    QThread::yieldCurrentThread();
                return 1;
            },
            [&](int) { delivered = true; });
        running->acquire();
        runner.cancel();
        QVERIFY(!runner.isBusy());
        QCOMPARE(busy.count(), 2);
        settle(); // the job saw the flag and returned; its result is dropped
        QVERIFY(!delivered);
        QCOMPARE(busy.count(), 2);
    }

    void stopRequestStillDelivers()
    {
        JobRunner runner;
        auto running = std::make_shared<QSemaphore>();
        QString delivered;
        runner.start(
            [running](const JobControl &c) {
                running->release();
                while (!c.stopRequested())
                    QThread::yieldCurrentThread();
                return QStringLiteral("stopped, cleaned up");
            },
            [&](const QString &r) { delivered = r; });
        running->acquire();
        runner.requestStop();
        QVERIFY(runner.isBusy()); // until the job says how it ended
        QVERIFY(runner.isStopRequested());
        QTRY_COMPARE(delivered, QStringLiteral("stopped, cleaned up"));
        QVERIFY(!runner.isBusy());
    }

    void progressArrivesAsPerMille()
    {
        JobRunner runner;
        QSignalSpy progress(&runner, &JobRunner::progressChanged);
        Gate opened;
        auto gate = opened.sem;
        bool delivered = false;
        runner.start(
            [gate](const JobControl &c) {
                c.setProgress(1, 4);
                gate->acquire();
                c.progressSink()(4, 4);
                return true;
            },
            [&](bool) { delivered = true; });
        auto reported = [&progress](int value) {
            for (const QList<QVariant> &args : progress)
                if (args.at(0).toInt() == value)
                    return true;
            return false;
        };
        QTRY_VERIFY(reported(250));
        gate->release();
        QTRY_VERIFY(delivered);
        QCOMPARE(progress.last().at(0).toInt(), 1000);
    }

    void nothingReachesAReceiverThatIsGone()
    {
        auto *owner = new QObject;
        auto *runner = new JobRunner(owner);
        Gate opened;
        auto gate = opened.sem;
        auto delivered = std::make_shared<bool>(false);
        auto sawStop = std::make_shared<std::atomic_bool>(false);
        runner->start(
            [gate, sawStop](const JobControl &c) {
                gate->acquire();
                sawStop->store(c.stopRequested());
                return 7;
            },
            [delivered](int) { *delivered = true; });
        delete owner; // and the runner with it, while the job runs
        gate->release();
        settle();
        QVERIFY(!*delivered);
        QVERIFY(sawStop->load()); // the runner told it to stop on its way out
    }

    void aJobStartedFromDeliveryKeepsTheRunnerBusy()
    {
        JobRunner runner;
        QSignalSpy busy(&runner, &JobRunner::busyChanged);
        QList<int> delivered;
        runner.start([](const JobControl &) { return 1; },
            [&](int r) {
                delivered << r;
                runner.start([](const JobControl &) { return 2; }, [&](int r2) { delivered << r2; });
            });
        QTRY_COMPARE(delivered, (QList<int> { 1, 2 }));
        QCOMPARE(busy.count(), 2); // busy once, idle once: never idle between the two
        QVERIFY(!runner.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "test_jobs.moc"
