#include "widgets/welcome/RecentFiles.h"

#include "widgets/preferences/Preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace ckpt {

namespace {
const QString kFiles = QStringLiteral("recentFiles");
const QString kFormats = QStringLiteral("recentFormats"); // path -> format name
const QString kFolders = QStringLiteral("recentFolders");

int limit()
{
    return Preferences::instance()->values().recentFilesCount;
}

// `path` first, then the rest of `key`'s list, as many as the preferences keep.
QStringList prepended(const QString &key, const QString &path)
{
    QStringList list = QSettings().value(key).toStringList();
    list.removeAll(path);
    list.prepend(path);
    return list.mid(0, limit());
}
} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    rebuild();
    connect(Preferences::instance(), &Preferences::changed, this, &RecentFiles::rebuild);
}

QStringList RecentFiles::files() const
{
    // A longer stored list is kept, for a larger count chosen later.
    return QSettings().value(kFiles).toStringList().mid(0, limit());
}

QList<RecentFiles::Entry> RecentFiles::entries() const
{
    const QVariantMap formats = QSettings().value(kFormats).toMap();
    QList<Entry> list;
    for (const QString &path : files())
        list.append({ path, formats.value(path).toString() });
    return list;
}

QStringList RecentFiles::folders() const
{
    return QSettings().value(kFolders).toStringList().mid(0, limit());
}

void RecentFiles::add(const QString &path, const QString &format)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QSettings s;
    const QStringList list = prepended(kFiles, abs);
    s.setValue(kFiles, list);
    // Formats of the files still listed only.
    const QVariantMap old = s.value(kFormats).toMap();
    QVariantMap formats;
    for (const QString &p : list)
        if (p == abs ? !format.isEmpty() : old.contains(p))
            formats.insert(p, p == abs ? format : old.value(p));
    s.setValue(kFormats, formats);
    rebuild();
}

void RecentFiles::addFolder(const QString &path)
{
    QSettings().setValue(kFolders, prepended(kFolders, QFileInfo(path).absoluteFilePath()));
    rebuild();
}

void RecentFiles::retranslate()
{
    rebuild();
}

void RecentFiles::rebuild()
{
    m_menu->clear();
    const QStringList list = files(), dirs = folders();
    int number = 0;
    auto addEntry = [this, &number](const QString &path, const QString &text, bool folder) {
        ++number;
        // &1 ... &9 as mnemonics; later entries have none rather than a repeated one.
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(text) : text;
        QAction *a = m_menu->addAction(label);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path, folder] {
            if (folder)
                Q_EMIT openFolderRequested(path);
            else
                Q_EMIT openRequested(path);
        });
    };
    for (const QString &path : list)
        addEntry(path, QFileInfo(path).fileName(), false);
    if (!dirs.isEmpty() && !list.isEmpty())
        m_menu->addSeparator();
    for (const QString &path : dirs)
        addEntry(path, QFileInfo(path).fileName() + QLatin1Char('/'), true);
    if (list.isEmpty() && dirs.isEmpty()) {
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            QSettings s;
            for (const QString &key : { kFiles, kFormats, kFolders })
                s.remove(key);
            rebuild();
        });
    }
    Q_EMIT changed();
}

} // namespace ckpt
