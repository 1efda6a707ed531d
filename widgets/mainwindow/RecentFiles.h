#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace ckpt {

// The Open Recent list, kept in QSettings and mirrored into a menu.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);
    void add(const QString &path);
    QStringList files() const;
    void retranslate();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuild();
    QMenu *m_menu;
    static constexpr int kMax = 10;
};

} // namespace ckpt
