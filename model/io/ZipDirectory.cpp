#include "model/io/ZipDirectory.h"

#include "model/io/Crc32.h"
#include "model/io/ZipFormat.h"

#include <QVarLengthArray>

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace ckpt {

using namespace zipformat;

namespace {
// Deflate cannot expand more than ~1032:1 (one 258-byte match per 2 bits).
constexpr qint64 kMaxDeflateRatio = 1032;
// zlib counts in uInt: feed it at most 1 GiB at a time.
constexpr qint64 kZlibChunk = qint64(1) << 30;

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}
} // namespace

bool ZipDirectory::looksLikeZip(const ByteSource &src)
{
    if (src.size() < 4)
        return false;
    const quint32 sig = le32(src.data());
    return sig == kLocalSig || sig == kEndSig;
}

bool ZipDirectory::fail(const Phrase &why)
{
    m_error = why;
    return false;
}

// Finds the end of central directory record and the directory it describes as PyTorch's
// miniz does (mz_zip_reader_locate_header_sig, mz_zip_reader_read_central_dir), so that we
// read the directory torch.load reads: the LAST end signature with 22 bytes after it
// (Python's zipfile also takes the last), its comment length unchecked; a zip64 locator
// whose record lacks the zip64 signature ignored; only miniz's own consistency checks.
bool ZipDirectory::readEndRecords(qint64 *cdOffset, qint64 *cdSize, qint64 *count)
{
    const qint64 size = m_src->size();
    const uchar *d = m_src->data();
    if (size < kEndSize)
        return fail(Phrase::translate("ckpt::Io", "too small to be a zip archive (%1 bytes)").arg(size));

    // miniz scans back in 4 KB blocks (3 bytes of overlap) and gives up after a block that
    // starts 64 KB + 22 bytes or more before the end.
    constexpr qint64 kBlock = 4096;
    qint64 end = -1;
    for (qint64 block = std::max<qint64>(size - kBlock, 0);;) {
        const qint64 n = std::min(kBlock, size - block);
        for (qint64 i = n - 4; i >= 0 && end < 0; --i)
            if (le32(d + block + i) == kEndSig && size - (block + i) >= kEndSize)
                end = block + i;
        if (end >= 0 || block == 0 || size - block >= kMaxComment + kEndSize)
            break;
        block = std::max<qint64>(block - (kBlock - 3), 0);
    }
    if (end < 0)
        return fail(Phrase::translate("ckpt::Io", "no zip end of central directory record (not a zip, or truncated)"));

    const uchar *e = d + end;
    quint64 disk = le16(e + 4), cdDisk = le16(e + 6);
    quint64 total = le16(e + 10), onThisDisk = le16(e + 8), dirSize = le32(e + 12), dirOffset = le32(e + 16);

    if (end >= kEnd64LocatorSize + kEnd64Size && le32(d + end - kEnd64LocatorSize) == kEnd64LocatorSig) {
        const uchar *loc = d + end - kEnd64LocatorSize;
        const quint64 off64 = le64(loc + 8);
        if (off64 > quint64(size - kEnd64Size))
            return fail(
                Phrase::translate("ckpt::Io", "zip64 end record claimed at byte %1 lies past the end of the file")
                    .arg(off64));
        const uchar *z = d + off64;
        if (le32(z) == kEnd64Sig) { // otherwise miniz ignores the locator, and so do we
            if (le64(z + 4) < quint64(kEnd64Size - 12))
                return fail(Phrase::translate("ckpt::Io", "zip64 end record at byte %1 is damaged").arg(off64));
            if (le32(loc + 16) != 1)
                return fail(Phrase::translate("ckpt::Io", "multi-disk (spanned) zip archives are not supported"));
            total = le64(z + 32);
            onThisDisk = le64(z + 24);
            dirSize = le64(z + 40);
            if (total > 0xFFFFFFFFu || onThisDisk > 0xFFFFFFFFu || dirSize > 0xFFFFFFFFu)
                return fail(Phrase::translate("ckpt::Io",
                    "zip64 directory lists %1 records in %2 bytes, more than the limit "
                    "PyTorch's reader accepts")
                                .arg(total)
                                .arg(dirSize));
            disk = le32(z + 16);
            cdDisk = le32(z + 20);
            dirOffset = le64(z + 48);
        }
    }
    if (total != onThisDisk)
        return fail(Phrase::translate("ckpt::Io",
            "zip end record counts %1 records in all but %2 on this disk (a spanned or "
            "damaged archive, which PyTorch's reader refuses)")
                        .arg(total)
                        .arg(onThisDisk));
    // Spanned archives are not supported; some writers number the only disk 1.
    if ((disk | cdDisk) != 0 && (disk != 1 || cdDisk != 1))
        return fail(Phrase::translate("ckpt::Io", "multi-disk (spanned) zip archives are not supported"));
    if (total > quint64(kMaxEntries))
        return fail(Phrase::translate("ckpt::Io", "zip directory lists %1 records, more than the limit of %2")
                        .arg(total)
                        .arg(kMaxEntries));
    if (total * quint64(kCentralHeaderSize) > dirSize)
        return fail(Phrase::translate("ckpt::Io", "zip directory lists %1 records but is only %2 bytes long")
                        .arg(total)
                        .arg(dirSize));
    if (dirOffset > quint64(size) || dirSize > quint64(size) - dirOffset)
        return fail(Phrase::translate(
            "ckpt::Io", "zip central directory claims %1 bytes at byte %2, past the end of the file (%3 bytes)")
                        .arg(dirSize)
                        .arg(dirOffset)
                        .arg(size));

    *cdOffset = qint64(dirOffset);
    *cdSize = qint64(dirSize);
    *count = qint64(total);
    return true;
}

bool ZipDirectory::readCentralEntry(qint64 *pos, qint64 cdEnd, ZipEntry *e, QByteArrayView *rawName)
{
    const uchar *d = m_src->data();
    const qint64 p = *pos;
    if (cdEnd - p < kCentralHeaderSize || le32(d + p) != kCentralSig)
        return fail(Phrase::translate("ckpt::Io", "zip central directory entry %1 at byte %2 is damaged")
                        .arg(m_entries.size())
                        .arg(p));
    const uchar *h = d + p;
    const qint64 nameLen = le16(h + 28), extraLen = le16(h + 30), commentLen = le16(h + 32);
    if (cdEnd - p - kCentralHeaderSize < nameLen + extraLen + commentLen)
        return fail(Phrase::translate("ckpt::Io", "zip central directory entry %1 at byte %2 runs past the directory")
                        .arg(m_entries.size())
                        .arg(p));

    e->flags = le16(h + 8);
    e->method = le16(h + 10);
    e->crc32 = le32(h + 16);
    quint64 csize = le32(h + 20), usize = le32(h + 24), offset = le32(h + 42);
    // Names are ASCII in every torch file; UTF-8 (flag bit 11) covers the rest in practice.
    *rawName = QByteArrayView(h + kCentralHeaderSize, nameLen);
    e->name = QString::fromUtf8(*rawName);

    // zip64 extra field (id 1): only the saturated fields are present, in this order.
    bool needU = usize == 0xFFFFFFFFu, needC = csize == 0xFFFFFFFFu, needO = offset == 0xFFFFFFFFu;
    const uchar *x = h + kCentralHeaderSize + nameLen;
    const uchar *xEnd = x + extraLen;
    while ((needU || needC || needO) && xEnd - x >= 4) {
        const quint16 id = le16(x), len = le16(x + 2);
        const uchar *body = x + 4;
        if (xEnd - body < len)
            break;
        if (id == 0x0001) {
            const uchar *f = body;
            auto take = [&](quint64 *v) {
                if (body + len - f < 8)
                    return false;
                *v = le64(f);
                f += 8;
                return true;
            };
            if ((needU && !take(&usize)) || (needC && !take(&csize)) || (needO && !take(&offset)))
                return fail(
                    Phrase::translate("ckpt::Io", "zip record '%1' has a truncated zip64 extra field").arg(e->name));
            needU = needC = needO = false;
        }
        x = body + len;
    }
    if (needU || needC || needO)
        return fail(Phrase::translate("ckpt::Io", "zip record '%1' needs zip64 sizes but has no zip64 extra field")
                        .arg(e->name));

    const quint64 size = quint64(m_src->size());
    if (offset > size)
        return fail(Phrase::translate(
            "ckpt::Io", "zip record '%1' has its local header at byte %2, past the end of the file (%3 bytes)")
                        .arg(e->name)
                        .arg(offset)
                        .arg(size));
    if (csize > size)
        return fail(Phrase::translate(
            "ckpt::Io", "zip record '%1' claims %2 bytes at byte %3, past the end of the file (%4 bytes)")
                        .arg(e->name)
                        .arg(csize)
                        .arg(offset)
                        .arg(size));
    // An inflated size can legitimately exceed the file; only keep it in qint64 range.
    if (usize > quint64(std::numeric_limits<qint64>::max() / 2))
        return fail(Phrase::translate("ckpt::Io", "zip record '%1' claims an impossible size of %2 bytes")
                        .arg(e->name)
                        .arg(usize));
    e->compressedSize = qint64(csize);
    e->uncompressedSize = qint64(usize);
    e->localHeaderOffset = qint64(offset);
    *pos = p + kCentralHeaderSize + nameLen + extraLen + commentLen;
    return true;
}

// The local header of a record larger than kFarRecord is read, not mapped: it lies alone
// before megabytes of data (a torch file of large tensors), and a fault on it mapped the
// page cache's large folio around it (2 MiB once the file had been read through a mapping:
// 460 MB held to open a 4 GiB file, a few hundred bytes used of each) or, cold, read the
// disk's read-ahead window (8 MiB here). Smaller records lie end to end, their headers a
// page or a few apart: mapped, one fault serves many (a pread each cost 100k-key files
// 40% more time to open).
const uchar *ZipDirectory::localHeader(qint64 lho, qint64 recordBytes, QByteArray *copy) const
{
    constexpr qint64 kFarRecord = qint64(64) << 10;
    const qint64 have = std::min<qint64>(m_src->size() - lho, kLocalHeaderSize);
    if (recordBytes < kFarRecord || have < kLocalHeaderSize)
        return m_src->data() + lho;
    copy->resize(have);
    m_src->read(lho, have, copy->data());
    const qint64 full = std::min<qint64>(
        m_src->size() - lho, kLocalHeaderSize + le16(reinterpret_cast<const uchar *>(copy->constData()) + 26));
    copy->resize(full);
    m_src->read(lho + kLocalHeaderSize, full - kLocalHeaderSize, copy->data() + kLocalHeaderSize);
    return reinterpret_cast<const uchar *>(copy->constData());
}

// The data starts after the LOCAL header, whose extra field (torch's 'FB' padding) may
// differ in length from the central one.
bool ZipDirectory::locateData(ZipEntry *e, QByteArrayView rawName)
{
    const qint64 size = m_src->size();
    const qint64 lho = e->localHeaderOffset;
    QByteArray copy;
    const uchar *h = lho >= 0 && lho < size ? localHeader(lho, e->compressedSize, &copy) : nullptr;
    if (!h || size - lho < kLocalHeaderSize || le32(h) != kLocalSig)
        return fail(
            Phrase::translate("ckpt::Io", "zip record '%1' has no local header at byte %2").arg(e->name).arg(lho));
    const qint64 nameLen = le16(h + 26), extraLen = le16(h + 28);
    const qint64 dataOffset = lho + kLocalHeaderSize + nameLen + extraLen;
    if (dataOffset > size || e->compressedSize > size - dataOffset)
        return fail(Phrase::translate(
            "ckpt::Io", "zip record '%1' claims %2 bytes at byte %3, past the end of the file (%4 bytes)")
                        .arg(e->name)
                        .arg(e->compressedSize)
                        .arg(dataOffset)
                        .arg(size));
    // The usual case, an ASCII name repeated byte for byte, is settled without copies;
    // anything else is compared as text, as the central name was decoded.
    const QByteArrayView localName(h + kLocalHeaderSize, nameLen);
    const bool same
        = localName == rawName && std::all_of(rawName.begin(), rawName.end(), [](char c) { return uchar(c) < 0x80; });
    if (!same && localName != e->name.toUtf8())
        m_warnings << Phrase::translate("ckpt::Io", "zip record '%1': its local header names it '%2'")
                          .arg(e->name, QString::fromUtf8(localName));
    e->dataOffset = dataOffset;
    return true;
}

bool ZipDirectory::read(const ByteSourcePtr &src)
{
    m_src = src;
    m_entries.clear();
    m_rawNames.clear();
    m_sorted.clear();
    m_byName.clear();
    m_namesIndexed = false;
    m_concat = 0;
    m_duplicates = false;
    m_prefix.clear();
    m_error = Phrase();
    m_recoveredFrom = Phrase();
    m_warnings.clear();
    if (!src)
        return fail(Phrase::translate("ckpt::Io", "no data"));
    m_inflateBudget = inflateBudgetFor(src->size());
    m_inflated = std::make_shared<std::atomic<qint64>>(0);
    if (m_rules == Rules::PythonZipfile)
        return readLikeZipfile();

    qint64 cdOffset = 0, cdSize = 0, count = 0;
    if (!readEndRecords(&cdOffset, &cdSize, &count))
        return false;

    m_entries.reserve(size_t(count));
    qint64 pos = cdOffset;
    const qint64 cdEnd = cdOffset + cdSize;
    m_rawNames.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        ZipEntry e;
        QByteArrayView rawName;
        if (!readCentralEntry(&pos, cdEnd, &e, &rawName) || !locateData(&e, rawName))
            return false;
        m_entries.push_back(std::move(e));
        m_rawNames.push_back(rawName);
    }
    sortLikeMiniz();
    setPrefix();
    return true;
}

void ZipDirectory::setPrefix()
{
    if (!m_entries.empty()) {
        const QString &first = m_entries.front().name;
        const qsizetype slash = first.indexOf(QLatin1Char('/'));
        if (slash >= 0)
            m_prefix = first.left(slash + 1);
    }
}

Phrase ZipDirectory::readerName(Rules rules)
{
    return rules == Rules::Miniz ? Phrase::translate("ckpt::Io", "PyTorch's miniz (torch.load)")
                                 : Phrase::translate("ckpt::Io", "Python's zipfile (numpy.load, most scanners)");
}

const ZipEntry *ZipDirectory::find(QStringView relativeName) const
{
    // Joined on the stack: one look-up per storage record must not cost an allocation.
    QVarLengthArray<QChar, 256> full;
    full.append(m_prefix.constData(), m_prefix.size());
    full.append(relativeName.constData(), relativeName.size());
    return findFull(QStringView(full.constData(), full.size()));
}

const ZipEntry *ZipDirectory::findFull(QStringView fullName) const
{
    if (m_rules == Rules::PythonZipfile) {
        indexNames();
        const auto it = m_byName.constFind(fullName.toString());
        return it == m_byName.cend() ? nullptr : &m_entries[*it];
    }
    QVarLengthArray<char, 256> utf8;
    for (const QChar c : fullName) {
        if (c.unicode() >= 0x80) { // rare: names are ASCII in every torch file
            const QByteArray b = fullName.toUtf8();
            utf8.clear();
            utf8.append(b.constData(), b.size());
            break;
        }
        utf8.append(char(c.unicode()));
    }
    const int i = locateLikeMiniz(QByteArrayView(utf8.constData(), utf8.size()));
    return i < 0 ? nullptr : &m_entries[size_t(i)];
}

qint64 ZipDirectory::inflateBudgetFor(qint64 fileSize)
{
#ifdef CKPT_FUZZ_BUILD
    // The fuzzers run the same rule on a smaller scale: one instrumented pass over 64 MiB of
    // inflated pickle outlasts libFuzzer's timeout, and the limits are what is under test.
    constexpr qint64 kFloor = qint64(4) << 20, kCap = qint64(16) << 20, kPerByte = 32;
#else
    constexpr qint64 kFloor = qint64(64) << 20, kCap = qint64(256) << 20, kPerByte = 32;
#endif
    return std::clamp(fileSize > kCap ? kCap : fileSize * kPerByte, kFloor, kCap);
}

bool ZipDirectory::inflateRecord(
    const ZipEntry &e, const std::function<void(const char *, qint64)> &sink, char *into, Phrase *why) const
{
    const qint64 want = e.uncompressedSize;
    if (want > e.compressedSize * kMaxDeflateRatio + 1024) {
        *why = Phrase::translate(
            "ckpt::Io", "record '%1' claims %2 bytes inflated from %3, more than deflate can produce")
                   .arg(e.name)
                   .arg(want)
                   .arg(e.compressedSize);
        return false;
    }
    // Charged before inflating: together the records may not inflate past the file's budget.
    const qint64 before = m_inflated->fetch_add(want);
    if (before + want > m_inflateBudget) {
        m_inflated->fetch_sub(want);
        *why = Phrase::translate("ckpt::Io",
            "record '%1' would inflate to %2 bytes; with the %3 bytes already inflated that passes "
            "the budget of %4 bytes for this %5-byte file (a decompression bomb): not read")
                   .arg(e.name)
                   .arg(want)
                   .arg(before)
                   .arg(m_inflateBudget)
                   .arg(m_src->size());
        return false;
    }
    if (want == 0)
        return true;
    const uchar *in = m_src->data() + e.dataOffset;
    z_stream zs = {};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
        *why = Phrase::translate("ckpt::Io", "record '%1': cannot start zlib").arg(e.name);
        return false;
    }
    constexpr qint64 kPiece = 1 << 16; // what a sink gets at a time
    char piece[kPiece];
    qint64 inLeft = e.compressedSize, produced = 0;
    char spare;
    for (;;) {
        if (zs.avail_in == 0 && inLeft > 0) {
            const qint64 n = std::min(inLeft, kZlibChunk);
            zs.next_in = const_cast<Bytef *>(in);
            zs.avail_in = uInt(n);
            in += n;
            inLeft -= n;
        }
        // Once the declared size is full, offer one spare byte to catch overlong data.
        const bool full = produced == want;
        char *dest = full ? &spare : into ? into + produced : piece;
        zs.next_out = reinterpret_cast<Bytef *>(dest);
        zs.avail_out = full ? 1 : uInt(std::min(want - produced, into ? kZlibChunk : kPiece));
        const uInt room = zs.avail_out;
        const int rc = inflate(&zs, Z_NO_FLUSH);
        const qint64 got = qint64(room - zs.avail_out);
        if (full && got > 0) {
            *why = Phrase::translate("ckpt::Io", "record '%1' inflates to more than the %2 bytes the directory says")
                       .arg(e.name)
                       .arg(want);
            break;
        }
        if (sink && got > 0)
            sink(dest, got);
        produced += got;
        if (rc == Z_STREAM_END)
            break;
        if (rc == Z_BUF_ERROR && zs.avail_in == 0 && inLeft == 0) {
            *why = Phrase::translate("ckpt::Io", "record '%1' ends before its compressed data does").arg(e.name);
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            *why = Phrase::translate("ckpt::Io", "record '%1' is corrupt: %2")
                       .arg(e.name, QString::fromLatin1(zs.msg ? zs.msg : "inflate failed"));
            break;
        }
    }
    inflateEnd(&zs);
    if (why->isEmpty() && produced != want)
        *why = Phrase::translate("ckpt::Io", "record '%1' inflates to %2 bytes, but the directory says %3")
                   .arg(e.name)
                   .arg(produced)
                   .arg(want);
    return why->isEmpty();
}

bool ZipDirectory::readEntry(const ZipEntry &e, QByteArray *out, Phrase *error, bool checkCrc) const
{
    auto failWith = [error](const Phrase &why) {
        if (error)
            *error = why;
        return false;
    };
    out->clear();
    if (e.openError)
        return failWith(*e.openError);
    if (!m_src || e.dataOffset < 0 || !m_src->contains(e.dataOffset, e.compressedSize))
        return failWith(Phrase::translate("ckpt::Io", "record '%1' lies outside the file").arg(e.name));
    // The encryption flag bit is not refused: PyTorch reads such records as plain data,
    // and a scanner that refuses them is blind to the pickle (GHSA-w8jq-xcqf-f792).

    if (e.method == 0) {
        if (e.compressedSize != e.uncompressedSize)
            return failWith(Phrase::translate("ckpt::Io", "record '%1' is stored but its sizes differ (%2 vs %3 bytes)")
                                .arg(e.name)
                                .arg(e.compressedSize)
                                .arg(e.uncompressedSize));
        *out = m_src->bytes(e.dataOffset, e.compressedSize);
    } else if (e.method == 8) {
        if (e.uncompressedSize > m_maxInflated)
            return failWith(
                Phrase::translate("ckpt::Io", "record '%1' would inflate to %2 bytes, more than the limit of %3 bytes")
                    .arg(e.name)
                    .arg(e.uncompressedSize)
                    .arg(m_maxInflated));
        out->resize(e.uncompressedSize);
        Phrase why;
        if (!inflateRecord(e, nullptr, out->data(), &why)) {
            out->clear();
            return failWith(why);
        }
    } else {
        return failWith(Phrase::translate("ckpt::Io", "record '%1' uses unsupported compression method %2")
                            .arg(e.name)
                            .arg(e.method));
    }

    if (checkCrc) {
        const quint32 crc = crc32Update(0, out->constData(), out->size());
        if (crc != e.crc32) {
            out->clear();
            return failWith(
                Phrase::translate("ckpt::Io", "record '%1' fails its CRC-32 check (computed %2, directory says %3)")
                    .arg(e.name, hex32(crc), hex32(e.crc32)));
        }
    }
    return true;
}

bool ZipDirectory::viewEntry(const ZipEntry &e, QByteArray *out, Phrase *error) const
{
    if (e.method == 0 && e.compressedSize == e.uncompressedSize && m_src && m_src->isMapped() && e.dataOffset >= 0
        && m_src->contains(e.dataOffset, e.compressedSize)) {
        *out = QByteArray::fromRawData(reinterpret_cast<const char *>(m_src->data() + e.dataOffset), e.compressedSize);
        return true;
    }
    return readEntry(e, out, error);
}

bool ZipDirectory::crcMatches(const ZipEntry &e, Phrase *unreadable) const
{
    // Stored records are checked in place, without copying possibly large tensor data.
    if (e.method == 0 && e.compressedSize == e.uncompressedSize && m_src && e.dataOffset >= 0
        && m_src->contains(e.dataOffset, e.compressedSize))
        return crc32Update(0, m_src->data() + e.dataOffset, e.compressedSize) == e.crc32;
    // Deflated: checked as it inflates, a piece at a time, within the file's budget.
    Phrase why;
    quint32 crc = 0;
    if (e.openError)
        why = *e.openError;
    else if (e.method != 8 || !m_src || e.dataOffset < 0 || !m_src->contains(e.dataOffset, e.compressedSize))
        why = Phrase::translate("ckpt::Io", "record '%1' cannot be read (method %2)").arg(e.name).arg(e.method);
    else
        inflateRecord(
            e, [&crc](const char *p, qint64 n) { crc = crc32Update(crc, p, n); }, nullptr, &why);
    if (unreadable)
        *unreadable = why;
    return why.isEmpty() && crc == e.crc32;
}

} // namespace ckpt
