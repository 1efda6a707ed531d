#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QTableWidget;

namespace ckpt {

// Help > About's text: the app's version and what it was built with (Qt, QCustomPlot,
// the git commit) and LibTorch's version once something has loaded it.
QString aboutText();

// Help > Keyboard Shortcuts: every action of `window` that has a shortcut, read from the
// actions themselves (so the list cannot go stale), and the keys that are not actions.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);
    // Lists the window's actions as they are now.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QString commandName(const QAction *a) const;
    QWidget *m_window;
    QLabel *m_intro;
    QTableWidget *m_table;
};

} // namespace ckpt
