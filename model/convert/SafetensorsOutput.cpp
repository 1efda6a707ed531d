// safetensors output (FORMATS.md D3): tensors only, each key its own contiguous copy
// (aliasing resolved), sorted by descending alignment then name, header padded to 8.
#include "model/convert/ConvertInternal.h"
#include "model/convert/Writers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>

namespace ckpt {

const char *SafetensorsWriter::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "safetensors (tensors only)");
}

QStringList SafetensorsWriter::nameFilters() const
{
    return { QStringLiteral("*.safetensors") };
}

FormatCapabilities SafetensorsWriter::capabilities() const
{
    return FormatCapability::Write | FormatCapability::Metadata;
}

bool SafetensorsWriter::holds(const TensorInfo &t) const
{
    // Plain tensors of the dtypes the format names (no quantized, meta or packed types).
    return t.layout == TensorLayout::Strided && !t.isQuantized && t.storageIndex >= 0
        && !safetensorsName(t.dtype).isEmpty();
}

bool SafetensorsWriter::prepare(
    const Checkpoint &source, Checkpoint &out, const ConvertOptions &, ConvertReport &) const
{
    if (source.format != Format::Dcp)
        return true;
    auto root = Value::make(Value::Kind::Dict);
    for (const OutputTensor &o : outputTensors(out)) {
        auto v = Value::make(Value::Kind::Tensor);
        v->tensorIndex = o.tensorIndex;
        root->entries.emplace_back(Value::fromString(flatKey(source, o)), v);
    }
    out.root = root;
    return true;
}

bool SafetensorsWriter::write(WriteContext &ctx) const
{
    struct Item {
        OutputTensor t;
        qint64 nbytes = 0;
        int align = 1;
    };
    std::vector<Item> items;
    QStringList skipped;
    for (const OutputTensor &o : outputTensors(ctx.view)) {
        const TensorInfo &t = ctx.view.tensors[size_t(o.tensorIndex)];
        if (!holds(t)) {
            skipped << o.key;
            continue;
        }
        items.push_back({ o, t.nbytes(), elementSize(t.dtype) });
    }
    if (!skipped.isEmpty())
        ctx.report.notes << Phrase::translate("ckpt::Convert",
            "safetensors cannot hold %n tensors (quantized, meta or packed types): %1", nullptr, int(skipped.size()))
                                .arg(skipped.mid(0, 5).join(QStringLiteral(", ")));
    std::stable_sort(items.begin(), items.end(),
        [](const Item &a, const Item &b) { return a.align != b.align ? a.align > b.align : a.t.key < b.t.key; });
    for (size_t i = 1; i < items.size(); ++i)
        if (items[i].t.key == items[i - 1].t.key) {
            ctx.report.error
                = Phrase::translate("ckpt::Convert", "two tensors would both be called '%1'").arg(items[i].t.key);
            return false;
        }

    QJsonObject header;
    QJsonObject meta;
    meta.insert(QStringLiteral("format"), QStringLiteral("pt"));
    for (const auto &kv : ctx.options.metadata)
        meta.insert(kv.first, kv.second);
    header.insert(QStringLiteral("__metadata__"), meta);
    qint64 offset = 0;
    for (const Item &it : items) {
        const TensorInfo &t = ctx.view.tensors[size_t(it.t.tensorIndex)];
        QJsonArray shape;
        for (qint64 d : t.shape)
            shape.append(d);
        QJsonObject e;
        e.insert(QStringLiteral("dtype"), safetensorsName(t.dtype));
        e.insert(QStringLiteral("shape"), shape);
        e.insert(QStringLiteral("data_offsets"), QJsonArray { offset, offset + it.nbytes });
        header.insert(it.t.key, e);
        offset += it.nbytes;
    }
    ctx.total = offset;
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    while (json.size() % 8)
        json.append(' ');
    const quint64 n = qToLittleEndian(quint64(json.size()));
    if (!ctx.write(reinterpret_cast<const char *>(&n), 8) || !ctx.write(json.constData(), json.size()))
        return false;
    const int shared = int(std::count_if(items.begin(), items.end(),
        [&](const Item &it) { return ctx.view.sharingStorage(it.t.tensorIndex).size() > 0; }));
    if (shared)
        ctx.report.notes << Phrase::translate(
            "ckpt::Convert", "%n tensors shared a storage: each is written as its own copy", nullptr, shared);
    for (const Item &it : items) {
        Phrase error;
        const bool ok = streamTensor(
            ctx.bytes, ctx.view, it.t.tensorIndex, qint64(8) << 20,
            [&ctx](const uchar *d, qint64 len) {
                if (!ctx.write(reinterpret_cast<const char *>(d), len))
                    return false;
                ctx.advance(len);
                return true;
            },
            &error);
        if (!ok) {
            if (ctx.report.error.isEmpty())
                ctx.report.error = error;
            return false;
        }
    }
    return true;
}

} // namespace ckpt
