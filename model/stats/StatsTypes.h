#pragma once

// Value types of tensor statistics, shared by the core (StatsRunner), the CLI and the GUI.

#include "model/checkpoint/DType.h"
#include "model/common/Phrase.h"
#include "model/tensor/ParallelFor.h"

#include <QString>

#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace ckpt {

enum class BinMode {
    Uniform, // N bins over [min, max] of the finite values, torch.histc's rule
    Exponential, // TensorBoard's fixed ±1e-12·1.1^k edges, empty ends trimmed
};

struct StatsOptions {
    int bins = 64;
    BinMode binMode = BinMode::Uniform;
    // Percents in [0, 100], exact (torch.quantile's linear interpolation between ranks).
    std::vector<double> percentiles { 0.0, 1.0, 5.0, 25.0, 50.0, 75.0, 95.0, 99.0, 100.0 };
    // Percentile selection keeps at most this many values in memory at once (8 bytes
    // each); a tensor with no more finite values is selected from all of them directly.
    qint64 collectLimit = qint64(1) << 20;
    int threads = 0; // 0: one per core
    qint64 blockElements = qint64(1) << 20; // elements per work item: a large tensor is split in these
    // Exponential mode: the edges, ascending (computed by the core, see exponentialEdges()).
    std::vector<double> edges;
};

struct Histogram {
    std::vector<double> edges; // counts.size() + 1, ascending
    std::vector<qint64> counts;
    bool empty() const { return counts.empty(); }
};

struct TensorStats {
    bool ok = false; // computed; else `error` says why
    Phrase error;
    qint64 numel = 0;
    qint64 finite = 0;
    qint64 zeros = 0, nan = 0, inf = 0;
    // Over the finite values; NaN when there are none.
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    double mean = std::numeric_limits<double>::quiet_NaN();
    double std = std::numeric_limits<double>::quiet_NaN(); // as torch.std: Bessel's correction (n - 1)
    double stdPopulation = std::numeric_limits<double>::quiet_NaN(); // divided by n
    double absMean = std::numeric_limits<double>::quiet_NaN();
    std::vector<std::pair<double, double>> percentiles; // (percent, value)
    Histogram histogram;

    double absMax() const
    {
        return finite ? std::max(std::fabs(min), std::fabs(max)) : std::numeric_limits<double>::quiet_NaN();
    }
    bool hasNonFinite() const { return nan > 0 || inf > 0; }
};

// Cancellation and progress (elements done of all elements, two passes each).
using StatsControl = WorkControl;

} // namespace ckpt
