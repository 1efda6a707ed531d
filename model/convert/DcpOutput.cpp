// DCP folder output (FORMATS.md D5): the state flattened by DCP's rules, every item a
// complete torch.save archive (our TorchPickler and ZipWriter, as the torch writer
// writes one) appended to `__0_0.distcp`, then `.metadata` naming where each lies. As
// FileSystemWriter with one process writes them: bytes items first, then the tensors,
// each tensor one whole contiguous chunk streamed from the source block by block.
#include "model/convert/ConvertInternal.h"
#include "model/convert/DcpMetadataPickle.h"
#include "model/convert/TorchPickler.h"
#include "model/convert/Writers.h"

#include "model/io/ZipWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <memory>

namespace ckpt {

namespace {
constexpr qint64 kBlock = qint64(8) << 20; // a tensor is read and written 8 MiB at a time

// The checkpoint one tensor item's archive describes: the tensor alone, contiguous, in a
// storage of its own on the CPU, without autograd state (DCP saves tensor.detach().cpu()).
Checkpoint chunkCheckpoint(const TensorInfo &from)
{
    Checkpoint one;
    TensorInfo t;
    t.dtype = from.dtype;
    t.shape = from.shape;
    t.strides = contiguousStrides(t.shape);
    t.storageIndex = 0;
    t.reached = true;
    StorageInfo s;
    s.key = QStringLiteral("0");
    s.dtype = from.dtype;
    s.device = QStringLiteral("cpu");
    s.numel = t.numel();
    s.nbytes = t.nbytes();
    one.tensors.push_back(std::move(t));
    one.storages.push_back(std::move(s));
    return one;
}
// "model.fc.weight: why": an item of the folder that could not be written.
Phrase itemError(const QString &fqn, const Phrase &why)
{
    return Phrase::translate("ckpt::Convert", "%1: %2", "a DCP item's name, then why it could not be written")
        .arg(fqn, why);
}
} // namespace

const char *DcpWriter::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "Distributed checkpoint folder (torch.distributed.checkpoint)");
}

QStringList DcpWriter::nameFilters() const
{
    return { QStringLiteral("*") }; // a folder, named as the user likes
}

FormatCapabilities DcpWriter::capabilities() const
{
    return FormatCapability::Write | FormatCapability::NestedObjects | FormatCapability::Pickle
        | FormatCapability::MultipleFiles;
}

bool DcpWriter::holds(const TensorInfo &t) const
{
    // Plain tensors of the dtypes our torch.save archives hold (no quantized or meta ones).
    return t.layout == TensorLayout::Strided && !t.isQuantized && t.storageIndex >= 0
        && !storageClassName(t.dtype).isEmpty();
}

bool DcpWriter::replaces(const QString &entryName) const
{
    static const QRegularExpression data(QStringLiteral("^__\\d+_\\d+\\.distcp$"));
    return entryName == QLatin1String(".metadata") || data.match(entryName).hasMatch();
}

bool DcpWriter::write(WriteContext &ctx) const
{
    std::vector<DcpLeaf> leaves;
    QStringList emptyDicts;
    if (!flattenForDcp(ctx.view.root, &leaves, &emptyDicts, &ctx.report.error))
        return false;
    if (!emptyDicts.isEmpty())
        ctx.report.notes << Phrase::translate("ckpt::Convert",
            "%n empty dicts are not stored (DCP keeps leaves only): %1", nullptr, int(emptyDicts.size()))
                                .arg(emptyDicts.mid(0, 5).join(QStringLiteral(", ")));
    if (!ctx.options.metadata.isEmpty())
        ctx.report.notes << Phrase::translate("ckpt::Convert",
            "a DCP folder has no place for metadata: %n not recorded", "metadata entries",
            int(ctx.options.metadata.size()));

    // Bytes items are pickled first: their storages (rarely any) count in the total.
    std::vector<DcpStoredItem> items;
    std::vector<std::unique_ptr<TorchPickler>> picklers(leaves.size());
    QStringList skipped;
    ctx.total = 0;
    for (size_t i = 0; i < leaves.size(); ++i) {
        const DcpLeaf &leaf = leaves[i];
        DcpStoredItem item;
        item.leaf = &leaf;
        item.tensor = leaf.value->kind == Value::Kind::Tensor && leaf.value->tensorIndex >= 0;
        if (item.tensor) {
            const TensorInfo &t = ctx.view.tensors[size_t(leaf.value->tensorIndex)];
            if (!holds(t)) {
                skipped << leaf.fqn;
                continue;
            }
            item.dtype = t.dtype;
            item.shape = t.shape;
            item.requiresGrad = t.requiresGrad;
            ctx.total += t.nbytes();
        } else {
            picklers[i] = std::make_unique<TorchPickler>(ctx.view);
            if (!pickleForTorch(ctx, *picklers[i], leaf.value)) {
                ctx.report.error = itemError(leaf.fqn, ctx.report.error);
                return false;
            }
            for (int s : picklers[i]->storageOrder())
                ctx.total += ctx.view.storages[size_t(s)].nbytes;
        }
        items.push_back(std::move(item));
    }
    if (!skipped.isEmpty())
        ctx.report.notes << Phrase::translate("ckpt::Convert",
            "a DCP folder cannot hold %n tensors (quantized, meta or of a dtype torch.save storages do not name): %1",
            nullptr, int(skipped.size()))
                                .arg(skipped.mid(0, 5).join(QStringLiteral(", ")));

    // Each item is an archive of its own: offsets inside it count from its first byte.
    // DCP's torch.save writes to a stream, so the archive folder is "archive".
    auto sink = [&ctx](const char *data, qint64 n) { return ctx.write(data, n); };
    auto writeItem = [&](DcpStoredItem &item, const Checkpoint &pickled, const TorchPickler &pickler,
                         const StorageProducer &bytes) {
        item.offset = ctx.file.written();
        ZipWriter zip(QStringLiteral("archive"), sink);
        if (!writeTorchRecords(ctx, pickled, pickler, zip, bytes, false))
            return false;
        item.length = ctx.file.written() - item.offset;
        return true;
    };
    for (DcpStoredItem &item : items) {
        if (item.tensor)
            continue;
        const size_t i = size_t(item.leaf - leaves.data());
        if (!writeItem(item, ctx.view, *picklers[i], nullptr))
            return false;
        picklers[i].reset();
    }
    for (DcpStoredItem &item : items) {
        if (!item.tensor)
            continue;
        const int tensorIndex = item.leaf->value->tensorIndex;
        const Checkpoint one = chunkCheckpoint(ctx.view.tensors[size_t(tensorIndex)]);
        auto root = Value::make(Value::Kind::Tensor);
        root->tensorIndex = 0;
        TorchPickler pickler(one);
        if (!pickleForTorch(ctx, pickler, root))
            return false;
        const StorageProducer stream = [&ctx, tensorIndex](int, const StoragePut &put, Phrase *error) {
            return streamTensor(
                ctx.bytes, ctx.view, tensorIndex, kBlock, [&put](const uchar *d, qint64 n) { return put(d, n); },
                error);
        };
        if (!writeItem(item, one, pickler, stream)) {
            if (!ctx.cancelled())
                ctx.report.error = itemError(item.leaf->fqn, ctx.report.error);
            return false;
        }
    }

    // .metadata beside the data file, in the same temporary folder.
    DcpFolderInfo folder;
    folder.dataFile = folderFile();
    folder.checkpointId = QDir::cleanPath(QFileInfo(ctx.options.output).absoluteFilePath());
    folder.saveId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray pickle;
    if (!dcpMetadataPickle(items, folder, &pickle, &ctx.report.error))
        return false;
    OutputFile meta;
    const QString metaPath = QDir(QFileInfo(ctx.file.target()).absolutePath()).filePath(QStringLiteral(".metadata"));
    return meta.create(metaPath, &ctx.report.error) && meta.write(pickle.constData(), pickle.size(), &ctx.report.error)
        && meta.commit(&ctx.report.error);
}

} // namespace ckpt
