#include "model/checkpoint/TreeWalk.h"

#include <unordered_set>

namespace ckpt {

namespace {
using K = Value::Kind;

PathPart keyPart(const ValuePtr &key)
{
    if (key->kind == K::String)
        return PathPart::ofKey(key->text);
    if (key->kind == K::Int)
        return PathPart::ofIndex(key->integer);
    const QString text = key->scalarText();
    return PathPart::ofKey(text.isEmpty() ? key->kindName() : text);
}

using ChildFn = std::function<void(const PathPart &, const ValuePtr &)>;

void addEntries(const std::vector<std::pair<ValuePtr, ValuePtr>> &entries, const ChildFn &fn)
{
    for (const auto &kv : entries)
        fn(keyPart(kv.first), kv.second);
}

void addState(const ValuePtr &state, const ChildFn &fn)
{
    if (!state || state->kind == K::None)
        return;
    if (state->kind == K::Dict) {
        addEntries(state->entries, fn);
        return;
    }
    // (dict or None, slots dict), as copyreg writes for classes with __slots__
    if (state->kind == K::Tuple && state->items.size() == 2
        && (state->items[0]->kind == K::Dict || state->items[0]->kind == K::None) && state->items[1]->kind == K::Dict) {
        if (state->items[0]->kind == K::Dict)
            addEntries(state->items[0]->entries, fn);
        addEntries(state->items[1]->entries, fn);
        return;
    }
    fn(PathPart::ofKey(QStringLiteral("__state__")), state);
}
} // namespace

void forEachChild(const Value &v, const ChildFn &fn)
{
    switch (v.kind) {
    case K::List:
    case K::Tuple:
    case K::Set:
        for (size_t i = 0; i < v.items.size(); ++i)
            fn(PathPart::ofIndex(qint64(i)), v.items[i]);
        break;
    case K::Dict:
        addEntries(v.entries, fn);
        break;
    case K::Object: {
        addState(v.state(), fn);
        addEntries(v.entries, fn);
        for (size_t i = 0; i < v.appended().size(); ++i)
            fn(PathPart::ofIndex(qint64(i)), v.appended()[i]);
        if (!v.items.empty()) {
            auto args = Value::make(K::Tuple);
            args->items = v.items;
            fn(PathPart::ofKey(QStringLiteral("__args__")), args);
        }
        break;
    }
    case K::NumpyArray:
        if (v.state() && v.state()->kind == K::Tuple && v.state()->items.size() == 5)
            fn(PathPart::ofKey(QStringLiteral("__data__")), v.state()->items[4]);
        break;
    default:
        break;
    }
}

std::vector<ChildRef> childrenOf(const Value &v)
{
    std::vector<ChildRef> out;
    if (v.kind == K::Dict)
        out.reserve(v.entries.size());
    else if (v.kind == K::List || v.kind == K::Tuple || v.kind == K::Set)
        out.reserve(v.items.size());
    forEachChild(v, [&out](const PathPart &part, const ValuePtr &value) { out.push_back({ part, value }); });
    return out;
}

namespace {
// Depth-first over the tree; `onTensor(index, path)` at every place a tensor is reached.
// Each container once (`everyPath` false: at its first path), or at every path it is
// reached by, a cycle cut where it closes (`everyPath`: what torch.load's object
// shows), as long as `budget` allows.
template <typename OnTensor> struct Walker {
    const Checkpoint &ckpt;
    int maxDepth;
    OnTensor onTensor;
    bool everyPath = false;
    qint64 budget = 0; // containers walked again at a further path (everyPath)
    std::unordered_set<const Value *> seen; // walked (first path only), or on the path (every path)
    Path path;
    bool tooDeep = false;

    void walk(const ValuePtr &v, int depth)
    {
        if (!v)
            return;
        if (v->kind == K::Tensor || v->holdsTensor()) {
            if (v->tensorIndex >= 0 && v->tensorIndex < int(ckpt.tensors.size()))
                onTensor(v->tensorIndex, path);
            return;
        }
        if (!v->isContainer() && v->kind != K::NumpyArray)
            return;
        if (!seen.insert(v.get()).second)
            return; // first path only: walked already; every path: a cycle
        if (depth >= maxDepth) {
            tooDeep = true;
            return;
        }
        forEachChild(*v, [this, depth](const PathPart &part, const ValuePtr &child) {
            path.push_back(part);
            walk(child, depth + 1);
            path.pop_back();
        });
        if (everyPath && --budget > 0)
            seen.erase(v.get()); // off the path: reachable again by another
    }
};

template <typename OnTensor>
bool walkTensors(const Checkpoint &ckpt, int maxDepth, OnTensor onTensor, bool everyPath = false)
{
    // A DAG of shared containers has exponentially many paths: past the budget, a
    // container already walked is not walked again.
    Walker<OnTensor> w { ckpt, maxDepth, std::move(onTensor), everyPath, qint64(ckpt.tensors.size()) + 100000, {}, {},
        false };
    w.walk(ckpt.root, 0);
    for (const auto &side : ckpt.sideTrees) {
        w.path = { PathPart::ofKey(side.first) };
        w.walk(side.second, 1);
    }
    return !w.tooDeep;
}
} // namespace

void assignTensorPaths(Checkpoint &ckpt, int maxDepth)
{
    const bool complete = walkTensors(ckpt, maxDepth, [&ckpt](int index, const Path &path) {
        TensorInfo &t = ckpt.tensors[size_t(index)];
        if (!t.reached) {
            t.path = path;
            t.reached = true;
        }
    });
    if (!complete)
        ckpt.warnings
            << QStringLiteral("the object tree nests deeper than %1 levels; the rest is not shown").arg(maxDepth);
}

std::vector<std::vector<Path>> tensorPaths(const Checkpoint &ckpt, int maxDepth)
{
    std::vector<std::vector<Path>> paths(ckpt.tensors.size());
    walkTensors(
        ckpt, maxDepth, [&paths](int index, const Path &path) { paths[size_t(index)].push_back(path); }, true);
    return paths;
}

} // namespace ckpt
