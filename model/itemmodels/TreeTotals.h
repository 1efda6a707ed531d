#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/itemmodels/TreeRows.h"

#include <atomic>
#include <unordered_map>

namespace ckpt {

struct SubtreeTotals {
    qint64 tensors = 0;
    qint64 parameters = 0;
    qint64 bytes = 0; // bytes used (numel * element size)
};

// Tensor totals of every container in a checkpoint, keyed by the container's Value.
// Each tensor counts once, under the first path a depth-first walk reaches it (the
// TensorInfo::path rule), so the totals of the root equal Summary's. Computed on a
// worker after open: O(nodes), never touches tensor bytes.
class TreeTotals {
public:
    static TreeTotals compute(const Checkpoint &ckpt, const std::atomic_bool *cancel = nullptr);

    bool isReady() const { return m_ready; }
    // Totals of a container; zero for unknown values.
    SubtreeTotals of(const Value *container) const;
    // The root's module rows (groupTopRows), worked out in the same pass off the GUI thread.
    const std::shared_ptr<const ModuleGrouping> &rootGrouping() const { return m_rootGrouping; }

private:
    bool m_ready = false;
    std::shared_ptr<const ModuleGrouping> m_rootGrouping;
    std::unordered_map<const Value *, SubtreeTotals> m_totals;
};

} // namespace ckpt
