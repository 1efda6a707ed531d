#include "model/stats/StatsRunner.h"

#include "model/stats/Percentiles.h"
#include "model/stats/StatsKernel.h"
#include "model/tensor/TensorData.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace ckpt {
namespace {

using namespace stats;

constexpr qint64 kDecoded = 1024; // values decoded at a time: 8 KB of doubles stay in L1
// A tensor of at most this many blocks goes to one worker whole when there are enough of them.
constexpr qint64 kWholeBlocks = 8;
// A tensor whose storage span is larger drops its pages after each pass, not only the last.
constexpr qint64 kKeepMappedBytes = qint64(64) << 20;

// A per-channel quantized tensor's scales and zero points, as the reader recorded them.
bool perChannelParams(const Checkpoint &ckpt, int index, std::vector<int> *params)
{
    const TensorInfo &t = ckpt.tensors[size_t(index)];
    if (t.quant.scalesTensor < 0 || t.quant.zeroPointsTensor < 0 || t.quant.axis < 0
        || size_t(t.quant.axis) >= t.shape.size())
        return false;
    *params = { t.quant.scalesTensor, t.quant.zeroPointsTensor };
    return true;
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

// What each worker thread reuses from block to block.
struct WorkerBuffers {
    std::vector<uchar> scratch;
    std::vector<double> values = std::vector<double>(size_t(kDecoded));
    std::vector<quint32> radix; // pass 1's radix counts since the last flush into `radixTotal`
    std::vector<qint64> radixTotal;
    qint64 radixPending = 0;
    void flushRadix()
    {
        radixTotal.resize(radix.size(), 0);
        for (size_t k = 0; k < radix.size(); ++k) {
            radixTotal[k] += radix[k];
            radix[k] = 0;
        }
        radixPending = 0;
    }
    std::vector<qint64> counts; // fine bins (uniform) or the exponential histogram
    std::vector<quint32> fine; // one block's fine bins (uniform)
    std::vector<double> candidates; // values that may hold a wanted rank
};

// One tensor's statistics: pass 1, pass 2, and selection passes while ranks are pending.
class TensorJob {
public:
    TensorJob(const TensorData &data, int index, const StatsOptions &options, TensorStats *st)
        : m_options(options), m_st(st)
    {
        Phrase error;
        m_reader = data.reader(index, &error, ElementOrder::Storage);
        if (!m_reader) {
            st->error = error;
            return;
        }
        st->numel = m_reader->numel();
        const qint64 a = m_reader->alignment();
        // A block's fine counts are 31-bit (see addToHistogram).
        m_blockElements = (std::clamp<qint64>(options.blockElements, 1, qint64(1) << 30) + a - 1) / a * a;
        m_blocks = (st->numel + m_blockElements - 1) / m_blockElements;
        const StorageInfo &s
            = data.checkpoint().storages[size_t(data.checkpoint().tensors[size_t(index)].storageIndex)];
        m_releaseEachPass = s.nbytes > kKeepMappedBytes;
        m_floats = m_reader->dtype() == DType::Float32;
    }
    bool readable() const { return m_reader != nullptr; }
    qint64 blocks() const { return m_blocks; }

    // Runs the passes; `threads` > 1 splits each pass's blocks between workers.
    bool run(int threads, std::vector<WorkerBuffers> &buffers, Progress &progress, const WorkControl &control)
    {
        auto pass = [&](const std::function<void(qint64, int)> &fn) {
            if (threads > 1 && m_blocks > 1)
                return parallelFor(m_blocks, threads, fn, control.cancel);
            for (qint64 b = 0; b < m_blocks && !control.cancelled(); ++b)
                fn(b, 0);
            return !control.cancelled();
        };
        const int workers = threads > 1 && m_blocks > 1 ? int(buffers.size()) : 1;
        const KeyWidth width = keyWidthFor(m_reader->dtype());
        // Ranks inside the tensor need locating (0 and 100 percent are min and max).
        const bool inner = std::any_of(
            m_options.percentiles.begin(), m_options.percentiles.end(), [](double p) { return p > 0 && p < 100; });
        const bool wantRadix = inner && m_st->numel > m_options.collectLimit;
        for (int w = 0; wantRadix && w < workers; ++w) {
            buffers[size_t(w)].radix.assign(size_t(1) << kRadixBits, 0);
            buffers[size_t(w)].radixTotal.clear();
            buffers[size_t(w)].radixPending = 0;
        }

        std::vector<Moments> moments(static_cast<size_t>(m_blocks));
        if (!pass([&](qint64 b, int w) {
                WorkerBuffers &buf = buffers[size_t(w)];
                forEachValues(b, buf, [&](const auto *x, qint64 n) {
                    if (wantRadix && buf.radixPending + n > qint64(0xffffffffu))
                        buf.flushRadix();
                    addMomentsAndRadix(x, n, width, &moments[size_t(b)], wantRadix ? buf.radix.data() : nullptr);
                    buf.radixPending += wantRadix ? n : 0;
                });
                if (m_releaseEachPass)
                    release(b);
                progress.advance(blockSize(b));
            }))
            return false;
        Moments all;
        for (const Moments &m : moments)
            all.merge(m);
        TensorStats &st = *m_st;
        st.zeros = all.zeros;
        st.nan = all.nan;
        st.inf = all.inf;
        st.finite = all.finite;
        if (all.finite == 0) {
            progress.advance(st.numel);
            return finish();
        }
        st.min = all.min;
        st.max = all.max;
        st.mean = all.sum / double(all.finite);
        st.absMean = all.sumAbs / double(all.finite);

        Binning bin = Binning::make(m_options.binMode, m_options.bins, all.min, all.max, &m_options.edges, st.mean);
        // Sum of squares minus n mean^2 keeps its digits unless the mean dominates the
        // spread; then pass 2 sums the squared deviations instead.
        const double n = double(all.finite);
        const double m2Pass1 = all.sumSq - all.sum * all.sum / n;
        bin.deviations = !(std::isfinite(all.sumSq) && m2Pass1 >= 1e-3 * all.sumSq);
        RankSelector selector(
            width, all.min < all.max ? all.finite : 1, m_options.percentiles, m_options.collectLimit, all.min, all.max);
        if (selector.needsRadixCounts()) {
            std::vector<qint64> radix(size_t(1) << kRadixBits, 0);
            for (int w = 0; w < workers; ++w) {
                buffers[size_t(w)].flushRadix();
                for (size_t k = 0; k < radix.size(); ++k)
                    radix[k] += buffers[size_t(w)].radixTotal[k];
            }
            selector.setRadixCounts(radix);
        }
        const bool select = selector.pending() && all.min < all.max; // else every percentile is min
        const uchar *wanted = select ? selector.beginPass(workers, bin) : nullptr;
        const bool uniform = bin.mode == BinMode::Uniform;
        // The fine counters carry the wanted flag in their top bit (see addToHistogram).
        std::vector<quint32> flags(size_t(bin.fineBins()), 0);
        for (size_t f = 0; wanted && f < flags.size(); ++f)
            flags[f] = wanted[f] ? kWantedBin : 0;
        for (int w = 0; w < workers; ++w) {
            buffers[size_t(w)].counts.assign(size_t(uniform ? bin.fineBins() : bin.count()), 0);
            buffers[size_t(w)].fine = flags;
            buffers[size_t(w)].candidates.clear();
        }
        std::vector<Spread> spreads(static_cast<size_t>(m_blocks));
        if (!pass([&](qint64 b, int w) {
                WorkerBuffers &buf = buffers[size_t(w)];
                const bool allFinite = moments[size_t(b)].allFinite();
                forEachValues(b, buf, [&](const auto *x, qint64 n) {
                    addToHistogram(x, n, allFinite, bin, buf.fine.data(), buf.counts.data(), &spreads[size_t(b)],
                        select, &buf.candidates);
                    if (select && !buf.candidates.empty()) {
                        selector.offer(buf.candidates.data(), qint64(buf.candidates.size()), w);
                        buf.candidates.clear();
                    }
                });
                for (size_t f = 0; uniform && f < buf.fine.size(); ++f) { // a block has fewer than 2^31 values
                    buf.counts[f] += buf.fine[f] & ~kWantedBin;
                    buf.fine[f] &= kWantedBin;
                }
                release(b);
                progress.advance(blockSize(b));
            }))
            return false;
        if (select)
            selector.endPass();
        while (select && selector.pending()) { // a bucket too full to keep: narrowed by one more pass
            wanted = selector.beginPass(workers, bin);
            if (!pass([&](qint64 b, int w) {
                    WorkerBuffers &buf = buffers[size_t(w)];
                    const bool allFinite = moments[size_t(b)].allFinite();
                    forEachValues(b, buf, [&](const auto *x, qint64 n) {
                        addCandidates(x, n, allFinite, bin, wanted, &buf.candidates);
                        selector.offer(buf.candidates.data(), qint64(buf.candidates.size()), w);
                        buf.candidates.clear();
                    });
                    release(b);
                }))
                return false;
            selector.endPass();
        }

        Spread spread;
        for (const Spread &s : spreads)
            spread.merge(s);
        const double m2 = bin.deviations ? std::max(0.0, spread.sumSq - spread.sum * spread.sum / n) : m2Pass1;
        st.stdPopulation = std::sqrt(m2 / n);
        st.std = all.finite > 1 ? std::sqrt(m2 / (n - 1)) : std::numeric_limits<double>::quiet_NaN();
        std::vector<qint64> counts(buffers[0].counts.size(), 0);
        for (int w = 0; w < workers; ++w)
            for (size_t k = 0; k < counts.size(); ++k)
                counts[k] += buffers[size_t(w)].counts[k];
        setHistogram(bin, uniform ? fineToBins(bin, counts) : counts);
        if (all.min < all.max) {
            st.percentiles = selector.results();
        } else {
            for (double p : m_options.percentiles)
                st.percentiles.emplace_back(p, all.min);
        }
        return finish();
    }

private:
    qint64 blockSize(qint64 b) const { return std::min(m_blockElements, m_st->numel - b * m_blockElements); }
    void release(qint64 b) const { m_reader->release(b * m_blockElements, blockSize(b)); }
    bool finish()
    {
        m_st->ok = true;
        return true;
    }

    // fn(values, count) over block b, kDecoded values at a time: float32 tensors as their
    // own floats (no decoding), every other dtype decoded to doubles.
    template <typename Fn> void forEachValues(qint64 b, WorkerBuffers &buf, const Fn &fn) const
    {
        const qint64 first = b * m_blockElements, n = blockSize(b);
        for (qint64 k = 0; k < n; k += kDecoded) {
            const qint64 count = std::min(kDecoded, n - k);
            if (m_floats) {
                const uchar *bytes = m_reader->bytes(first + k, count, buf.scratch);
                if (quintptr(bytes) % alignof(float) == 0) {
                    fn(reinterpret_cast<const float *>(bytes), count);
                    continue;
                }
            }
            m_reader->values(first + k, count, buf.values.data(), buf.scratch);
            fn(buf.values.data(), count);
        }
    }

    void setHistogram(const Binning &bin, const std::vector<qint64> &counts)
    {
        Histogram &h = m_st->histogram;
        if (bin.mode == BinMode::Exponential) {
            size_t first = 0, last = counts.size();
            while (first < last && counts[first] == 0)
                ++first;
            while (last > first && counts[last - 1] == 0)
                --last;
            h.counts.assign(counts.begin() + qptrdiff(first), counts.begin() + qptrdiff(last));
            if (last > first)
                h.edges.assign(bin.edges->begin() + qptrdiff(first), bin.edges->begin() + qptrdiff(last) + 1);
            return;
        }
        h.counts = counts;
        h.edges.resize(size_t(bin.bins) + 1);
        // The same expression, in the same order, as PyTorch's reference edges.
        for (int i = 0; i < bin.bins; ++i)
            h.edges[size_t(i)] = bin.min == bin.max ? bin.min : bin.min + (bin.max - bin.min) * i / bin.bins;
        h.edges.back() = bin.max;
    }

    const StatsOptions &m_options;
    TensorStats *m_st;
    std::unique_ptr<TensorReader> m_reader;
    qint64 m_blockElements = 1;
    qint64 m_blocks = 0;
    bool m_releaseEachPass = false;
    bool m_floats = false; // read the float32 values in place
};

// Runs one job and turns what it throws (out of memory on a huge tensor) into its error.
bool runGuarded(TensorJob &job, TensorStats &st, int threads, std::vector<WorkerBuffers> &buffers, Progress &progress,
    const WorkControl &control)
{
    try {
        return job.run(threads, buffers, progress, control);
    } catch (const std::exception &e) {
        st = TensorStats();
        st.error = Phrase::translate("ckpt::Stats", "cannot compute: %1").arg(QString::fromUtf8(e.what()));
        return !control.cancelled();
    }
}

} // namespace

std::vector<int> statsTensorIndexes(const Checkpoint &ckpt, const QString &glob)
{
    std::unordered_set<int> hidden;
    for (size_t i = 0; i < ckpt.tensors.size(); ++i) {
        std::vector<int> params;
        if (ckpt.tensors[i].isQuantized && perChannelParams(ckpt, int(i), &params))
            hidden.insert(params.begin(), params.end());
    }
    QRegularExpression re;
    if (!glob.isEmpty())
        re.setPattern(
            QRegularExpression::wildcardToRegularExpression(glob, QRegularExpression::UnanchoredWildcardConversion));
    std::vector<int> out;
    for (size_t i = 0; i < ckpt.tensors.size(); ++i) {
        const TensorInfo &t = ckpt.tensors[i];
        if (!t.reached || hidden.count(int(i)))
            continue;
        if (!glob.isEmpty()) {
            const QRegularExpressionMatch m = re.match(pathToString(t.path));
            if (!m.hasMatch() || m.capturedLength() != pathToString(t.path).size())
                continue;
        }
        out.push_back(int(i));
    }
    return out;
}

bool computeTensorStats(const Checkpoint &ckpt, const std::vector<int> &tensorIndexes, const StatsOptions &options,
    const StatsControl &control, std::vector<TensorStats> *out, QString *error)
{
    StatsOptions opts = options;
    if (opts.binMode == BinMode::Exponential && opts.edges.empty())
        opts.edges = exponentialEdges();
    const TensorData data(ckpt);
    out->assign(tensorIndexes.size(), TensorStats());
    std::vector<std::unique_ptr<TensorJob>> jobs;
    qint64 total = 0;
    for (size_t i = 0; i < tensorIndexes.size(); ++i) {
        jobs.push_back(std::make_unique<TensorJob>(data, tensorIndexes[i], opts, &(*out)[i]));
        total += 2 * (*out)[i].numel;
    }
    const int threads = workerCount(opts.threads);
    std::vector<WorkerBuffers> buffers(static_cast<size_t>(threads));
    Progress progress(control, total);
    // A tensor of more than kWholeBlocks blocks spreads each pass over the workers. Runs of
    // smaller ones go to the workers whole, each tensor on one worker: no worker waits for
    // another between the passes (measured 15-25% faster on 256 tensors of 4M values). A
    // run too short to keep every worker busy spreads its tensors of several blocks.
    auto spread = [&](size_t k, qint64 above) { return jobs[k]->readable() && jobs[k]->blocks() > above; };
    size_t i = 0;
    while (i < jobs.size() && !control.cancelled()) {
        size_t j = i;
        while (j < jobs.size() && !spread(j, kWholeBlocks) && j - i < 512)
            ++j;
        if (j - i < size_t(2 * threads)) {
            j = i;
            while (j < jobs.size() && !spread(j, 1) && j - i < 512)
                ++j;
        }
        if (j == i) {
            runGuarded(*jobs[i], (*out)[i], threads, buffers, progress, control);
            ++i;
            continue;
        }
        parallelFor(
            qint64(j - i), threads,
            [&](qint64 k, int w) {
                TensorJob &job = *jobs[i + size_t(k)];
                if (!job.readable())
                    return;
                std::vector<WorkerBuffers> mine(1);
                std::swap(mine[0], buffers[size_t(w)]);
                runGuarded(job, (*out)[i + size_t(k)], 1, mine, progress, control);
                std::swap(mine[0], buffers[size_t(w)]);
            },
            control.cancel);
        i = j;
    }
    if (control.cancelled()) {
        *error = QStringLiteral("cancelled");
        return false;
    }
    progress.finish();
    return true;
}

std::vector<double> exponentialEdges()
{
    std::vector<double> positive;
    for (double v = 1e-12; v < 1e20; v *= 1.1)
        positive.push_back(v);
    std::vector<double> edges;
    edges.reserve(positive.size() * 2 + 1);
    for (auto it = positive.rbegin(); it != positive.rend(); ++it)
        edges.push_back(-*it);
    edges.push_back(0.0);
    edges.insert(edges.end(), positive.begin(), positive.end());
    return edges;
}

QJsonObject statsToJson(const TensorStats &st)
{
    QJsonObject o;
    o[QStringLiteral("numel")] = st.numel;
    o[QStringLiteral("finite")] = st.finite;
    o[QStringLiteral("min")] = number(st.min);
    o[QStringLiteral("max")] = number(st.max);
    o[QStringLiteral("mean")] = number(st.mean);
    o[QStringLiteral("std")] = number(st.std);
    o[QStringLiteral("std_population")] = number(st.stdPopulation);
    o[QStringLiteral("abs_mean")] = number(st.absMean);
    o[QStringLiteral("zeros")] = st.zeros;
    o[QStringLiteral("nan")] = st.nan;
    o[QStringLiteral("inf")] = st.inf;
    QJsonObject pct;
    for (const auto &p : st.percentiles)
        pct[QString::number(p.first)] = number(p.second);
    o[QStringLiteral("percentiles")] = pct;
    o[QStringLiteral("percentiles_exact")] = true; // always, since the radix selection
    if (st.histogram.empty()) {
        o[QStringLiteral("histogram")] = QJsonValue();
    } else {
        QJsonArray edges, counts;
        for (double e : st.histogram.edges)
            edges.append(e);
        for (qint64 c : st.histogram.counts)
            counts.append(c);
        o[QStringLiteral("histogram")] = QJsonObject { { QStringLiteral("bins"), int(st.histogram.counts.size()) },
            { QStringLiteral("edges"), edges }, { QStringLiteral("counts"), counts } };
    }
    return o;
}

} // namespace ckpt
