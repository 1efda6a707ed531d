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

    SubtreeTotals walk(const Value &v, int depth)
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
        if (!seen.insert(&v).second)
            return sum; // shared or cyclic: its tensors were counted at its first path
        forEachChild(v, [&](const PathPart &, const ValuePtr &child) {
            if (!child)
                return;
            const SubtreeTotals s = walk(*child, depth + 1);
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
    TreeTotals result;
    TotalsWalk w { ckpt, cancel, result.m_totals, std::vector<bool>(ckpt.tensors.size(), false), {} };
    if (ckpt.root)
        w.walk(*ckpt.root, 0);
    for (const auto &side : ckpt.sideTrees)
        if (side.second)
            w.walk(*side.second, 1);
    if (!(cancel && cancel->load()))
        result.m_rootGrouping = groupTopRows(ckpt, topLevelRows(ckpt));
    result.m_ready = !(cancel && cancel->load());
    return result;
}

SubtreeTotals TreeTotals::of(const Value *container) const
{
    const auto it = m_totals.find(container);
    return it == m_totals.end() ? SubtreeTotals() : it->second;
}

} // namespace ckpt
