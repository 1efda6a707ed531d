#pragma once

// Tensor statistics in the core: every tensor read through the tensor-data layer
// (model/tensor), two fused passes per tensor (StatsKernel), exact percentiles by radix
// selection (Percentiles), on all cores with cancel and progress. No LibTorch: our fused
// passes cost less per GiB than LibTorch's ops did, with the same results (see
// docs/ARCHITECTURE.md, "model/stats").

#include "model/checkpoint/Checkpoint.h"
#include "model/stats/StatsTypes.h"

#include <QJsonObject>

#include <vector>

namespace ckpt {

// Indexes of the tensors to show (those the tree reaches, not per-channel scales),
// optionally only those whose slash-joined path matches the wildcard `glob`.
std::vector<int> statsTensorIndexes(const Checkpoint &ckpt, const QString &glob = QString());

// One result per index; a tensor that cannot be read gets TensorStats::error (the
// tensor layer's sentence). False with *error only when cancelled.
bool computeTensorStats(const Checkpoint &ckpt, const std::vector<int> &tensorIndexes, const StatsOptions &options,
    const StatsControl &control, std::vector<TensorStats> *out, QString *error);

// TensorBoard's default bucket limits: ±1e-12·1.1^k below 1e20, and 0, ascending.
std::vector<double> exponentialEdges();

// {"min", "max", "mean", "std" (torch.std: correction 1), "std_population", "abs_mean",
//  "zeros", "nan", "inf", "numel", "finite", "percentiles": {"50": v, ...},
//  "percentiles_exact": true, "histogram": {"bins", "edges", "counts"}}; null for values
// that do not exist (no finite element; std of one element).
QJsonObject statsToJson(const TensorStats &st);

} // namespace ckpt
