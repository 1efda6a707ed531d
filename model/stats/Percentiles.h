#pragma once

// Exact percentiles without sorting the tensor: a radix selection on order-preserving
// keys. Pass 1 counts the top 16 key bits of every finite value (StatsKernel); each
// wanted rank then lies in one bucket, a key interval. Pass 2 hands over the values whose
// fine histogram bin overlaps such an interval (a few percent of them); those inside it
// are kept, or, where a bucket holds more than the budget, counted by their next 16 key
// bits, and a further pass narrows again. The selected order statistics are interpolated
// as torch.quantile does ("linear").

#include "model/stats/StatsKernel.h"

#include <map>

namespace ckpt::stats {

class RankSelector {
public:
    // `collectLimit`: values a pass may keep in memory; a tensor with no more finite
    // values than this is selected from all of them in pass 2 (no radix counts needed).
    // The smallest and largest ranks are `min` and `max`, known from pass 1.
    RankSelector(KeyWidth width, qint64 finite, const std::vector<double> &percents, qint64 collectLimit, double min,
        double max);
    bool needsRadixCounts() const { return m_needsRadix; }
    // Pass 1's radix counts (2^16 buckets), when needsRadixCounts().
    void setRadixCounts(const std::vector<qint64> &counts);

    // Ranks still unknown: the next pass over the values must offer candidates, between
    // beginPass() and endPass().
    bool pending() const { return !m_targets.empty(); }
    // The fine bins (of `bin`) whose values may hold a wanted rank: Binning::fineBins() flags.
    const uchar *beginPass(int workers, const Binning &bin);
    // Values of fine bins marked by beginPass() (from worker `worker`).
    void offer(const double *x, qint64 n, int worker);
    void endPass();

    // (percent, value) once nothing is pending.
    std::vector<std::pair<double, double>> results() const;

private:
    struct Target {
        quint64 prefix = 0; // the key's top `bits` bits (bits 0: every value)
        int bits = 0;
        qint64 count = 0; // finite values with that prefix
        qint64 below = 0; // finite values with a smaller key
        bool collect = false; // this pass keeps the values, else counts the next 16 bits
    };
    struct Worker {
        std::vector<std::vector<double>> values; // per target
        std::vector<std::vector<qint64>> counts; // per target, 2^16
    };
    void addTargets(const std::vector<qint64> &counts, quint64 prefix, int bits, qint64 below);
    void selectFrom(std::vector<double> &values, qint64 below);

    KeyWidth m_width;
    qint64 m_finite;
    std::vector<double> m_percents;
    qint64 m_limit;
    bool m_needsRadix = false;
    std::vector<qint64> m_ranks; // wanted ranks, ascending, unique
    std::map<qint64, double> m_known; // rank -> value
    std::vector<Target> m_targets;
    std::vector<uchar> m_wanted; // per fine bin
    std::vector<qint16> m_targetOfPrefix; // a first pass's targets by their 16-bit prefix (-1: none)
    std::vector<Worker> m_workers;
};

} // namespace ckpt::stats
