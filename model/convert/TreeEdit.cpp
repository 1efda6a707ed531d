#include "model/convert/TreeEdit.h"

#include "model/checkpoint/TreeWalk.h"

#include <QHash>

#include <unordered_set>

namespace ckpt {

namespace {
using K = Value::Kind;
constexpr int kMaxDepth = 2000;

QString keyText(const ValuePtr &key)
{
    if (key->kind == K::String)
        return key->text;
    if (key->kind == K::Int)
        return QString::number(key->integer);
    const QString t = key->scalarText();
    return t.isEmpty() ? key->kindName() : t;
}

QString join(const QString &parent, const QString &part)
{
    return parent.isEmpty() ? part : parent + QLatin1Char('/') + part;
}

// The dict an Object keeps its attributes in (BUILD state), if it is one.
bool hasDictState(const Value &v)
{
    return v.kind == K::Object && v.state() && v.state()->kind == K::Dict;
}

// Filters a container's children; `visit` returns the new child or null to remove it.
// Returns the same pointer when nothing changed.
ValuePtr mapChildren(
    const ValuePtr &v, const QString &path, const std::function<ValuePtr(const ValuePtr &, const QString &)> &visit)
{
    bool changed = false;
    auto mapEntries
        = [&](const std::vector<std::pair<ValuePtr, ValuePtr>> &in, std::vector<std::pair<ValuePtr, ValuePtr>> &out) {
              for (const auto &kv : in) {
                  ValuePtr n = visit(kv.second, join(path, keyText(kv.first)));
                  if (n != kv.second)
                      changed = true;
                  if (n)
                      out.emplace_back(kv.first, n);
              }
          };
    auto mapItems = [&](const std::vector<ValuePtr> &in, std::vector<ValuePtr> &out) {
        for (size_t i = 0; i < in.size(); ++i) {
            ValuePtr n = visit(in[i], join(path, QString::number(i)));
            if (n != in[i])
                changed = true;
            if (n)
                out.push_back(n);
        }
    };
    std::vector<std::pair<ValuePtr, ValuePtr>> entries, stateEntries;
    std::vector<ValuePtr> items;
    switch (v->kind) {
    case K::Dict:
        mapEntries(v->entries, entries);
        break;
    case K::List:
    case K::Tuple:
    case K::Set:
        mapItems(v->items, items);
        break;
    case K::Object:
        if (hasDictState(*v))
            mapEntries(v->state()->entries, stateEntries);
        mapEntries(v->entries, entries);
        break;
    default:
        return v;
    }
    if (!changed)
        return v;
    ValuePtr copy = shallowCopy(*v);
    if (v->kind == K::Dict || v->kind == K::Object)
        copy->entries = std::move(entries);
    else
        copy->items = std::move(items);
    if (hasDictState(*v)) {
        copy->extra().state = shallowCopy(*v->state());
        copy->state()->entries = std::move(stateEntries);
    }
    return copy;
}

bool holdsTensor(const Value &v)
{
    for (const auto &kv : v.entries)
        if (kv.second && kv.second->kind == K::Tensor)
            return true;
    return false;
}
} // namespace

ValuePtr shallowCopy(const Value &v)
{
    ValuePtr c = Value::make(v.kind);
    c->boolean = v.boolean;
    c->integer = v.integer;
    c->real = v.real;
    c->text = v.text;
    c->className = v.className;
    c->items = v.items;
    c->entries = v.entries;
    c->copyExtraFrom(v);
    c->tensorIndex = v.tensorIndex;
    c->storageIndex = v.storageIndex;
    return c;
}

ValuePtr dropWhere(const ValuePtr &root, const std::function<bool(const QString &)> &drop, int *removed)
{
    std::unordered_set<const Value *> onPath; // cycles are left alone
    std::function<ValuePtr(const ValuePtr &, const QString &)> visit;
    int depth = 0;
    visit = [&](const ValuePtr &v, const QString &path) -> ValuePtr {
        if (!path.isEmpty() && drop(path)) {
            ++*removed;
            return nullptr;
        }
        if (!v || !v->isContainer() || depth > kMaxDepth || !onPath.insert(v.get()).second)
            return v;
        ++depth;
        ValuePtr out = mapChildren(v, path, visit);
        --depth;
        onPath.erase(v.get());
        return out;
    };
    *removed = 0;
    return visit(root, QString());
}

ValuePtr keepWhere(const ValuePtr &root, const std::function<bool(const QString &)> &keep, int *kept)
{
    std::unordered_set<const Value *> onPath;
    int depth = 0;
    // Returns null when neither the node nor anything below it is kept.
    std::function<ValuePtr(const ValuePtr &, const QString &)> visit;
    visit = [&](const ValuePtr &v, const QString &path) -> ValuePtr {
        if (!path.isEmpty() && keep(path)) {
            ++*kept;
            return v;
        }
        if (!v || !v->isContainer() || depth > kMaxDepth || !onPath.insert(v.get()).second)
            return nullptr;
        ++depth;
        ValuePtr out = mapChildren(v, path, visit);
        --depth;
        onPath.erase(v.get());
        const bool empty
            = out->entries.empty() && out->items.empty() && !(hasDictState(*out) && !out->state()->entries.empty());
        return empty ? nullptr : out;
    };
    *kept = 0;
    ValuePtr out = visit(root, QString());
    if (!out) {
        out = shallowCopy(*root);
        out->entries.clear();
        out->items.clear();
        if (hasDictState(*root)) {
            out->extra().state = shallowCopy(*root->state());
            out->state()->entries.clear();
        }
    }
    return out;
}

ValuePtr renameStateDictKeys(const ValuePtr &root, const std::function<QString(const QString &)> &rename,
    const std::function<QString(const QString &)> &renameMeta, int *changed)
{
    std::unordered_set<const Value *> onPath;
    std::function<ValuePtr(const ValuePtr &, const QString &)> visit;
    int depth = 0;
    visit = [&](const ValuePtr &v, const QString &path) -> ValuePtr {
        if (!v || !v->isContainer() || depth > kMaxDepth || !onPath.insert(v.get()).second)
            return v;
        ++depth;
        ValuePtr out = mapChildren(v, path, visit);
        --depth;
        onPath.erase(v.get());
        if (out->kind != K::Dict || !holdsTensor(*out))
            return out;
        ValuePtr copy = out == v ? shallowCopy(*v) : out;
        for (auto &kv : copy->entries) {
            if (kv.first->kind != K::String)
                continue;
            const QString n = rename(kv.first->text);
            if (n != kv.first->text) {
                kv.first = Value::fromString(n);
                ++*changed;
            }
        }
        // state_dict()._metadata: {module prefix: {"version": n}}
        const ValuePtr meta = copy->state() ? copy->state()->child(QStringLiteral("_metadata")) : nullptr;
        if (meta && meta->kind == K::Dict) {
            ValuePtr newMeta = shallowCopy(*meta);
            newMeta->entries.clear();
            QHash<QString, size_t> placed; // new name -> its entry (one per module of a big model)
            placed.reserve(qsizetype(meta->entries.size()));
            for (const auto &kv : meta->entries) {
                if (kv.first->kind != K::String) {
                    newMeta->entries.push_back(kv);
                    continue;
                }
                QString n = renameMeta(kv.first->text);
                // A later module replaces an earlier one with the same new name, as torch's
                // consume_prefix_in_state_dict_if_present does ("module" -> "").
                if (const auto it = placed.constFind(n); it != placed.constEnd()) {
                    newMeta->entries[it.value()].second = kv.second;
                    continue;
                }
                placed.insert(n, newMeta->entries.size());
                newMeta->entries.emplace_back(Value::fromString(n), kv.second);
            }
            ValuePtr newState = shallowCopy(*copy->state());
            for (auto &kv : newState->entries)
                if (kv.first->kind == K::String && kv.first->text == QLatin1String("_metadata"))
                    kv.second = newMeta;
            copy->extra().state = newState;
        }
        return copy;
    };
    *changed = 0;
    return visit(root, QString());
}

namespace {
// Finds the child whose key equals a prefix of `rest` (keys may hold '/'); longest first.
bool stepInto(const ValuePtr &v, const QString &rest, ChildRef *child, QString *remaining)
{
    for (const ChildRef &c : childrenOf(*v)) {
        const QString k = c.part.toString();
        if (rest == k || (rest.startsWith(k + QLatin1Char('/')) && !k.isEmpty())) {
            *child = c;
            *remaining = rest == k ? QString() : rest.mid(k.size() + 1);
            if (remaining->isEmpty() || nodeAt(c.value, *remaining))
                return true;
        }
    }
    return false;
}
} // namespace

ValuePtr nodeAt(const ValuePtr &root, const QString &path)
{
    if (path.isEmpty())
        return root;
    if (!root)
        return nullptr;
    ChildRef c;
    QString rest;
    if (!stepInto(root, path, &c, &rest))
        return nullptr;
    return rest.isEmpty() ? c.value : nodeAt(c.value, rest);
}

ValuePtr renameAt(const ValuePtr &root, const QString &path, const QString &newKey)
{
    if (!nodeAt(root, path))
        return nullptr;
    bool done = false;
    std::function<ValuePtr(const ValuePtr &, const QString &)> visit;
    visit = [&](const ValuePtr &v, const QString &p) -> ValuePtr {
        if (done || !v || !v->isContainer() || !(p.isEmpty() || path.startsWith(p + QLatin1Char('/'))))
            return v;
        ValuePtr out = mapChildren(v, p, visit);
        if (done)
            return out;
        auto renameIn = [&](std::vector<std::pair<ValuePtr, ValuePtr>> &entries) {
            for (auto &kv : entries)
                if (!done && join(p, keyText(kv.first)) == path) {
                    kv.first = Value::fromString(newKey);
                    done = true;
                }
        };
        ValuePtr copy = shallowCopy(*out);
        renameIn(copy->entries);
        if (!done && hasDictState(*copy)) {
            copy->extra().state = shallowCopy(*copy->state());
            renameIn(copy->state()->entries);
        }
        return done ? copy : out;
    };
    ValuePtr out = visit(root, QString());
    return done ? out : nullptr;
}

} // namespace ckpt
