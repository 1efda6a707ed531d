#pragma once

#include "model/common/Phrase.h"
#include "model/io/ByteSource.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
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
    // Why the reader cannot open the record although it lists it (Python's zipfile checks the
    // local header only in ZipFile.open); readEntry() fails with it. Empty under miniz's rules,
    // which refuse the whole archive instead. Null for a record that opens (most: a pointer
    // keeps the entry small).
    std::shared_ptr<const Phrase> openError;
};

// Reads a zip's central directory (with zip64) the way one loader does: by default PyTorch's
// miniz (torch.load), tolerant of flag bits, strict about bounds; or Python's zipfile
// (numpy.load and most scanners), whose reading of a crafted file can differ. Never reads
// record data at open.
class ZipDirectory {
public:
    enum class Rules {
        Miniz, // PyTorch's third_party/miniz-2.x, as caffe2's PyTorchStreamReader calls it
        PythonZipfile, // CPython 3.11 Lib/zipfile.py: _EndRecData, _RealGetContents, ZipFile.open
    };
    explicit ZipDirectory(Rules rules = Rules::Miniz) : m_rules(rules) { }
    Rules rules() const { return m_rules; }
    // Who reads a zip this way, in words for findings.
    static Phrase readerName(Rules rules);

    // True if the bytes start like a zip (local header or empty-archive EOCD).
    static bool looksLikeZip(const ByteSource &src);
    // Parses the directory. On failure returns false and sets error() to a one-line reason.
    bool read(const ByteSourcePtr &src);
    Phrase error() const { return m_error; }
    // After a failed read() under miniz's rules: the records whose local headers follow one
    // another from byte 0 and whose data is whole (what a truncated file still holds), as
    // if read() had listed them. Returns how many; recovered() then says what happened.
    qint64 recoverFromLocalHeaders(const ByteSourcePtr &src);
    // Empty, or why the directory was recovered and how far ("no zip end of central
    // directory record ... (12 records found by their local headers, until a record is cut off)").
    Phrase recovered() const { return m_recoveredFrom; }

    const std::vector<ZipEntry> &entries() const { return m_entries; }
    // The archive prefix PyTorch uses: first entry name up to and including '/'.
    QString prefix() const { return m_prefix; }
    // Entry by name relative to the prefix ("data.pkl", "data/0"), or nullptr. Under miniz's
    // rules found as mz_zip_reader_locate_file (flags 0) finds it: names compared ignoring
    // ASCII case, by binary search over miniz's heap sort of the directory, so of names that
    // differ only in case, or repeat, the one miniz lands on. Under zipfile's rules the exact
    // name (cut at a NUL byte, as ZipInfo cuts it), and of repeated names the last.
    const ZipEntry *find(QStringView relativeName) const;
    // The same for a full name ("archive/data.pkl").
    const ZipEntry *findFull(QStringView fullName) const;
    // Entries whose name another entry repeats, ignoring case (miniz cannot tell them apart);
    // under zipfile's rules, exactly.
    bool hasCaseInsensitiveDuplicates() const
    {
        indexNames();
        return m_duplicates;
    }
    // Bytes before the archive zipfile reads ("data prepended to a zip"): zipfile adds them to
    // every offset the directory gives. Always 0 under miniz's rules.
    qint64 concatOffset() const { return m_concat; }
    // Record bytes, inflating deflated records; verifies the size (and CRC if `checkCrc`).
    // Returns false with *error set on failure.
    bool readEntry(const ZipEntry &e, QByteArray *out, Phrase *error, bool checkCrc = false) const;
    // As readEntry(), but a stored record of a mapped file comes without a copy: its
    // bytes stay valid only while the ByteSource this directory read lives.
    bool viewEntry(const ZipEntry &e, QByteArray *out, Phrase *error) const;
    // Computes the CRC-32 of a record's bytes and compares with the directory's. A record that
    // cannot be read (outside the file, corrupt, past the inflate budget) does not match, and
    // *unreadable, if given, says why.
    bool crcMatches(const ZipEntry &e, Phrase *unreadable = nullptr) const;

    // Upper bound on what readEntry() will inflate for one record (default 4 GiB).
    // Pickle readers may lower it; tensor data is never inflated through this path.
    static constexpr qint64 kDefaultMaxInflated = qint64(4) << 30;
    void setMaxInflatedSize(qint64 bytes) { m_maxInflated = bytes; }
    qint64 maxInflatedSize() const { return m_maxInflated; }
    // What all inflating of one file may produce together (readEntry and crcMatches): 32 bytes
    // per byte of the file, at least 64 MiB, at most 256 MiB. A record that would take the
    // total past it is refused before any byte is inflated, and inflation stops at the
    // record's declared size, so a zip bomb costs neither memory nor time.
    static qint64 inflateBudgetFor(qint64 fileSize);
    qint64 inflateBudget() const { return m_inflateBudget; }
    // After read(): inflate from `other`'s budget, so two readings of one file share one.
    void shareInflateBudget(const ZipDirectory &other) { m_inflated = other.m_inflated; }
    // Oddities that did not stop the read (duplicate names, local/central name mismatch).
    Phrases warnings() const
    {
        indexNames();
        return m_warnings;
    }

private:
    Rules m_rules = Rules::Miniz;
    ByteSourcePtr m_src;
    std::vector<ZipEntry> m_entries;
    QString m_prefix;
    Phrase m_error;
    Phrase m_recoveredFrom;
    mutable Phrases m_warnings;
    std::vector<QByteArrayView> m_rawNames; // each entry's name as stored, viewed in the mapping
    std::vector<quint32> m_sorted; // entry indexes in miniz's sorted order
    mutable bool m_duplicates = false;
    // zipfile's NameToInfo (the last of repeated names), built on first use: a torch zip's
    // second reading is compared record by record and seldom looked up. Not to be first
    // used from two threads at once (the zipfile reading stays with the thread that read it).
    mutable QHash<QString, quint32> m_byName;
    mutable bool m_namesIndexed = false;
    qint64 m_concat = 0;
    qint64 m_maxInflated = kDefaultMaxInflated;
    qint64 m_inflateBudget = 0;
    // Shared by copies, counted from every thread that inflates through them.
    std::shared_ptr<std::atomic<qint64>> m_inflated = std::make_shared<std::atomic<qint64>>(0);

    bool fail(const Phrase &why);
    void indexNames() const; // zipfile's rules: m_byName, repeated names
    bool readEndRecords(qint64 *cdOffset, qint64 *cdSize, qint64 *count);
    bool readCentralEntry(qint64 *pos, qint64 cdEnd, ZipEntry *e, QByteArrayView *rawName);
    bool locateData(ZipEntry *e, QByteArrayView rawName);
    // The local header at `lho` of a record of `recordBytes`, its fixed part and its name
    // (fewer bytes at the end of the file): in the mapping, or for a large record copied
    // into `copy` with ByteSource::read (see the .cpp).
    const uchar *localHeader(qint64 lho, qint64 recordBytes, QByteArray *copy) const;
    void sortLikeMiniz();
    void sortByKeys();
    void setPrefix();
    int locateLikeMiniz(QByteArrayView name) const;
    // Python's zipfile rules (ZipfileRules.cpp).
    bool readLikeZipfile();
    bool readEndRecordsLikeZipfile(qint64 *startDir, qint64 *cdSize, quint64 *cdOffset, bool *zip64);
    bool readCentralEntryLikeZipfile(
        qint64 *pos, qint64 cdEnd, quint64 *total, ZipEntry *e, QByteArrayView *rawName, quint64 *rawOffset);
    void openLikeZipfile(const std::vector<QString> &originalNames, const std::vector<quint64> &rawOffsets,
        qint64 startDir, quint64 cdOffset);
    // Inflates a deflated record into `sink` (pieces in order) after charging the budget.
    bool inflateRecord(
        const ZipEntry &e, const std::function<void(const char *, qint64)> &sink, char *into, Phrase *why) const;
};

} // namespace ckpt
