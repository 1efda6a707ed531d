#pragma once

#include "model/io/ByteSource.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace ckpt {

struct ZipEntry {
    QString name; // full name as stored ("archive/data/0")
    quint16 method = 0; // 0 stored, 8 deflated
    quint16 flags = 0; // general-purpose bit flags from the central directory
    quint32 crc32 = 0;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    qint64 localHeaderOffset = 0;
    qint64 dataOffset = -1; // first byte of the record's data (after the local header)
};

// Reads a zip's central directory (with zip64) the way PyTorch's miniz reader does:
// tolerant of flag bits, strict about bounds. Never reads record data at open.
class ZipDirectory {
public:
    // True if the bytes start like a zip (local header or empty-archive EOCD).
    static bool looksLikeZip(const ByteSource &src);
    // Parses the directory. On failure returns false and sets error() to a one-line reason.
    bool read(const ByteSourcePtr &src);
    QString error() const { return m_error; }

    const std::vector<ZipEntry> &entries() const { return m_entries; }
    // The archive prefix PyTorch uses: first entry name up to and including '/'.
    QString prefix() const { return m_prefix; }
    // Entry by name relative to the prefix ("data.pkl", "data/0"), or nullptr.
    const ZipEntry *find(QStringView relativeName) const;
    // Record bytes, inflating deflated records; verifies the size (and CRC if `checkCrc`).
    // Returns false with *error set on failure.
    bool readEntry(const ZipEntry &e, QByteArray *out, QString *error, bool checkCrc = false) const;
    // As readEntry(), but a stored record of a mapped file comes without a copy: its
    // bytes stay valid only while the ByteSource this directory read lives.
    bool viewEntry(const ZipEntry &e, QByteArray *out, QString *error) const;
    // Computes the CRC-32 of a record's bytes and compares with the directory's.
    bool crcMatches(const ZipEntry &e) const;

    // Upper bound on what readEntry() will inflate for one record (default 4 GiB).
    // Pickle readers may lower it; tensor data is never inflated through this path.
    static constexpr qint64 kDefaultMaxInflated = qint64(4) << 30;
    void setMaxInflatedSize(qint64 bytes) { m_maxInflated = bytes; }
    qint64 maxInflatedSize() const { return m_maxInflated; }
    // Oddities that did not stop the read (duplicate names, local/central name mismatch).
    QStringList warnings() const { return m_warnings; }

private:
    ByteSourcePtr m_src;
    std::vector<ZipEntry> m_entries;
    QString m_prefix;
    QString m_error;
    QStringList m_warnings;
    QHash<QStringView, int> m_index; // full name (viewed in m_entries) -> first entry with that name
    qint64 m_maxInflated = kDefaultMaxInflated;

    bool fail(const QString &why);
    bool readEndRecords(qint64 *cdOffset, qint64 *cdSize, qint64 *count);
    bool readCentralEntry(qint64 *pos, qint64 cdEnd, ZipEntry *e, QByteArrayView *rawName);
    bool locateData(ZipEntry *e, QByteArrayView rawName);
};

} // namespace ckpt
