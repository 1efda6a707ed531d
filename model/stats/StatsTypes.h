#pragma once

// Value types shared by the stats planner (ckpt_core) and the LibTorch module (ckpt_torch).
// Header-only on purpose: the module does not link ckpt_core, it only sees these structs.

#include "model/checkpoint/DType.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cmath>
#include <functional>
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
    // Percents in [0, 100]; exact below exactPercentileLimit finite values, else
    // interpolated from a fine internal histogram (TensorBoard's compress_histogram way).
    std::vector<double> percentiles { 0.0, 1.0, 5.0, 25.0, 50.0, 75.0, 95.0, 99.0, 100.0 };
    qint64 exactPercentileLimit = qint64(1) << 20;
    int threads = 0; // 0: one per core
    qint64 chunkElements = qint64(1) << 18; // bounded work (and memory) per piece
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
    QString error;
    qint64 numel = 0;
    qint64 finite = 0;
    qint64 zeros = 0, nan = 0, inf = 0;
    // Over the finite values; NaN when there are none.
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    double mean = std::numeric_limits<double>::quiet_NaN();
    double std = std::numeric_limits<double>::quiet_NaN(); // population
    double absMean = std::numeric_limits<double>::quiet_NaN();
    std::vector<std::pair<double, double>> percentiles; // (percent, value)
    bool percentilesExact = true;
    Histogram histogram;

    double absMax() const
    {
        return finite ? std::max(std::fabs(min), std::fabs(max)) : std::numeric_limits<double>::quiet_NaN();
    }
    bool hasNonFinite() const { return nan > 0 || inf > 0; }
};

// A bounded part of a tensor's elements: a strided block inside its storage. The planner
// may reorder dimensions (statistics do not depend on element order) so that each piece
// reads a short contiguous span.
struct StatsPiece {
    qint64 offset = 0; // first element, counted from the storage start
    std::vector<qint64> sizes;
    std::vector<qint64> strides; // in elements, never negative
    qint64 channelStart = 0; // per-channel quantized: first index along the axis
    qint64 numel() const
    {
        qint64 n = 1;
        for (qint64 s : sizes)
            n *= s;
        return n;
    }
};

// Everything the module needs to read one tensor's elements; no Checkpoint types.
struct StatsRequest {
    QString file; // mapped read-only; ignored when `inlineData` is set
    QByteArray inlineData; // the storage's bytes, already inflated (deflated records)
    qint64 storageFileOffset = 0; // first storage byte in `file`
    qint64 storageNbytes = 0;
    DType dtype = DType::Unknown;
    int elementSize = 1; // bytes per element (1 for the packed quint4x2/quint2x4)
    bool bigEndian = false;
    qint64 numel = 0;
    std::vector<StatsPiece> pieces;
    // Quantization (dequantized exactly as PyTorch's dequantize() does).
    bool perChannel = false;
    double scale = 1.0;
    qint64 zeroPoint = 0;
    int axis = -1; // per-channel axis in the piece's dimension order
    std::vector<double> channelScales;
    std::vector<qint64> channelZeroPoints;
    QString error; // set by the planner: the module skips and reports it
};

// Cancellation and progress; the callback may be called from worker threads.
struct StatsControl {
    const std::atomic_bool *cancel = nullptr;
    std::function<void(qint64 doneElements, qint64 totalElements)> progress;
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

} // namespace ckpt
