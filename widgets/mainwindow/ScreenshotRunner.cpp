#include "widgets/mainwindow/ScreenshotRunner.h"

#include "widgets/details/DetailsDock.h"
#include "widgets/diff/CompareDock.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/runs/RunsDock.h"
#include "widgets/stats/StatisticsDock.h"
#include "widgets/training/TrainingDock.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace ckpt {

ScreenshotRunner::ScreenshotRunner(
    MainWindow *window, const QString &outPath, const QString &select, bool waitForLoad, QObject *parent)
    : QObject(parent), m_window(window), m_out(outPath), m_select(select)
{
    if (waitForLoad)
        connect(window, &MainWindow::loadFinished, this, &ScreenshotRunner::onLoaded, Qt::QueuedConnection);
    else
        QTimer::singleShot(0, this, &ScreenshotRunner::whenIdle);
}

void ScreenshotRunner::onLoaded()
{
    if (!m_window)
        return;
    disconnect(m_window, &MainWindow::loadFinished, this, nullptr);
    if (!m_select.isEmpty() && !m_window->selectPath(m_select)) {
        std::fprintf(stderr, "ckpt-inspector: no key %s in the file\n", qPrintable(m_select));
        m_exitCode = 1;
    }
    whenIdle();
}

// Each busy part reports when it is done; check them all again after each report.
void ScreenshotRunner::whenIdle()
{
    if (!m_window)
        return;
    DetailsDock *details = m_window->detailsDock();
    if (details->isBusy()) {
        connect(details, &DetailsDock::idle, this, &ScreenshotRunner::whenIdle, Qt::SingleShotConnection);
        return;
    }
    StatisticsDock *stats = m_window->statisticsDock();
    if (stats->isBusy()) { // only while it is visible: a hidden dock computes nothing
        connect(stats, &StatisticsDock::idle, this, &ScreenshotRunner::whenIdle, Qt::SingleShotConnection);
        return;
    }
    TrainingDock *training = m_window->trainingView();
    if (training->isVisible() && training->isBusy()) {
        connect(training, &TrainingDock::idle, this, &ScreenshotRunner::whenIdle, Qt::SingleShotConnection);
        return;
    }
    CompareDock *compare = m_window->compareDock();
    if (compare->isBusy()) {
        connect(compare, &CompareDock::idle, this, &ScreenshotRunner::whenIdle, Qt::SingleShotConnection);
        return;
    }
    RunsDock *runs = m_window->runsDock();
    if (runs->isBusy()) {
        connect(runs, &RunsDock::idle, this, &ScreenshotRunner::whenIdle, Qt::SingleShotConnection);
        return;
    }
    // One more turn of the event loop so layouts and repaints settle.
    QTimer::singleShot(50, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::capture()
{
    if (!m_window)
        return;
    Q_EMIT capturing();
    if (!m_window->grab().save(m_out, "PNG")) {
        std::fprintf(stderr, "ckpt-inspector: cannot write %s\n", qPrintable(m_out));
        m_exitCode = 1;
    }
    QCoreApplication::exit(m_exitCode);
}

} // namespace ckpt
