#include "model/compare/PairHistogram.h"

#include "model/stats/StatsRunner.h"

#include <algorithm>
#include <cmath>

namespace ckpt {

namespace {

bool statsOf(const Checkpoint &c, int index, const StatsOptions &o, const StatsControl &control, TensorStats *out,
    QString *error)
{
    std::vector<TensorStats> st;
    if (!computeTensorStats(c, { index }, o, control, &st, error))
        return false;
    *out = st.front();
    return true;
}

// Counts on the full `edges` from a histogram whose empty end bins were trimmed.
void spread(Histogram &h, const std::vector<double> &edges)
{
    std::vector<qint64> counts(edges.size() - 1, 0);
    if (!h.edges.empty()) {
        const auto at = std::find(edges.begin(), edges.end(), h.edges.front());
        const size_t first = size_t(at - edges.begin());
        for (size_t i = 0; i < h.counts.size() && first + i < counts.size(); ++i)
            counts[first + i] = h.counts[i];
    }
    h.edges = edges;
    h.counts = std::move(counts);
}

} // namespace

PairHistogram pairHistogram(
    const Checkpoint &a, int indexA, const Checkpoint &b, int indexB, int bins, const StatsControl &control)
{
    PairHistogram out;
    StatsOptions range;
    range.percentiles.clear();
    range.bins = 1;
    const std::pair<const Checkpoint *, int> sides[] = { { &a, indexA }, { &b, indexB } };
    TensorStats *results[] = { &out.a, &out.b };
    double lo = INFINITY, hi = -INFINITY;
    for (int s = 0; s < 2; ++s) {
        if (sides[s].second < 0)
            continue;
        if (!statsOf(*sides[s].first, sides[s].second, range, control, results[s], &out.error))
            return out;
        if (results[s]->ok && results[s]->finite > 0) {
            lo = std::min(lo, results[s]->min);
            hi = std::max(hi, results[s]->max);
        }
    }
    if (!(lo <= hi))
        return out; // nothing finite on either side: no bins
    // Uniform edges over both ranges, counted as explicit edges (the exponential mode's
    // bucketing takes any ascending edges).
    // About sqrt(n) bins for a small tensor (36 values in 64 bins are a comb), `bins` at most.
    qint64 numel = 0;
    for (const TensorStats *st : results)
        numel = std::max(numel, st->finite);
    const int n = std::max(1, std::min(bins, std::max(8, int(std::ceil(std::sqrt(double(numel)))))));
    if (lo == hi) {
        lo -= 0.5;
        hi += 0.5;
    }
    for (int i = 0; i <= n; ++i)
        out.edges.push_back(i == n ? hi : lo + (hi - lo) * i / n);
    StatsOptions binned;
    binned.percentiles.clear();
    binned.binMode = BinMode::Exponential;
    binned.edges = out.edges;
    for (int s = 0; s < 2; ++s) {
        if (sides[s].second < 0 || !results[s]->ok)
            continue;
        if (!statsOf(*sides[s].first, sides[s].second, binned, control, results[s], &out.error))
            return out;
        spread(results[s]->histogram, out.edges);
    }
    return out;
}

} // namespace ckpt
