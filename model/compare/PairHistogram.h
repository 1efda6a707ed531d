#pragma once

// The histograms of two tensors on the same bins (A and B of one key overlaid): uniform
// bins over the range of both, counted by the stats kernel (model/stats).

#include "model/checkpoint/Checkpoint.h"
#include "model/stats/StatsTypes.h"

namespace ckpt {

struct PairHistogram {
    TensorStats a, b; // their histograms share `edges`; a side not given stays !ok
    std::vector<double> edges;
    QString error;
};

// `indexA` into a.tensors, `indexB` into b.tensors; -1 for a side without the tensor.
// About sqrt(values) bins, 8 at least and `bins` at most.
PairHistogram pairHistogram(
    const Checkpoint &a, int indexA, const Checkpoint &b, int indexB, int bins, const StatsControl &control = {});

} // namespace ckpt
