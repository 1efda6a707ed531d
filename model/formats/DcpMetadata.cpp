#include "model/formats/DcpMetadata.h"

#include "model/formats/FormatReader.h"
#include "model/formats/TorchObjects.h"
#include "model/safety/PickleFindings.h"

#include <QFileInfo>

#include <unordered_set>

namespace ckpt {

namespace {
using K = Value::Kind;

const QLatin1String kModule("torch.distributed.checkpoint.metadata");
const QLatin1String kGetattr("builtins.getattr");

QString metaClass(const char *name)
{
    return kModule + QLatin1Char('.') + QLatin1String(name);
}

// _MEM_FORMAT_ENCODING's members by value, with the torch.memory_format each stands for.
const struct {
    const char *member;
    const char *memoryFormat;
} kMemoryFormats[] = {
    { "TORCH_CONTIGUOUS_FORMAT", "contiguous_format" },
    { "TORCH_CHANNELS_LAST", "channels_last" },
    { "TORCH_PRESERVE_FORMAT", "preserve_format" },
};

ValuePtr memoryFormat(int value)
{
    auto v = Value::make(K::Layout);
    v->text = QLatin1String(kMemoryFormats[value].memoryFormat);
    v->className = metaClass("_MEM_FORMAT_ENCODING");
    return v;
}

// TorchObjects' dtypes, sizes and layouts, plus the memory-format enum: read by name
// through builtins.getattr(enum class, member) (Python 3.11+) or called with its value.
// Any other call of getattr is counted: only the enum's own use is harmless.
class DcpHooks : public TorchObjects {
public:
    explicit DcpHooks(Checkpoint &out) : TorchObjects(out, [](StorageInfo &) {}) { }
    ValuePtr reduce(const ValuePtr &callable, const ValuePtr &args, Phrase *error) override
    {
        const auto &a = args->items;
        const QString enumClass = metaClass("_MEM_FORMAT_ENCODING");
        if (callable->className == kGetattr) {
            if (a.size() == 2 && a[0]->kind == K::Global && a[0]->className == enumClass && a[1]->kind == K::String)
                for (int i = 0; i < 3; ++i)
                    if (a[1]->text == QLatin1String(kMemoryFormats[i].member)) {
                        ++enumGetattr;
                        return memoryFormat(i);
                    }
            ++otherGetattr;
        } else if (callable->className == enumClass && a.size() == 1 && a[0]->kind == K::Int && a[0]->integer >= 0
            && a[0]->integer < 3) {
            return memoryFormat(int(a[0]->integer));
        }
        return TorchObjects::reduce(callable, args, error);
    }
    int enumGetattr = 0;
    int otherGetattr = 0;
};

// A getattr global left anywhere in the tree (stored, not called) could be used later.
bool holdsGlobal(const ValuePtr &root, const QString &name)
{
    std::unordered_set<const Value *> seen;
    std::vector<const Value *> stack { root.get() };
    while (!stack.empty()) {
        const Value *v = stack.back();
        stack.pop_back();
        if (!v || !seen.insert(v).second)
            continue;
        if (v->kind == K::Global && v->className == name)
            return true;
        for (const ValuePtr &c : v->items)
            stack.push_back(c.get());
        for (const auto &[k, c] : v->entries) {
            stack.push_back(k.get());
            stack.push_back(c.get());
        }
        for (const ValuePtr &c : v->appended())
            stack.push_back(c.get());
        stack.push_back(v->state().get());
    }
    return false;
}

ValuePtr field(const ValuePtr &obj, const char *name)
{
    return obj && obj->kind == K::Object ? obj->child(QLatin1String(name)) : nullptr;
}

bool isClass(const ValuePtr &v, const char *name)
{
    return v && v->kind == K::Object && v->className == metaClass(name);
}

bool intList(const ValuePtr &v, std::vector<qint64> *out)
{
    out->clear();
    if (!v || (v->kind != K::Tuple && v->kind != K::List))
        return false;
    for (const ValuePtr &d : v->items) {
        if (d->kind != K::Int)
            return false;
        out->push_back(d->integer);
    }
    return true;
}

bool readTensorEntry(const ValuePtr &md, DcpEntry &e, Phrase *why)
{
    const ValuePtr props = field(md, "properties");
    ValuePtr dtype, grad;
    if (props && props->state() && props->state()->kind == K::Tuple && props->state()->items.size() >= 3) {
        dtype = props->state()->items[0]; // (dtype, layout, requires_grad, memory_format, pin_memory)
        grad = props->state()->items[2];
    } else if (props) { // older PyTorch: a plain dataclass state
        dtype = props->child(QStringLiteral("dtype"));
        grad = props->child(QStringLiteral("requires_grad"));
    }
    e.dtype = dtype && dtype->kind == K::Dtype ? dtypeFromName(dtype->text) : DType::Unknown;
    if (e.dtype == DType::Unknown) {
        *why = Phrase::translate("ckpt::Formats", "its TensorProperties have no dtype we know");
        return false;
    }
    e.requiresGrad = grad && grad->kind == K::Bool && grad->boolean;
    if (!intList(field(md, "size"), &e.shape)) {
        *why = Phrase::translate("ckpt::Formats", "its size is not a torch.Size");
        return false;
    }
    const ValuePtr chunks = field(md, "chunks");
    if (!chunks || chunks->kind != K::List) {
        *why = Phrase::translate("ckpt::Formats", "it has no chunk list");
        return false;
    }
    for (const ValuePtr &c : chunks->items) {
        DcpEntry::Chunk chunk;
        if (!isClass(c, "ChunkStorageMetadata") || !intList(field(c, "offsets"), &chunk.offsets)
            || !intList(field(c, "sizes"), &chunk.sizes)) {
            *why = Phrase::translate("ckpt::Formats", "a chunk is not a ChunkStorageMetadata(offsets, sizes)");
            return false;
        }
        e.chunks.push_back(std::move(chunk));
    }
    return true;
}

Path plannerPath(const ValuePtr &planner, const QString &fqn)
{
    Path path;
    const ValuePtr p = planner && planner->kind == K::Dict ? planner->child(fqn) : nullptr;
    if (p && (p->kind == K::Tuple || p->kind == K::List) && !p->items.empty()) {
        for (const ValuePtr &part : p->items) {
            if (part->kind == K::String)
                path.push_back(PathPart::ofKey(part->text));
            else if (part->kind == K::Int)
                path.push_back(PathPart::ofIndex(part->integer));
            else
                return { PathPart::ofKey(fqn) };
        }
        return path;
    }
    return { PathPart::ofKey(fqn) };
}

QString pathText(const ValuePtr &v)
{
    if (v && v->kind == K::String)
        return v->text;
    if (v && v->kind == K::Object && v->className.startsWith(QLatin1String("pathlib."))) {
        QStringList parts; // PosixPath('/', 'tmp', 'x') as pathlib's __reduce__ gives it
        for (const ValuePtr &p : v->items)
            if (p->kind == K::String)
                parts << p->text;
        QString joined = parts.join(QLatin1Char('/'));
        return joined.startsWith(QLatin1String("//")) ? joined.mid(1) : joined;
    }
    return QString();
}

void readFacts(const ValuePtr &meta, Checkpoint &out)
{
    const ValuePtr version = field(meta, "version");
    out.facts << qMakePair(Phrase::translate("ckpt::Formats", "DCP version", "a fact's name"),
        version && version->kind == K::String
            ? Phrase(version->text)
            : Phrase::translate("ckpt::Formats", "none (PyTorch before 2.4)", "the DCP version"));
    const ValuePtr storageMeta = field(meta, "storage_meta");
    if (isClass(storageMeta, "StorageMeta")) {
        const QString id = pathText(field(storageMeta, "checkpoint_id"));
        if (!id.isEmpty())
            out.facts << qMakePair(Phrase(QStringLiteral("checkpoint_id")), Phrase(id));
        const ValuePtr save = field(storageMeta, "save_id");
        if (save && save->kind == K::String)
            out.facts << qMakePair(Phrase(QStringLiteral("save_id")), Phrase(save->text));
    }
    out.facts << qMakePair(Phrase::translate("ckpt::Formats", "read by", "a fact's name: what reads the files"),
        Phrase::translate("ckpt::Formats",
            "DCP's FileSystemReader unpickles .metadata with pickle.load (weights_only does not apply) and each item "
            "with torch.load"));
}
} // namespace

bool looksLikeDcpMetadata(const ByteSource &src)
{
    if (src.size() < 2 || src.data()[0] != 0x80 || src.data()[1] < 2 || src.data()[1] > 5)
        return false;
    const QByteArray head = src.view(0, std::min<qint64>(src.size(), 256));
    return head.contains("torch.distributed.checkpoint.metadata") && head.contains("Metadata");
}

bool readDcpMetadata(const ByteSourcePtr &src, Checkpoint &out, DcpMetadata *meta)
{
    const QString where = QFileInfo(src->path()).fileName();
    DcpHooks hooks(out);
    Unpickler vm(src->view(0, src->size()), &hooks);
    const ValuePtr root = vm.run();
    recordPickleFindings(out, vm, where, bool(root), false);
    if (root && hooks.enumGetattr > 0 && hooks.otherGetattr == 0 && !holdsGlobal(root, kGetattr)) {
        // Pickle's Enum support: getattr(_MEM_FORMAT_ENCODING, 'TORCH_CONTIGUOUS_FORMAT')
        // reads one member of a DCP enum. Harmless here, and said so; any other use keeps
        // the deny-list's verdict.
        for (Finding &f : out.findings)
            if (f.global == kGetattr && f.where == Phrase(where) && f.verdict == Verdict::Dangerous) {
                f.verdict = Verdict::NeedsCode;
                f.detail = Phrase::translate("ckpt::Safety",
                    "builtins.getattr only reads members of DCP's _MEM_FORMAT_ENCODING enum (%n times): how pickle "
                    "stores an Enum by name; harmless here",
                    nullptr, hooks.enumGetattr);
            }
    }
    if (!root)
        return readFailed(
            out, Phrase::translate("ckpt::Formats", "the Metadata pickle does not parse: %1").arg(vm.error()));
    if (!isClass(root, "Metadata"))
        return readFailed(out,
            Phrase::translate("ckpt::Formats", "the pickle holds a %1, not a torch.distributed.checkpoint Metadata")
                .arg(root->kindName()));
    readFacts(root, out);

    const ValuePtr sdm = field(root, "state_dict_metadata");
    if (!sdm || sdm->kind != K::Dict)
        return readFailed(out, Phrase::translate("ckpt::Formats", "Metadata has no state_dict_metadata dict"));
    const ValuePtr planner = field(root, "planner_data");
    for (const auto &[key, md] : sdm->entries) {
        if (key->kind != K::String) {
            out.warnings << Phrase::translate(
                "ckpt::Formats", "state_dict_metadata has a key that is not a string; skipped");
            continue;
        }
        DcpEntry e;
        e.fqn = key->text;
        e.path = plannerPath(planner, e.fqn);
        Phrase why;
        if (isClass(md, "TensorStorageMetadata")) {
            e.isTensor = true;
            if (!readTensorEntry(md, e, &why)) {
                out.warnings << Phrase::translate("ckpt::Formats", "tensor %1: %2; skipped").arg(e.fqn, why);
                continue;
            }
        } else if (!isClass(md, "BytesStorageMetadata")) {
            out.warnings << Phrase::translate("ckpt::Formats", "item %1 is a %2, not tensor or bytes metadata; skipped")
                                .arg(e.fqn, md->kindName());
            continue;
        }
        meta->entries.push_back(std::move(e));
    }

    const ValuePtr storage = field(root, "storage_data");
    if (!storage || storage->kind != K::Dict)
        return readFailed(out,
            Phrase::translate("ckpt::Formats", "Metadata has no storage_data dict (not written by FileSystemWriter?)"));
    for (const auto &[index, info] : storage->entries) {
        DcpItem item;
        const ValuePtr fqn = field(index, "fqn");
        const ValuePtr offset = field(index, "offset");
        const ValuePtr path = field(info, "relative_path");
        const ValuePtr at = field(info, "offset");
        const ValuePtr length = field(info, "length");
        const ValuePtr transforms = field(info, "transform_descriptors");
        if (!isClass(index, "MetadataIndex") || !fqn || fqn->kind != K::String || !path || path->kind != K::String
            || !at || at->kind != K::Int || !length || length->kind != K::Int) {
            out.warnings << Phrase::translate(
                "ckpt::Formats", "a storage_data entry is not MetadataIndex -> _StorageInfo; skipped");
            continue;
        }
        item.fqn = fqn->text;
        item.hasOffset = intList(offset, &item.chunkOffsets);
        item.relativePath = path->text;
        item.offset = at->integer;
        item.length = length->integer;
        if (transforms && transforms->kind != K::None && !transforms->items.empty()) {
            out.warnings << Phrase::translate(
                "ckpt::Formats", "item %1 is stored through transforms (%2 of them): not read")
                                .arg(item.fqn)
                                .arg(transforms->items.size());
            continue;
        }
        meta->items.push_back(std::move(item));
    }
    return true;
}

} // namespace ckpt
