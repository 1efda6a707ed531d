#pragma once

// The LibTorch part of tensor statistics, behind a torch-free interface so that only
// StatsKernel.cpp pays for LibTorch's headers. StatsJob.cpp schedules the pieces.

#include "model/stats/StatsTypes.h"

#include <QtGlobal>

#include <vector>

namespace ckpt::torchstats {

// Moments and counts of one piece; merged in piece order so results are deterministic.
struct Partial {
    qint64 n = 0, finite = 0, zeros = 0, nan = 0, inf = 0;
    double min = 0, max = 0; // valid when finite > 0
    double mean = 0, m2 = 0; // Chan et al.: mean and sum of squared deviations
    double sumAbs = 0;
    bool allFinite() const { return nan == 0 && inf == 0; }
    void merge(const Partial &o);
};

// What the second pass bins the finite values into.
struct Binning {
    BinMode mode = BinMode::Uniform;
    int bins = 64;
    double min = 0, max = 0; // of the whole tensor's finite values
    std::vector<double> edges; // Exponential: ascending edges
    int fineBins = 0; // > 0: uniform fine histogram for percentiles, bins * 2^k
    bool collectValues = false; // exact percentiles: keep the finite values
};

struct PieceBins {
    std::vector<qint64> counts;
    std::vector<qint64> fine;
    std::vector<double> values;
};

// `storage` points at the first byte of the request's storage (already byte-swapped
// into native order when the file is big-endian; see StatsJob.cpp). Throw on failure.
Partial firstPass(const StatsRequest &req, const uchar *storage, const StatsPiece &piece);
void secondPass(const StatsRequest &req, const uchar *storage, const StatsPiece &piece, const Binning &binning,
    bool allFinite, PieceBins *out);
// Once per process: no nested intra-op threads inside our own workers.
void initTorchThreads();

} // namespace ckpt::torchstats
