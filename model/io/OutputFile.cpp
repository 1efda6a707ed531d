#include "model/io/OutputFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ckpt {

namespace {
QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}
// Start writeback after this many new bytes, so the disk works while we still produce
// data and the closing fsync finds less left (1 GiB without a cast: 0.94 -> 0.85 s).
constexpr qint64 kWritebackStep = qint64(32) << 20;
} // namespace

OutputFile::~OutputFile()
{
    if (!m_committed)
        discard();
}

bool OutputFile::create(const QString &target, QString *error)
{
    m_target = QFileInfo(target).absoluteFilePath();
    const QFileInfo info(m_target);
    const QString dir = info.absolutePath();
    if (!QFileInfo(dir).isDir()) {
        *error = QStringLiteral("folder %1 does not exist").arg(dir);
        return false;
    }
    if (info.exists() && info.isDir()) {
        *error = QStringLiteral("is a folder");
        return false;
    }
    // Hidden, beside the target (same filesystem, so the rename is atomic).
    QByteArray pattern = QFile::encodeName(QDir(dir).filePath(QStringLiteral(".%1.ckpt-XXXXXX").arg(info.fileName())));
    m_fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (m_fd < 0) {
        *error = QStringLiteral("cannot create a file in %1: %2").arg(dir, errnoText(errno));
        return false;
    }
    m_temp = QFile::decodeName(pattern);
    ::fchmod(m_fd, 0644); // mkstemp makes 0600; a saved model is normally world-readable
    m_written = 0;
    m_flushed = 0;
    return true;
}

bool OutputFile::write(const char *data, qint64 size, QString *error)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(std::min<qint64>(size, qint64(1) << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = QStringLiteral("cannot write: %1").arg(errnoText(errno));
            return false;
        }
        data += n;
        size -= n;
        m_written += n;
    }
    if (m_written - m_flushed >= kWritebackStep) {
        // Only a hint: durability still comes from the fsync in syncAndClose().
        ::sync_file_range(m_fd, m_flushed, m_written - m_flushed, SYNC_FILE_RANGE_WRITE);
        m_flushed = m_written;
    }
    return true;
}

bool OutputFile::syncAndClose(QString *error)
{
    if (m_fd < 0)
        return true;
    const bool synced = ::fsync(m_fd) == 0;
    const int syncErr = errno;
    const bool closed = ::close(m_fd) == 0;
    const int closeErr = errno;
    m_fd = -1;
    if (!synced || !closed) {
        *error = QStringLiteral("cannot write: %1").arg(errnoText(!synced ? syncErr : closeErr));
        return false;
    }
    return true;
}

bool OutputFile::commit(QString *error)
{
    if (!syncAndClose(error))
        return false;
    if (::rename(QFile::encodeName(m_temp).constData(), QFile::encodeName(m_target).constData()) != 0) {
        *error = QStringLiteral("cannot replace the target: %1").arg(errnoText(errno));
        return false;
    }
    m_committed = true;
    // Make the rename itself durable.
    const int dirFd
        = ::open(QFile::encodeName(QFileInfo(m_target).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

void OutputFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temp.isEmpty() && !m_committed)
        ::unlink(QFile::encodeName(m_temp).constData());
    m_temp.clear();
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat sa, sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace ckpt
