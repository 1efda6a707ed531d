// The pre-1.6 torch.save format (FORMATS.md D2): five pickles back to back, then the
// raw storages in the order of the key list, each behind an int64 element count.
#include "model/formats/LegacyTar.h"
#include "model/formats/Readers.h"
#include "model/formats/TorchObjects.h"
#include "model/safety/PickleFindings.h"

#include <QHash>
#include <QtEndian>

#include <cstring>

namespace ckpt {

namespace {
const char kMagic[] = "119547037146038801333356"; // 0x1950a86a20f9469cfc6c

bool isInt(const ValuePtr &v, const char *decimal)
{
    return v
        && ((v->kind == Value::Kind::BigInt && v->text == QLatin1String(decimal))
            || (v->kind == Value::Kind::Int && QString::number(v->integer) == QLatin1String(decimal)));
}
// How the file starts: PROTO 2, LONG1 of 10 bytes, then the magic number.
const uchar kMagicPickle[] = { 0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19 };
} // namespace

const char *TorchLegacyReader::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "PyTorch checkpoint, legacy (torch.save before 1.6)");
}

QStringList TorchLegacyReader::nameFilters() const
{
    return { QStringLiteral("*.pt"), QStringLiteral("*.pth"), QStringLiteral("*.bin"), QStringLiteral("*.ckpt"),
        QStringLiteral("*.tar") };
}

FormatCapabilities TorchLegacyReader::capabilities() const
{
    return FormatCapability::Read | FormatCapability::NestedObjects | FormatCapability::SharedStorage
        | FormatCapability::Quantized | FormatCapability::Pickle;
}

bool TorchLegacyReader::recognises(const FormatProbe &probe) const
{
    const ByteSource &src = probe.bytes();
    if (src.contains(0, sizeof kMagicPickle) && std::memcmp(src.data(), kMagicPickle, sizeof kMagicPickle) == 0)
        return true;
    // torch.load tries the tar layout first, then reads the magic number with pickle.load:
    // any protocol (0 writes "L119547...L"), so the first pickle is run, not matched.
    if (looksLikeTar(src))
        return true;
    PlainHooks hooks;
    Unpickler vm(src.view(0, std::min<qint64>(src.size(), 64)), &hooks);
    return isInt(vm.run(), kMagic);
}

bool TorchLegacyReader::read(const ByteSourcePtr &src, Checkpoint &out) const
{
    out.format = Format::TorchLegacy;
    if (looksLikeTar(*src)) {
        // What torch.load reads first. Should tarfile fail part-way, torch.load goes on with
        // the stacked pickles from byte 0, so those are scanned too.
        readLegacyTar(src, out);
        scanWhatTorchLoadUnpickles(out, src->view(0, src->size()));
        return out.ok();
    }
    const QByteArray bytes = src->view(0, src->size());
    qint64 pos = 0;
    auto runPlain = [&](const char *what) -> ValuePtr {
        PlainHooks hooks;
        Unpickler vm(bytes, &hooks);
        ValuePtr v = vm.run(pos);
        recordPickleFindings(out, vm, QString::fromLatin1(what), bool(v));
        if (!v)
            out.error = Phrase::translate(
                "ckpt::Formats", "%1 pickle: %2", "the legacy format's pickles: magic number, sys_info ...")
                            .arg(QString::fromLatin1(what), vm.error());
        pos = vm.endOffset();
        return v;
    };
    if (!isInt(runPlain("magic number"), kMagic)) {
        if (out.ok())
            out.error = Phrase::translate("ckpt::Formats", "first pickle is not the legacy torch magic number");
        return false;
    }
    ValuePtr protocol = runPlain("protocol version");
    if (!protocol)
        return false;
    out.facts << qMakePair(Phrase::translate("ckpt::Formats", "protocol version", "a fact's name: the legacy format's"),
        Phrase(protocol->scalarText()));
    if (!isInt(protocol, "1001"))
        out.warnings
            << Phrase::translate("ckpt::Formats", "unexpected legacy protocol version %1").arg(protocol->scalarText());
    ValuePtr sysInfo = runPlain("sys_info");
    if (!sysInfo)
        return false;
    bool bigEndian = false;
    if (ValuePtr le = sysInfo->child(QStringLiteral("little_endian")))
        bigEndian = le->kind == Value::Kind::Bool && !le->boolean;
    out.facts << qMakePair(
        byteorderFact(), byteorderName(bigEndian ? QStringLiteral("big") : QStringLiteral("little")));
    out.sideTrees.emplace_back(QStringLiteral("sys_info"), sysInfo);

    TorchObjects hooks(out, [&](StorageInfo &info) { info.bigEndian = bigEndian; });
    Unpickler vm(bytes, &hooks);
    out.root = vm.run(pos);
    recordPickleFindings(
        out, vm, Phrase::translate("ckpt::Safety", "object pickle", "the legacy format's main pickle"), bool(out.root));
    for (const Phrase &p : hooks.problems)
        out.warnings << p;
    if (!out.root) {
        out.root = vm.partialResult();
        out.error = Phrase::translate("ckpt::Formats", "object pickle: %1").arg(vm.error());
        return false;
    }
    pos = vm.endOffset();
    out.facts << qMakePair(
        Phrase::translate("ckpt::Formats", "object pickle bytes", "a fact's name"), Phrase(QString::number(pos)));

    ValuePtr keys = runPlain("storage keys");
    if (!keys)
        return false;
    if (keys->kind != Value::Kind::List) {
        out.error = Phrase::translate("ckpt::Formats", "storage key list is a %1, not a list").arg(keys->kindName());
        return false;
    }
    QHash<QString, int> byKey;
    for (int i = 0; i < int(out.storages.size()); ++i)
        byKey.insert(out.storages[size_t(i)].key, i);
    // Raw storages follow in key-list order: int64 count, then count * element size bytes.
    for (const ValuePtr &k : keys->items) {
        const QString key = k->kind == Value::Kind::String ? k->text : k->scalarText();
        const int index = byKey.value(key, -1);
        if (!src->contains(pos, 8)) {
            out.error = Phrase::translate("ckpt::Formats", "file ends at byte %1 before storage '%2'")
                            .arg(src->size())
                            .arg(key);
            return false;
        }
        qint64 count = qFromLittleEndian<qint64>(src->data() + pos);
        if (bigEndian)
            count = qFromBigEndian<qint64>(src->data() + pos);
        if (index < 0) {
            out.error = Phrase::translate("ckpt::Formats", "storage '%1' at byte %2 is not used by the object pickle")
                            .arg(key)
                            .arg(pos);
            return false;
        }
        StorageInfo &info = out.storages[size_t(index)];
        const qint64 size = elementSize(info.dtype);
        if (count < 0 || count > src->size() / size || !src->contains(pos + 8, count * size)) {
            out.error = Phrase::translate(
                "ckpt::Formats", "storage '%1' at byte %2 claims %3 elements, past the end of the file (%4 bytes)")
                            .arg(key)
                            .arg(pos)
                            .arg(count)
                            .arg(src->size());
            return false;
        }
        if (count != info.numel)
            out.warnings << Phrase::translate("ckpt::Formats", "storage '%1' holds %2 elements, the pickle said %3")
                                .arg(key)
                                .arg(count)
                                .arg(info.numel);
        info.fileOffset = pos + 8;
        info.numel = count;
        info.nbytes = count * size;
        pos += 8 + count * size;
    }
    if (pos != src->size()) // torch.load never reads it; a scanner checks it for pickles
        scanAfterStop(out, bytes, pos, Phrase::translate("ckpt::Safety", "file", "where a finding is: the whole file"),
            Phrase::translate("ckpt::Safety", "the last storage", "%1 bytes after it"));
    return true;
}

} // namespace ckpt
