// ZipDirectory under Python's zipfile rules (CPython 3.11 Lib/zipfile.py). Where these
// differ from miniz's, a crafted file shows numpy.load and zipfile-based scanners other
// records than torch.load reads: the end record is found differently, the record count is
// ignored, offsets are shifted by the bytes before the archive, names are exact (cp437
// unless flagged UTF-8, cut at a NUL) and the last of repeated names wins.
#include "model/io/ZipDirectory.h"

#include "model/io/ZipFormat.h"

#include <QStringDecoder>

#include <algorithm>
#include <limits>

namespace ckpt {

using namespace zipformat;

namespace {
// zipfile's _MASK_UTF_FILENAME; MAX_EXTRACT_VERSION.
constexpr quint16 kUtf8Flag = 0x0800;
constexpr int kMaxExtractVersion = 63;
// Sizes and offsets beyond any file (1 PiB), where exactness stops mattering.
constexpr qint64 kFarOff = qint64(1) << 50;

// Code page 437, bytes 0x80 to 0xFF (bytes below are ASCII), as Python's cp437 codec maps them.
constexpr char16_t kCp437High[128] = { 0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB,
    0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1,
    0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534,
    0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C,
    0x2590, 0x2580, 0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4,
    0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219,
    0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0 };

// A name as zipfile decodes it: UTF-8 (strict) with flag bit 11, else cp437. False if the
// UTF-8 is invalid (zipfile raises UnicodeDecodeError).
bool decodeName(QByteArrayView raw, quint16 flags, QString *out)
{
    // ASCII reads the same in UTF-8 and cp437 (torch.save's names are ASCII): the fast path.
    if (std::all_of(raw.begin(), raw.end(), [](char c) { return uchar(c) < 0x80; })) {
        *out = QString::fromLatin1(raw);
        return true;
    }
    if (flags & kUtf8Flag) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *out = utf8(raw);
        return !utf8.hasError();
    }
    out->resize(raw.size());
    QChar *to = out->data();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const uchar c = uchar(raw[i]);
        to[i] = QChar(c < 0x80 ? char16_t(c) : kCp437High[c - 0x80]);
    }
    return true;
}

// header_offset + concat as Python's integers add them, or -1 if outside [0, size).
qint64 shifted(quint64 offset, qint64 startDir, quint64 cdOffset, qint64 size)
{
    if (offset >= cdOffset) {
        const quint64 v = offset - cdOffset;
        return v < quint64(size) && qint64(v) + startDir < size ? qint64(v) + startDir : -1;
    }
    const quint64 back = cdOffset - offset;
    return back <= quint64(startDir) ? startDir - qint64(back) : -1;
}
} // namespace

// _EndRecData and _EndRecData64, then the start of the directory as _RealGetContents finds it.
bool ZipDirectory::readEndRecordsLikeZipfile(qint64 *startDir, qint64 *cdSize, quint64 *cdOffset, bool *zip64)
{
    const qint64 size = m_src->size();
    const uchar *d = m_src->data();
    if (size < kEndSize)
        return fail(Phrase::translate("ckpt::Io", "too small to be a zip archive (%1 bytes)").arg(size));
    // The last 22 bytes if they are an end record without comment, else the last signature
    // within the last 64 KiB + 22 bytes; one with fewer than 22 bytes after it is not skipped:
    // the file is not a zip.
    qint64 end = size - kEndSize;
    if (le32(d + end) != kEndSig || le16(d + size - 2) != 0) {
        end = -1;
        const qint64 from = std::max<qint64>(size - (qint64(1) << 16) - kEndSize, 0);
        for (qint64 i = size - 4; i >= from && end < 0; --i)
            if (le32(d + i) == kEndSig)
                end = i;
        if (end < 0)
            return fail(
                Phrase::translate("ckpt::Io", "no zip end of central directory record (not a zip, or truncated)"));
        if (size - end < kEndSize)
            return fail(Phrase::translate("ckpt::Io",
                "the last zip end record signature, at byte %1, has only %2 bytes after it "
                "(Python's zipfile: not a zip file)")
                            .arg(end)
                            .arg(size - end));
    }
    const uchar *e = d + end;
    quint64 dirSize = le32(e + 12), dirOffset = le32(e + 16);
    *zip64 = false;
    if (end >= kEnd64LocatorSize && le32(d + end - kEnd64LocatorSize) == kEnd64LocatorSig) {
        const uchar *loc = d + end - kEnd64LocatorSize;
        if (le32(loc + 4) != 0 || le32(loc + 16) > 1)
            return fail(Phrase::translate("ckpt::Io", "multi-disk (spanned) zip archives are not supported"));
        // zipfile assumes no zip64 extensible data: the record right before the locator.
        const qint64 at = end - kEnd64LocatorSize - kEnd64Size;
        if (at >= 0 && le32(d + at) == kEnd64Sig) {
            dirSize = le64(d + at + 40);
            dirOffset = le64(d + at + 48);
            *zip64 = true;
        }
    }
    // concat = end - size_cd - offset_cd (- the zip64 records): the directory is read at
    // offset_cd + concat, right before the end records, wherever offset_cd points.
    const qint64 before = end - (*zip64 ? kEnd64Size + kEnd64LocatorSize : 0);
    if (dirSize > quint64(before))
        return fail(Phrase::translate("ckpt::Io",
            "zip central directory of %1 bytes would start before the file (Python's "
            "zipfile: bad offset for central directory)")
                        .arg(dirSize));
    *startDir = before - qint64(dirSize);
    *cdSize = qint64(dirSize);
    *cdOffset = dirOffset;
    m_concat = dirOffset <= quint64(*startDir) ? *startDir - qint64(dirOffset) : -1;
    return true;
}

// One entry of _RealGetContents: the directory is walked by its byte size, fields cut short
// where the directory's bytes end (zipfile reads them from a buffer of size_cd bytes).
bool ZipDirectory::readCentralEntryLikeZipfile(
    qint64 *pos, qint64 cdEnd, quint64 *total, ZipEntry *e, QByteArrayView *rawName, quint64 *rawOffset)
{
    const uchar *d = m_src->data();
    const qint64 p = *pos;
    if (cdEnd - p < kCentralHeaderSize)
        return fail(
            Phrase::translate("ckpt::Io", "zip central directory is truncated at entry %1").arg(m_entries.size()));
    const uchar *h = d + p;
    if (le32(h) != kCentralSig)
        return fail(Phrase::translate("ckpt::Io", "zip central directory entry %1 at byte %2 is damaged")
                        .arg(m_entries.size())
                        .arg(p));
    const qint64 nameLen = le16(h + 28), extraLen = le16(h + 30), commentLen = le16(h + 32);
    if (h[6] > kMaxExtractVersion)
        return fail(Phrase::translate(
            "ckpt::Io", "zip record %1 needs zip version %2.%3, which Python's zipfile does not support")
                        .arg(m_entries.size())
                        .arg(h[6] / 10)
                        .arg(h[6] % 10));
    auto take = [&](qint64 *at, qint64 n) {
        const qint64 from = *at, got = std::min(n, cdEnd - from);
        *at += got;
        return QByteArrayView(d + from, got);
    };
    qint64 cursor = p + kCentralHeaderSize;
    *rawName = take(&cursor, nameLen);
    const QByteArrayView extra = take(&cursor, extraLen);
    take(&cursor, commentLen);
    *pos = cursor;
    *total += quint64(kCentralHeaderSize + nameLen + extraLen + commentLen);

    e->flags = le16(h + 8);
    e->method = le16(h + 10);
    e->crc32 = le32(h + 16);
    quint64 csize = le32(h + 20), usize = le32(h + 24), offset = le32(h + 42);
    QString name;
    if (!decodeName(*rawName, e->flags, &name))
        return fail(
            Phrase::translate("ckpt::Io", "zip record %1 is flagged UTF-8 but its name is not").arg(m_entries.size()));
    e->name = name;
    // ZipInfo cuts the name at a NUL byte; the local header is compared with the whole name.
    if (const qsizetype nul = name.indexOf(QChar(0)); nul >= 0)
        e->name.truncate(nul);
    // _decodeExtra: every field must fit; each zip64 field (id 1) fills the saturated values.
    for (const uchar *x = reinterpret_cast<const uchar *>(extra.data()), *xEnd = x + extra.size(); xEnd - x >= 4;) {
        const quint16 id = le16(x), len = le16(x + 2);
        if (xEnd - x - 4 < len)
            return fail(Phrase::translate("ckpt::Io", "zip record '%1' has a corrupt extra field %2")
                            .arg(e->name)
                            .arg(id, 4, 16));
        if (id == 0x0001) {
            const uchar *f = x + 4, *fEnd = f + len;
            for (quint64 *v : { &usize, &csize, &offset }) {
                if (*v != 0xFFFFFFFFu)
                    continue;
                if (fEnd - f < 8)
                    return fail(
                        Phrase::translate("ckpt::Io", "zip record '%1' has a corrupt zip64 extra field").arg(e->name));
                *v = le64(f);
                f += 8;
            }
        }
        x += 4 + len;
    }
    // Kept exact far past any file: ZipFile.open compares the end of the data with the next record.
    e->compressedSize = qint64(std::min<quint64>(csize, kFarOff));
    e->uncompressedSize = qint64(std::min<quint64>(usize, quint64(std::numeric_limits<qint64>::max() / 2)));
    *rawOffset = offset;
    return true;
}

bool ZipDirectory::readLikeZipfile()
{
    qint64 startDir = 0, cdSize = 0;
    quint64 cdOffset = 0;
    bool zip64 = false;
    if (!readEndRecordsLikeZipfile(&startDir, &cdSize, &cdOffset, &zip64))
        return false;
    // The record count is ignored: entries follow one another until size_cd bytes are used.
    const qint64 cdEnd = startDir + cdSize;
    std::vector<QString> originalNames;
    std::vector<quint64> rawOffsets;
    // As many entries as the directory can hold (46 bytes each at least): no regrowth.
    const size_t most = size_t(std::min<qint64>(cdSize / 46 + 1, kMaxEntries));
    m_entries.reserve(most);
    m_rawNames.reserve(most);
    originalNames.reserve(most);
    rawOffsets.reserve(most);
    for (quint64 total = 0, pos = 0; total < quint64(cdSize);) {
        if (m_entries.size() >= size_t(kMaxEntries))
            return fail(Phrase::translate("ckpt::Io", "zip directory lists more than %1 records").arg(kMaxEntries));
        ZipEntry e;
        QByteArrayView rawName;
        qint64 at = startDir + qint64(pos);
        quint64 rawOffset = 0;
        if (!readCentralEntryLikeZipfile(&at, cdEnd, &total, &e, &rawName, &rawOffset))
            return false;
        e.localHeaderOffset = shifted(rawOffset, startDir, cdOffset, m_src->size());
        rawOffsets.push_back(rawOffset);
        pos = quint64(at - startDir);
        // The name before ZipInfo's cut at a NUL: the same string unless there was one to cut
        // (or UTF-8 made it shorter than its bytes), so usually shared, not decoded again.
        QString original = e.name;
        if (e.name.size() != rawName.size())
            decodeName(rawName, e.flags, &original);
        originalNames.push_back(original);
        m_entries.push_back(std::move(e));
        m_rawNames.push_back(rawName);
    }
    openLikeZipfile(originalNames, rawOffsets, startDir, cdOffset);
    setPrefix();
    return true;
}

// What ZipFile.open checks before a byte of data is read: a local header with its signature
// and the central name, data that ends before the next local header (or the directory).
// A record that fails cannot be read; the others can.
void ZipDirectory::openLikeZipfile(const std::vector<QString> &originalNames, const std::vector<quint64> &rawOffsets,
    qint64 startDir, quint64 cdOffset)
{
    const qint64 size = m_src->size();
    std::vector<quint32> byOffset(m_entries.size());
    for (quint32 i = 0; i < byOffset.size(); ++i)
        byOffset[i] = i;
    // _end_offset: sorted by header offset (concat added to all alike, so by the field), highest
    // first, stable, each record ends where the next higher one starts, even outside the file;
    // so of two records at one offset the later cannot be opened.
    std::stable_sort(
        byOffset.begin(), byOffset.end(), [&](quint32 a, quint32 b) { return rawOffsets[a] > rawOffsets[b]; });
    // Far past the file no record's data reaches; before the file every record's does.
    auto endAt = [&](quint64 raw) {
        const qint64 v = shifted(raw, startDir, cdOffset, 4 * kFarOff);
        return v >= 0 || raw < cdOffset ? v : 4 * kFarOff;
    };
    qint64 endOffset = startDir; // the last record ends where the directory starts
    QByteArray header;
    for (const quint32 i : byOffset) {
        ZipEntry &e = m_entries[i];
        const qint64 lho = e.localHeaderOffset;
        const qint64 recordEnd = endOffset;
        endOffset = endAt(rawOffsets[i]);
        auto refuse = [&e](const Phrase &why) {
            e.openError = std::make_shared<const Phrase>(
                Phrase::translate("ckpt::Io", "record '%1': %2 (Python's zipfile cannot open it)")
                    .arg(e.name)
                    .arg(why));
            e.dataOffset = -1;
        };
        if (lho < 0 || size - lho < kLocalHeaderSize) {
            refuse(Phrase::translate("ckpt::Io", "no local header at byte %1").arg(lho));
            continue;
        }
        const uchar *h = localHeader(lho, e.compressedSize, &header);
        if (le32(h) != kLocalSig) {
            refuse(Phrase::translate("ckpt::Io", "bad magic number for the local header at byte %1").arg(lho));
            continue;
        }
        const quint16 localFlags = le16(h + 6);
        const qint64 nameLen = le16(h + 26), extraLen = le16(h + 28);
        const qint64 nameEnd = std::min(size, lho + kLocalHeaderSize + nameLen);
        // The same ASCII bytes as the central name decode to the same name, whatever the flags.
        const QByteArrayView localRaw(h + kLocalHeaderSize, nameEnd - lho - kLocalHeaderSize);
        const bool sameAscii = localRaw == m_rawNames[i]
            && std::all_of(localRaw.begin(), localRaw.end(), [](char c) { return uchar(c) < 0x80; });
        QString localName;
        const bool decoded = sameAscii || decodeName(localRaw, localFlags, &localName);
        if (!sameAscii && (!decoded || localName != originalNames[i])) {
            refuse(Phrase::translate("ckpt::Io", "its local header names it '%1'").arg(localName));
            continue;
        }
        // Where the file position is once the header is read: reads stop at the end of the file.
        const qint64 dataOffset = lho + kLocalHeaderSize + nameLen + extraLen;
        if (std::min(dataOffset, size) + e.compressedSize > recordEnd) {
            refuse(Phrase::translate("ckpt::Io", "its data overlaps the next record (possible zip bomb)"));
            continue;
        }
        // Data past the end of the file opens but cannot be read: readEntry() says so.
        e.dataOffset = dataOffset;
    }
}

void ZipDirectory::indexNames() const
{
    if (m_rules != Rules::PythonZipfile || m_namesIndexed)
        return;
    m_namesIndexed = true;
    // NameToInfo: a later record of the same name replaces the earlier.
    m_byName.reserve(qsizetype(m_entries.size()));
    for (quint32 i = 0; i < quint32(m_entries.size()); ++i) {
        const ZipEntry &e = m_entries[i];
        const auto it = m_byName.constFind(e.name);
        if (it != m_byName.cend()) {
            m_duplicates = true;
            m_warnings << Phrase::translate("ckpt::Io",
                "zip record '%1' appears more than once: Python's zipfile reads the last, "
                "at byte %2")
                              .arg(e.name)
                              .arg(e.localHeaderOffset);
        }
        m_byName.insert(e.name, i);
    }
}

} // namespace ckpt
