// Torch zip output: our protocol-2 pickle plus one record per storage, laid out by our
// ZipWriter as PyTorch's writer does, in the order torch.save uses. No LibTorch here.
#include "model/convert/ConvertInternal.h"
#include "model/convert/TorchPickler.h"
#include "model/convert/Writers.h"

#include "model/io/ZipWriter.h"
#include "model/safety/Safety.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ckpt {

namespace {
// torch 1.13's weights_only allow-list (torch/_weights_only_unpickler.py); 2.x allows more.
bool allowedByTorch113(const QString &g)
{
    static const char *const kExact[] = { "collections.OrderedDict", "torch.nn.parameter.Parameter",
        "torch.serialization._get_layout", "torch.Size", "torch.Tensor", "torch.complex32", "torch.complex64",
        "torch.complex128", "torch.float16", "torch.float32", "torch.float64", "torch.int8", "torch.int16",
        "torch.int32", "torch.int64", "torch._utils._rebuild_parameter", "torch._utils._rebuild_tensor",
        "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_sparse_tensor",
        "torch._utils._rebuild_meta_tensor_no_storage", "torch._utils._rebuild_sparse_csr_tensor" };
    for (const char *e : kExact)
        if (g == QLatin1String(e))
            return true;
    // Storage classes (torch.FloatStorage ...), except the untyped one
    return g.startsWith(QLatin1String("torch.")) && g.endsWith(QLatin1String("Storage"))
        && g.count(QLatin1Char('.')) == 1 && g != QLatin1String("torch.UntypedStorage");
}
} // namespace

const char *TorchWriter::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "PyTorch checkpoint (torch.save)");
}

QStringList TorchWriter::nameFilters() const
{
    return { QStringLiteral("*.pt"), QStringLiteral("*.pth"), QStringLiteral("*.bin") };
}

FormatCapabilities TorchWriter::capabilities() const
{
    return FormatCapability::Write | FormatCapability::NestedObjects | FormatCapability::SharedStorage
        | FormatCapability::Quantized | FormatCapability::Pickle;
}

bool pickleForTorch(WriteContext &ctx, TorchPickler &pickler, const ValuePtr &root)
{
    if (!pickler.dump(root)) {
        ctx.report.error = pickler.error();
        return false;
    }
    for (const QString &g : pickler.globals())
        if (g.startsWith(QLatin1String("__torch__."))) {
            ctx.report.error = Phrase::translate("ckpt::Convert",
                "a TorchScript module cannot be re-saved for torch.load; save its tensors with --format safetensors "
                "instead");
            return false;
        }
    // Never launder a payload: a torch file written from the tree would call its dangerous
    // globals on torch.load just as the source would, now under a new name.
    QStringList dangerous;
    for (const QString &g : pickler.globals())
        if (gradeGlobal(g.section(QLatin1Char('.'), 0, -2), g.section(QLatin1Char('.'), -1)) == Verdict::Dangerous)
            dangerous << g;
    if (!dangerous.isEmpty()) {
        ctx.report.error = Phrase::translate("ckpt::Convert",
            "refused: the result would reference dangerous globals (%1), which torch.load would call; the safe way "
            "out is to extract the tensors: --format safetensors, or --drop the paths that hold them")
                               .arg(dangerous.join(QStringLiteral(", ")));
        return false;
    }
    for (const QString &g : pickler.globals())
        if (gradeGlobal(g.section(QLatin1Char('.'), 0, -2), g.section(QLatin1Char('.'), -1)) != Verdict::Allowed
            && !ctx.report.globalsNeedingCode.contains(g))
            ctx.report.globalsNeedingCode << g;
    for (const QString &op : pickler.opcodesBeyondTorch113())
        if (!ctx.report.opcodesBeyondTorch113.contains(op))
            ctx.report.opcodesBeyondTorch113 << op;
    for (const QString &g : pickler.globals())
        if (!ctx.report.globalsNeedingCode.contains(g) && !allowedByTorch113(g)
            && !ctx.report.opcodesBeyondTorch113.contains(QStringLiteral("global ") + g))
            ctx.report.opcodesBeyondTorch113 << QStringLiteral("global ") + g;
    return true;
}

bool writeTorchRecords(WriteContext &ctx, const Checkpoint &pickled, const TorchPickler &pickler, ZipWriter &zip,
    const StorageProducer &bytes, bool withMetadata)
{
    const QByteArray pkl = pickler.bytes();
    auto fail = [&] {
        if (ctx.report.error.isEmpty())
            ctx.report.error = zip.error();
        return false;
    };
    // torch.save's order: data.pkl, byteorder (since 2.1), the storages, version last.
    if (!zip.writeRecord(QStringLiteral("data.pkl"), pkl.constData(), pkl.size())
        || !zip.writeRecord(QStringLiteral("byteorder"), "little", 6))
        return fail();
    // torch.save numbers storages in first-seen order and writes them sorted as strings.
    const std::vector<int> &order = pickler.storageOrder();
    std::vector<int> keys(order.size());
    for (size_t i = 0; i < keys.size(); ++i)
        keys[i] = int(i);
    std::sort(keys.begin(), keys.end(), [](int a, int b) { return QString::number(a) < QString::number(b); });
    std::vector<uchar> buffer;
    for (int key : keys) {
        if (ctx.cancelled()) {
            ctx.report.error = cancelledError();
            return false;
        }
        const int s = order[size_t(key)];
        const qint64 n = pickled.storages[size_t(s)].nbytes;
        Phrase error;
        if (!zip.beginRecord(QStringLiteral("data/%1").arg(key), n))
            return fail();
        const auto put = [&zip](const void *data, qint64 size) { return zip.appendData(data, size); };
        bool ok = false;
        if (bytes) {
            ok = bytes(s, put, &error);
        } else {
            const uchar *data = nullptr;
            ok = outputStorage(ctx.bytes, ctx.view, s, buffer, &data, &error) && put(data, n);
            ctx.bytes.releaseStorage(s);
            if (buffer.size() > (size_t(64) << 20))
                std::vector<uchar>().swap(buffer); // keep peak memory near the largest cast storage
        }
        if (!ok) {
            if (ctx.report.error.isEmpty())
                ctx.report.error = error.isEmpty() ? zip.error() : error;
            return false;
        }
        if (!zip.endRecord())
            return fail();
        ctx.advance(n);
    }
    // Metadata (--metadata, the weights_only rewrites) in a .data/ record: torch.load reads
    // records by name and skips it, as it skips the .data/ records newer torch.save writes.
    if (withMetadata && !ctx.options.metadata.isEmpty()) {
        QJsonObject meta;
        for (const auto &kv : ctx.options.metadata) {
            const QJsonDocument inner = QJsonDocument::fromJson(kv.second.toUtf8());
            const bool list = kv.first == QLatin1String("weights_only_rewrites") && inner.isArray();
            meta.insert(kv.first, list ? QJsonValue(inner.array()) : QJsonValue(kv.second));
        }
        const QByteArray json = QJsonDocument(meta).toJson(QJsonDocument::Compact);
        if (!zip.writeRecord(QStringLiteral(".data/ckpt_metadata.json"), json.constData(), json.size()))
            return fail();
    }
    return (zip.writeRecord(QStringLiteral("version"), "3\n", 2) && zip.finish()) || fail();
}

bool TorchWriter::write(WriteContext &ctx) const
{
    TorchPickler pickler(ctx.view);
    if (!pickleForTorch(ctx, pickler, ctx.view.root))
        return false;
    ctx.total = 0;
    for (int s : pickler.storageOrder())
        ctx.total += ctx.view.storages[size_t(s)].nbytes;
    // The folder is named after the target, not the hidden temp file we write first.
    ZipWriter zip(ZipWriter::archiveNameFor(ctx.file.target()),
        [&ctx](const char *data, qint64 n) { return ctx.write(data, n); });
    return writeTorchRecords(ctx, ctx.view, pickler, zip, nullptr, true);
}

} // namespace ckpt
