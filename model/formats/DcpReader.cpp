// torch.distributed.checkpoint folders (FORMATS.md D5): `.metadata` (a plain pickle of a
// Metadata dataclass, read by our VM and graded like any pickle) and `__R_N.distcp` files
// whose items are complete torch.save blobs. The tree is the original nested state
// rebuilt from planner_data; each tensor is one chunked storage (its chunks located here,
// their bytes read through the tensor layer), each bytes item the value its blob holds.
#include "model/formats/Readers.h"

#include "model/checkpoint/TreeWalk.h"
#include "model/formats/DcpMetadata.h"
#include "model/formats/FormatRegistry.h"
#include "model/tensor/FileCache.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <set>

namespace ckpt {

namespace {
using K = Value::Kind;

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
        && name != QLatin1String(".") && name != QLatin1String("..");
}

QString sizeText(const std::vector<qint64> &v)
{
    QStringList parts;
    for (qint64 d : v)
        parts << QString::number(d);
    return QStringLiteral("(%1)").arg(parts.join(QStringLiteral(", ")));
}

// The item files of one folder, each mapped once. Only each blob's zip records are read
// here (a few KiB at both ends of a chunk of many MiB), so the mapping is `Scattered`:
// a fault reads its own page, not the disk's read-ahead window around it (8 MiB here:
// 200 GiB read for the 25,600 headers of a 100 GiB folder, 29 s of the kernel zeroing
// holes when cold). The tensor layer maps the files again for their bytes, read ahead.
class ItemFiles {
public:
    explicit ItemFiles(const QDir &dir) : m_dir(dir) { }
    ByteSourcePtr open(const QString &name, Phrase *error)
    {
        if (!isPlainFileName(name)) {
            *error = Phrase::translate(
                "ckpt::Formats", "item file '%1' is not a plain file name in the folder; not opened")
                         .arg(name);
            return nullptr;
        }
        auto it = m_files.find(name);
        if (it == m_files.end()) {
            Phrase why;
            ByteSourcePtr src = ByteSource::open(m_dir.filePath(name), &why, ByteSource::Access::Scattered);
            if (!src)
                m_errors.insert(name, why);
            it = m_files.insert(name, src);
        }
        if (!*it)
            *error = about(name, m_errors.value(name));
        return *it;
    }
    qint64 totalSize() const
    {
        qint64 n = 0;
        for (const ByteSourcePtr &s : m_files)
            n += s ? s->size() : 0;
        return n;
    }
    int count() const { return int(m_files.size()); }
    // Starts reading what the zip reader reads of `item` in `file`: a large blob's first
    // and last kEnds bytes (the pickle and the data record's header; the directory); for a
    // small one, the kAhead bytes of the file from it, where the next small blobs lie (one
    // read for many, as the read-ahead did), and the next kAhead once it is half read.
    void prefetch(const ByteSource &file, const DcpItem &item)
    {
        constexpr qint64 kEnds = qint64(64) << 10;
        constexpr qint64 kAhead = qint64(4) << 20;
        if (item.length > 4 * kEnds) {
            file.prefetch(item.offset, kEnds);
            file.prefetch(item.offset + item.length - kEnds, kEnds);
            return;
        }
        auto &[from, to] = m_ahead[item.relativePath]; // asked for already
        const qint64 end = item.offset + item.length;
        if (item.offset < from || end > to) {
            from = item.offset;
            to = std::min(file.size(), std::max(end, item.offset + kAhead));
            file.prefetch(from, to - from);
        } else if (end > to - kAhead / 2 && to < file.size()) {
            const qint64 next = std::min(file.size(), to + kAhead);
            file.prefetch(to, next - to);
            to = next;
        }
    }

private:
    QDir m_dir;
    QHash<QString, ByteSourcePtr> m_files;
    QHash<QString, Phrase> m_errors;
    QHash<QString, std::pair<qint64, qint64>> m_ahead; // what prefetch() asked for last
};

// Adds one blob's findings, once per global across the folder (a 1000-chunk folder names
// the same three torch globals in every blob); structural findings are all kept.
class ItemFindings {
public:
    explicit ItemFindings(Checkpoint &out) : m_out(out) { }
    void add(std::vector<Finding> &findings, const QString &where)
    {
        for (Finding &f : findings) {
            if (!f.global.isEmpty() && !m_seen.insert(f.global + QLatin1Char('\n') + verdictName(f.verdict)).second)
                continue;
            f.where = f.where.isEmpty() ? Phrase(where) : Phrase(QStringLiteral("%1: %2")).arg(where, f.where);
            m_out.findings.push_back(std::move(f));
        }
    }

private:
    Checkpoint &m_out;
    std::set<QString> m_seen;
};

// Gives back the item file's pages reading a blob mapped: the page cache keeps them, but
// where it holds the file in large folios one fault maps a whole folio (up to 2 MiB), and
// kept they added up to 1.8 GB for the 768 chunks of 12 GiB of a warm folder.
struct BlobPages {
    const ByteSource &file;
    const DcpItem &item;
    ~BlobPages() { releaseMappedRange(file, file.data() + item.offset, item.length); }
};

// A torch.save blob inside an item file, read by the torch zip reader.
bool readBlob(ItemFiles &files, const ByteSourcePtr &file, const DcpItem &item, const QString &name, Checkpoint &blob)
{
    if (!file->contains(item.offset, item.length) || item.length <= 0)
        return readFailed(blob,
            Phrase::translate("ckpt::Formats", "bytes %1..%2 are outside %3 (%4 bytes)")
                .arg(item.offset)
                .arg(item.offset + item.length)
                .arg(item.relativePath)
                .arg(file->size()));
    files.prefetch(*file, item);
    const BlobPages pages { *file, item };
    // A zero-copy view of the blob: the item file's mapping outlives the read.
    const ByteSourcePtr src = ByteSource::fromBytes(file->view(item.offset, item.length), name);
    blob.file = name;
    if (!readZipArchive(src, blob))
        return false;
    if (blob.format != Format::TorchZip)
        return readFailed(blob, Phrase::translate("ckpt::Formats", "item is not a torch.save archive"));
    return true;
}

// Locates a tensor chunk's storage inside its blob.
bool locateChunk(const Checkpoint &blob, DType dtype, StorageChunk &chunk, Phrase *why)
{
    if (!blob.root || blob.root->kind != K::Tensor || blob.root->tensorIndex < 0) {
        *why = Phrase::translate("ckpt::Formats", "item does not hold a tensor");
        return false;
    }
    const TensorInfo &t = blob.tensors[size_t(blob.root->tensorIndex)];
    if (t.shape != chunk.sizes) {
        *why = Phrase::translate("ckpt::Formats", "item holds a tensor of shape %1, the chunk is %2")
                   .arg(sizeText(t.shape), sizeText(chunk.sizes));
        return false;
    }
    if (t.dtype != dtype) {
        *why = Phrase::translate("ckpt::Formats", "item holds %1, the tensor is %2")
                   .arg(dtypeName(t.dtype), dtypeName(dtype));
        return false;
    }
    if (t.storageIndex < 0 || t.layout != TensorLayout::Strided || t.isQuantized) {
        *why = Phrase::translate("ckpt::Formats", "item holds a tensor without plain storage");
        return false;
    }
    const StorageInfo &s = blob.storages[size_t(t.storageIndex)];
    if (s.compressed || s.fileOffset < 0) {
        *why = Phrase::translate("ckpt::Formats", "the item's storage record is compressed or missing");
        return false;
    }
    chunk.dataOffset = chunk.itemOffset + s.fileOffset;
    chunk.dataBytes = s.nbytes;
    chunk.bigEndian = s.bigEndian;
    chunk.storageOffset = t.storageOffset;
    chunk.strides = t.strides;
    return true;
}

// Chunks must tile the tensor: each inside it, no two overlapping, all elements covered.
Phrase tilingProblem(const std::vector<StorageChunk> &chunks, const std::vector<qint64> &shape)
{
    qint64 total = 1, covered = 0;
    for (qint64 d : shape)
        total *= d;
    for (const StorageChunk &c : chunks) {
        if (c.offsets.size() != shape.size() || c.sizes.size() != shape.size())
            return Phrase::translate("ckpt::Formats", "a chunk has %1 dimensions, the tensor %2")
                .arg(c.sizes.size())
                .arg(shape.size());
        qint64 n = 1;
        for (size_t d = 0; d < shape.size(); ++d) {
            if (c.offsets[d] < 0 || c.sizes[d] < 0 || c.offsets[d] > shape[d] || c.sizes[d] > shape[d] - c.offsets[d])
                return Phrase::translate("ckpt::Formats", "chunk at %1 of size %2 reaches outside the tensor")
                    .arg(sizeText(c.offsets), sizeText(c.sizes));
            n *= c.sizes[d];
        }
        covered += n;
    }
    for (size_t i = 0; i < chunks.size() && chunks.size() <= 512; ++i)
        for (size_t j = i + 1; j < chunks.size(); ++j) {
            bool overlap = true;
            for (size_t d = 0; d < shape.size() && overlap; ++d)
                overlap = chunks[i].offsets[d] < chunks[j].offsets[d] + chunks[j].sizes[d]
                    && chunks[j].offsets[d] < chunks[i].offsets[d] + chunks[i].sizes[d];
            if (overlap && total > 0)
                return Phrase::translate("ckpt::Formats", "chunks at %1 and %2 overlap")
                    .arg(sizeText(chunks[i].offsets), sizeText(chunks[j].offsets));
        }
    if (covered != total)
        return Phrase::translate("ckpt::Formats", "chunks cover %1 of its %2 elements").arg(covered).arg(total);
    return Phrase();
}

// Puts `value` at `path` below `root`, making the dicts and lists on the way (a list where
// the next step is an index, as DCP's traversal flattened lists).
bool insertAt(Value &root, const Path &path, const ValuePtr &value)
{
    Value *cur = &root;
    for (size_t i = 0; i < path.size(); ++i) {
        const bool last = i + 1 == path.size();
        auto make = [&]() -> ValuePtr { return last ? value : Value::make(path[i + 1].isIndex ? K::List : K::Dict); };
        ValuePtr *slot = nullptr;
        if (cur->kind == K::Dict) {
            const QString key = path[i].toString();
            for (auto &kv : cur->entries)
                if (kv.first->kind == K::String && kv.first->text == key)
                    slot = &kv.second;
            if (!slot) {
                cur->entries.emplace_back(Value::fromString(key), make());
                slot = &cur->entries.back().second;
            } else if (last) {
                return false; // the same path twice
            }
        } else if (cur->kind == K::List && path[i].isIndex && path[i].index >= 0 && path[i].index < (1 << 20)) {
            const size_t index = size_t(path[i].index);
            if (cur->items.size() <= index)
                cur->items.resize(index + 1);
            slot = &cur->items[index];
            if (!*slot || (*slot)->kind == K::None)
                *slot = make();
            else if (last)
                return false;
        } else {
            return false;
        }
        cur = slot->get();
    }
    return true;
}

// A bytes item's value, its tensors and storages (if any) added to `out`: the blob's
// records lie in the item file at `itemOffset`.
ValuePtr mergeBlob(Checkpoint &blob, const QString &file, qint64 itemOffset, Checkpoint &out)
{
    rebaseTensors({ blob.root }, int(out.tensors.size()));
    const int storageBase = int(out.storages.size());
    for (TensorInfo &t : blob.tensors) {
        t.reached = false;
        t.path.clear();
        if (t.storageIndex >= 0)
            t.storageIndex += storageBase;
        out.tensors.push_back(std::move(t));
    }
    for (StorageInfo &s : blob.storages) {
        s.file = file;
        if (s.fileOffset >= 0 && !s.compressed)
            s.fileOffset += itemOffset;
        else
            s.fileOffset = -1; // a deflated record of a blob inside a file: not read
        out.storages.push_back(std::move(s));
    }
    return blob.root;
}

// Placeholders of list slots no item filled (a sparse list) become None.
void fillHoles(Value &v)
{
    for (ValuePtr &item : v.items)
        if (!item)
            item = Value::none();
    for (auto &kv : v.entries)
        if (kv.second->kind == K::Dict || kv.second->kind == K::List)
            fillHoles(*kv.second);
    for (ValuePtr &item : v.items)
        if (item->kind == K::Dict || item->kind == K::List)
            fillHoles(*item);
}
} // namespace

const char *DcpReader::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "Distributed checkpoint folder (torch.distributed.checkpoint)");
}

QStringList DcpReader::nameFilters() const
{
    return { QStringLiteral("*.metadata") };
}

FormatCapabilities DcpReader::capabilities() const
{
    return FormatCapability::Read | FormatCapability::NestedObjects | FormatCapability::Metadata
        | FormatCapability::Pickle | FormatCapability::MultipleFiles;
}

bool DcpReader::recognises(const FormatProbe &probe) const
{
    return looksLikeDcpMetadata(probe.bytes());
}

QString DcpReader::folderEntry(const QString &folder) const
{
    const QString entry = QDir(folder).filePath(QStringLiteral(".metadata"));
    return QFileInfo(entry).isFile() ? entry : QString();
}

bool DcpReader::read(const ByteSourcePtr &src, Checkpoint &out) const
{
    out.format = Format::Dcp;
    DcpMetadata meta;
    if (!readDcpMetadata(src, out, &meta))
        return false;

    const QDir dir = QFileInfo(src->path()).absoluteDir();
    ItemFiles files(dir);
    ItemFindings findings(out);
    QHash<QString, std::vector<const DcpItem *>> itemsOf;
    for (const DcpItem &item : meta.items)
        itemsOf[item.fqn].push_back(&item);

    auto root = Value::make(K::Dict);
    out.root = root;
    qint64 chunkCount = 0, bytesItems = 0;
    for (const DcpEntry &e : meta.entries) {
        const std::vector<const DcpItem *> items = itemsOf.value(e.fqn);
        ValuePtr value;
        if (e.isTensor) {
            StorageInfo s;
            s.key = e.fqn;
            s.dtype = e.dtype;
            s.device = QStringLiteral("cpu");
            s.chunked = true;
            s.chunkedShape = e.shape;
            TensorInfo t;
            t.dtype = e.dtype;
            t.shape = e.shape;
            t.strides = contiguousStrides(e.shape);
            t.requiresGrad = e.requiresGrad;
            t.rebuiltBy = QStringLiteral("torch.distributed.checkpoint");
            s.numel = t.numel();
            s.nbytes = t.nbytes();
            bool located = true;
            for (size_t c = 0; c < e.chunks.size(); ++c) {
                StorageChunk chunk;
                chunk.offsets = e.chunks[c].offsets;
                chunk.sizes = e.chunks[c].sizes;
                const DcpItem *item = nullptr;
                for (const DcpItem *it : items)
                    if (it->hasOffset && it->chunkOffsets == chunk.offsets)
                        item = it;
                Phrase why;
                if (!item) {
                    why = Phrase::translate("ckpt::Formats", "no storage_data entry");
                } else if (const ByteSourcePtr file = files.open(item->relativePath, &why)) {
                    chunk.file = file->path();
                    chunk.itemOffset = item->offset;
                    chunk.itemLength = item->length;
                    Checkpoint blob;
                    const QString where = QStringLiteral("%1 chunk %2 (%3)").arg(e.fqn).arg(c).arg(item->relativePath);
                    if (!readBlob(files, file, *item, where, blob))
                        why = blob.error;
                    else
                        locateChunk(blob, e.dtype, chunk, &why);
                    findings.add(blob.findings, where);
                }
                if (!why.isEmpty()) {
                    out.warnings << Phrase::translate("ckpt::Formats", "tensor %1, chunk at %2: %3")
                                        .arg(e.fqn, sizeText(chunk.offsets), why);
                    located = false;
                }
                s.chunks.push_back(std::move(chunk));
                ++chunkCount;
            }
            const Phrase tiling = tilingProblem(s.chunks, e.shape);
            if (!tiling.isEmpty()) {
                out.warnings << Phrase::translate("ckpt::Formats", "tensor %1: %2").arg(e.fqn, tiling);
                located = false;
            }
            if (!located)
                s.chunks.clear(); // unreadable: the tensor layer says "no chunks"
            t.storageIndex = int(out.storages.size());
            out.storages.push_back(std::move(s));
            value = Value::make(K::Tensor);
            value->tensorIndex = int(out.tensors.size());
            out.tensors.push_back(std::move(t));
        } else {
            ++bytesItems;
            Phrase why;
            if (items.empty()) {
                why = Phrase::translate("ckpt::Formats", "no storage_data entry");
            } else if (const ByteSourcePtr file = files.open(items.front()->relativePath, &why)) {
                Checkpoint blob;
                const QString where = QStringLiteral("%1 (%2)").arg(e.fqn, items.front()->relativePath);
                if (readBlob(files, file, *items.front(), where, blob) && blob.root) {
                    value = mergeBlob(blob, file->path(), items.front()->offset, out);
                } else {
                    why = blob.error.isEmpty() ? Phrase::translate("ckpt::Formats", "item holds no object")
                                               : blob.error;
                }
                findings.add(blob.findings, where);
                for (const Phrase &w : std::as_const(blob.warnings))
                    out.warnings << about(where, w);
            }
            if (!why.isEmpty()) {
                out.warnings << Phrase::translate("ckpt::Formats", "item %1: %2").arg(e.fqn, why);
                value = Value::none();
            }
        }
        if (!insertAt(*root, e.path, value))
            out.warnings << Phrase::translate(
                "ckpt::Formats", "item %1: its planner_data path %2 clashes with another item")
                                .arg(e.fqn, pathToString(e.path));
    }
    fillHoles(*root);
    out.facts << qMakePair(Phrase::translate("ckpt::Formats", "items", "a fact's name: a DCP folder's items"),
        Phrase(QString::number(meta.entries.size())))
              << qMakePair(Phrase::translate("ckpt::Formats", "tensor chunks", "a fact's name"),
                     Phrase(QString::number(chunkCount)))
              << qMakePair(Phrase::translate("ckpt::Formats", "bytes items", "a fact's name: DCP items saved as bytes"),
                     Phrase(QString::number(bytesItems)))
              << qMakePair(Phrase::translate("ckpt::Formats", "item files", "a fact's name"),
                     Phrase(QString::number(files.count())));
    out.fileSize = src->size() + files.totalSize();
    return out.ok();
}

} // namespace ckpt
