#include "widgets/mainwindow/ResponsivenessMonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWidget>

#include <ctime>
#include <unistd.h>

namespace ckpt {

namespace {
constexpr int kTickMs = 5;
constexpr double kFrameMs = 16.7; // later than this is a dropped frame
constexpr double kStallMs = 50; // the limit: listed one by one

// Milliseconds since the process started, from /proc/self/stat's start time (clock ticks
// since boot) and CLOCK_BOOTTIME; -1 where that is not available.
double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name is in parentheses and may hold spaces: fields count from the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // Field 22 of the whole line (starttime) is the 20th after the name (state is the 3rd field).
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const double startTicks = fields[19].toDouble(&ok);
    timespec now {};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

double rounded(double ms)
{
    return double(qRound64(ms * 10)) / 10;
}
} // namespace

ResponsivenessMonitor::ResponsivenessMonitor(QWidget *window, const QString &reportPath, QObject *parent)
    : QObject(parent), m_window(window), m_path(reportPath)
{
    m_clock.start();
    m_startOffsetMs = qMax(0.0, processAgeMs());
    qApp->installEventFilter(this); // paint events of every widget in the window
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &ResponsivenessMonitor::tick);
    m_ticker.start();
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { writeReport(); });
    mark(QStringLiteral("start"));
}

double ResponsivenessMonitor::msSinceStart() const
{
    return m_startOffsetMs + double(m_clock.nsecsElapsed()) / 1e6;
}

void ResponsivenessMonitor::mark(const QString &phase, bool counted)
{
    // A stretch the loop was blocked for, cut by a mark, counts up to the mark for the
    // old phase and from it for the new one.
    tick();
    m_phase = m_tickPhase = phase;
    m_phaseCounted = m_tickPhaseCounted = counted;
    m_phases.append(QJsonObject { { QStringLiteral("phase"), phase },
        { QStringLiteral("at_ms"), rounded(msSinceStart()) }, { QStringLiteral("counted"), counted } });
}

void ResponsivenessMonitor::loaded()
{
    m_loadedMs = msSinceStart();
    m_waitForFilePaint = true;
    if (m_window)
        m_window->update();
}

bool ResponsivenessMonitor::eventFilter(QObject *watched, QEvent *event)
{
    // Paint events go to the widgets that need painting, in one pass per window update;
    // the zero timer fires once that pass is done.
    if (event->type() == QEvent::Paint && (m_firstPaintMs < 0 || m_waitForFilePaint) && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        const bool forFile = m_waitForFilePaint;
        m_waitForFilePaint = false;
        QTimer::singleShot(0, this, [this, forFile] {
            const double at = msSinceStart();
            if (m_firstPaintMs < 0)
                m_firstPaintMs = at;
            if (forFile)
                m_fileShownMs = at;
        });
    }
    return QObject::eventFilter(watched, event);
}

void ResponsivenessMonitor::tick()
{
    const double now = msSinceStart();
    if (m_lastTickMs >= 0) {
        const double late = qMax(0.0, now - m_lastTickMs - kTickMs);
        // Late ticks count for the phase the wait began in.
        if (late > m_longestByPhase.value(m_tickPhase).toDouble())
            m_longestByPhase[m_tickPhase] = rounded(late);
        if (m_tickPhaseCounted && late > m_longestStallMs) {
            m_longestStallMs = late;
            m_longestStallPhase = m_tickPhase;
        }
        m_droppedFrames += m_tickPhaseCounted && late > kFrameMs;
        if (m_tickPhaseCounted && late > kStallMs)
            m_stalls.append(QJsonObject { { QStringLiteral("at_ms"), rounded(m_lastTickMs) },
                { QStringLiteral("ms"), rounded(late) }, { QStringLiteral("phase"), m_tickPhase } });
    }
    m_lastTickMs = now;
    m_tickPhase = m_phase;
    m_tickPhaseCounted = m_phaseCounted;
}

bool ResponsivenessMonitor::writeReport()
{
    if (m_written)
        return true;
    m_written = true;
    const auto orNull = [](double ms) { return ms < 0 ? QJsonValue() : QJsonValue(rounded(ms)); };
    const QJsonObject report { { QStringLiteral("first_paint_ms"), orNull(m_firstPaintMs) },
        { QStringLiteral("loaded_ms"), orNull(m_loadedMs) }, { QStringLiteral("file_shown_ms"), orNull(m_fileShownMs) },
        { QStringLiteral("longest_stall_ms"), rounded(m_longestStallMs) },
        { QStringLiteral("longest_stall_phase"), m_longestStallPhase },
        { QStringLiteral("longest_stall_by_phase"), m_longestByPhase },
        { QStringLiteral("stalls_over_50ms"), m_stalls }, { QStringLiteral("late_ticks_over_frame"), m_droppedFrames },
        { QStringLiteral("phases"), m_phases }, { QStringLiteral("total_ms"), rounded(msSinceStart()) },
        { QStringLiteral("process_start_known"), m_startOffsetMs > 0 } };
    QFile out(m_path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return out.write(QJsonDocument(report).toJson()) > 0;
}

} // namespace ckpt
