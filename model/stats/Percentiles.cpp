#include "model/stats/Percentiles.h"

#include <algorithm>
#include <cmath>

namespace ckpt::stats {

namespace {
double rankOf(double percent, qint64 finite)
{
    return std::clamp(percent, 0.0, 100.0) / 100.0 * double(finite - 1);
}
} // namespace

RankSelector::RankSelector(
    KeyWidth width, qint64 finite, const std::vector<double> &percents, qint64 collectLimit, double min, double max)
    : m_width(width), m_finite(finite), m_percents(percents), m_limit(std::max<qint64>(collectLimit, 0))
{
    if (finite <= 0 || percents.empty())
        return;
    m_known[0] = min;
    m_known[finite - 1] = max;
    for (double p : percents) {
        const double r = rankOf(p, finite);
        for (qint64 rank : { qint64(r), qint64(std::ceil(r)) })
            if (!m_known.count(rank))
                m_ranks.push_back(rank);
    }
    std::sort(m_ranks.begin(), m_ranks.end());
    m_ranks.erase(std::unique(m_ranks.begin(), m_ranks.end()), m_ranks.end());
    if (m_ranks.empty())
        return;
    if (finite <= m_limit) { // keep them all: one target holding every value
        Target all;
        all.count = finite;
        m_targets.push_back(all);
    } else {
        m_needsRadix = true;
    }
}

void RankSelector::setRadixCounts(const std::vector<qint64> &counts)
{
    m_targets.clear();
    addTargets(counts, 0, 0, 0);
}

void RankSelector::addTargets(const std::vector<qint64> &counts, quint64 prefix, int bits, qint64 below)
{
    const int width = int(m_width);
    const int newBits = bits + kRadixBits;
    auto rank = std::lower_bound(m_ranks.begin(), m_ranks.end(), below);
    qint64 cum = below;
    for (size_t b = 0; b < counts.size() && rank != m_ranks.end(); ++b) {
        const qint64 c = counts[b];
        if (c == 0 || *rank >= cum + c) {
            cum += c;
            continue;
        }
        const quint64 p = (prefix << kRadixBits) | quint64(b);
        if (newBits == width) { // the whole key is known: so is the value
            for (; rank != m_ranks.end() && *rank < cum + c; ++rank)
                m_known[*rank] = keyValue(p, m_width);
        } else {
            Target t;
            t.prefix = p;
            t.bits = newBits;
            t.count = c;
            t.below = cum;
            m_targets.push_back(t);
            while (rank != m_ranks.end() && *rank < cum + c)
                ++rank;
        }
        cum += c;
    }
}

const uchar *RankSelector::beginPass(int workers, const Binning &bin)
{
    // Keep the values of the smallest buckets while the budget lasts; narrow the others.
    std::vector<size_t> bySize(m_targets.size());
    for (size_t i = 0; i < bySize.size(); ++i)
        bySize[i] = i;
    std::sort(
        bySize.begin(), bySize.end(), [&](size_t a, size_t b) { return m_targets[a].count < m_targets[b].count; });
    qint64 kept = 0;
    for (size_t i : bySize) {
        Target &t = m_targets[i];
        t.collect = kept + t.count <= m_limit || (t.bits == 0);
        if (t.collect)
            kept += t.count;
    }
    m_workers.assign(size_t(std::max(workers, 1)), Worker());
    for (Worker &w : m_workers) {
        w.values.resize(m_targets.size());
        w.counts.resize(m_targets.size());
        for (size_t i = 0; i < m_targets.size(); ++i)
            if (!m_targets[i].collect)
                w.counts[i].assign(size_t(1) << kRadixBits, 0);
    }
    // A first pass's candidates find their target by a table lookup, not a search.
    m_targetOfPrefix.clear();
    if (!m_targets.empty() && m_targets.front().bits == kRadixBits && m_targets.size() < 32767) {
        m_targetOfPrefix.assign(size_t(1) << kRadixBits, -1);
        for (size_t i = 0; i < m_targets.size(); ++i)
            m_targetOfPrefix[size_t(m_targets[i].prefix)] = qint16(i);
    }
    // A target is an interval of keys, so of values: flag the fine bins it overlaps.
    const int width = int(m_width);
    m_wanted.assign(size_t(bin.fineBins()), 0);
    for (const Target &t : m_targets) {
        if (t.bits == 0) {
            std::fill(m_wanted.begin(), m_wanted.end(), 1);
            break;
        }
        const quint64 first = t.prefix << (width - t.bits);
        const quint64 last = first | ((quint64(1) << (width - t.bits)) - 1);
        const int lo = bin.fineIndex(keyValue(first, m_width)), hi = bin.fineIndex(keyValue(last, m_width));
        for (int f = std::min(lo, hi); f <= std::max(lo, hi); ++f)
            m_wanted[size_t(f)] = 1;
    }
    return m_wanted.data();
}

void RankSelector::offer(const double *x, qint64 n, int worker)
{
    Worker &w = m_workers[size_t(worker)];
    const int width = int(m_width);
    // The targets of a pass share one prefix length and are in key order (bits 0: every value).
    const int bits = m_targets.empty() ? 0 : m_targets.front().bits;
    for (qint64 i = 0; i < n; ++i) {
        const quint64 key = orderKey(x[i], m_width);
        size_t t = 0;
        if (!m_targetOfPrefix.empty()) {
            const qint16 found = m_targetOfPrefix[size_t(key >> (width - kRadixBits))];
            if (found < 0)
                continue; // a neighbour in the same fine bin
            t = size_t(found);
        } else if (bits > 0) {
            const quint64 prefix = key >> (width - bits);
            const auto it = std::lower_bound(m_targets.begin(), m_targets.end(), prefix,
                [](const Target &target, quint64 p) { return target.prefix < p; });
            if (it == m_targets.end() || it->prefix != prefix)
                continue; // a neighbour in the same fine bin
            t = size_t(it - m_targets.begin());
        }
        if (m_targets[t].collect)
            w.values[t].push_back(x[i]);
        else
            ++w.counts[t][size_t((key >> (width - bits - kRadixBits)) & 0xffff)];
    }
}

void RankSelector::selectFrom(std::vector<double> &values, qint64 below)
{
    auto from = values.begin();
    for (auto r = std::lower_bound(m_ranks.begin(), m_ranks.end(), below);
         r != m_ranks.end() && *r < below + qint64(values.size()); ++r) {
        const auto at = values.begin() + (*r - below);
        std::nth_element(from, at, values.end());
        m_known[*r] = *at;
        from = at;
    }
}

void RankSelector::endPass()
{
    const std::vector<Target> targets = std::move(m_targets);
    m_targets.clear();
    for (size_t t = 0; t < targets.size(); ++t) {
        if (targets[t].collect) {
            std::vector<double> values;
            values.reserve(size_t(targets[t].count));
            for (Worker &w : m_workers) {
                values.insert(values.end(), w.values[t].begin(), w.values[t].end());
                std::vector<double>().swap(w.values[t]);
            }
            selectFrom(values, targets[t].below);
        } else {
            std::vector<qint64> counts(size_t(1) << kRadixBits, 0);
            for (const Worker &w : m_workers)
                for (size_t b = 0; b < counts.size(); ++b)
                    counts[b] += w.counts[t][b];
            addTargets(counts, targets[t].prefix, targets[t].bits, targets[t].below);
        }
    }
    m_workers.clear();
}

std::vector<std::pair<double, double>> RankSelector::results() const
{
    std::vector<std::pair<double, double>> out;
    if (m_finite <= 0)
        return out;
    for (double p : m_percents) {
        const double r = rankOf(p, m_finite);
        const auto lo = m_known.find(qint64(r)), hi = m_known.find(qint64(std::ceil(r)));
        if (lo == m_known.end() || hi == m_known.end())
            continue;
        // torch.lerp's two-sided form, with weight = rank - floor(rank); torch's CPU kernel
        // is compiled with contraction, so each side is one fused multiply-add.
        const double w = r - double(qint64(r)), a = lo->second, b = hi->second;
        out.emplace_back(p, w < 0.5 ? std::fma(w, b - a, a) : std::fma(-(b - a), 1 - w, b));
    }
    return out;
}

} // namespace ckpt::stats
