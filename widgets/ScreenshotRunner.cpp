#include "ScreenshotRunner.h"

#include "DetailsDock.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace ckpt {

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &outPath, const QString &select, QObject *parent)
    : QObject(parent), m_window(window), m_out(outPath), m_select(select)
{
    connect(window, &MainWindow::loadFinished, this, &ScreenshotRunner::onLoaded, Qt::QueuedConnection);
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
    whenDetailsIdle();
}

void ScreenshotRunner::whenDetailsIdle()
{
    DetailsDock *details = m_window->detailsDock();
    if (details->isBusy()) {
        connect(details, &DetailsDock::idle, this, &ScreenshotRunner::whenDetailsIdle, Qt::SingleShotConnection);
        return;
    }
    // One more turn of the event loop so layouts and repaints settle.
    QTimer::singleShot(50, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::capture()
{
    if (!m_window)
        return;
    if (!m_window->grab().save(m_out, "PNG")) {
        std::fprintf(stderr, "ckpt-inspector: cannot write %s\n", qPrintable(m_out));
        m_exitCode = 1;
    }
    QCoreApplication::exit(m_exitCode);
}

} // namespace ckpt
