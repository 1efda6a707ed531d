#pragma once

#include "model/common/Phrase.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace ckpt {

// A read-only view of a whole file, memory-mapped when possible. Every access is
// bounds-checked; nothing is ever written. Thread-safe for reads once opened.
class ByteSource {
public:
    // How the mapping will be read. `Scattered`: a few small pieces far apart (the headers
    // of a DCP item file's blobs), so a fault reads only its own page instead of the
    // read-ahead window around it (8 MiB on a disk tuned for streaming), and
    // prefetch() says what to read ahead.
    enum class Access { Normal, Scattered };
    // Opens and maps `path`. On failure returns null and sets *error to a one-line reason.
    static std::shared_ptr<ByteSource> open(const QString &path, Phrase *error, Access access = Access::Normal);
    // Wraps bytes already in memory (inflated zip records, tests, fuzzers).
    static std::shared_ptr<ByteSource> fromBytes(const QByteArray &bytes, const QString &name);
    ~ByteSource();

    QString path() const { return m_path; }
    qint64 size() const { return m_size; }
    const uchar *data() const { return m_data; }
    // The bytes are a file mapping (pages may be released), not a copy in memory.
    bool isMapped() const { return m_mapped; }
    bool contains(qint64 offset, qint64 length) const
    {
        return offset >= 0 && length >= 0 && offset <= m_size && length <= m_size - offset;
    }
    // Copy of [offset, offset+length) or an empty array if out of range.
    QByteArray bytes(qint64 offset, qint64 length) const;
    // Zero-copy view of [offset, offset+length); valid while this source lives.
    QByteArray view(qint64 offset, qint64 length) const;
    // Copies [offset, offset+length) into `out`: with pread for a mapped file, so nothing
    // is mapped (a few bytes far from anything else read, such as a zip record's local
    // header before megabytes of data: faulted through the mapping, the page cache maps a
    // whole large folio around them, up to 2 MiB, or reads its read-ahead window when cold).
    // False if the range is outside the file.
    bool read(qint64 offset, qint64 length, char *out) const;
    // Asks the kernel to start reading [offset, offset+length) into the page cache (a
    // hint; nothing for bytes in memory).
    void prefetch(qint64 offset, qint64 length) const;

private:
    ByteSource() = default;
    QString m_path;
    QFile m_file;
    QByteArray m_owned;
    const uchar *m_data = nullptr;
    qint64 m_size = 0;
    bool m_mapped = false;
};

using ByteSourcePtr = std::shared_ptr<ByteSource>;

} // namespace ckpt
