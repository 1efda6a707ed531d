#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace ckpt {

// `--responsiveness PATH`: measures what a user feels and writes it as JSON when the app
// quits. First paint: from the process's start (the kernel's record of it, so loading
// the libraries counts) until the window has been painted once, and again once a file's
// load has finished and its tree has been painted. Stalls: a 5 ms timer on the GUI
// thread that cannot fire while the event loop is busy; a tick that comes late by more
// than a frame is a stall of that length, whatever blocked the loop. Phases (open,
// loaded, ...) are marked by the caller so each stall can be attributed; a mark made
// while the loop is blocked splits the stall there.
class ResponsivenessMonitor : public QObject {
    Q_OBJECT
public:
    ResponsivenessMonitor(QWidget *window, const QString &reportPath, QObject *parent = nullptr);

    // Stalls from now on are counted under `phase`; a phase that is not `counted` (the
    // screenshot's own PNG encoding) is reported apart and left out of the longest stall.
    void mark(const QString &phase, bool counted = true);
    // The window has loaded a file: the next paint is the file's first paint.
    void loaded();
    // Writes the report (also done when the application quits). False if it cannot.
    bool writeReport();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    double msSinceStart() const;

    QPointer<QWidget> m_window;
    QString m_path;
    QTimer m_ticker;
    QElapsedTimer m_clock; // since construction; m_startOffsetMs before it
    double m_startOffsetMs = 0;
    double m_lastTickMs = -1;
    double m_firstPaintMs = -1;
    double m_loadedMs = -1;
    double m_fileShownMs = -1;
    bool m_waitForFilePaint = false;
    bool m_written = false;
    QString m_phase;
    bool m_phaseCounted = true;
    QString m_tickPhase; // the phase at the last tick
    bool m_tickPhaseCounted = true;
    QJsonObject m_longestByPhase; // phase -> ms
    double m_longestStallMs = 0;
    QString m_longestStallPhase;
    int m_droppedFrames = 0; // ticks later than a frame
    QJsonArray m_stalls; // over 50 ms: {at_ms, ms, phase}
    QJsonArray m_phases; // {phase, at_ms}
};

} // namespace ckpt
