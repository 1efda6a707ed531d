#pragma once

// The core side of tensor statistics: turns Checkpoint tensors into module requests
// (planned pieces, quantization parameters, inflated records) and calls the LibTorch
// module. Qt Core only; the module is loaded on first use.

#include "model/checkpoint/Checkpoint.h"
#include "model/stats/StatsTypes.h"

#include <QJsonObject>

#include <vector>

namespace ckpt {

// Indexes of the tensors to show (those the tree reaches, not per-channel scales),
// optionally only those whose slash-joined path matches the wildcard `glob`.
std::vector<int> statsTensorIndexes(const Checkpoint &ckpt, const QString &glob = QString());

// The module request for one tensor; an unreadable tensor gets StatsRequest::error.
StatsRequest buildStatsRequest(const Checkpoint &ckpt, int tensorIndex, const StatsOptions &options);

// Loads the module and computes. One result per index. False with *error if the module
// cannot be loaded or the job was cancelled.
bool computeTensorStats(const Checkpoint &ckpt, const std::vector<int> &tensorIndexes, const StatsOptions &options,
    const StatsControl &control, std::vector<TensorStats> *out, QString *error);

// TensorBoard's default bucket limits: ±1e-12·1.1^k below 1e20, and 0, ascending.
std::vector<double> exponentialEdges();

// {"min", "max", "mean", "std", "abs_mean", "zeros", "nan", "inf", "numel", "finite",
//  "percentiles": {"50": v, ...}, "histogram": {"bins", "edges", "counts"}}; null for
// values that do not exist (no finite element).
QJsonObject statsToJson(const TensorStats &st);

} // namespace ckpt
