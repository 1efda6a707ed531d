#include "model/itemmodels/TreeRows.h"

#include <QHash>

#include <algorithm>
#include <array>
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

namespace {
enum class CharClass : uchar { Other, Word, Dot };
// Letters, digits and '_' are a name's, '.' joins names (a 100k-key state_dict is checked
// on each open: 2M characters).
constexpr std::array<CharClass, 128> kAscii = [] {
    std::array<CharClass, 128> t {};
    for (int c = 0; c < 128; ++c)
        t[size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            ? CharClass::Word
            : c == '.' ? CharClass::Dot
                       : CharClass::Other;
    return t;
}();
} // namespace

bool groupsByModule(const std::vector<ChildRef> &children)
{
    bool dotted = false, tensors = false;
    for (const ChildRef &c : children) {
        if (c.part.isIndex || !c.value || c.part.key.isEmpty())
            return false;
        // Attribute names and indexes, as nn.Module.state_dict() writes them: not file
        // names, paths or free text that happen to contain a dot.
        const QString &k = c.part.key;
        bool dot = true; // as if before the first character: a key cannot start with a dot
        for (const QChar ch : k) {
            const char16_t u = ch.unicode();
            const CharClass c = u < 128 ? kAscii[u] : ch.isLetterOrNumber() ? CharClass::Word : CharClass::Other;
            if (c == CharClass::Other || (c == CharClass::Dot && dot))
                return false; // not a name, "..", or a leading dot
            dot = c == CharClass::Dot;
            dotted = dotted || dot;
        }
        if (dot)
            return false; // a trailing dot
        if (c.value->kind == K::Tensor || c.value->kind == K::NumpyArray)
            tensors = true;
        else if (c.value->isContainer() && k != QLatin1String("__metadata__"))
            return false; // safetensors' __metadata__ stays a row of its own beside the modules
    }
    return dotted && tensors;
}

namespace {
// The module rows while they are built, flat: a module's rows hold a place holder for each
// sub-module (child -1), which finish() replaces by that module's row in `subs` order.
struct ModuleBuilder {
    struct Module {
        ModuleRow row;
        std::vector<int> subs; // indexes into modules, in the order of row.rows' place holders
        int last = -1; // the sub-module the previous key went to: keys come module by module
    };
    std::vector<Module> modules = std::vector<Module>(1); // [0]: the top
    // Every module by its dotted prefix (a view of the key that made it), for keys out of order.
    QHash<QStringView, int> byPrefix;
    std::unordered_set<quint64> seen; // (module, tensor) of tensors under several keys, counted

    // The sub-module `name` of `parent`, made on first sight from `key`, whose prefix it is.
    int module(int parent, QStringView name, QStringView prefix, const QString &key)
    {
        const int last = modules[size_t(parent)].last;
        auto named = [&](int m) {
            const QStringView n = modules[size_t(m)].row.nameView();
            return n.size() == name.size() && std::equal(n.begin(), n.end(), name.begin()); // short: inline
        };
        if (last >= 0 && named(last))
            return last;
        // A few sub-modules are searched; a module with more has them in the hash.
        const std::vector<int> &subs = modules[size_t(parent)].subs;
        int at = -1;
        if (subs.size() <= kSearched) {
            const auto found = std::find_if(subs.begin(), subs.end(), named);
            at = found == subs.end() ? -1 : *found;
        } else {
            at = byPrefix.value(prefix, -1);
        }
        if (at < 0) {
            at = int(modules.size());
            Module m;
            m.row.key = key;
            m.row.prefixLength = int(prefix.size());
            m.row.nameAt = int(prefix.size() - name.size());
            modules.push_back(std::move(m));
            Module &p = modules[size_t(parent)];
            p.row.rows.emplace_back(); // the place holder
            p.subs.push_back(at);
            if (p.subs.size() > kSearched + 1)
                byPrefix.insert(prefix, at);
            else if (p.subs.size() == kSearched + 1)
                for (const int s : p.subs)
                    byPrefix.insert(modules[size_t(s)].row.prefixView(), s);
        }
        modules[size_t(parent)].last = at;
        return at;
    }
    static constexpr size_t kSearched = 16;

    ModuleRow finish(int index)
    {
        Module &m = modules[size_t(index)];
        ModuleRow out = std::move(m.row);
        size_t next = 0;
        for (ModuleRow &r : out.rows)
            if (r.isModule())
                r = finish(m.subs[next++]);
        return out;
    }
};
} // namespace

std::vector<ModuleRow> moduleRows(const Checkpoint &ckpt, const std::vector<ChildRef> &children)
{
    // A tensor under two keys (tied weights) counts once per module: only those need a set.
    std::vector<int> keysOf(ckpt.tensors.size(), 0);
    for (const ChildRef &c : children)
        if (c.value->holdsTensor() && size_t(c.value->tensorIndex) < keysOf.size())
            ++keysOf[size_t(c.value->tensorIndex)];
    ModuleBuilder b;
    b.modules.reserve(children.size() + 1); // about one module per key in a state_dict: rarely regrown
    for (size_t i = 0; i < children.size(); ++i) {
        const QString &key = children[i].part.key;
        const Value &v = *children[i].value;
        const TensorInfo *t
            = v.holdsTensor() && size_t(v.tensorIndex) < keysOf.size() ? &ckpt.tensors[size_t(v.tensorIndex)] : nullptr;
        const bool shared = t && keysOf[size_t(v.tensorIndex)] > 1;
        const qint64 numel = t ? qMax<qint64>(0, t->numel()) : 0, nbytes = t ? qMax<qint64>(0, t->nbytes()) : 0;
        int at = 0;
        qsizetype begin = 0;
        for (qsizetype dot; (dot = key.indexOf(QLatin1Char('.'), begin)) >= 0; begin = dot + 1) {
            at = b.module(at, QStringView(key).mid(begin, dot - begin), QStringView(key).left(dot), key);
            ModuleRow &row = b.modules[size_t(at)].row;
            if (t && (!shared || b.seen.insert(quint64(at) << 32 | quint32(v.tensorIndex)).second)) {
                ++row.tensors;
                row.parameters += numel;
                row.bytes += nbytes;
            } else if (v.kind == K::NumpyArray) {
                ++row.tensors;
            }
        }
        ModuleRow leaf;
        leaf.key = key;
        leaf.prefixLength = int(key.size());
        leaf.nameAt = int(begin);
        leaf.child = int(i);
        b.modules[size_t(at)].row.rows.push_back(std::move(leaf));
    }
    return b.finish(0).rows;
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
