// Turns per-piece bins into the tensor's histogram and percentiles. No LibTorch here.
#include "model/torch/StatsJob.h"

#include <algorithm>
#include <cmath>

namespace ckpt::torchstats {
namespace {

std::vector<qint64> sumCounts(const std::vector<PieceBins> &pieces, bool fine, size_t n)
{
    std::vector<qint64> total(n, 0);
    for (const PieceBins &p : pieces) {
        const std::vector<qint64> &c = fine ? p.fine : p.counts;
        for (size_t i = 0; i < c.size() && i < n; ++i)
            total[i] += c[i];
    }
    return total;
}

// numpy's / torch.quantile's default: linear between the two nearest ranks.
void exactPercentiles(std::vector<double> values, const std::vector<double> &percents, TensorStats *st)
{
    const size_t n = values.size();
    for (double pct : percents) {
        const double pos = std::clamp(pct, 0.0, 100.0) / 100.0 * double(n - 1);
        const size_t lo = size_t(std::floor(pos));
        std::nth_element(values.begin(), values.begin() + qptrdiff(lo), values.end());
        double v = values[lo];
        if (lo + 1 < n && pos > double(lo)) {
            const double next = *std::min_element(values.begin() + qptrdiff(lo) + 1, values.end());
            v += (next - v) * (pos - double(lo));
        }
        st->percentiles.emplace_back(pct, v);
    }
}

// TensorBoard's compress_histogram idea: walk the cumulative counts, interpolate in the bin.
void histogramPercentiles(
    const std::vector<qint64> &fine, double min, double max, const std::vector<double> &percents, TensorStats *st)
{
    const double n = double(st->finite);
    const double width = (max - min) / double(fine.size());
    for (double pct : percents) {
        const double rank = std::clamp(pct, 0.0, 100.0) / 100.0 * (n - 1);
        double v = max;
        double before = 0;
        for (size_t k = 0; k < fine.size(); ++k) {
            if (fine[k] > 0 && rank < before + double(fine[k])) {
                v = min + width * (double(k) + (rank - before + 0.5) / double(fine[k]));
                break;
            }
            before += double(fine[k]);
        }
        if (pct <= 0)
            v = min;
        if (pct >= 100)
            v = max;
        st->percentiles.emplace_back(pct, std::clamp(v, min, max));
    }
}

} // namespace

void finishHistogram(
    const Binning &bin, const std::vector<PieceBins> &pieces, const StatsOptions &options, TensorStats *st)
{
    Histogram &h = st->histogram;
    if (bin.mode == BinMode::Exponential) {
        const size_t nb = bin.edges.empty() ? 0 : bin.edges.size() - 1;
        std::vector<qint64> counts = sumCounts(pieces, false, nb);
        size_t first = 0, last = nb;
        while (first < last && counts[first] == 0)
            ++first;
        while (last > first && counts[last - 1] == 0)
            --last;
        h.counts.assign(counts.begin() + qptrdiff(first), counts.begin() + qptrdiff(last));
        if (last > first)
            h.edges.assign(bin.edges.begin() + qptrdiff(first), bin.edges.begin() + qptrdiff(last) + 1);
    } else {
        h.counts = sumCounts(pieces, false, size_t(bin.bins));
        h.edges.resize(size_t(bin.bins) + 1);
        // The same expression, in the same order, as PyTorch's reference edges.
        for (int i = 0; i < bin.bins; ++i)
            h.edges[size_t(i)] = bin.min == bin.max ? bin.min : bin.min + (bin.max - bin.min) * i / bin.bins;
        h.edges.back() = bin.max;
    }

    st->percentiles.clear();
    if (options.percentiles.empty())
        return;
    if (bin.collectValues) {
        std::vector<double> values;
        values.reserve(size_t(st->finite));
        for (const PieceBins &p : pieces)
            values.insert(values.end(), p.values.begin(), p.values.end());
        st->percentilesExact = true;
        exactPercentiles(std::move(values), options.percentiles, st);
    } else {
        st->percentilesExact = false;
        std::vector<qint64> fine = sumCounts(pieces, true, size_t(std::max(bin.fineBins, 1)));
        if (bin.min == bin.max)
            fine.assign(1, st->finite);
        histogramPercentiles(fine, bin.min, bin.max, options.percentiles, st);
    }
}

} // namespace ckpt::torchstats
