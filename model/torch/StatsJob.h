#pragma once

#include "model/torch/StatsKernel.h"

#include <QString>

#include <vector>

namespace ckpt::torchstats {

// TorchBackend::computeStats: see TorchBackend.h.
bool runJob(const std::vector<StatsRequest> &requests, const StatsOptions &options, const StatsControl &control,
    std::vector<TensorStats> *out, QString *error);

// Sums the per-piece bins into st->histogram (trimming empty ends in Exponential mode)
// and fills st->percentiles from the kept values or the fine histogram.
void finishHistogram(
    const Binning &bin, const std::vector<PieceBins> &pieces, const StatsOptions &options, TensorStats *st);

} // namespace ckpt::torchstats
