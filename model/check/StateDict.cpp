#include "model/check/StateDict.h"

#include "model/checkpoint/TreeWalk.h"
#include "model/convert/EditPlan.h"

#include <functional>
#include <unordered_set>

namespace ckpt {

namespace {
using K = Value::Kind;

// Keys training code keeps the model's weights under, most specific first: timm's
// `state_dict` sits beside `state_dict_ema`, DeepSpeed writes `module`, EMA copies last.
const char *const kKnownKeys[] = { "state_dict", "model_state_dict", "model", "module", "net", "network", "weights",
    "params", "model_ema", "ema", "state_dict_ema", "ema_state_dict", "ema_model",
    // The weights file of a Trainer checkpoint-N/ folder opened as one checkpoint.
    "model.safetensors", "model.safetensors.index.json", "pytorch_model.bin", "pytorch_model.bin.index.json",
    "adapter_model.safetensors", "adapter_model.bin" };

int directTensors(const Value &v)
{
    if (v.kind != K::Dict)
        return 0;
    int n = 0;
    for (const auto &kv : v.entries)
        n += kv.first && kv.first->kind == K::String && kv.second && kv.second->kind == K::Tensor;
    return n;
}

bool holdsStateDict(const ValuePtr &v)
{
    return v && directTensors(*v) > 0;
}

// A known key at the top of `node` (or one level below it, as {"model": {"state_dict": ...}})
// whose dict holds tensors. Fills `alternatives` with the other known keys that do.
bool knownKeyPath(const ValuePtr &node, Path &path, int depth, std::vector<Path> *alternatives)
{
    if (!node || node->kind != K::Dict || depth > 2)
        return false;
    // One pass over the dict for its dict-valued entries (a state_dict has none, and may
    // have 100k entries), then the known keys in their order.
    QHash<QString, ValuePtr> dicts;
    for (const auto &kv : node->entries)
        if (kv.first && kv.first->kind == K::String && kv.second && kv.second->kind == K::Dict)
            dicts.insert(kv.first->text, kv.second);
    bool found = false;
    const Path base = path;
    for (const char *name : kKnownKeys) {
        const ValuePtr child = dicts.value(QLatin1String(name));
        if (!child)
            continue;
        Path here = base;
        here.push_back(PathPart::ofKey(QLatin1String(name)));
        if (holdsStateDict(child)) {
            if (found) {
                alternatives->push_back(here);
                continue;
            }
            path = here;
            found = true;
        } else if (!found && knownKeyPath(child, here, depth + 1, alternatives)) {
            path = here;
            found = true;
        }
    }
    return found;
}

// The dict with the most tensors, walking dicts, lists and tuples (not into objects: a
// pickled module's `_parameters` is not a state_dict) and never into training state.
void largestTensorDict(
    const ValuePtr &v, Path &path, int depth, std::unordered_set<const Value *> &seen, int *best, Path *bestPath)
{
    if (!v || depth > 64 || !seen.insert(v.get()).second)
        return;
    if (v->kind != K::Dict && v->kind != K::List && v->kind != K::Tuple)
        return;
    const int n = directTensors(*v);
    if (n > *best) {
        *best = n;
        *bestPath = path;
    }
    for (const ChildRef &c : childrenOf(*v)) {
        if (!c.part.isIndex && depth == 0 && isTrainingStateKey(c.part.key))
            continue;
        path.push_back(c.part);
        largestTensorDict(c.value, path, depth + 1, seen, best, bestPath);
        path.pop_back();
    }
}

bool isLightning(const Value &root)
{
    if (root.kind != K::Dict)
        return false;
    if (root.child(QStringLiteral("pytorch-lightning_version")))
        return true;
    return root.child(QStringLiteral("state_dict")) && root.child(QStringLiteral("global_step"))
        && (root.child(QStringLiteral("optimizer_states")) || root.child(QStringLiteral("loops"))
            || root.child(QStringLiteral("callbacks")));
}

ValuePtr nodeAtPath(const ValuePtr &root, const Path &path)
{
    ValuePtr v = root;
    for (const PathPart &part : path) {
        ValuePtr next;
        for (const ChildRef &c : childrenOf(*v))
            if (c.part == part) {
                next = c.value;
                break;
            }
        if (!next)
            return nullptr;
        v = next;
    }
    return v;
}

// A safetensors file's root, alone or as a file of a Trainer folder: its header's
// __metadata__ is no entry of the dict safetensors.torch.load_file returns.
bool isSafetensorsRoot(const Checkpoint &c, const Path &path)
{
    if (path.empty())
        return c.format == Format::Safetensors;
    return c.format == Format::Trainer && path.size() == 1 && !path[0].isIndex
        && path[0].key.endsWith(QLatin1String(".safetensors"));
}

void readEntries(const Checkpoint &c, StateDict &sd)
{
    const bool safetensors = isSafetensorsRoot(c, sd.path);
    for (const auto &kv : sd.node->entries) {
        if (!kv.first || kv.first->kind != K::String) {
            ++sd.nonStringKeys;
            continue;
        }
        if (safetensors && kv.first->text == QLatin1String("__metadata__") && kv.second && kv.second->kind == K::Dict)
            continue;
        StateDictEntry e;
        e.key = kv.first->text;
        e.value = kv.second;
        if (kv.second && kv.second->kind == K::Tensor && kv.second->tensorIndex >= 0
            && size_t(kv.second->tensorIndex) < c.tensors.size())
            e.tensorIndex = kv.second->tensorIndex;
        sd.entries.push_back(std::move(e));
    }
    // state_dict()._metadata: {"": {"version": 1}, "bn": {"version": 2}, ...}
    const ValuePtr meta = sd.node->state() ? sd.node->state()->child(QStringLiteral("_metadata")) : nullptr;
    if (!meta || meta->kind != K::Dict)
        return;
    sd.hasMetadata = true;
    for (const auto &kv : meta->entries) {
        if (!kv.first || kv.first->kind != K::String || !kv.second)
            continue;
        const ValuePtr version = kv.second->child(QStringLiteral("version"));
        if (version && version->kind == K::Int)
            sd.versions.insert(kv.first->text, version->integer);
    }
}

StateDict make(const Checkpoint &c, const Path &path, StateDictOrigin origin)
{
    StateDict sd;
    sd.node = nodeAtPath(c.root, path);
    if (!sd.node || sd.node->kind != K::Dict) {
        sd.node = nullptr;
        return sd;
    }
    sd.path = path;
    sd.origin = origin;
    sd.lightning = path.size() == 1 && path[0].key == QLatin1String("state_dict") && isLightning(*c.root);
    readEntries(c, sd);
    return sd;
}
} // namespace

Phrase StateDict::describe() const
{
    if (path.empty())
        return Phrase::translate("ckpt::Check", "the file itself", "where the state_dict is");
    const QString where = QLatin1Char('\'') + pathToString(path) + QLatin1Char('\'');
    if (lightning)
        return Phrase::translate("ckpt::Check", "Lightning's %1", "%1 is a key path such as 'state_dict'").arg(where);
    switch (origin) {
    case StateDictOrigin::Largest:
        return Phrase::translate("ckpt::Check", "%1 (the dict with the most tensors)").arg(where);
    case StateDictOrigin::Given:
        return Phrase::translate("ckpt::Check", "%1 (as asked)", "a state_dict path given by the user").arg(where);
    default:
        return where;
    }
}

StateDict findStateDict(const Checkpoint &c)
{
    if (!c.root)
        return {};
    Path path;
    std::vector<Path> alternatives;
    StateDict sd;
    if (knownKeyPath(c.root, path, 0, &alternatives))
        sd = make(c, path, StateDictOrigin::KnownKey);
    else if (holdsStateDict(c.root))
        sd = make(c, {}, StateDictOrigin::Root);
    else {
        int best = 0;
        Path walk, bestPath;
        std::unordered_set<const Value *> seen;
        largestTensorDict(c.root, walk, 0, seen, &best, &bestPath);
        if (best > 0)
            sd = make(c, bestPath, StateDictOrigin::Largest);
    }
    sd.alternatives = alternatives;
    return sd;
}

StateDict stateDictAt(const Checkpoint &c, const QString &path, QString *error)
{
    // Steps as TreeEdit's nodeAt() takes them (keys may hold '/'), remembering the parts.
    std::function<bool(const ValuePtr &, const QString &, Path &)> walk
        = [&](const ValuePtr &v, const QString &rest, Path &out) {
              if (rest.isEmpty())
                  return true;
              if (!v || !v->isContainer() || out.size() > 64)
                  return false;
              for (const ChildRef &ch : childrenOf(*v)) {
                  const QString k = ch.part.toString();
                  if (rest != k && !(!k.isEmpty() && rest.startsWith(k + QLatin1Char('/'))))
                      continue;
                  out.push_back(ch.part);
                  if (walk(ch.value, rest == k ? QString() : rest.mid(k.size() + 1), out))
                      return true;
                  out.pop_back();
              }
              return false;
          };
    Path found;
    if (!c.root || !walk(c.root, path, found)) {
        *error = QStringLiteral("no node at '%1'").arg(path);
        return {};
    }
    StateDict sd = make(c, found, path.isEmpty() ? StateDictOrigin::Root : StateDictOrigin::Given);
    if (!sd.found())
        *error = QStringLiteral("'%1' is not a dict").arg(path.isEmpty() ? QStringLiteral("the root") : path);
    return sd;
}

} // namespace ckpt
