// torch.save zip archives and TorchScript archives (FORMATS.md D1): the object pickle
// is read through the VM; storages are located in the zip but never read.
#include "model/formats/Readers.h"

#include "model/formats/NumpyReader.h"
#include "model/formats/TorchObjects.h"
#include "model/io/ZipDirectory.h"
#include "model/safety/PickleFindings.h"
#include "model/safety/ZipChecks.h"
#include "model/tensor/FileCache.h"

#include <QSet>

namespace ckpt {

namespace {
bool looksLikePickle(const ZipDirectory &zip, const ZipEntry &e, const ByteSource &src)
{
    if (e.name.endsWith(QLatin1String(".pkl")) || e.name.endsWith(QLatin1String(".pickle")))
        return true;
    // Renamed pickles are found by content, as picklescan does: PROTO 0..5.
    if (e.method == 0 && e.dataOffset >= 0 && e.compressedSize >= 2 && src.contains(e.dataOffset, 2)) {
        const uchar *p = src.data() + e.dataOffset;
        return p[0] == 0x80 && p[1] <= 5;
    }
    return false;
}

QString smallRecord(const ZipDirectory &zip, const QString &name)
{
    const ZipEntry *e = zip.find(name);
    if (!e || e->uncompressedSize > 4096)
        return QString();
    QByteArray bytes;
    Phrase err;
    if (!zip.readEntry(*e, &bytes, &err))
        return QString();
    return QString::fromUtf8(bytes).trimmed();
}

// The records data/<n> by number: a file has one per storage, and the locator must not
// pay a string hash for each. Names that are not data/ plus a decimal key, and numbers
// past the table, are left to ZipDirectory::find.
class NumberedRecords {
public:
    explicit NumberedRecords(const ZipDirectory &zip) : m_zip(zip)
    {
        const QString dir = zip.prefix() + QStringLiteral("data/");
        const auto &entries = zip.entries();
        const bool duplicates = zip.hasCaseInsensitiveDuplicates();
        for (size_t i = 0; i < entries.size(); ++i) {
            if (!entries[i].name.startsWith(dir, duplicates ? Qt::CaseInsensitive : Qt::CaseSensitive))
                continue;
            const int n = decimalKey(QStringView(entries[i].name).sliced(dir.size()));
            if (n < 0 || qint64(n) >= 4 * qint64(entries.size()) + 1024)
                continue;
            if (size_t(n) >= m_byNumber.size())
                m_byNumber.resize(qMax(size_t(n) + 1, 2 * m_byNumber.size()), -1);
            if (duplicates) // of names miniz cannot tell apart, the one it finds
                m_byNumber[size_t(n)] = int(m_zip.findFull(entries[i].name) - entries.data());
            else if (m_byNumber[size_t(n)] < 0)
                m_byNumber[size_t(n)] = int(i);
            ++m_count;
        }
    }
    // Records data/<n> found: about one per storage, and per tensor.
    size_t count() const { return m_count; }
    const ZipEntry *find(const QString &dir, const QString &key) const
    {
        const int n = dir == QLatin1String("data/") ? decimalKey(key) : -1;
        if (n < 0 || size_t(n) >= m_byNumber.size())
            return m_zip.find(dir + key);
        return m_byNumber[size_t(n)] < 0 ? nullptr : &m_zip.entries()[size_t(m_byNumber[size_t(n)])];
    }

private:
    const ZipDirectory &m_zip;
    std::vector<int> m_byNumber;
    size_t m_count = 0;
};

int numberedDataRecord(QStringView rel)
{
    return rel.startsWith(QLatin1String("data/")) ? decimalKey(rel.sliced(5)) : -1;
}

// The storages' record names (relative), which the scan for other pickles skips:
// data/<n> by number, any other name in a set.
class StorageRecordNames {
public:
    explicit StorageRecordNames(const std::vector<StorageInfo> &storages)
    {
        for (const StorageInfo &s : storages) {
            const int n = s.recordDir == QLatin1String("data/") ? decimalKey(s.key) : -1;
            if (n >= 0 && qint64(n) < 4 * qint64(storages.size()) + 1024) {
                if (size_t(n) >= m_numbered.size())
                    m_numbered.resize(qMax(size_t(n) + 1, 2 * m_numbered.size()), false);
                m_numbered[size_t(n)] = true;
            } else {
                m_others.insert(s.recordName());
            }
        }
    }
    bool contains(QStringView rel) const
    {
        const int n = numberedDataRecord(rel);
        if (n >= 0 && size_t(n) < m_numbered.size() && m_numbered[size_t(n)])
            return true;
        return !m_others.isEmpty() && m_others.contains(rel.toString());
    }

private:
    std::vector<bool> m_numbered;
    QSet<QString> m_others;
};

// Gives back the file's pages this process touched (the page cache keeps them).
void releasePages(const ByteSource &src)
{
    if (src.isMapped())
        releaseMappedPages(src.data(), src.size());
}

// Parses one torch pickle with storages resolved against `dirs` (tried in order).
ValuePtr readObjectPickle(const ByteSource &src, const ZipDirectory &zip, const NumberedRecords &records,
    const ZipEntry &entry, const QStringList &dirs, bool bigEndian, Checkpoint &out, bool readByTorchLoad)
{
    const QString rel = entry.name.mid(zip.prefix().size());
    QByteArray bytes;
    Phrase err;
    if (!zip.viewEntry(entry, &bytes, &err)) {
        out.error = err;
        return nullptr;
    }
    TorchObjects hooks(out, [&](StorageInfo &info) {
        info.bigEndian = bigEndian;
        for (const QString &dir : dirs) {
            const ZipEntry *rec = records.find(dir, info.key);
            if (!rec)
                continue;
            info.recordDir = dir;
            info.compressed = rec->method != 0;
            info.fileOffset = info.compressed ? -1 : rec->dataOffset;
            if (rec->uncompressedSize < info.nbytes)
                out.warnings << Phrase::translate("ckpt::Formats", "record '%1' holds %2 bytes, the storage needs %3")
                                    .arg(info.recordName())
                                    .arg(rec->uncompressedSize)
                                    .arg(info.nbytes);
            return;
        }
        out.warnings << Phrase::translate("ckpt::Formats", "storage '%1' has no record in the archive").arg(info.key);
    });
    // The CRC pass first, so that the VM gives its pages back with the rest.
    const bool crcMatches = zip.crcMatches(entry);
    Unpickler vm(bytes, &hooks);
    if (entry.method != 0)
        vm.setLimits(Unpickler::Limits::forInflated(entry.compressedSize));
    const auto *begin = reinterpret_cast<const uchar *>(bytes.constData());
    if (src.isMapped() && begin >= src.data() && begin < src.data() + src.size())
        vm.setOnConsumed([begin](qint64 upTo) { releaseMappedPages(begin, upTo); });
    ValuePtr root = vm.run();
    recordPickleFindings(out, vm, rel, bool(root), readByTorchLoad);
    if (!crcMatches)
        checkRecordCrc(zip, entry, out);
    if (root)
        scanAfterStop(out, bytes, vm.endOffset(), rel, QStringLiteral("STOP"));
    for (const Phrase &p : hooks.problems)
        out.warnings << about(rel, p);
    if (!root) {
        out.error = Phrase::translate("ckpt::Formats", "record '%1': %2").arg(rel, vm.error());
        return vm.partialResult();
    }
    return root;
}

// Whether a record may hold a pickle (or an .npy, whose object arrays are pickles): by name,
// by content, and every record torch.save does not write.
bool mayBePickle(const ZipDirectory &zip, const ZipEntry &e, const ByteSource &src, bool npz, bool script)
{
    const QString prefix = zip.prefix();
    const QString rel = e.name.mid(prefix.size());
    const bool npy = e.method == 0 && e.dataOffset >= 0 && src.contains(e.dataOffset, 6)
        && looksLikeNpy(src.data() + e.dataOffset, 6);
    const bool unexpected = !npz && (!isExpectedTorchRecord(rel, script) || !e.name.startsWith(prefix));
    return npy || rel.endsWith(QLatin1String(".npy")) || unexpected || looksLikePickle(zip, e, src);
}

// Scans one record for globals (a pickle, or an .npy with its object array). Whatever its
// size: a stored record is scanned in place in the mapping, a deflated one within the file's
// inflate budget. One that cannot be read is not clean. Returns an .npy's value, if any.
// With `asTensor` (an .npz read by its loader's reading), a numeric array becomes a tensor.
ValuePtr scanRecord(
    const ZipDirectory &zip, const ZipEntry &e, const QString &where, Checkpoint &out, bool asTensor = false)
{
    QByteArray bytes;
    Phrase err;
    if (!zip.viewEntry(e, &bytes, &err)) {
        out.findings.push_back({ QString(), Verdict::Invalid, e.name,
            Phrase::translate("ckpt::Safety", "a record that may be a pickle could not be scanned: %1").arg(err),
            false });
        if (out.error.isEmpty())
            out.error = err;
        return nullptr;
    }
    checkRecordCrc(zip, e, out);
    if (bytes.startsWith("\x93NUMPY"))
        return scanNpyRecord(out, bytes, e.name, asTensor, e.method == 0 ? e.dataOffset : -1);
    const Unpickler::Limits inflated = Unpickler::Limits::forInflated(e.compressedSize);
    scanPickles(out, bytes, 0, where, nullptr, nullptr, e.method != 0 ? &inflated : nullptr);
    return nullptr;
}

// The other loader's reading: every record that may be a pickle and whose bytes the main
// reading did not scan, so that a payload either loader would unpickle is found. Records that
// loader cannot open are no risk from it (the disagreement finding says so).
void scanOtherReading(const ZipDirectory &other, const ZipDirectory &main, const ByteSource &src,
    const QSet<qint64> &scanned, bool npz, bool script, Checkpoint &out)
{
    const QString reader
        = other.rules() == ZipDirectory::Rules::Miniz ? QStringLiteral("miniz") : QStringLiteral("zipfile");
    for (const ZipEntry &e : other.entries()) {
        if (e.openError || e.dataOffset < 0 || scanned.contains(e.dataOffset))
            continue;
        // The same name on the same bytes: the main reading already judged it (a storage, say).
        const ZipEntry *same = main.findFull(e.name);
        if (same && same->name == e.name && same->dataOffset == e.dataOffset)
            continue;
        if (!mayBePickle(other, e, src, npz, script))
            continue;
        const QString where = QStringLiteral("%1 (as %2 reads it)").arg(e.name.mid(other.prefix().size()), reader);
        scanRecord(other, e, where, out);
    }
}
} // namespace

const char *TorchZipReader::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "PyTorch checkpoint (torch.save)");
}

QStringList TorchZipReader::nameFilters() const
{
    return { QStringLiteral("*.pt"), QStringLiteral("*.pth"), QStringLiteral("*.bin"), QStringLiteral("*.ckpt"),
        QStringLiteral("*.tar") };
}

FormatCapabilities TorchZipReader::capabilities() const
{
    return FormatCapability::Read | FormatCapability::NestedObjects | FormatCapability::SharedStorage
        | FormatCapability::Quantized | FormatCapability::Pickle;
}

bool TorchZipReader::recognises(const FormatProbe &probe) const
{
    // Any zip, readable or not (a broken one gets the zip reader's error, not "unknown").
    return probe.zipContents() != ZipContents::NotZip;
}

bool TorchZipReader::read(const ByteSourcePtr &src, Checkpoint &out) const
{
    return readZipArchive(src, out);
}

bool TorchZipReader::readProbed(const FormatProbe &probe, Checkpoint &out) const
{
    return readZipArchive(probe.source(), out, probe.takeZipDirectory());
}

const char *TorchScriptReader::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "TorchScript archive (torch.jit.save)");
}

QStringList TorchScriptReader::nameFilters() const
{
    return { QStringLiteral("*.pt"), QStringLiteral("*.pth"), QStringLiteral("*.jit"), QStringLiteral("*.ptl") };
}

bool TorchScriptReader::recognises(const FormatProbe &probe) const
{
    return probe.zipContents() == ZipContents::TorchScript;
}

ZipContents classifyZip(const ZipDirectory &zip)
{
    const QString prefix = zip.prefix();
    bool script = false;
    for (const ZipEntry &e : zip.entries()) {
        const QStringView rel = QStringView(e.name).mid(prefix.size());
        if (rel.startsWith(QLatin1String("code/")) || rel == QLatin1String("constants.pkl")
            || rel == QLatin1String("bytecode.pkl"))
            script = true;
    }
    // An .npz (np.savez) is a zip of .npy records: its object arrays are pickles too.
    bool npz = !zip.entries().empty() && !zip.find(QStringLiteral("data.pkl"));
    for (const ZipEntry &e : zip.entries())
        npz = npz && e.name.endsWith(QLatin1String(".npy"));
    return npz ? ZipContents::NumpyArchive : script ? ZipContents::TorchScript : ZipContents::TorchSave;
}

bool readZipArchive(const ByteSourcePtr &src, Checkpoint &out, std::shared_ptr<ZipDirectory> parsed)
{
    // Reading the directory touches a local header in every record, so every page of the
    // file: they are given back once read, and the pickle's once parsed (the page cache
    // keeps them). Open costs the metadata, in memory as in time.
    struct ReleaseAtEnd {
        const ByteSource &src;
        ~ReleaseAtEnd() { releasePages(src); }
    } releaseAtEnd { *src };
    // Read as torch.load reads it (miniz) and as numpy.load and zipfile-based scanners read
    // it: a crafted zip can show each other records.
    const bool reuse = parsed && parsed->rules() == ZipDirectory::Rules::Miniz;
    ZipDirectory miniz = reuse ? std::move(*parsed) : ZipDirectory(ZipDirectory::Rules::Miniz);
    ZipDirectory zipfile(ZipDirectory::Rules::PythonZipfile);
    bool minizOk = reuse || miniz.read(src);
    const bool zipfileOk = zipfile.read(src);
    // Neither loader reads it (no central directory: a truncated file): what its local
    // headers still hold is shown, as the legacy reader shows a cut-off file.
    const bool recovered
        = !minizOk && !zipfileOk && miniz.recoverFromLocalHeaders(src) > 0 && miniz.find(QStringLiteral("data.pkl"));
    releasePages(*src);
    if (!minizOk && !zipfileOk && !recovered) {
        out.error = miniz.error();
        return false;
    }
    minizOk = minizOk || recovered;
    const ZipContents contents = classifyZip(minizOk ? miniz : zipfile);
    const bool script = contents == ZipContents::TorchScript;
    const bool npz = contents == ZipContents::NumpyArchive;
    out.format = npz ? Format::Numpy : script ? Format::TorchScript : Format::TorchZip;
    // The loader's own reading comes first: numpy.load's for an .npz, torch.load's otherwise.
    ZipDirectory &zip = npz ? zipfile : miniz;
    ZipDirectory &other = npz ? miniz : zipfile;
    const bool zipOk = npz ? zipfileOk : minizOk, otherOk = npz ? minizOk : zipfileOk;
    for (ZipDirectory *d : { &zip, &other })
        d->setMaxInflatedSize(qint64(1) << 30); // pickles only: tensor data is never inflated here
    if (!recovered) // a recovered listing is neither loader's: nothing to compare
        checkZipReadings(zip, zipOk, other, otherOk, out);
    QSet<qint64> scanned; // data offsets of the records read as pickles or .npy
    // A second reading that lists the same records holds nothing to scan: it is let go
    // before the pickles are parsed (two listings of 100k records are tens of MB).
    const bool otherAdds = !otherOk || !zipReadingsAgree(zip, other);
    if (zipOk && !otherAdds)
        other = ZipDirectory(other.rules());
    if (!zipOk) {
        scanOtherReading(other, zip, *src, scanned, npz, script, out);
        out.error = zip.error();
        return false;
    }
    other.shareInflateBudget(zip);
    const QString prefix = zip.prefix();
    for (const ZipEntry &e : zip.entries())
        if (!e.name.startsWith(prefix))
            out.findings.push_back({ QString(), Verdict::Invalid, e.name,
                Phrase::translate("ckpt::Safety", "record outside the archive folder '%1'").arg(prefix), false });
    if (!npz)
        checkZipStructure(zip, out);
    auto arrays = Value::make(Value::Kind::Dict);
    out.facts << qMakePair(
        Phrase::translate("ckpt::Formats", "archive folder", "a fact's name: a zip's top folder"), Phrase(prefix))
              << qMakePair(Phrase::translate("ckpt::Formats", "records", "a fact's name: a zip's members"),
                     Phrase(QString::number(zip.entries().size())));
    const QString version = smallRecord(zip, QStringLiteral("version"));
    const QString dataVersion = smallRecord(zip, QStringLiteral(".data/version"));
    if (!version.isEmpty() || !dataVersion.isEmpty())
        out.facts << qMakePair(
            Phrase::translate("ckpt::Formats", "version", "a fact's name: the archive's format version"),
            Phrase(version.isEmpty() ? dataVersion : version));
    const QString byteorder = smallRecord(zip, QStringLiteral("byteorder"));
    out.facts << qMakePair(byteorderFact(),
        byteorder.isEmpty() ? Phrase::translate("ckpt::Formats", "little (no record: written by PyTorch < 2.1)")
                            : byteorderName(byteorder));
    for (const char *name : { ".data/serialization_id", ".format_version", ".storage_alignment" }) {
        const QString value = smallRecord(zip, QLatin1String(name));
        if (!value.isEmpty())
            out.facts << qMakePair(Phrase(QString::fromLatin1(name).remove(0, name[1] == 'd' ? 6 : 1)), Phrase(value));
    }
    qint64 compressed = 0;
    for (const ZipEntry &e : zip.entries())
        compressed += e.method != 0;
    if (compressed)
        out.facts << qMakePair(Phrase::translate("ckpt::Formats", "compressed records", "a fact's name"),
            Phrase(QString::number(compressed)));

    const bool bigEndian = byteorder == QLatin1String("big");
    const QStringList dataDirs { QStringLiteral("data/"), QStringLiteral("constants/") };
    const QStringList constantDirs { QStringLiteral("constants/"), QStringLiteral("data/") };
    const ZipEntry *dataPkl = zip.find(QStringLiteral("data.pkl"));
    const NumberedRecords records(zip);
    out.storages.reserve(records.count());
    out.tensors.reserve(records.count());
    if (dataPkl) {
        out.root = readObjectPickle(*src, zip, records, *dataPkl, dataDirs, bigEndian, out, !script);
        scanned.insert(dataPkl->dataOffset);
    }
    if (script && out.ok()) {
        if (const ZipEntry *constants = zip.find(QStringLiteral("constants.pkl"))) {
            scanned.insert(constants->dataOffset);
            ValuePtr tree = readObjectPickle(*src, zip, records, *constants, constantDirs, bigEndian, out, false);
            if (tree)
                out.sideTrees.emplace_back(QStringLiteral("constants.pkl"), tree);
        }
    }
    // Every other pickle in the archive is scanned for globals: torch.load ignores them,
    // but a scanner must not. Found by name, by content, and every record torch.save does
    // not write; storages the pickle references are tensor bytes and are skipped.
    const StorageRecordNames storageRecords(out.storages);
    for (const ZipEntry &e : zip.entries()) {
        const QStringView relName = QStringView(e.name).mid(prefix.size());
        if (&e == dataPkl || (script && relName == QLatin1String("constants.pkl")) || storageRecords.contains(relName))
            continue;
        if (!mayBePickle(zip, e, *src, npz, script))
            continue;
        scanned.insert(e.dataOffset);
        if (ValuePtr v = scanRecord(zip, e, relName.toString(), out, npz); v && npz)
            arrays->entries.emplace_back(Value::fromString(e.name.chopped(4)), v);
    }
    if (otherAdds)
        scanOtherReading(other, zip, *src, scanned, npz, script, out);
    if (npz) {
        out.root = arrays;
        return out.ok();
    }
    if (!dataPkl && out.ok()) {
        out.error = Phrase::translate("ckpt::Formats", "zip archive has no data.pkl record (not a torch.save file)");
        return false;
    }
    if (recovered) { // first, whatever else broke: it is why the rest is missing
        out.error
            = Phrase::translate("ckpt::Formats", "truncated zip, torch.load refuses it: %1").arg(miniz.recovered());
        return false;
    }
    return out.ok();
}

} // namespace ckpt
