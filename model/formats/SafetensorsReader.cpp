// safetensors (FORMATS.md D3), validated as strictly as the reference parser
// (safetensors/src/tensor.rs): what it refuses, we report as an error.
#include "model/formats/Readers.h"

#include "model/formats/JsonScan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace ckpt {

namespace {
constexpr qint64 kMaxHeader = 100000000; // the reference parser's MAX_HEADER_SIZE

struct Entry {
    QString name;
    QString tag; // dtype as written ("F32")
    DType dtype = DType::Unknown;
    std::vector<qint64> shape;
    qint64 numel = 1;
    qint64 begin = 0; // relative to the data buffer
    qint64 end = 0;
};

// Packed sub-byte types have no DType yet; they still need their bit width for checks.
int packedBits(const QString &tag)
{
    if (tag == QLatin1String("F4"))
        return 4;
    if (tag == QLatin1String("F6_E2M3") || tag == QLatin1String("F6_E3M2"))
        return 6;
    return 0;
}

bool toCount(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const qint64 i = v.toInteger(-1);
    // toInteger() also accepts 3.0; the reference parser wants integer literals, but
    // Qt cannot tell them apart and the value is the same.
    if (i < 0 || double(i) != v.toDouble())
        return false;
    *out = i;
    return true;
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// Parses one tensor entry; returns why it is not one, or nothing.
Phrase parseEntry(const QString &name, const QJsonValue &value, Entry *e, Phrases *warnings)
{
    e->name = name;
    if (!value.isObject())
        return Phrase::translate("ckpt::Formats", "tensor '%1': entry is not a JSON object").arg(name);
    const QJsonObject o = value.toObject();
    const QJsonValue dtype = o.value(QLatin1String("dtype"));
    const QJsonValue shape = o.value(QLatin1String("shape"));
    const QJsonValue offsets = o.value(QLatin1String("data_offsets"));
    if (!dtype.isString())
        return Phrase::translate("ckpt::Formats", "tensor '%1' has no dtype").arg(name);
    if (!shape.isArray())
        return Phrase::translate("ckpt::Formats", "tensor '%1' has no shape").arg(name);
    if (!offsets.isArray() || offsets.toArray().size() != 2 || !toCount(offsets.toArray().at(0), &e->begin)
        || !toCount(offsets.toArray().at(1), &e->end))
        return Phrase::translate(
            "ckpt::Formats", "tensor '%1' needs data_offsets [begin, end] of non-negative integers")
            .arg(name);
    if (e->end < e->begin)
        return Phrase::translate("ckpt::Formats", "tensor '%1' has data_offsets that end (%2) before they begin (%3)")
            .arg(name)
            .arg(e->end)
            .arg(e->begin);

    e->tag = dtype.toString();
    int bits = packedBits(e->tag);
    if (bits) {
        warnings->append(Phrase::translate("ckpt::Formats", "tensor '%1' uses the packed dtype %2, shown as unknown")
                             .arg(name, e->tag));
    } else {
        e->dtype = dtypeFromSafetensors(e->tag);
        if (e->dtype == DType::Unknown)
            return Phrase::translate("ckpt::Formats", "tensor '%1' has unknown dtype '%2'").arg(name, e->tag);
        bits = elementSize(e->dtype) * 8;
    }

    // Strides multiply the dims with zeros counted as one, so guard that product too.
    qint64 strideSpan = 1;
    for (const QJsonValue &d : shape.toArray()) {
        qint64 dim = 0;
        if (!toCount(d, &dim))
            return Phrase::translate(
                "ckpt::Formats", "tensor '%1' has a shape entry that is not a non-negative integer")
                .arg(name);
        e->shape.push_back(dim);
        if (__builtin_mul_overflow(e->numel, dim, &e->numel)
            || __builtin_mul_overflow(strideSpan, std::max<qint64>(dim, 1), &strideSpan))
            return Phrase::translate("ckpt::Formats", "tensor '%1' has a shape whose element count overflows")
                .arg(name);
    }
    qint64 totalBits = 0;
    if (__builtin_mul_overflow(e->numel, qint64(bits), &totalBits))
        return Phrase::translate("ckpt::Formats", "tensor '%1' has a shape whose size overflows").arg(name);
    if (totalBits % 8)
        return Phrase::translate("ckpt::Formats", "tensor '%1' has %2 elements of %3 bits, not a whole number of bytes")
            .arg(name)
            .arg(e->numel)
            .arg(bits);
    if (totalBits / 8 != e->end - e->begin)
        return Phrase::translate("ckpt::Formats", "tensor '%1' is %2 %3 (%4 bytes) but its data_offsets span %5 bytes")
            .arg(name, e->tag, shapeText(e->shape))
            .arg(totalBits / 8)
            .arg(e->end - e->begin);
    return Phrase();
}
} // namespace

const char *SafetensorsReader::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "safetensors");
}

QStringList SafetensorsReader::nameFilters() const
{
    return { QStringLiteral("*.safetensors") };
}

FormatCapabilities SafetensorsReader::capabilities() const
{
    return FormatCapability::Read | FormatCapability::Metadata;
}

bool SafetensorsReader::recognises(const FormatProbe &probe) const
{
    // An 8-byte little-endian header length that fits the file, then the JSON's '{'.
    const ByteSource &src = probe.bytes();
    if (src.size() < 10)
        return false;
    const uchar *d = src.data();
    quint64 n = 0;
    for (int i = 7; i >= 0; --i)
        n = (n << 8) | d[i];
    return n >= 2 && n <= quint64(kMaxHeader) && n + 8 <= quint64(src.size()) && d[8] == '{';
}

bool SafetensorsReader::read(const ByteSourcePtr &src, Checkpoint &out) const
{
    out.format = Format::Safetensors;

    const qint64 size = src->size();
    if (size < 8)
        return readFailed(
            out, Phrase::translate("ckpt::Formats", "too small for a safetensors header (%1 bytes)").arg(size));
    quint64 n = 0;
    for (int i = 7; i >= 0; --i)
        n = (n << 8) | src->data()[i];
    if (n > quint64(kMaxHeader))
        return readFailed(out,
            Phrase::translate("ckpt::Formats", "safetensors header claims %1 bytes, more than the limit of %2")
                .arg(n)
                .arg(kMaxHeader));
    if (n + 8 > quint64(size))
        return readFailed(out,
            Phrase::translate(
                "ckpt::Formats", "safetensors header claims %1 bytes at byte 8, past the end of the file (%2 bytes)")
                .arg(n)
                .arg(size));
    const qint64 dataStart = 8 + qint64(n);
    const QByteArray header = src->view(8, qint64(n));
    if (header.isEmpty() || header.at(0) != '{')
        return readFailed(out, Phrase::translate("ckpt::Formats", "safetensors header does not start with '{'"));

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(header, &perr);
    if (perr.error != QJsonParseError::NoError)
        return readFailed(out,
            Phrase::translate("ckpt::Formats", "safetensors header is not valid JSON: %1 at byte %2")
                .arg(perr.errorString())
                .arg(8 + perr.offset));
    if (!doc.isObject())
        return readFailed(out, Phrase::translate("ckpt::Formats", "safetensors header is not a JSON object"));
    const QJsonObject obj = doc.object();
    out.facts.append(
        { Phrase::translate("ckpt::Formats", "header bytes", "a fact's name: the safetensors JSON header's size"),
            Phrase(QString::number(n)) });

    // The written key order; falls back to Qt's (sorted) order if our scanner disagrees.
    std::vector<JsonMember> members;
    QStringList keys;
    if (scanJsonObject(header, 0, &members)) {
        QSet<QString> seen;
        for (const JsonMember &m : members) {
            if (seen.contains(m.key))
                return readFailed(
                    out, Phrase::translate("ckpt::Formats", "safetensors header has the key '%1' twice").arg(m.key));
            seen.insert(m.key);
            keys << m.key;
        }
    } else {
        keys = obj.keys();
    }

    auto root = Value::make(Value::Kind::Dict);
    out.root = root;
    std::vector<Entry> entries;
    Phrase error;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue value = obj.value(key);
        if (key == QLatin1String("__metadata__")) {
            if (!value.isObject()) {
                error = Phrase::translate("ckpt::Formats", "safetensors __metadata__ is not a JSON object");
                break;
            }
            auto meta = Value::make(Value::Kind::Dict);
            const QJsonObject mo = value.toObject();
            for (auto it = mo.constBegin(); it != mo.constEnd(); ++it) {
                QString text = it.value().toString();
                if (!it.value().isString()) {
                    // The spec says str -> str; keep a non-string readable rather than stop.
                    out.warnings
                        << Phrase::translate("ckpt::Formats", "__metadata__ value '%1' is not a string").arg(it.key());
                    text = QString::fromUtf8(
                        QJsonDocument(QJsonArray { it.value() }).toJson(QJsonDocument::Compact).mid(1).chopped(1));
                }
                meta->entries.emplace_back(Value::fromString(it.key()), Value::fromString(text));
                out.facts.append(
                    { Phrase::translate("ckpt::Formats", "metadata %1", "a fact's name: a __metadata__ key")
                            .arg(it.key()),
                        Phrase(text) });
            }
            root->entries.emplace_back(Value::fromString(key), meta);
            continue;
        }
        Entry e;
        error = parseEntry(key, value, &e, &out.warnings);
        if (!error.isEmpty())
            break;
        entries.push_back(std::move(e));
        // Placeholder; tensorIndex is set below once all entries are known.
        root->entries.emplace_back(Value::fromString(key), Value::make(Value::Kind::Tensor));
    }

    // Layout: sorted by offsets the tensors must tile the buffer from 0 and the file must
    // end at the last end (no holes, no overlaps, no trailing polyglot payload).
    std::vector<size_t> order(entries.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&entries](size_t a, size_t b) {
        return entries[a].begin != entries[b].begin ? entries[a].begin < entries[b].begin
                                                    : entries[a].end < entries[b].end;
    });
    qint64 expected = 0;
    const Entry *previous = nullptr;
    for (size_t i : order) {
        const Entry &e = entries[i];
        if (!error.isEmpty())
            break;
        if (e.begin > expected)
            error = Phrase::translate("ckpt::Formats",
                "safetensors data has a hole: bytes %1..%2 of the buffer belong to no tensor (before '%3')")
                        .arg(expected)
                        .arg(e.begin)
                        .arg(e.name);
        else if (e.begin < expected)
            error = Phrase::translate(
                "ckpt::Formats", "tensor '%1' (bytes %2..%3) overlaps tensor '%4' (which ends at %5)")
                        .arg(e.name)
                        .arg(e.begin)
                        .arg(e.end)
                        .arg(previous ? previous->name : QString())
                        .arg(expected);
        else if (e.end > size - dataStart)
            error = Phrase::translate(
                "ckpt::Formats", "tensor '%1' claims %2 bytes at byte %3, past the end of the file (%4 bytes)")
                        .arg(e.name)
                        .arg(e.end - e.begin)
                        .arg(dataStart + e.begin)
                        .arg(size);
        expected = e.end;
        previous = &e;
    }
    if (error.isEmpty() && dataStart + expected != size)
        error = Phrase::translate(
            "ckpt::Formats", "safetensors file has %1 bytes after the last tensor, where it must end")
                    .arg(size - dataStart - expected);

    // Keep what was read even when the layout is wrong: the tree still helps.
    size_t entryIndex = 0;
    for (auto &[k, v] : root->entries) {
        if (v->kind != Value::Kind::Tensor)
            continue;
        const Entry &e = entries[entryIndex++];
        StorageInfo s;
        s.key = e.name;
        s.dtype = e.dtype;
        s.device = QStringLiteral("cpu");
        s.numel = e.numel;
        s.nbytes = e.end - e.begin;
        s.fileOffset = src->contains(dataStart + e.begin, s.nbytes) ? dataStart + e.begin : -1;
        TensorInfo t;
        t.path = { PathPart::ofKey(e.name) };
        t.dtype = e.dtype;
        t.shape = e.shape;
        t.strides = contiguousStrides(e.shape);
        t.storageIndex = int(out.storages.size());
        v->tensorIndex = int(out.tensors.size());
        out.storages.push_back(std::move(s));
        out.tensors.push_back(std::move(t));
    }
    if (!error.isEmpty())
        return readFailed(out, error);
    return true;
}

} // namespace ckpt
