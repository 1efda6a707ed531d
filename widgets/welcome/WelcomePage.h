#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;
class QVBoxLayout;

namespace ckpt {

class RecentFiles;

// What the window shows with no file open: the main actions as buttons, the recent
// files (with their format and size) and folders, and a place to drop files.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    // A button for each action, in order; they follow the actions' text and enabled state.
    WelcomePage(const QList<QAction *> &actions, RecentFiles *recent, QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested(const QString &path);
    void openFolderRequested(const QString &path);
    // Two files dropped together: open the first and compare it with the second.
    void compareRequested(const QString &a, const QString &b);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void rebuildRecent();

    RecentFiles *m_recent;
    QLabel *m_title, *m_tagline, *m_recentLabel, *m_dropHint;
    QTreeWidget *m_list;
};

} // namespace ckpt
