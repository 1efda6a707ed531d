#include "model/io/ZipWriter.h"

#include "model/io/Crc32.h"

#include <algorithm>

namespace ckpt {

namespace {
constexpr quint32 kLocalSig = 0x04034b50;
constexpr quint32 kDescriptorSig = 0x08074b50;
constexpr quint32 kCentralSig = 0x02014b50;
constexpr quint32 kEnd64Sig = 0x06064b50;
constexpr quint32 kEnd64LocatorSig = 0x07064b50;
constexpr quint32 kEndSig = 0x06054b50;
constexpr quint64 kLocalHeaderSize = 30;
constexpr quint64 kEnd64BodySize = 44; // the zip64 end record after its signature and size field
// Bit 3: sizes and CRC follow the data (what lets us stream); bit 11: UTF-8 names. miniz
// sets both (only bit 11 for an empty record, which gets no descriptor), leaves "version
// needed", method, time and date at 0, and so do we.
constexpr quint16 kUtf8 = 0x0800;
constexpr quint16 kDescriptor = 0x0008;
constexpr quint16 kZip64ExtraId = 0x0001;
constexpr qint64 kFlushCentral = qint64(1) << 20;

void put16(QByteArray &b, quint64 v)
{
    b.append(char(v & 0xFF));
    b.append(char((v >> 8) & 0xFF));
}
void put32(QByteArray &b, quint64 v)
{
    put16(b, v & 0xFFFF);
    put16(b, (v >> 16) & 0xFFFF);
}
void put64(QByteArray &b, quint64 v)
{
    put32(b, v & 0xFFFFFFFFu);
    put32(b, v >> 32);
}
} // namespace

ZipWriter::ZipWriter(const QString &archiveName, Sink sink) : m_archive(archiveName), m_sink(std::move(sink)) { }

QString ZipWriter::archiveNameFor(const QString &path)
{
    // PyTorchStreamWriter's own basename(): after the last '/' or '\', before the last '.'.
    QString name = path.mid(std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\'))) + 1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0)
        name.truncate(dot);
    const bool ascii = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return name.isEmpty() || !ascii ? QStringLiteral("archive") : name;
}

bool ZipWriter::fail(const Phrase &why)
{
    if (!m_failed)
        m_error = why;
    m_failed = true;
    return false;
}

bool ZipWriter::put(const char *data, qint64 size)
{
    if (m_failed)
        return false;
    if (size > 0 && !m_sink(data, size))
        return fail(Phrase::translate("ckpt::Io", "writing stopped"));
    m_pos += quint64(size);
    return true;
}

bool ZipWriter::put(const QByteArray &bytes)
{
    return put(bytes.constData(), bytes.size());
}

QByteArray ZipWriter::zip64Extra(quint64 size, quint64 offset) const
{
    // miniz's order: uncompressed size, compressed size (both only for a big record),
    // then the local header offset (only when it is big), in local and central headers.
    QByteArray x;
    put16(x, kZip64ExtraId);
    put16(x, (needs64(size) ? 16 : 0) + (needs64(offset) ? 8 : 0));
    if (needs64(size)) {
        put64(x, size);
        put64(x, size);
    }
    if (needs64(offset))
        put64(x, offset);
    return x;
}

bool ZipWriter::writeRecord(const QString &name, const void *data, qint64 size)
{
    return beginRecord(name, size) && appendData(data, size) && endRecord();
}

bool ZipWriter::beginRecord(const QString &name, qint64 size)
{
    if (m_failed)
        return false;
    if (m_finished)
        return fail(Phrase::translate("ckpt::Io", "record '%1' written after the end of the archive").arg(name));
    if (m_recordOpen)
        return fail(Phrase::translate("ckpt::Io", "record '%1' begun inside another").arg(name));
    if (size < 0)
        return fail(Phrase::translate("ckpt::Io", "record '%1' has a negative size").arg(name));
    Entry e;
    e.name = (m_archive + QLatin1Char('/') + name).toUtf8();
    e.offset = m_pos;
    e.size = quint64(size);
    e.flags = e.size > 0 ? kUtf8 | kDescriptor : kUtf8;
    if (e.name.size() > 0xFFFF)
        return fail(Phrase::translate("ckpt::Io", "record name too long: %1").arg(name));
    if (m_names.contains(e.name))
        return fail(Phrase::translate("ckpt::Io", "duplicate record '%1'").arg(name));
    const bool zip64 = needs64(e.size) || needs64(e.offset);
    const QByteArray z64 = zip64 ? zip64Extra(e.size, e.offset) : QByteArray();
    // As PyTorch's getPadding: the data would start after the fixed header, the name, the
    // zip64 field and the FB field's own 4 bytes; the 'Z's move it to the next multiple of 64.
    const quint64 start = e.offset + kLocalHeaderSize + quint64(e.name.size()) + quint64(z64.size()) + 4;
    const quint64 pad = (kAlignment - start % kAlignment) % kAlignment;

    QByteArray h;
    h.reserve(int(kLocalHeaderSize + kAlignment) + e.name.size() + z64.size());
    put32(h, kLocalSig);
    put16(h, 0); // version needed
    put16(h, e.flags);
    put16(h, 0); // method: stored
    put32(h, 0); // time, date
    put32(h, 0); // CRC and sizes: in the data descriptor
    put32(h, 0);
    put32(h, 0);
    put16(h, quint64(e.name.size()));
    put16(h, quint64(z64.size()) + 4 + pad);
    h += e.name;
    h += z64;
    h += "FB";
    put16(h, pad);
    h.append(qsizetype(pad), 'Z');
    if (!put(h))
        return false;
    m_open = e;
    m_recordOpen = true;
    m_openWritten = 0;
    return true;
}

bool ZipWriter::appendData(const void *data, qint64 size)
{
    // CRC each piece right before writing it, while it is in cache.
    // (A CRC thread beside the writes, or copy_file_range from the source, saved < 0.1 s
    // of 0.8 s on 1 GiB: the page-cache copy and the fsync dominate, so we keep it simple.)
    if (m_failed)
        return false;
    if (!m_recordOpen || size < 0 || m_openWritten + quint64(size) > m_open.size)
        return fail(
            Phrase::translate("ckpt::Io", "more data than record '%1' announced").arg(QString::fromUtf8(m_open.name)));
    const char *p = static_cast<const char *>(data);
    for (qint64 done = 0; done < size;) {
        const qint64 n = std::min(kChunk, size - done);
        m_open.crc = crc32Update(m_open.crc, p + done, n);
        if (!put(p + done, n))
            return false;
        done += n;
    }
    m_openWritten += quint64(size);
    return true;
}

bool ZipWriter::endRecord()
{
    if (m_failed)
        return false;
    if (!m_recordOpen || m_openWritten != m_open.size)
        return fail(Phrase::translate("ckpt::Io", "record '%1' got %2 of its %3 bytes")
                        .arg(QString::fromUtf8(m_open.name))
                        .arg(m_openWritten)
                        .arg(m_open.size));
    m_recordOpen = false;
    const Entry &e = m_open;
    if (e.flags & kDescriptor) {
        const bool zip64 = needs64(e.size) || needs64(e.offset);
        QByteArray d;
        put32(d, kDescriptorSig);
        put32(d, e.crc);
        if (zip64) { // miniz widens the descriptor whenever the local header has a zip64 field
            put64(d, e.size);
            put64(d, e.size);
        } else {
            put32(d, e.size);
            put32(d, e.size);
        }
        if (!put(d))
            return false;
    }
    m_names.insert(e.name);
    m_entries.push_back(e);
    return true;
}

bool ZipWriter::finish()
{
    if (m_failed)
        return false;
    if (m_finished)
        return true;
    if (m_recordOpen)
        return fail(Phrase::translate("ckpt::Io", "record '%1' was not ended").arg(QString::fromUtf8(m_open.name)));
    const quint64 cdOffset = m_pos;
    auto field32 = [this](quint64 v) { return needs64(v) ? quint64(0xFFFFFFFFu) : v; };
    QByteArray cd;
    for (const Entry &e : m_entries) {
        const bool zip64 = needs64(e.size) || needs64(e.offset);
        const QByteArray z64 = zip64 ? zip64Extra(e.size, e.offset) : QByteArray();
        put32(cd, kCentralSig);
        put16(cd, 0); // version made by
        put16(cd, 0); // version needed
        put16(cd, e.flags);
        put16(cd, 0); // stored
        put32(cd, 0); // time, date
        put32(cd, e.crc);
        put32(cd, field32(e.size));
        put32(cd, field32(e.size));
        put16(cd, quint64(e.name.size()));
        put16(cd, quint64(z64.size()));
        put16(cd, 0); // comment
        put16(cd, 0); // disk
        put16(cd, 0); // internal attributes
        put32(cd, 0); // external attributes
        put32(cd, field32(e.offset));
        cd += e.name;
        cd += z64;
        if (cd.size() >= kFlushCentral) {
            if (!put(cd))
                return false;
            cd.clear();
        }
    }
    if (!put(cd))
        return false;
    const quint64 cdSize = m_pos - cdOffset;
    const quint64 end64Offset = m_pos;
    const quint64 count = m_entries.size();

    // miniz in zip64 mode always ends with the zip64 end record and its locator.
    QByteArray t;
    put32(t, kEnd64Sig);
    put64(t, kEnd64BodySize);
    put16(t, 0x031e); // made by: Unix, spec 3.0
    put16(t, 0x002d); // needed: 4.5 (zip64)
    put32(t, 0); // this disk, the directory's disk
    put32(t, 0);
    put64(t, count);
    put64(t, count);
    put64(t, cdSize);
    put64(t, cdOffset);
    put32(t, kEnd64LocatorSig);
    put32(t, 0);
    put64(t, end64Offset);
    put32(t, 1); // disks in all
    put32(t, kEndSig);
    put16(t, 0);
    put16(t, 0);
    put16(t, std::min<quint64>(count, 0xFFFF));
    put16(t, std::min<quint64>(count, 0xFFFF));
    put32(t, field32(cdSize));
    put32(t, field32(cdOffset));
    put16(t, 0); // comment
    if (!put(t))
        return false;
    m_finished = true;
    return true;
}

} // namespace ckpt
