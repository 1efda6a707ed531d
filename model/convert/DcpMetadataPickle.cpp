#include "model/convert/DcpMetadataPickle.h"

#include "model/pickle/Pickler.h"

#include <QHash>

#include <algorithm>

namespace ckpt {

namespace {
using K = Value::Kind;

const QString kMetadata = QStringLiteral("torch.distributed.checkpoint.metadata.");

// A dataclass instance as pickle writes one: cls.__new__ (NEWOBJ, no arguments), then
// BUILD with its __dict__ (or the state its __getstate__ returns).
ValuePtr dataclass(const QString &cls, const ValuePtr &state)
{
    auto v = Value::make(K::Object);
    v->className = cls;
    v->boolean = true;
    v->extra().state = state;
    return v;
}

ValuePtr torchSize(const std::vector<qint64> &dims)
{
    auto v = Value::make(K::Tuple); // torch.Size.__reduce__: (torch.Size, (tuple,))
    v->className = QStringLiteral("torch.Size");
    for (qint64 d : dims)
        v->items.push_back(Value::fromInt(d));
    return v;
}

// Field names and the other strings Python shares (interned), one Value each so the
// pickler memoizes them once as pickle does.
class Strings {
public:
    ValuePtr operator()(const QString &s)
    {
        ValuePtr &v = m_values[s];
        if (!v)
            v = Value::fromString(s);
        return v;
    }

private:
    QHash<QString, ValuePtr> m_values;
};

class Fields {
public:
    Fields(Strings &names) : m_names(names), m_dict(Value::make(K::Dict)) { }
    Fields &add(const char *name, const ValuePtr &value)
    {
        m_dict->entries.emplace_back(m_names(QLatin1String(name)), value);
        return *this;
    }
    ValuePtr dict() const { return m_dict; }

private:
    Strings &m_names;
    ValuePtr m_dict;
};

ValuePtr tensorMetadata(const DcpStoredItem &item, Strings &names, const ValuePtr &layout, const ValuePtr &contiguous)
{
    // TensorProperties.__getstate__: (dtype, layout, requires_grad, memory format, pin_memory).
    auto state = Value::make(K::Tuple);
    auto dtype = Value::make(K::Dtype);
    dtype->text = dtypeName(item.dtype);
    state->items = { dtype, layout, Value::fromBool(item.requiresGrad), contiguous, Value::fromBool(false) };
    auto chunks = Value::make(K::List);
    chunks->items.push_back(dataclass(kMetadata + QStringLiteral("ChunkStorageMetadata"),
        Fields(names)
            .add("offsets", torchSize(std::vector<qint64>(item.shape.size(), 0)))
            .add("sizes", torchSize(item.shape))
            .dict()));
    return dataclass(kMetadata + QStringLiteral("TensorStorageMetadata"),
        Fields(names)
            .add("properties", dataclass(kMetadata + QStringLiteral("TensorProperties"), state))
            .add("size", torchSize(item.shape))
            .add("chunks", chunks)
            .dict());
}

ValuePtr posixPath(const QString &absolute)
{
    // pathlib's __reduce__: (PosixPath, parts), '/' first.
    auto v = Value::make(K::Object);
    v->className = QStringLiteral("pathlib.PosixPath");
    v->items.push_back(Value::fromString(QStringLiteral("/")));
    for (const QString &part : absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        v->items.push_back(Value::fromString(part));
    return v;
}
} // namespace

bool dcpMetadataPickle(
    const std::vector<DcpStoredItem> &items, const DcpFolderInfo &folder, QByteArray *out, Phrase *error)
{
    Strings names;
    // torch.strided pickles as torch.serialization._get_layout('torch.strided'); the
    // memory-format enum by value, _MEM_FORMAT_ENCODING(0), which every Python reads
    // (3.11+ would write getattr(cls, name), which scanners take for a call of getattr).
    auto layout = Value::make(K::Layout);
    layout->text = QStringLiteral("strided");
    auto contiguous = Value::make(K::Object);
    contiguous->className = kMetadata + QStringLiteral("_MEM_FORMAT_ENCODING");
    contiguous->items.push_back(Value::fromInt(0));

    // The fqn strings are shared by the three dicts, as DCP's own are.
    std::vector<ValuePtr> fqns;
    for (const DcpStoredItem &item : items)
        fqns.push_back(Value::fromString(item.leaf->fqn));

    auto sdm = Value::make(K::Dict);
    auto planner = Value::make(K::Dict);
    for (size_t i = 0; i < items.size(); ++i) {
        const DcpStoredItem &item = items[i];
        sdm->entries.emplace_back(fqns[i],
            item.tensor ? tensorMetadata(item, names, layout, contiguous)
                        : dataclass(kMetadata + QStringLiteral("BytesStorageMetadata"), nullptr));
        auto path = Value::make(K::Tuple);
        path->items = item.leaf->path;
        planner->entries.emplace_back(fqns[i], path);
    }

    // storage_data in the data file's order. A tensor chunk's MetadataIndex has its offset
    // and index 0 (its chunk number); a bytes item's is MetadataIndex(fqn): no offset
    // (unset, so its __dict__ lacks it) and index None, as create_default_global_save_plan
    // leaves it.
    std::vector<size_t> order(items.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return items[a].offset < items[b].offset; });
    auto storage = Value::make(K::Dict);
    const ValuePtr dataFile = Value::fromString(folder.dataFile);
    for (size_t i : order) {
        const DcpStoredItem &item = items[i];
        Fields index(names);
        index.add("fqn", fqns[i]);
        if (item.tensor)
            index.add("offset", torchSize(std::vector<qint64>(item.shape.size(), 0))).add("index", Value::fromInt(0));
        else
            index.add("index", Value::none());
        // _StorageInfo.__getstate__ leaves out transform_descriptors, None here.
        storage->entries.emplace_back(dataclass(kMetadata + QStringLiteral("MetadataIndex"), index.dict()),
            dataclass(QStringLiteral("torch.distributed.checkpoint.filesystem._StorageInfo"),
                Fields(names)
                    .add("relative_path", dataFile)
                    .add("offset", Value::fromInt(item.offset))
                    .add("length", Value::fromInt(item.length))
                    .dict()));
    }

    const ValuePtr storageMeta = dataclass(kMetadata + QStringLiteral("StorageMeta"),
        Fields(names)
            .add("checkpoint_id", posixPath(folder.checkpointId))
            .add("save_id", Value::fromString(folder.saveId))
            .add("load_id", Value::none())
            .add("modules", Value::make(K::List))
            .dict());
    const ValuePtr metadata = dataclass(kMetadata + QStringLiteral("Metadata"),
        Fields(names)
            .add("state_dict_metadata", sdm)
            .add("planner_data", planner)
            .add("storage_data", storage)
            .add("storage_meta", storageMeta)
            .add("version", Value::fromString(QStringLiteral("1.0.0")))
            .dict());
    Pickler pickler(4);
    if (!pickler.dump(metadata)) {
        *error = pickler.error();
        return false;
    }
    *out = pickler.bytes();
    return true;
}

} // namespace ckpt
