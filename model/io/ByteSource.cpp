#include "model/io/ByteSource.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace ckpt {

std::shared_ptr<ByteSource> ByteSource::open(const QString &path, Phrase *error, Access access)
{
    auto fail = [error](const Phrase &why) {
        if (error)
            *error = why;
        return std::shared_ptr<ByteSource>();
    };

    // Check the kind first: QFile happily "opens" a directory on Linux, and mapping or
    // reading a FIFO or device could block forever or never end.
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Phrase::translate("ckpt::Io", "cannot open: No such file or directory"));
    if (info.isDir())
        return fail(Phrase::translate("ckpt::Io", "is a directory"));
    if (!info.isFile())
        return fail(Phrase::translate("ckpt::Io", "is not a regular file"));

    std::shared_ptr<ByteSource> src(new ByteSource);
    src->m_path = path;
    src->m_file.setFileName(path);
    if (!src->m_file.open(QIODevice::ReadOnly))
        return fail(Phrase::translate("ckpt::Io", "cannot open: %1").arg(src->m_file.errorString()));

    const qint64 size = src->m_file.size();
    if (size > 0) {
        if (uchar *mapped = src->m_file.map(0, size)) {
            src->m_data = mapped;
            src->m_size = size;
            src->m_mapped = true;
            if (access == Access::Scattered)
                ::madvise(mapped, size_t(size), MADV_RANDOM);
            return src;
        }
    }

    // Mapping fails for empty files and on file systems without mmap: read instead.
    src->m_owned = src->m_file.readAll();
    if (src->m_file.error() != QFileDevice::NoError)
        return fail(Phrase::translate("ckpt::Io", "cannot read: %1").arg(src->m_file.errorString()));
    if (src->m_owned.size() != size)
        return fail(
            Phrase::translate("ckpt::Io", "cannot read: got %1 of %2 bytes").arg(src->m_owned.size()).arg(size));
    src->m_file.close();
    src->m_data = reinterpret_cast<const uchar *>(src->m_owned.constData());
    src->m_size = src->m_owned.size();
    return src;
}

std::shared_ptr<ByteSource> ByteSource::fromBytes(const QByteArray &bytes, const QString &name)
{
    std::shared_ptr<ByteSource> src(new ByteSource);
    src->m_path = name;
    src->m_owned = bytes;
    // constData() of a shared QByteArray never detaches, so the pointer stays valid.
    src->m_data = reinterpret_cast<const uchar *>(src->m_owned.constData());
    src->m_size = src->m_owned.size();
    return src;
}

ByteSource::~ByteSource()
{
    if (m_mapped)
        m_file.unmap(const_cast<uchar *>(m_data));
}

QByteArray ByteSource::bytes(qint64 offset, qint64 length) const
{
    if (!contains(offset, length) || length == 0)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(m_data + offset), length);
}

QByteArray ByteSource::view(qint64 offset, qint64 length) const
{
    if (!contains(offset, length) || length == 0)
        return QByteArray();
    return QByteArray::fromRawData(reinterpret_cast<const char *>(m_data + offset), length);
}

bool ByteSource::read(qint64 offset, qint64 length, char *out) const
{
    if (!contains(offset, length))
        return false;
    for (qint64 done = 0; m_mapped && done < length;) {
        const ssize_t n = ::pread(m_file.handle(), out + done, size_t(length - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // the mapping says what the file holds (or raises what it cannot read)
        done += n;
        if (done == length)
            return true;
    }
    std::memcpy(out, m_data + offset, size_t(length));
    return true;
}

void ByteSource::prefetch(qint64 offset, qint64 length) const
{
    if (m_mapped && contains(offset, length) && length > 0)
        ::posix_fadvise(m_file.handle(), offset, length, POSIX_FADV_WILLNEED);
}

} // namespace ckpt
