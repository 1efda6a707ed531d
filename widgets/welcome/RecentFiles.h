#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QMenu;

namespace ckpt {

// The Open Recent list, kept in QSettings and mirrored into a menu: files with the
// format they were read as, and folders (a run's checkpoints), newest first, as many of
// each as the preferences ask for.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    struct Entry {
        QString path; // absolute
        QString format; // a reader's name ("torch-zip"); empty if not known
    };

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);
    void add(const QString &path, const QString &format = QString());
    void addFolder(const QString &path);
    QStringList files() const;
    QList<Entry> entries() const;
    QStringList folders() const;
    void retranslate();

Q_SIGNALS:
    void openRequested(const QString &path);
    void openFolderRequested(const QString &path);
    void changed();

private:
    void rebuild();
    QMenu *m_menu;
};

} // namespace ckpt
