#include "model/formats/LegacyTar.h"

#include "model/checkpoint/DType.h"
#include "model/safety/PickleFindings.h"

#include <QHash>
#include <QtEndian>

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
bool listMembers(const ByteSource &src, QHash<QString, Member> *members, QString *error)
{
    for (qint64 pos = 0; pos + kBlock <= src.size();) {
        const uchar *h = src.data() + pos;
        if (std::all_of(h, h + kBlock, [](uchar c) { return c == 0; }))
            return true; // end of archive
        if (!headerChecksumMatches(h)) {
            if (pos == 0)
                *error = QStringLiteral("not a tar archive");
            return pos > 0; // tarfile stops at a bad header after the first
        }
        qint64 size = 0;
        if (!numberField(h + 124, 12, &size) || size < 0 || size > src.size() - pos - kBlock) {
            *error = QStringLiteral("tar member at byte %1 runs past the end of the file").arg(pos);
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
        out.error = QStringLiteral("%1: %2").arg(where, vm.error());
    *pos = vm.endOffset();
    return v;
}

qint64 countOf(const ValuePtr &v)
{
    return v && v->kind == Value::Kind::Int ? v->integer : -1;
}
} // namespace

bool looksLikeTar(const ByteSource &src)
{
    return src.size() >= kBlock && headerChecksumMatches(src.data());
}

bool readLegacyTar(const ByteSourcePtr &src, Checkpoint &out)
{
    out.format = Format::TorchLegacy;
    out.facts << qMakePair(QStringLiteral("layout"), QStringLiteral("tar (PyTorch <= 0.1.10)"));
    QHash<QString, Member> members;
    QString error;
    if (!listMembers(*src, &members, &error)) {
        out.error = error;
        return false;
    }
    auto view = [&](const Member &m) { return src->view(m.offset, m.size); };
    // storages: a count, then per storage (key, location, storage_type) and the raw storage,
    // an int64 element count and the elements (UntypedStorage._new_with_file).
    if (members.contains(QStringLiteral("storages"))) {
        const QByteArray b = view(members.value(QStringLiteral("storages")));
        qint64 pos = 0;
        const qint64 n = countOf(runPickle(out, b, &pos, QStringLiteral("storages")));
        for (qint64 i = 0; i < n && out.ok(); ++i) {
            const ValuePtr args = runPickle(out, b, &pos, QStringLiteral("storages, storage %1").arg(i));
            if (!args)
                break;
            const ValuePtr type = args->items.size() == 3 ? args->items[2] : nullptr;
            const qint64 elementBytes
                = type && type->kind == Value::Kind::Global ? elementSize(dtypeFromStorageClass(type->className)) : 0;
            if (elementBytes <= 0 || pos + 8 > b.size()) {
                out.error = QStringLiteral("storages: storage %1 has no storage type or size torch reads").arg(i);
                break;
            }
            const qint64 count = qFromLittleEndian<qint64>(b.constData() + pos);
            if (count < 0 || count > (b.size() - pos - 8) / elementBytes) {
                out.error
                    = QStringLiteral("storages: storage %1 claims %2 elements past the member's end").arg(i).arg(count);
                break;
            }
            pos += 8 + count * elementBytes;
        }
        if (out.ok())
            runPickle(out, b, &pos, QStringLiteral("storages, views"));
    }
    // tensors: a count, then per tensor (key, storage_id, type), int32 ndim, 4 bytes, sizes,
    // strides and the storage offset.
    if (out.ok() && members.contains(QStringLiteral("tensors"))) {
        const QByteArray b = view(members.value(QStringLiteral("tensors")));
        qint64 pos = 0;
        const qint64 n = countOf(runPickle(out, b, &pos, QStringLiteral("tensors")));
        for (qint64 i = 0; i < n && out.ok(); ++i) {
            if (!runPickle(out, b, &pos, QStringLiteral("tensors, tensor %1").arg(i)))
                break;
            if (pos + 8 > b.size()) {
                out.error = QStringLiteral("tensors: tensor %1 ends early").arg(i);
                break;
            }
            const qint32 ndim = qFromLittleEndian<qint32>(b.constData() + pos);
            if (ndim < 0 || qint64(ndim) * 16 + 16 > b.size() - pos) {
                out.error = QStringLiteral("tensors: tensor %1 claims %2 dimensions").arg(i).arg(ndim);
                break;
            }
            pos += 8 + qint64(ndim) * 16 + 8;
        }
    }
    if (members.contains(QStringLiteral("sys_info"))) {
        const QByteArray b = view(members.value(QStringLiteral("sys_info")));
        scanPickles(out, b, 0, QStringLiteral("sys_info"), nullptr);
    }
    if (!members.contains(QStringLiteral("pickle"))) {
        if (out.ok())
            out.error = QStringLiteral("tar archive without a 'pickle' member (not a torch.save file)");
        return false;
    }
    const QByteArray b = view(members.value(QStringLiteral("pickle")));
    qint64 pos = 0;
    PlainHooks hooks;
    Unpickler vm(b, &hooks);
    out.root = vm.run(0);
    recordPickleFindings(out, vm, QStringLiteral("pickle"), bool(out.root));
    if (!out.root) {
        out.root = vm.partialResult();
        if (out.ok())
            out.error = QStringLiteral("pickle: %1").arg(vm.error());
        return false;
    }
    pos = vm.endOffset();
    scanAfterStop(out, b, pos, QStringLiteral("pickle"), QStringLiteral("STOP"));
    return out.ok();
}

} // namespace ckpt
