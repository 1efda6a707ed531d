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

void addEntries(const std::vector<std::pair<ValuePtr, ValuePtr>> &entries, std::vector<ChildRef> &out)
{
    for (const auto &kv : entries)
        out.push_back({ keyPart(kv.first), kv.second });
}

void addState(const ValuePtr &state, std::vector<ChildRef> &out)
{
    if (!state || state->kind == K::None)
        return;
    if (state->kind == K::Dict) {
        addEntries(state->entries, out);
        return;
    }
    // (dict or None, slots dict), as copyreg writes for classes with __slots__
    if (state->kind == K::Tuple && state->items.size() == 2
        && (state->items[0]->kind == K::Dict || state->items[0]->kind == K::None) && state->items[1]->kind == K::Dict) {
        if (state->items[0]->kind == K::Dict)
            addEntries(state->items[0]->entries, out);
        addEntries(state->items[1]->entries, out);
        return;
    }
    out.push_back({ PathPart::ofKey(QStringLiteral("__state__")), state });
}
} // namespace

std::vector<ChildRef> childrenOf(const Value &v)
{
    std::vector<ChildRef> out;
    switch (v.kind) {
    case K::List:
    case K::Tuple:
    case K::Set:
        out.reserve(v.items.size());
        for (size_t i = 0; i < v.items.size(); ++i)
            out.push_back({ PathPart::ofIndex(qint64(i)), v.items[i] });
        break;
    case K::Dict:
        out.reserve(v.entries.size());
        addEntries(v.entries, out);
        break;
    case K::Object: {
        addState(v.state, out);
        addEntries(v.entries, out);
        for (size_t i = 0; i < v.appended.size(); ++i)
            out.push_back({ PathPart::ofIndex(qint64(i)), v.appended[i] });
        if (!v.items.empty()) {
            auto args = Value::make(K::Tuple);
            args->items = v.items;
            out.push_back({ PathPart::ofKey(QStringLiteral("__args__")), args });
        }
        break;
    }
    case K::NumpyArray:
        if (v.state && v.state->kind == K::Tuple && v.state->items.size() == 5)
            out.push_back({ PathPart::ofKey(QStringLiteral("__data__")), v.state->items[4] });
        break;
    default:
        break;
    }
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
        for (const ChildRef &c : childrenOf(*v)) {
            path.push_back(c.part);
            walk(c.value, depth + 1);
            path.pop_back();
        }
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
