#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/checkpoint/Summary.h"
#include "model/itemmodels/TreeRows.h"
#include "model/lora/LoraInfo.h"

#include <atomic>
#include <memory>
#include <unordered_map>

namespace ckpt {

struct SubtreeTotals {
    qint64 tensors = 0;
    qint64 parameters = 0;
    qint64 bytes = 0; // bytes used (numel * element size)
};

// What the GUI shows of a checkpoint that takes a pass over every key, computed once on a
// worker after open, so that no dock walks 100k keys on the GUI thread: the tensor totals
// of every container (keyed by the container's Value; each tensor counts once, under the
// first path a depth-first walk reaches it, the TensorInfo::path rule, so the root's
// totals equal Summary's), the root's module rows, the summary, the dtype and device
// counts and the LoRA reading. Never touches tensor bytes. Copies share one computation.
class TreeTotals {
public:
    static TreeTotals compute(const Checkpoint &ckpt, const std::atomic_bool *cancel = nullptr);

    bool isReady() const { return m_data && m_data->ready; }
    // Totals of a container; zero for unknown values.
    SubtreeTotals of(const Value *container) const;
    // The root's module rows (groupTopRows), worked out in the same pass off the GUI thread.
    std::shared_ptr<const ModuleGrouping> rootGrouping() const { return m_data ? m_data->rootGrouping : nullptr; }
    // The rest, when these totals were computed for `ckpt` (the same object); else null,
    // and the caller computes it.
    const Summary *summaryOf(const Checkpoint &ckpt) const { return isFor(ckpt) ? &m_data->summary : nullptr; }
    const TensorKinds *kindsOf(const Checkpoint &ckpt) const { return isFor(ckpt) ? &m_data->kinds : nullptr; }
    const LoraSummary *loraOf(const Checkpoint &ckpt) const { return isFor(ckpt) ? &m_data->lora : nullptr; }

private:
    struct Data {
        bool ready = false;
        const Checkpoint *source = nullptr;
        std::shared_ptr<const ModuleGrouping> rootGrouping;
        std::unordered_map<const Value *, SubtreeTotals> totals;
        Summary summary;
        TensorKinds kinds;
        LoraSummary lora;
    };
    bool isFor(const Checkpoint &ckpt) const { return isReady() && m_data->source == &ckpt; }
    std::shared_ptr<const Data> m_data;
};

// The summary, dtype and device counts and LoRA reading of `ckpt`: the worker's when
// `totals` were computed for it, else computed here.
Summary summaryOf(const Checkpoint &ckpt, const TreeTotals &totals);
TensorKinds tensorKindsOf(const Checkpoint &ckpt, const TreeTotals &totals);
LoraSummary loraOf(const Checkpoint &ckpt, const TreeTotals &totals);

} // namespace ckpt
