#include "model/itemmodels/TreeTotals.h"

#include "model/checkpoint/TreeWalk.h"

#include <unordered_set>

namespace ckpt {

namespace {
struct TotalsWalk {
    const Checkpoint &ckpt;
    const std::atomic_bool *cancel;
    std::unordered_map<const Value *, SubtreeTotals> &out;
    std::vector<bool> counted;
    std::unordered_set<const Value *> seen;
    static constexpr int kMaxDepth = 2000; // as assignTensorPaths: hostile nesting stops here

    // `shared`: held by more than one place, so it may be met again (a value held once, such
    // as an object's __args__ made for the walk, is not remembered: its address is reused).
    SubtreeTotals walk(const Value &v, int depth, bool shared)
    {
        SubtreeTotals sum;
        if (v.kind == Value::Kind::Tensor || v.holdsTensor()) {
            const int i = v.tensorIndex;
            if (i >= 0 && i < int(ckpt.tensors.size()) && !counted[size_t(i)]) {
                counted[size_t(i)] = true;
                const TensorInfo &t = ckpt.tensors[size_t(i)];
                sum.tensors = 1;
                sum.parameters = qMax<qint64>(0, t.numel());
                sum.bytes = qMax<qint64>(0, t.nbytes());
            }
            return sum;
        }
        if (depth >= kMaxDepth || (cancel && cancel->load()))
            return sum;
        if (shared && !seen.insert(&v).second)
            return sum; // shared or cyclic: its tensors were counted at its first path
        forEachChild(v, [&](const PathPart &, const ValuePtr &child) {
            if (!child)
                return;
            const SubtreeTotals s = walk(*child, depth + 1, child.use_count() > 1);
            sum.tensors += s.tensors;
            sum.parameters += s.parameters;
            sum.bytes += s.bytes;
        });
        out[&v] = sum;
        return sum;
    }
};
} // namespace

TreeTotals TreeTotals::compute(const Checkpoint &ckpt, const std::atomic_bool *cancel)
{
    auto data = std::make_shared<Data>();
    TotalsWalk w { ckpt, cancel, data->totals, std::vector<bool>(ckpt.tensors.size(), false), {} };
    if (ckpt.root)
        w.walk(*ckpt.root, 0, true);
    for (const auto &side : ckpt.sideTrees)
        if (side.second)
            w.walk(*side.second, 1, true);
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    if (!cancelled())
        data->rootGrouping = groupTopRows(ckpt, topLevelRows(ckpt));
    if (!cancelled()) {
        data->summary = Summary::of(ckpt);
        data->kinds = tensorKinds(ckpt);
    }
    if (!cancelled())
        data->lora = inspectLora(ckpt, ckpt.file);
    data->source = &ckpt;
    data->ready = !cancelled();
    TreeTotals result;
    result.m_data = std::move(data);
    return result;
}

Summary summaryOf(const Checkpoint &ckpt, const TreeTotals &totals)
{
    const Summary *s = totals.summaryOf(ckpt);
    return s ? *s : Summary::of(ckpt);
}

TensorKinds tensorKindsOf(const Checkpoint &ckpt, const TreeTotals &totals)
{
    const TensorKinds *k = totals.kindsOf(ckpt);
    return k ? *k : tensorKinds(ckpt);
}

LoraSummary loraOf(const Checkpoint &ckpt, const TreeTotals &totals)
{
    const LoraSummary *l = totals.loraOf(ckpt);
    return l ? *l : inspectLora(ckpt, ckpt.file);
}

SubtreeTotals TreeTotals::of(const Value *container) const
{
    if (!m_data)
        return SubtreeTotals();
    const auto it = m_data->totals.find(container);
    return it == m_data->totals.end() ? SubtreeTotals() : it->second;
}

} // namespace ckpt
