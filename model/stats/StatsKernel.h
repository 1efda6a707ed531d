#pragma once

// The two fused passes of tensor statistics over blocks of values (doubles from
// TensorReader::values). Pass 1: counts, min, max, sums and the radix histogram the
// percentile selection starts from. Pass 2, once min, max and mean are known: the
// histogram (torch.histc's rule, bit for bit), the sums of squared deviations, and the
// candidates for the wanted ranks. Vectorised with AVX2 where the CPU has it; the scalar
// code gives the same counts.

#include "model/stats/StatsTypes.h"

#include <cstring>

namespace ckpt::stats {

// Pass 1 over a block; merged in block order so that results do not depend on threads.
struct Moments {
    qint64 n = 0, finite = 0, zeros = 0, nan = 0, inf = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0, sumAbs = 0, sumSq = 0;
    bool allFinite() const { return finite == n; }
    void merge(const Moments &o);
};

// Order-preserving integer keys of the finite values, for the percentile selection:
// 32-bit keys of float32 values where every value is a float32 (float32, halves,
// float8, small integers, dequantized), else 64-bit keys of the doubles.
enum class KeyWidth { Bits32 = 32, Bits64 = 64 };
KeyWidth keyWidthFor(DType t);
constexpr int kRadixBits = 16; // the histogram pass 1 fills has 2^16 buckets
inline quint64 orderKey(double x, KeyWidth w)
{
    if (w == KeyWidth::Bits32) {
        const float f = float(x);
        quint32 u;
        std::memcpy(&u, &f, 4);
        return (u & 0x80000000u) ? ~u : (u | 0x80000000u);
    }
    quint64 u;
    std::memcpy(&u, &x, 8);
    return (u >> 63) ? ~u : (u | (quint64(1) << 63));
}
double keyValue(quint64 key, KeyWidth w);

// Every pass takes doubles (TensorReader::values) or, for float32 tensors, the floats
// themselves (TensorReader::bytes: no decoding step).
// Pass 1: the block's moments and, if `radix` is given, radix counts of its finite values,
// radix[orderKey(x) >> (width - 16)] += 1: 32-bit counters (half the cache), which the
// caller adds up before 2^32 values. float32 values take one loop for both.
void addMomentsAndRadix(const double *x, qint64 n, KeyWidth w, Moments *m, quint32 *radix);
void addMomentsAndRadix(const float *x, qint64 n, KeyWidth w, Moments *m, quint32 *radix);

// Pass 2: sums of (x - mean) and (x - mean)^2 over the finite values.
struct Spread {
    double sum = 0, sumSq = 0;
    void merge(const Spread &o)
    {
        sum += o.sum;
        sumSq += o.sumSq;
    }
};

struct Binning {
    BinMode mode = BinMode::Uniform;
    int bins = 64;
    double min = 0, max = 0; // of the finite values
    const std::vector<double> *edges = nullptr; // Exponential: ascending
    double mean = 0;
    // A uniform histogram of bins * 2^k >= 2048 fine bins over [min, max]. Scaling by a
    // power of two is exact in IEEE arithmetic, so a fine index shifted right by k is
    // exactly torch.histc's index: one loop fills both. The fine bins also tell which
    // values may hold a wanted rank.
    int fineShift = 0;
    // Sum the deviations from the mean (pass 1's sum of squares cancelled too far).
    bool deviations = true;

    static Binning make(BinMode mode, int bins, double min, double max, const std::vector<double> *edges, double mean);
    int fineBins() const { return (mode == BinMode::Uniform ? bins : 2048) << fineShift; }
    // Bins of the result (Uniform: bins; Exponential: edges - 1).
    int count() const { return mode == BinMode::Uniform ? bins : int(edges->size()) - 1; }
    int fineIndex(double x) const;
};

// Counts the finite values of the block in `fine` (Uniform: fineBins() 32-bit counters that
// stay in L1, which the caller adds up into the fine histogram fineToBins() turns into the
// result, before they reach 2^31; their top bit, kWantedBin, flags the bins whose values may
// hold a wanted rank) or `counts` (Exponential: count() of them); adds them to *spread (if
// b.deviations); and, if `select`, appends those in flagged bins to *candidates. `allFinite`:
// the caller knows the block has no NaN or infinity.
constexpr quint32 kWantedBin = 0x80000000u;
void addToHistogram(const double *x, qint64 n, bool allFinite, const Binning &b, quint32 *fine, qint64 *counts,
    Spread *spread, bool select, std::vector<double> *candidates);
void addToHistogram(const float *x, qint64 n, bool allFinite, const Binning &b, quint32 *fine, qint64 *counts,
    Spread *spread, bool select, std::vector<double> *candidates);
// Only the candidates (a further selection pass).
void addCandidates(
    const double *x, qint64 n, bool allFinite, const Binning &b, const uchar *wanted, std::vector<double> *candidates);
void addCandidates(
    const float *x, qint64 n, bool allFinite, const Binning &b, const uchar *wanted, std::vector<double> *candidates);
std::vector<qint64> fineToBins(const Binning &b, const std::vector<qint64> &fine);

} // namespace ckpt::stats
