#include "model/io/OutputFolder.h"

#include "model/io/OutputFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ckpt {

namespace {
QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

QString hiddenPrefix(const QFileInfo &target)
{
    return QStringLiteral(".%1.ckpt-").arg(target.fileName());
}

void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}
} // namespace

void OutputFolder::removeAbandonedBeside(const QString &targetPath)
{
    // Nobody holds the lock of a hidden temp folder whose writer died.
    const QFileInfo target(targetPath);
    QDirIterator it(target.absolutePath(), { hiddenPrefix(target) + QStringLiteral("??????") },
        QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            QDir(path).removeRecursively();
        ::close(fd);
    }
}

OutputFolder::~OutputFolder()
{
    if (!m_committed)
        discard();
}

bool OutputFolder::checkTarget(Phrase *error) const
{
    const QFileInfo info(m_target);
    if (info.isSymLink()) {
        *error = Phrase::translate("ckpt::Io", "is a symbolic link; name a new or empty folder");
        return false;
    }
    if (!info.exists())
        return true;
    if (!info.isDir()) {
        *error = Phrase::translate("ckpt::Io", "exists and is not a folder");
        return false;
    }
    QStringList others;
    for (const QString &name : entriesOf(m_target))
        if (QFileInfo(QDir(m_target).filePath(name)).isDir() || !m_replaceable || !m_replaceable(name))
            others << name;
    if (!others.isEmpty()) {
        *error
            = Phrase::translate("ckpt::Io", "is a folder that holds other files (%1); write to a new or empty folder")
                  .arg(others.mid(0, 3).join(QStringLiteral(", "))
                      + (others.size() > 3 ? QStringLiteral(", ...") : QString()));
        return false;
    }
    return true;
}

bool OutputFolder::create(const QString &target, const Replaceable &replaceable, Phrase *error)
{
    m_target = QDir::cleanPath(QFileInfo(target).absoluteFilePath());
    m_replaceable = replaceable;
    const QFileInfo info(m_target);
    const QString parent = info.absolutePath();
    if (!QFileInfo(parent).isDir()) {
        *error = Phrase::translate("ckpt::Io", "folder %1 does not exist").arg(parent);
        return false;
    }
    if (!checkTarget(error))
        return false;
    removeAbandonedBeside(m_target);
    QByteArray pattern = QFile::encodeName(QDir(parent).filePath(hiddenPrefix(info) + QStringLiteral("XXXXXX")));
    if (!::mkdtemp(pattern.data())) {
        *error = Phrase::translate("ckpt::Io", "cannot create a folder in %1: %2").arg(parent, errnoText(errno));
        return false;
    }
    m_temp = QFile::decodeName(pattern);
    // mkdtemp makes 0700: give it the mode of the folder it replaces, else a new folder's.
    struct stat st;
    const bool existing = ::stat(QFile::encodeName(m_target).constData(), &st) == 0;
    ::chmod(pattern.constData(), existing ? (st.st_mode & 07777) : umaskedMode(0777));
    m_lockFd = ::open(pattern.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_lockFd >= 0)
        ::flock(m_lockFd, LOCK_EX);
    return true;
}

bool OutputFolder::commit(Phrase *error)
{
    if (m_temp.isEmpty()) {
        *error = Phrase::translate("ckpt::Io", "no folder was written");
        return false;
    }
    if (!checkTarget(error)) // it may have changed while we wrote
        return false;
    if (m_lockFd >= 0 && ::fsync(m_lockFd) != 0) {
        *error = Phrase::translate("ckpt::Io", "cannot write: %1").arg(errnoText(errno));
        return false;
    }
    const QByteArray temp = QFile::encodeName(m_temp);
    const QByteArray target = QFile::encodeName(m_target);
    const bool replacing = QFileInfo(m_target).isDir() && !entriesOf(m_target).isEmpty();
    if (!replacing) {
        // A missing target, or an empty folder, which rename(2) replaces.
        if (::rename(temp.constData(), target.constData()) != 0) {
            *error = Phrase::translate("ckpt::Io", "cannot rename the written folder into place: %1")
                         .arg(errnoText(errno));
            return false;
        }
        m_temp.clear();
    } else if (::renameat2(AT_FDCWD, temp.constData(), AT_FDCWD, target.constData(), RENAME_EXCHANGE) != 0) {
        // Without an atomic exchange: the old folder aside, the new one in, the old removed.
        const QByteArray aside = temp + "-old";
        if (::rename(target.constData(), aside.constData()) != 0) {
            *error = Phrase::translate("ckpt::Io", "cannot replace the target: %1").arg(errnoText(errno));
            return false;
        }
        if (::rename(temp.constData(), target.constData()) != 0) {
            const int e = errno;
            ::rename(aside.constData(), target.constData());
            *error = Phrase::translate("ckpt::Io", "cannot replace the target: %1").arg(errnoText(e));
            return false;
        }
        m_temp = QFile::decodeName(aside);
    }
    // After an exchange the earlier output sits at the temp name: it goes now.
    m_committed = true;
    discard();
    syncFolder(QFileInfo(m_target).absolutePath());
    return true;
}

void OutputFolder::discard()
{
    if (!m_temp.isEmpty())
        QDir(m_temp).removeRecursively(); // our own mkdtemp folder: nothing else is in it
    m_temp.clear();
    if (m_lockFd >= 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
    }
}

} // namespace ckpt
