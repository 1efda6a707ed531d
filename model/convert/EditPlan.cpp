#include "model/convert/EditPlan.h"

#include "model/checkpoint/PathGlob.h"
#include "model/checkpoint/TreeWalk.h"

#include <QRegularExpression>

#include <unordered_set>

namespace ckpt {

EditOp EditOp::remapDevice(const QString &from, const QString &to)
{
    EditOp op;
    op.kind = Kind::RemapDevice;
    op.from = from;
    op.to = to;
    return op;
}

EditOp EditOp::keep(const QStringList &patterns, Syntax s)
{
    EditOp op;
    op.kind = Kind::Keep;
    op.patterns = patterns;
    op.syntax = s;
    return op;
}

EditOp EditOp::drop(const QStringList &patterns, Syntax s)
{
    EditOp op = keep(patterns, s);
    op.kind = Kind::Drop;
    return op;
}

EditOp EditOp::stripPrefix(const QString &prefix)
{
    EditOp op;
    op.kind = Kind::StripPrefix;
    op.text = prefix;
    return op;
}

EditOp EditOp::addPrefix(const QString &prefix)
{
    EditOp op = stripPrefix(prefix);
    op.kind = Kind::AddPrefix;
    return op;
}

EditOp EditOp::rename(const QString &path, const QString &newKey)
{
    EditOp op;
    op.kind = Kind::Rename;
    op.from = path;
    op.to = newKey;
    return op;
}

EditOp EditOp::extract(const QString &path)
{
    EditOp op;
    op.kind = Kind::Extract;
    op.from = path;
    return op;
}

EditOp EditOp::cast(DType to)
{
    EditOp op;
    op.kind = Kind::Cast;
    op.dtype = to;
    return op;
}

EditOp EditOp::dropTrainingState()
{
    EditOp op;
    op.kind = Kind::DropTrainingState;
    return op;
}

EditOp EditOp::keepDType(const QStringList &patterns)
{
    EditOp op;
    op.kind = Kind::KeepDType;
    op.patterns = patterns;
    return op;
}

EditOp EditOp::weightsOnlySafe()
{
    EditOp op;
    op.kind = Kind::WeightsOnlySafe;
    return op;
}

Phrase EditOp::describe() const
{
    const QString pats = patterns.size() == 1 ? patterns.first() : patterns.join(QStringLiteral(", "));
    const bool regex = syntax == Syntax::Regex;
    switch (kind) {
    case Kind::RemapDevice:
        return from.isEmpty() ? Phrase::translate("ckpt::Convert", "map every device -> %1", "a step").arg(to)
                              : Phrase::translate("ckpt::Convert", "map %1 -> %2", "a step: devices").arg(from, to);
    case Kind::Keep:
        return syntax == Syntax::Exact
            ? Phrase::translate("ckpt::Convert", "keep %n selected nodes", "a step", int(patterns.size()))
            : regex ? Phrase::translate("ckpt::Convert", "keep only regex %1", "a step").arg(pats)
                    : Phrase::translate("ckpt::Convert", "keep only %1", "a step: glob patterns").arg(pats);
    case Kind::Drop:
        return syntax == Syntax::Exact
            ? Phrase::translate("ckpt::Convert", "drop %n selected nodes", "a step", int(patterns.size()))
            : regex ? Phrase::translate("ckpt::Convert", "drop regex %1", "a step").arg(pats)
                    : Phrase::translate("ckpt::Convert", "drop %1", "a step: glob patterns").arg(pats);
    case Kind::StripPrefix:
        return Phrase::translate("ckpt::Convert", "strip key prefix '%1'", "a step").arg(text);
    case Kind::AddPrefix:
        return Phrase::translate("ckpt::Convert", "add key prefix '%1'", "a step").arg(text);
    case Kind::Rename:
        return Phrase::translate("ckpt::Convert", "rename %1 -> %2", "a step").arg(from, to);
    case Kind::Extract:
        return Phrase::translate("ckpt::Convert", "extract %1 as the new root", "a step").arg(from);
    case Kind::Cast:
        return Phrase::translate("ckpt::Convert", "cast floating tensors to %1", "a step").arg(dtypeName(dtype));
    case Kind::DropTrainingState:
        return Phrase::translate("ckpt::Convert", "drop training state", "a step");
    case Kind::KeepDType:
        return Phrase::translate("ckpt::Convert", "keep the dtype of %1", "a step").arg(pats);
    case Kind::WeightsOnlySafe:
        return Phrase::translate("ckpt::Convert", "make weights-only loadable", "a step");
    }
    return Phrase();
}

PathMatcher::PathMatcher(const QStringList &patterns, EditOp::Syntax syntax)
{
    for (const QString &p : patterns) {
        switch (syntax) {
        case EditOp::Syntax::Exact:
            m_whole.insert(p);
            break;
        case EditOp::Syntax::Regex:
            m_wholeRx.emplace_back(p);
            break;
        case EditOp::Syntax::Glob: {
            const bool wild
                = p.contains(QLatin1Char('*')) || p.contains(QLatin1Char('?')) || p.contains(QLatin1Char('['));
            const bool anyComponent = !p.contains(QLatin1Char('/'));
            if (!wild) {
                m_whole.insert(p);
                if (anyComponent)
                    m_last.insert(p);
                break;
            }
            m_wholeRx.emplace_back(globToRegex(p, Qt::CaseSensitive));
            if (anyComponent)
                m_lastRx.emplace_back(globToRegex(p, Qt::CaseSensitive));
            break;
        }
        }
    }
}

bool PathMatcher::matches(const QString &path) const
{
    if (m_whole.contains(path))
        return true;
    for (const QRegularExpression &rx : m_wholeRx)
        if (rx.match(path).hasMatch())
            return true;
    if (m_last.isEmpty() && m_lastRx.empty())
        return false;
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return false;
    const QString last = path.mid(slash + 1);
    if (m_last.contains(last))
        return true;
    for (const QRegularExpression &rx : m_lastRx)
        if (rx.match(last).hasMatch())
            return true;
    return false;
}

bool pathMatches(const QString &path, const QString &pattern, EditOp::Syntax syntax)
{
    return PathMatcher({ pattern }, syntax).matches(path);
}

bool isTrainingStateKey(const QString &key)
{
    static const char *const kExact[]
        = { "optim", "scaler", "grad_scaler", "scaler_state_dict", "amp", "amp_state", "rng", "rng_state", "rng_states",
              "cuda_rng_state", "torch_rng_state", "numpy_rng_state", "python_rng_state", "random_state", "loops",
              "callbacks", "native_amp_scaling_state", "amp_scaling_state", "ema_optimizer", "trainer_state" };
    const QString k = key.toLower();
    for (const char *e : kExact)
        if (k == QLatin1String(e))
            return true;
    return k.contains(QLatin1String("optimizer")) || k.contains(QLatin1String("scheduler"))
        || k.startsWith(QLatin1String("optim_"));
}

std::vector<int> reachableStorages(const Checkpoint &c)
{
    std::vector<int> out;
    std::vector<bool> found(c.storages.size(), false);
    auto add = [&](int s) {
        if (s >= 0 && size_t(s) < found.size() && !found[size_t(s)]) {
            found[size_t(s)] = true;
            out.push_back(s);
        }
    };
    std::unordered_set<const Value *> seen;
    // Shared pointers on the stack: childrenOf() makes temporary nodes (an Object's __args__).
    std::vector<ValuePtr> stack;
    if (c.root)
        stack.push_back(c.root);
    while (!stack.empty()) {
        const ValuePtr v = std::move(stack.back());
        stack.pop_back();
        if (!v)
            continue;
        // A tensor is a leaf, counted once by its storage: no need to remember it (a
        // state_dict's nodes are nearly all tensors).
        if (v->kind == Value::Kind::Tensor) {
            if (v->tensorIndex >= 0 && size_t(v->tensorIndex) < c.tensors.size())
                add(c.tensors[size_t(v->tensorIndex)].storageIndex);
            continue;
        }
        if (v->kind == Value::Kind::Storage)
            add(v->storageIndex);
        if (!v->isContainer() && v->kind != Value::Kind::NumpyArray)
            continue; // nothing below it (childrenOf gives none)
        // A temporary (use_count 1) may reuse a freed address: only tree nodes are remembered.
        if (v.use_count() > 1 && !seen.insert(v.get()).second)
            continue;
        const auto children = childrenOf(*v);
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back(it->value);
        if (v->kind == Value::Kind::Dict && v->state())
            stack.push_back(v->state());
    }
    return out;
}

qint64 reachableStorageBytes(const Checkpoint &c)
{
    qint64 total = 0;
    for (int s : reachableStorages(c))
        total += c.storages[size_t(s)].nbytes;
    return total;
}

} // namespace ckpt
