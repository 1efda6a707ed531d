#pragma once

// What a plan's casts would do to the values, before anything is written: per cast
// tensor, how many finite values become +-inf, how many non-zero values become 0, and the
// largest absolute error over the values that stay finite. The values go through the
// same castElements() the writers use, so the preview is what the file would hold.

#include "model/checkpoint/Checkpoint.h"
#include "model/tensor/ParallelFor.h"

#include <vector>

namespace ckpt {

struct CastRisk {
    int tensorIndex = -1;
    QString path; // slash path in the plan's result
    DType from = DType::Unknown, to = DType::Unknown;
    qint64 numel = 0;
    qint64 overflow = 0; // finite in the source, +-inf after the cast
    qint64 underflow = 0; // non-zero in the source, +-0 after the cast
    double maxAbsError = 0; // max |cast - source| over values finite before and after
    Phrase error; // the tensor could not be read: nothing above is known
    bool harmful() const { return overflow > 0 || underflow > 0; }
};

// Every tensor `view` (a plan's result, see applyPlan) gives another floating dtype than
// `source` has, in tensor order. Streams the source's values on every core. Nothing
// when cancelled.
std::vector<CastRisk> previewCasts(const Checkpoint &source, const Checkpoint &view, const WorkControl &control = {});

// Most harmful first: more overflows, then more underflows, then the larger error.
void sortByHarm(std::vector<CastRisk> &risks);

} // namespace ckpt
