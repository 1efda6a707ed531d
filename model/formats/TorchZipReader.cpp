// torch.save zip archives and TorchScript archives (FORMATS.md D1): the object pickle
// is read through the VM; storages are located in the zip but never read.
#include "model/formats/NumpyReader.h"
#include "model/formats/Readers.h"
#include "model/formats/TorchObjects.h"
#include "model/io/ZipDirectory.h"
#include "model/safety/PickleFindings.h"
#include "model/safety/ZipChecks.h"

#include <QSet>

namespace ckpt {

namespace {
// Records above this are not read for a content scan (torch never unpickles them either).
constexpr qint64 kMaxScannedRecord = qint64(256) << 20;

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
    QString err;
    if (!zip.readEntry(*e, &bytes, &err))
        return QString();
    return QString::fromUtf8(bytes).trimmed();
}

// Parses one torch pickle with storages resolved against `dirs` (tried in order).
ValuePtr readObjectPickle(const ZipDirectory &zip, const ZipEntry &entry, const QStringList &dirs, bool bigEndian,
    Checkpoint &out, bool readByTorchLoad)
{
    const QString rel = entry.name.mid(zip.prefix().size());
    QByteArray bytes;
    QString err;
    if (!zip.readEntry(entry, &bytes, &err)) {
        out.error = err;
        return nullptr;
    }
    TorchObjects hooks(out, [&](StorageInfo &info) {
        info.bigEndian = bigEndian;
        for (const QString &dir : dirs) {
            const ZipEntry *rec = zip.find(dir + info.key);
            if (!rec)
                continue;
            info.recordName = dir + info.key;
            info.compressed = rec->method != 0;
            info.fileOffset = info.compressed ? -1 : rec->dataOffset;
            if (rec->uncompressedSize < info.nbytes)
                out.warnings << QStringLiteral("record '%1' holds %2 bytes, the storage needs %3")
                                    .arg(info.recordName)
                                    .arg(rec->uncompressedSize)
                                    .arg(info.nbytes);
            return;
        }
        out.warnings << QStringLiteral("storage '%1' has no record in the archive").arg(info.key);
    });
    Unpickler vm(bytes, &hooks);
    ValuePtr root = vm.run();
    recordPickleFindings(out, vm, rel, bool(root), readByTorchLoad);
    checkRecordCrc(zip, entry, out);
    if (root)
        scanAfterStop(out, bytes, vm.endOffset(), rel, QStringLiteral("STOP"));
    for (const QString &p : hooks.problems)
        out.warnings << QStringLiteral("%1: %2").arg(rel, p);
    if (!root) {
        out.error = QStringLiteral("record '%1': %2").arg(rel, vm.error());
        return vm.partialResult();
    }
    return root;
}
} // namespace

bool readTorchZip(const ByteSourcePtr &src, Checkpoint &out)
{
    ZipDirectory zip;
    zip.setMaxInflatedSize(qint64(1) << 30); // pickles only: tensor data is never inflated here
    if (!zip.read(src)) {
        out.error = zip.error();
        return false;
    }
    const QString prefix = zip.prefix();
    bool script = false;
    for (const ZipEntry &e : zip.entries()) {
        const QString rel = e.name.mid(prefix.size());
        if (!e.name.startsWith(prefix))
            out.findings.push_back({ QString(), Verdict::Invalid, e.name,
                QStringLiteral("record outside the archive folder '%1'").arg(prefix), false });
        if (rel.startsWith(QLatin1String("code/")) || rel == QLatin1String("constants.pkl")
            || rel == QLatin1String("bytecode.pkl"))
            script = true;
    }
    // An .npz (np.savez) is a zip of .npy records: its object arrays are pickles too.
    bool npz = !zip.entries().empty() && !zip.find(QStringLiteral("data.pkl"));
    for (const ZipEntry &e : zip.entries())
        npz = npz && e.name.endsWith(QLatin1String(".npy"));
    out.format = npz ? Format::Numpy : script ? Format::TorchScript : Format::TorchZip;
    if (!npz)
        checkZipStructure(zip, out);
    auto arrays = Value::make(Value::Kind::Dict);
    out.facts << qMakePair(QStringLiteral("archive folder"), prefix)
              << qMakePair(QStringLiteral("records"), QString::number(zip.entries().size()));
    const QString version = smallRecord(zip, QStringLiteral("version"));
    const QString dataVersion = smallRecord(zip, QStringLiteral(".data/version"));
    if (!version.isEmpty() || !dataVersion.isEmpty())
        out.facts << qMakePair(QStringLiteral("version"), version.isEmpty() ? dataVersion : version);
    const QString byteorder = smallRecord(zip, QStringLiteral("byteorder"));
    out.facts << qMakePair(QStringLiteral("byteorder"),
        byteorder.isEmpty() ? QStringLiteral("little (no record: written by PyTorch < 2.1)") : byteorder);
    for (const char *name : { ".data/serialization_id", ".format_version", ".storage_alignment" }) {
        const QString value = smallRecord(zip, QLatin1String(name));
        if (!value.isEmpty())
            out.facts << qMakePair(QString::fromLatin1(name).remove(0, name[1] == 'd' ? 6 : 1), value);
    }
    qint64 compressed = 0;
    for (const ZipEntry &e : zip.entries())
        compressed += e.method != 0;
    if (compressed)
        out.facts << qMakePair(QStringLiteral("compressed records"), QString::number(compressed));

    const bool bigEndian = byteorder == QLatin1String("big");
    const QStringList dataDirs { QStringLiteral("data/"), QStringLiteral("constants/") };
    const QStringList constantDirs { QStringLiteral("constants/"), QStringLiteral("data/") };
    const ZipEntry *dataPkl = zip.find(QStringLiteral("data.pkl"));
    if (dataPkl)
        out.root = readObjectPickle(zip, *dataPkl, dataDirs, bigEndian, out, !script);
    if (script && out.ok()) {
        if (const ZipEntry *constants = zip.find(QStringLiteral("constants.pkl"))) {
            ValuePtr tree = readObjectPickle(zip, *constants, constantDirs, bigEndian, out, false);
            if (tree)
                out.sideTrees.emplace_back(QStringLiteral("constants.pkl"), tree);
        }
    }
    // Every other pickle in the archive is scanned for globals: torch.load ignores them,
    // but a scanner must not. Found by name, by content, and every record torch.save does
    // not write; storages the pickle references are tensor bytes and are skipped.
    QSet<QString> storageRecords;
    for (const StorageInfo &s : out.storages)
        storageRecords.insert(s.recordName);
    for (const ZipEntry &e : zip.entries()) {
        const QString rel = e.name.mid(prefix.size());
        if (&e == dataPkl || (script && rel == QLatin1String("constants.pkl")) || storageRecords.contains(rel))
            continue;
        const bool npy = e.method == 0 && e.dataOffset >= 0 && src->contains(e.dataOffset, 6)
            && looksLikeNpy(src->data() + e.dataOffset, 6);
        const bool unexpected = !npz && (!isExpectedTorchRecord(rel, script) || !e.name.startsWith(prefix));
        if (!npy && !rel.endsWith(QLatin1String(".npy")) && !unexpected && !looksLikePickle(zip, e, *src))
            continue;
        if (e.uncompressedSize > kMaxScannedRecord) {
            out.warnings
                << QStringLiteral("record '%1' (%2 bytes) is too large to scan").arg(e.name).arg(e.uncompressedSize);
            continue;
        }
        QByteArray bytes;
        QString err;
        if (!zip.readEntry(e, &bytes, &err)) {
            out.warnings << err;
            continue;
        }
        checkRecordCrc(zip, e, out);
        if (bytes.startsWith("\x93NUMPY")) {
            if (ValuePtr v = scanNpyRecord(out, bytes, e.name); v && npz)
                arrays->entries.emplace_back(Value::fromString(e.name.chopped(4)), v);
        } else
            scanPickles(out, bytes, 0, rel, nullptr);
    }
    if (npz) {
        out.root = arrays;
        return out.ok();
    }
    if (!dataPkl && out.ok()) {
        out.error = QStringLiteral("zip archive has no data.pkl record (not a torch.save file)");
        return false;
    }
    return out.ok();
}

} // namespace ckpt
