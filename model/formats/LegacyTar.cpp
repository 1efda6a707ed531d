#include "model/formats/LegacyTar.h"
#include "model/formats/Readers.h"

#include "model/checkpoint/DType.h"
#include "model/formats/TorchObjects.h"
#include "model/safety/PickleFindings.h"

#include <QHash>
#include <QtEndian>

#include <cmath>

namespace ckpt {

namespace {
constexpr qint64 kBlock = 512;

// tarfile's nti(): octal text (NUL or space padded), or base-256 when the top bit is set.
bool numberField(const uchar *p, int len, qint64 *out)
{
    if (p[0] == 0x80 || p[0] == 0xff) {
        qint64 n = 0;
        for (int i = 1; i < len; ++i)
            n = (n << 8) | p[i];
        *out = p[0] == 0xff ? -n : n;
        return true;
    }
    int i = 0, end = 0;
    while (end < len && p[end] != 0)
        ++end;
    while (i < end && (p[i] == ' ' || p[i] == '\t'))
        ++i;
    while (end > i && (p[end - 1] == ' ' || p[end - 1] == '\t'))
        --end;
    qint64 n = 0;
    for (; i < end; ++i) {
        if (p[i] < '0' || p[i] > '7' || n > (qint64(1) << 58))
            return false;
        n = n * 8 + (p[i] - '0');
    }
    *out = n;
    return true;
}

bool headerChecksumMatches(const uchar *h)
{
    qint64 stored = 0;
    if (!numberField(h + 148, 8, &stored))
        return false;
    qint64 unsignedSum = 256, signedSum = 256; // the checksum field counts as 8 spaces
    for (int i = 0; i < kBlock; ++i) {
        if (i >= 148 && i < 156)
            continue;
        unsignedSum += h[i];
        signedSum += qint8(h[i]);
    }
    return stored == unsignedSum || stored == signedSum;
}

struct Member {
    QString name;
    qint64 offset = 0, size = 0;
};

// The regular-file members, as tarfile lists them (later duplicates win, as getmember's do).
bool listMembers(const ByteSource &src, QHash<QString, Member> *members, Phrase *error)
{
    for (qint64 pos = 0; pos + kBlock <= src.size();) {
        const uchar *h = src.data() + pos;
        if (std::all_of(h, h + kBlock, [](uchar c) { return c == 0; }))
            return true; // end of archive
        if (!headerChecksumMatches(h)) {
            if (pos == 0)
                *error = Phrase::translate("ckpt::Formats", "not a tar archive");
            return pos > 0; // tarfile stops at a bad header after the first
        }
        qint64 size = 0;
        if (!numberField(h + 124, 12, &size) || size < 0 || size > src.size() - pos - kBlock) {
            *error = Phrase::translate("ckpt::Formats", "tar member at byte %1 runs past the end of the file").arg(pos);
            return false;
        }
        int nameLen = 0;
        while (nameLen < 100 && h[nameLen])
            ++nameLen;
        const char type = char(h[156]);
        if (type == '0' || type == '\0' || type == '7')
            members->insert(
                QString::fromUtf8(reinterpret_cast<const char *>(h), nameLen), { QString(), pos + kBlock, size });
        pos += kBlock + (size + kBlock - 1) / kBlock * kBlock;
    }
    return true;
}

// Runs one pickle of a member from `pos`, graded; false (with out.error) if it breaks.
ValuePtr runPickle(Checkpoint &out, const QByteArray &bytes, qint64 *pos, const QString &where)
{
    PlainHooks hooks;
    Unpickler vm(bytes, &hooks);
    ValuePtr v = vm.run(*pos);
    recordPickleFindings(out, vm, where, bool(v));
    if (!v && out.error.isEmpty())
        out.error = about(where, vm.error());
    *pos = vm.endOffset();
    return v;
}

qint64 countOf(const ValuePtr &v)
{
    return v && v->kind == Value::Kind::Int ? v->integer : -1;
}

void failOnce(Checkpoint &out, const Phrase &error)
{
    if (out.ok())
        out.error = error;
}

// legacy_load keeps storages, storage views and tensors in one dict, by the keys the
// members pickled (ints when torch.save wrote them). Python's equal keys (1, True) map to
// one text; an empty text is a key this reader does not look up.
QString dictKey(const ValuePtr &k)
{
    using K = Value::Kind;
    if (!k)
        return {};
    switch (k->kind) {
    case K::Int:
    case K::Bool:
        return QStringLiteral("i") + QString::number(k->kind == K::Bool ? qint64(k->boolean) : k->integer);
    case K::BigInt:
        return QStringLiteral("i") + k->text;
    case K::String:
        return QStringLiteral("s") + k->text;
    default:
        return {};
    }
}

// The pickle member's persistent ids go through int(saved_id).
QString intKey(const ValuePtr &id)
{
    using K = Value::Kind;
    if (id && (id->kind == K::String || id->kind == K::Bytes)) {
        bool ok = false;
        const qint64 n
            = (id->kind == K::String ? id->text : QString::fromLatin1(id->bytes())).trimmed().toLongLong(&ok);
        return ok ? QStringLiteral("i") + QString::number(n) : QString();
    }
    if (id && id->kind == K::Float && std::abs(id->real) < 9e18)
        return QStringLiteral("i") + QString::number(qint64(id->real)); // int() truncates
    return dictKey(id);
}

// What a key names: a storage, or a tensor of the `tensors` member.
struct Loaded {
    int storageIndex = -1;
    int tensor = -1; // into TarTensors::records
};

// A tensor record of the `tensors` member: torch.tensor([], dtype=storage.dtype).set_(...).
struct TensorRecord {
    Loaded storage;
    std::vector<qint64> sizes, strides;
    qint64 offset = 0;
    ValuePtr value; // once the pickle names it: every name shares one tensor
};

struct TarTensors {
    QHash<QString, Loaded> byKey;
    std::vector<TensorRecord> records;
};

// The pickle member's hooks: its persistent ids name the storages and tensors read before
// it; they become the project's tensors through TorchObjects' own rebuild. A bad id is
// recorded (the first in `error`) and the unpickling goes on, so every global is graded.
class TarObjects : public TorchObjects {
public:
    TarObjects(Checkpoint &out, TarTensors &tar) : TorchObjects(out, [](StorageInfo &) {}), m_out(out), m_tar(tar) { }

    ValuePtr persistentLoad(const ValuePtr &pid, Phrase *) override
    {
        if (pid && pid->kind == Value::Kind::Tuple && !pid->items.empty()) {
            // (class, source file, source) of a whole-model save: the class, never imported.
            const auto &a = pid->items;
            if (a.size() >= 3 && a[0]->kind == Value::Kind::Global && a[2]->kind == Value::Kind::String)
                m_out.moduleSources.insert(a[0]->className, a[2]->text);
            return a[0];
        }
        const auto found = m_tar.byKey.constFind(intKey(pid));
        if (found == m_tar.byKey.constEnd())
            return unresolved(pid,
                Phrase::translate("ckpt::Formats", "persistent id %1 names no storage or tensor of the tar")
                    .arg(pid ? pid->scalarText() : QString()));
        if (found->tensor < 0)
            return storageValue(*found);
        TensorRecord &r = m_tar.records[size_t(found->tensor)];
        if (!r.value) {
            auto args = Value::make(Value::Kind::Tuple);
            args->items = { storageValue(r.storage), Value::fromInt(r.offset), intTuple(r.sizes), intTuple(r.strides) };
            Phrase why;
            r.value = TorchObjects::reduce(Value::global(QStringLiteral("torch._utils._rebuild_tensor")), args, &why);
            if (!r.value)
                return unresolved(pid, Phrase::translate("ckpt::Formats", "tensor %1: %2").arg(pid->scalarText(), why));
            m_out.tensors[size_t(r.value->tensorIndex)].rebuiltBy = QStringLiteral("legacy_load (tar 'tensors')");
        }
        return r.value;
    }

    Phrase error;

private:
    static ValuePtr storageValue(const Loaded &l)
    {
        auto v = Value::make(Value::Kind::Storage);
        v->storageIndex = l.storageIndex;
        return v;
    }
    static ValuePtr intTuple(const std::vector<qint64> &n)
    {
        auto t = Value::make(Value::Kind::Tuple);
        for (qint64 i : n)
            t->items.push_back(Value::fromInt(i));
        return t;
    }
    ValuePtr unresolved(const ValuePtr &pid, const Phrase &why)
    {
        if (error.isEmpty())
            error = why;
        return PlainHooks::persistentLoad(pid, nullptr);
    }

    Checkpoint &m_out;
    TarTensors &m_tar;
};

// storages: a count, then per storage (key, location, storage_type) and the raw storage
// (UntypedStorage._new_with_file: an int64 element count and the elements, both
// little-endian whatever sys_info says), then the list of views (target, root, offset, numel), each a storage
// of its own over part of its root's bytes, as torch.load makes it.
void readStorages(const ByteSourcePtr &src, const Member &m, Checkpoint &out, TarTensors &tar)
{
    const QByteArray b = src->view(m.offset, m.size);
    qint64 pos = 0;
    const qint64 n = countOf(runPickle(out, b, &pos, QStringLiteral("storages")));
    for (qint64 i = 0; i < n && out.ok(); ++i) {
        const ValuePtr args = runPickle(out, b, &pos, QStringLiteral("storages, storage %1").arg(i));
        if (!args)
            return;
        const bool triple = args->kind == Value::Kind::Tuple && args->items.size() == 3;
        const ValuePtr type = triple ? args->items[2] : nullptr;
        const DType dtype
            = type && type->kind == Value::Kind::Global ? dtypeFromStorageClass(type->className) : DType::Unknown;
        const qint64 elementBytes = elementSize(dtype);
        // (elementSize of an unknown dtype is 1: the dtype itself must be known.)
        if (!triple || dtype == DType::Unknown || pos + 8 > b.size()) {
            out.error
                = Phrase::translate("ckpt::Formats", "storages: storage %1 has no storage type or size torch reads")
                      .arg(i);
            return;
        }
        const qint64 count = qFromLittleEndian<qint64>(b.constData() + pos);
        if (count < 0 || count > (b.size() - pos - 8) / elementBytes) {
            out.error
                = Phrase::translate("ckpt::Formats", "storages: storage %1 claims %2 elements past the member's end")
                      .arg(i)
                      .arg(count);
            return;
        }
        const QString key = dictKey(args->items[0]);
        if (key.isEmpty()) {
            out.error = Phrase::translate("ckpt::Formats", "storages: storage %1 has a %2 key")
                            .arg(i)
                            .arg(args->items[0]->kindName());
            return;
        }
        StorageInfo info;
        info.key = args->items[0]->scalarText();
        info.device = args->items[1]->kind == Value::Kind::String ? args->items[1]->text : args->items[1]->scalarText();
        info.dtype = dtype;
        info.numel = count;
        info.nbytes = count * elementBytes;
        info.fileOffset = m.offset + pos + 8;
        tar.byKey.insert(key, { int(out.storages.size()), -1 });
        out.storages.push_back(std::move(info));
        pos += 8 + count * elementBytes;
    }
    if (!out.ok())
        return;
    const ValuePtr views = runPickle(out, b, &pos, QStringLiteral("storages, views"));
    if (!views || n < 0)
        return;
    if (views->kind != Value::Kind::List && views->kind != Value::Kind::Tuple) {
        out.error = Phrase::translate("ckpt::Formats", "storages: the storage views are a %1, not a list")
                        .arg(views->kindName());
        return;
    }
    for (const ValuePtr &v : views->items) {
        const bool four = v->kind == Value::Kind::Tuple && v->items.size() == 4;
        const auto root = four ? tar.byKey.constFind(dictKey(v->items[1])) : tar.byKey.constEnd();
        if (root == tar.byKey.constEnd() || root->tensor >= 0 || dictKey(v->items[0]).isEmpty()
            || v->items[2]->kind != Value::Kind::Int || v->items[3]->kind != Value::Kind::Int
            || v->items[2]->integer < 0) {
            out.error = Phrase::translate("ckpt::Formats",
                "storages: a storage view is not (key, storage key, offset, size) of a storage the member holds");
            return;
        }
        // A storage of its own over the root's bytes (root._storage[a:b]), which Python's
        // slicing cuts to the root's end.
        const StorageInfo &r = out.storages[size_t(root->storageIndex)];
        const qint64 offset = qMin(v->items[2]->integer, r.numel);
        const qint64 numel = qBound<qint64>(0, v->items[3]->integer, r.numel - offset);
        if (offset != v->items[2]->integer || numel != v->items[3]->integer)
            out.warnings << Phrase::translate(
                "ckpt::Formats", "storage view %1 reaches past storage '%2': torch.load cuts it to %3 elements")
                                .arg(v->items[0]->scalarText(), r.key)
                                .arg(numel);
        StorageInfo view;
        view.key = v->items[0]->scalarText();
        view.dtype = r.dtype;
        view.device = r.device;
        view.numel = numel;
        view.nbytes = numel * elementSize(r.dtype);
        view.fileOffset = r.fileOffset + offset * elementSize(r.dtype);
        tar.byKey.insert(dictKey(v->items[0]), { int(out.storages.size()), -1 });
        out.storages.push_back(std::move(view));
    }
}

// tensors: a count, then per tensor (key, storage_id, type), int32 ndim, 4 bytes, sizes,
// strides and the storage offset, all little-endian int64.
void readTensors(const ByteSourcePtr &src, const Member &m, Checkpoint &out, TarTensors &tar)
{
    const QByteArray b = src->view(m.offset, m.size);
    qint64 pos = 0;
    const qint64 n = countOf(runPickle(out, b, &pos, QStringLiteral("tensors")));
    for (qint64 i = 0; i < n; ++i) {
        const ValuePtr args = runPickle(out, b, &pos, QStringLiteral("tensors, tensor %1").arg(i));
        if (!args)
            return;
        if (pos + 8 > b.size()) {
            failOnce(out, Phrase::translate("ckpt::Formats", "tensors: tensor %1 ends early").arg(i));
            return;
        }
        const qint32 ndim = qFromLittleEndian<qint32>(b.constData() + pos);
        if (ndim < 0 || qint64(ndim) * 16 + 16 > b.size() - pos) {
            failOnce(
                out, Phrase::translate("ckpt::Formats", "tensors: tensor %1 claims %2 dimensions").arg(i).arg(ndim));
            return;
        }
        TensorRecord r;
        const char *p = b.constData() + pos + 8;
        for (qint32 d = 0; d < ndim; ++d) {
            r.sizes.push_back(qFromLittleEndian<qint64>(p + 8 * d));
            r.strides.push_back(qFromLittleEndian<qint64>(p + 8 * (ndim + d)));
        }
        r.offset = qFromLittleEndian<qint64>(p + 16 * qint64(ndim));
        pos += 8 + qint64(ndim) * 16 + 8;
        // A record naming no storage is an error, but the pickles after it are still graded.
        const bool triple = args->kind == Value::Kind::Tuple && args->items.size() == 3;
        const QString key = triple ? dictKey(args->items[0]) : QString();
        if (key.isEmpty()) {
            failOnce(out,
                Phrase::translate("ckpt::Formats", "tensors: tensor %1 is not a (key, storage key, type) tuple")
                    .arg(i));
            continue;
        }
        const auto storage = tar.byKey.constFind(dictKey(args->items[1]));
        if (storage == tar.byKey.constEnd() || storage->tensor >= 0) {
            failOnce(out,
                Phrase::translate(
                    "ckpt::Formats", "tensors: tensor %1 names storage %2, which the storages member does not hold")
                    .arg(i)
                    .arg(args->items[1]->scalarText()));
            continue;
        }
        r.storage = *storage;
        tar.byKey.insert(key, { -1, int(tar.records.size()) });
        tar.records.push_back(std::move(r));
    }
}
} // namespace

bool looksLikeTar(const ByteSource &src)
{
    return src.size() >= kBlock && headerChecksumMatches(src.data());
}

bool readLegacyTar(const ByteSourcePtr &src, Checkpoint &out)
{
    out.format = Format::TorchLegacy;
    out.facts << qMakePair(Phrase::translate("ckpt::Formats", "layout", "a fact's name: how the file is laid out"),
        Phrase::translate("ckpt::Formats", "tar (PyTorch <= 0.1.10)", "a layout"));
    out.facts << qMakePair(byteorderFact(), byteorderName(QStringLiteral("little")));
    QHash<QString, Member> members;
    Phrase error;
    if (!listMembers(*src, &members, &error)) {
        out.error = error;
        return false;
    }
    // legacy_load extracts them by name, in this order (torch.save wrote sys_info, pickle,
    // tensors, storages); tar.extract of a missing one fails.
    Phrase missing;
    for (const char *name : { "storages", "tensors" })
        if (missing.isEmpty() && !members.contains(QLatin1String(name)))
            missing = Phrase::translate("ckpt::Formats", "tar archive without a '%1' member (torch.load needs it)")
                          .arg(QString::fromLatin1(name));
    TarTensors tar;
    if (members.contains(QStringLiteral("storages")))
        readStorages(src, members.value(QStringLiteral("storages")), out, tar);
    // Graded even when the storages are broken (torch.load would stop there).
    if (members.contains(QStringLiteral("tensors")))
        readTensors(src, members.value(QStringLiteral("tensors")), out, tar);
    if (members.contains(QStringLiteral("sys_info"))) {
        const QByteArray b = src->view(
            members.value(QStringLiteral("sys_info")).offset, members.value(QStringLiteral("sys_info")).size);
        scanPickles(out, b, 0, QStringLiteral("sys_info"), nullptr);
    }
    if (!members.contains(QStringLiteral("pickle"))) {
        if (out.ok())
            out.error
                = Phrase::translate("ckpt::Formats", "tar archive without a 'pickle' member (not a torch.save file)");
        return false;
    }
    const Member &pickle = members.value(QStringLiteral("pickle"));
    const QByteArray b = src->view(pickle.offset, pickle.size);
    TarObjects hooks(out, tar);
    Unpickler vm(b, &hooks);
    out.root = vm.run(0);
    recordPickleFindings(out, vm, QStringLiteral("pickle"), bool(out.root));
    for (const Phrase &p : hooks.problems)
        out.warnings << p;
    if (!missing.isEmpty())
        out.error = missing;
    if (!hooks.error.isEmpty())
        failOnce(out, about(QStringLiteral("pickle"), hooks.error));
    if (!out.root) {
        out.root = vm.partialResult();
        failOnce(out, about(QStringLiteral("pickle"), vm.error()));
        return false;
    }
    scanAfterStop(out, b, vm.endOffset(), QStringLiteral("pickle"), QStringLiteral("STOP"));
    return out.ok();
}

} // namespace ckpt
