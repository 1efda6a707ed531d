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
        addState(v.state, fn);
        addEntries(v.entries, fn);
        for (size_t i = 0; i < v.appended.size(); ++i)
            fn(PathPart::ofIndex(qint64(i)), v.appended[i]);
        if (!v.items.empty()) {
            auto args = Value::make(K::Tuple);
            args->items = v.items;
            fn(PathPart::ofKey(QStringLiteral("__args__")), args);
        }
        break;
    }
    case K::NumpyArray:
        if (v.state && v.state->kind == K::Tuple && v.state->items.size() == 5)
            fn(PathPart::ofKey(QStringLiteral("__data__")), v.state->items[4]);
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
struct Walker {
    Checkpoint &ckpt;
    int maxDepth;
    std::unordered_set<const Value *> seen;
    Path path;
    bool tooDeep = false;

    void walk(const ValuePtr &v, int depth)
    {
        if (!v)
            return;
        if (v->kind == K::Tensor) {
            if (v->tensorIndex >= 0 && v->tensorIndex < int(ckpt.tensors.size())) {
                TensorInfo &t = ckpt.tensors[size_t(v->tensorIndex)];
                if (!t.reached) {
                    t.path = path;
                    t.reached = true;
                }
            }
            return;
        }
        if (!v->isContainer() && v->kind != K::NumpyArray)
            return;
        if (!seen.insert(v.get()).second)
            return; // shared or cyclic: walked once, at its first path
        if (depth >= maxDepth) {
            tooDeep = true;
            return;
        }
        forEachChild(*v, [this, depth](const PathPart &part, const ValuePtr &child) {
            path.push_back(part);
            walk(child, depth + 1);
            path.pop_back();
        });
    }
};
} // namespace

void assignTensorPaths(Checkpoint &ckpt, int maxDepth)
{
    Walker w { ckpt, maxDepth, {}, {}, false };
    w.walk(ckpt.root, 0);
    for (const auto &side : ckpt.sideTrees) {
        w.path = { PathPart::ofKey(side.first) };
        w.walk(side.second, 1);
    }
    if (w.tooDeep)
        ckpt.warnings
            << QStringLiteral("the object tree nests deeper than %1 levels; the rest is not shown").arg(maxDepth);
}

} // namespace ckpt
