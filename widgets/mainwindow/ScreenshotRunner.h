#pragma once

#include <QObject>
#include <QPointer>

namespace ckpt {

class MainWindow;

// `--screenshot PATH [--select KEY]`: waits until the window has loaded the file (when
// one was given) and everything visible has settled (the selection's details, the
// statistics of the selected tensor, the training metadata and series curves), saves a
// PNG of the window and quits (exit 0; 1 when the key is missing or the PNG cannot be
// written). No nested event loops.
class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    ScreenshotRunner(
        MainWindow *window, const QString &outPath, const QString &select, bool waitForLoad, QObject *parent = nullptr);

Q_SIGNALS:
    // Everything has settled; the window is grabbed and encoded next.
    void capturing();

private:
    void onLoaded();
    void whenIdle();
    void capture();

    QPointer<MainWindow> m_window;
    QString m_out;
    QString m_select;
    int m_exitCode = 0;
};

} // namespace ckpt
