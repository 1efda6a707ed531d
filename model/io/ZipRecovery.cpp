// A zip whose central directory is gone (a truncated download, a write that was killed):
// its records found by walking the local headers from the start, as far as they are whole.
#include "model/io/ZipDirectory.h"
#include "model/io/ZipFormat.h"

#include <cstring>

namespace ckpt {

using namespace zipformat;

namespace {

// The data descriptor that ends a record's data at `from`: the first "PK\7\8" whose size
// field (32-bit, or zip64's 64-bit) is its distance from `from`. Returns where the data
// ends, *next where the next record starts and *crc the record's CRC-32; -1 if the file
// ends first.
qint64 findDescriptor(const uchar *d, qint64 size, qint64 from, qint64 *next, quint32 *crc)
{
    static const char sig[] = { 'P', 'K', 7, 8 };
    for (qint64 at = from; at + 16 <= size;) {
        const void *hit = memmem(d + at, size_t(size - at), sig, sizeof sig);
        if (!hit)
            return -1;
        const qint64 q = static_cast<const uchar *>(hit) - d;
        const qint64 length = q - from;
        if (q + 16 > size)
            return -1; // a descriptor's 16 bytes do not fit: the record is cut off
        *crc = le32(d + q + 4);
        if (le32(d + q + 8) == quint32(length)) {
            *next = q + 16;
            return q;
        }
        if (q + 24 <= size && le64(d + q + 8) == quint64(length)) {
            *next = q + 24;
            return q;
        }
        at = q + 1;
    }
    return -1;
}
} // namespace

qint64 ZipDirectory::recoverFromLocalHeaders(const ByteSourcePtr &src)
{
    m_src = src;
    m_entries.clear();
    m_rawNames.clear();
    m_sorted.clear();
    m_duplicates = false;
    m_prefix.clear();
    m_recoveredFrom = Phrase(); // error() still says why read() failed
    if (!src)
        return 0;
    const uchar *d = src->data();
    const qint64 size = src->size();
    qint64 pos = 0;
    Phrase stop = Phrase::translate("ckpt::Io", "the file ends", "a truncated zip is read until");
    while (pos + kLocalHeaderSize <= size && qint64(m_entries.size()) < kMaxEntries) {
        if (le32(d + pos) != kLocalSig) {
            stop = le32(d + pos) == kCentralSig
                ? Phrase::translate("ckpt::Io", "the central directory starts", "a truncated zip is read until")
                : Phrase::translate("ckpt::Io", "byte %1 is not a record", "a truncated zip is read until").arg(pos);
            break;
        }
        const uchar *h = d + pos;
        ZipEntry e;
        e.flags = le16(h + 6);
        e.method = le16(h + 8);
        e.crc32 = le32(h + 14);
        quint64 csize = le32(h + 18), usize = le32(h + 22);
        const qint64 nameLen = le16(h + 26), extraLen = le16(h + 28);
        const qint64 dataOffset = pos + kLocalHeaderSize + nameLen + extraLen;
        if (dataOffset > size) {
            stop = Phrase::translate("ckpt::Io", "a record's header is cut off", "a truncated zip is read until");
            break;
        }
        // zip64 extra field (id 1): the saturated sizes, uncompressed first.
        for (const uchar *x = h + kLocalHeaderSize + nameLen, *end = x + extraLen; end - x >= 4;) {
            const quint16 id = le16(x), len = le16(x + 2);
            if (end - x - 4 < len)
                break;
            if (id == 0x0001) {
                const uchar *f = x + 4;
                if (usize == 0xFFFFFFFFu && len >= 8)
                    usize = le64(f), f += 8;
                if (csize == 0xFFFFFFFFu && f + 8 <= x + 4 + len)
                    csize = le64(f);
            }
            x += 4 + len;
        }
        qint64 next = 0;
        if (e.flags & 0x8) {
            // PyTorch's writer streams: the sizes follow the data, in a data descriptor.
            const qint64 end = findDescriptor(d, size, dataOffset, &next, &e.crc32);
            if (end < 0) {
                stop = Phrase::translate("ckpt::Io", "a record is cut off", "a truncated zip is read until");
                break;
            }
            csize = quint64(end - dataOffset);
            if (e.method == 0)
                usize = csize;
        } else if (csize > quint64(size - dataOffset)) {
            stop = Phrase::translate("ckpt::Io", "a record is cut off", "a truncated zip is read until");
            break;
        } else {
            next = dataOffset + qint64(csize);
        }
        const QByteArrayView rawName(h + kLocalHeaderSize, nameLen);
        e.name = QString::fromUtf8(rawName);
        e.compressedSize = qint64(csize);
        e.uncompressedSize = qint64(usize);
        e.localHeaderOffset = pos;
        e.dataOffset = dataOffset;
        m_entries.push_back(std::move(e));
        m_rawNames.push_back(rawName);
        pos = next;
    }
    sortLikeMiniz();
    setPrefix();
    m_recoveredFrom = Phrase::translate(
        "ckpt::Io", "%1 (%n records found by their local headers, until %2)", nullptr, int(m_entries.size()))
                          .arg(m_error, stop);
    return qint64(m_entries.size());
}

} // namespace ckpt
