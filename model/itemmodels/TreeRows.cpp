#include "model/itemmodels/TreeRows.h"

#include <cstdint>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace ckpt {

using K = Value::Kind;

std::vector<TopRow> topLevelRows(const Checkpoint &ckpt)
{
    std::vector<TopRow> rows;
    if (ckpt.root) {
        // A whole-model pickle gets one row for its root object, so its class, state
        // and embedded source can be selected; a plain dict or list is unfolded.
        if (ckpt.root->kind != K::Object && childCount(*ckpt.root) > 0) {
            for (ChildRef &c : childrenOf(*ckpt.root))
                rows.push_back({ std::move(c), false });
        } else {
            rows.push_back({ { PathPart::ofKey(QString()), ckpt.root }, true });
        }
    }
    for (TopRow &side : sideTreeRows(ckpt))
        rows.push_back(std::move(side));
    return rows;
}

std::vector<TopRow> sideTreeRows(const Checkpoint &ckpt)
{
    std::vector<TopRow> rows;
    for (const auto &side : ckpt.sideTrees)
        rows.push_back({ { PathPart::ofKey(side.first), side.second }, false });
    return rows;
}

size_t childCount(const Value &v)
{
    switch (v.kind) {
    case K::List:
    case K::Tuple:
    case K::Set:
        return v.items.size();
    case K::Dict:
        return v.entries.size();
    case K::Object:
    case K::NumpyArray:
        return childrenOf(v).size();
    default:
        return 0;
    }
}

NodeKind nodeKindOf(const Checkpoint &ckpt, const Value &v, const QString &key, const QString &parentKey)
{
    if (v.kind == K::NumpyArray && v.holdsTensor())
        return NodeKind::Tensor;
    switch (v.kind) {
    case K::Tensor: {
        const bool valid = v.tensorIndex >= 0 && v.tensorIndex < int(ckpt.tensors.size());
        if ((valid && ckpt.tensors[size_t(v.tensorIndex)].isParameter) || parentKey == QLatin1String("_parameters"))
            return NodeKind::Parameter;
        if (parentKey == QLatin1String("_buffers") || key.endsWith(QLatin1String("running_mean"))
            || key.endsWith(QLatin1String("running_var")) || key.endsWith(QLatin1String("num_batches_tracked")))
            return NodeKind::Buffer;
        return NodeKind::Tensor;
    }
    case K::Dict:
        return NodeKind::Dict;
    case K::List:
    case K::Tuple:
    case K::Set:
        return NodeKind::List;
    case K::Object:
    case K::Global:
    case K::NumpyArray:
        return NodeKind::Object;
    default:
        return NodeKind::Scalar;
    }
}

QString kindText(const Checkpoint &ckpt, const Value &v, NodeKind kind)
{
    switch (kind) {
    case NodeKind::Tensor:
    case NodeKind::Parameter:
    case NodeKind::Buffer: {
        const TensorInfo *t = v.tensorIndex >= 0 && v.tensorIndex < int(ckpt.tensors.size())
            ? &ckpt.tensors[size_t(v.tensorIndex)]
            : nullptr;
        QString s = kind == NodeKind::Parameter ? QCoreApplication::translate("ckpt::TreeRows", "Parameter")
            : kind == NodeKind::Buffer          ? QCoreApplication::translate("ckpt::TreeRows", "buffer")
                                                : QCoreApplication::translate("ckpt::TreeRows", "tensor");
        if (t && !t->numpyDtype.isEmpty())
            s = v.kindName(); // numpy.ndarray: read as a tensor, still an array in the file
        if (t && t->isQuantized)
            s = QCoreApplication::translate("ckpt::TreeRows", "quantized %1").arg(s);
        if (t && !t->subclass.isEmpty())
            s += QStringLiteral(" (%1)").arg(t->subclass);
        return s;
    }
    case NodeKind::Dict:
        return v.entries.size() == 1
            ? QCoreApplication::translate("ckpt::TreeRows", "%1 · 1 key").arg(v.kindName())
            : QCoreApplication::translate("ckpt::TreeRows", "%1 · %2 keys").arg(v.kindName()).arg(v.entries.size());
    case NodeKind::List:
        return v.items.size() == 1
            ? QCoreApplication::translate("ckpt::TreeRows", "%1 · 1 item").arg(v.kindName())
            : QCoreApplication::translate("ckpt::TreeRows", "%1 · %2 items").arg(v.kindName()).arg(v.items.size());
    case NodeKind::Object:
        return v.kind == K::Global ? QCoreApplication::translate("ckpt::TreeRows", "global %1").arg(v.className)
                                   : v.kindName();
    case NodeKind::Scalar:
        return v.kindName();
    }
    return QString();
}

static QString joinShape(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString shapeText(const Checkpoint &ckpt, const Value &v)
{
    if (v.holdsTensor() && v.tensorIndex < int(ckpt.tensors.size()))
        return joinShape(ckpt.tensors[size_t(v.tensorIndex)].shape);
    if (v.kind == K::NumpyArray)
        return joinShape(v.shape());
    return QString();
}

QString deviceOf(const Checkpoint &ckpt, const TensorInfo &t)
{
    if (t.storageIndex >= 0 && t.storageIndex < int(ckpt.storages.size()))
        return ckpt.storages[size_t(t.storageIndex)].device;
    return layoutName(t.layout);
}

TensorKinds tensorKinds(const Checkpoint &ckpt)
{
    std::map<DType, int> dtypes;
    TensorKinds out;
    const QString *lastDevice = nullptr;
    int *lastCount = nullptr;
    for (const TensorInfo &t : ckpt.tensors) {
        ++dtypes[t.dtype];
        // Tensors of one device come in runs: its string is compared, not hashed, each time.
        const QString *device = t.storageIndex >= 0 && t.storageIndex < int(ckpt.storages.size())
            ? &ckpt.storages[size_t(t.storageIndex)].device
            : nullptr;
        if (!device || !lastDevice || *device != *lastDevice) {
            lastCount = &out.devices[deviceOf(ckpt, t)];
            lastDevice = device;
        }
        ++*lastCount;
    }
    for (const auto &[dtype, n] : dtypes)
        out.dtypes[dtypeName(dtype)] += n;
    return out;
}

bool groupsByModule(const std::vector<ChildRef> &children)
{
    bool dotted = false, tensors = false;
    for (const ChildRef &c : children) {
        if (c.part.isIndex || !c.value || c.part.key.isEmpty())
            return false;
        // Attribute names and indexes, as nn.Module.state_dict() writes them: not file
        // names, paths or free text that happen to contain a dot.
        const QString &k = c.part.key;
        if (k.startsWith(QLatin1Char('.')) || k.endsWith(QLatin1Char('.')) || k.contains(QLatin1String("..")))
            return false;
        for (const QChar ch : k)
            if (!ch.isLetterOrNumber() && ch != QLatin1Char('_') && ch != QLatin1Char('.'))
                return false;
        dotted = dotted || k.contains(QLatin1Char('.'));
        if (c.value->kind == K::Tensor || c.value->kind == K::NumpyArray)
            tensors = true;
        else if (c.value->isContainer() && k != QLatin1String("__metadata__"))
            return false; // safetensors' __metadata__ stays a row of its own beside the modules
    }
    return dotted && tensors;
}

namespace {
// A module's rows by name while they are built, so each key finds its module at once.
struct Building {
    ModuleRow row;
    std::unordered_map<QString, size_t> modules; // name -> index into sub
    std::vector<std::unique_ptr<Building>> sub; // the module rows of row.rows, in their order
    std::unordered_set<int> seen; // tensors counted in this module (only those met twice)
    size_t last = SIZE_MAX; // the module the previous key went to: a state_dict's keys come module by module

    // The sub-module `name`, made on first sight (its rows filled by finish()).
    Building *module(QStringView name, QStringView prefix)
    {
        if (last < sub.size() && sub[last]->row.name == name)
            return sub[last].get();
        const QString key = name.toString();
        auto it = modules.find(key);
        if (it == modules.end()) {
            ModuleRow m;
            m.name = key;
            m.prefix = prefix.toString();
            it = modules.emplace(key, sub.size()).first;
            row.rows.push_back(m); // a place holder, filled by finish()
            sub.push_back(std::make_unique<Building>());
            sub.back()->row = std::move(m);
        }
        last = it->second;
        return sub[last].get();
    }
};

ModuleRow finish(Building &b)
{
    ModuleRow out = std::move(b.row);
    size_t next = 0;
    for (ModuleRow &r : out.rows)
        if (r.isModule())
            r = finish(*b.sub[next++]);
    return out;
}
} // namespace

std::vector<ModuleRow> moduleRows(const Checkpoint &ckpt, const std::vector<ChildRef> &children)
{
    // A tensor under two keys (tied weights) counts once per module: only those need a set.
    std::unordered_map<int, int> keysOf;
    for (const ChildRef &c : children)
        if (c.value->holdsTensor())
            ++keysOf[c.value->tensorIndex];
    Building top;
    for (size_t i = 0; i < children.size(); ++i) {
        const QString &key = children[i].part.key;
        const Value &v = *children[i].value;
        const TensorInfo *t = v.holdsTensor() && v.tensorIndex < int(ckpt.tensors.size())
            ? &ckpt.tensors[size_t(v.tensorIndex)]
            : nullptr;
        const bool shared = t && keysOf[v.tensorIndex] > 1;
        Building *at = &top;
        qsizetype begin = 0;
        for (qsizetype dot; (dot = key.indexOf(QLatin1Char('.'), begin)) >= 0; begin = dot + 1) {
            at = at->module(QStringView(key).mid(begin, dot - begin), QStringView(key).left(dot));
            if (t && (!shared || at->seen.insert(v.tensorIndex).second)) {
                ++at->row.tensors;
                at->row.parameters += qMax<qint64>(0, t->numel());
                at->row.bytes += qMax<qint64>(0, t->nbytes());
            } else if (v.kind == K::NumpyArray) {
                ++at->row.tensors;
            }
        }
        ModuleRow leaf;
        leaf.name = key.mid(begin);
        leaf.prefix = key;
        leaf.child = int(i);
        at->row.rows.push_back(std::move(leaf));
    }
    return finish(top).rows;
}

std::shared_ptr<const ModuleGrouping> groupTopRows(const Checkpoint &ckpt, const std::vector<TopRow> &top)
{
    std::vector<ChildRef> refs;
    const size_t groupable = groupableTopRows(ckpt, top);
    refs.reserve(groupable);
    for (size_t i = 0; i < groupable; ++i)
        refs.push_back(top[i].ref);
    if (!groupsByModule(refs))
        return nullptr;
    auto g = std::make_shared<ModuleGrouping>();
    g->rows = moduleRows(ckpt, refs);
    g->refs = std::move(refs);
    return g;
}

size_t groupableTopRows(const Checkpoint &ckpt, const std::vector<TopRow> &rows)
{
    if (rows.empty() || rows.front().isRoot || !ckpt.root)
        return 0;
    return rows.size() >= ckpt.sideTrees.size() ? rows.size() - ckpt.sideTrees.size() : 0;
}

} // namespace ckpt
