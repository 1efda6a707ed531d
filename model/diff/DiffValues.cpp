// Value comparison of aligned tensors, read through the tensor-data layer: both sides in
// row-major order as little-endian bytes (so byte order and layout never make two equal
// tensors differ), bit-identity first, then metrics in double. Work is split into
// segments so both cores stay busy even on one large tensor; pages are released behind.
#include "model/diff/Diff.h"

#include "model/tensor/CpuFeatures.h"
#include "model/tensor/TensorData.h"

#include <cmath>
#include <cstring>
#include <immintrin.h>
#include <limits>

namespace ckpt {
namespace {

constexpr qint64 kSegment = qint64(1) << 22; // elements per work item
constexpr qint64 kDecoded = 2048; // values decoded at a time (L1-sized)

struct Accumulator {
    qint64 n = 0, differing = 0;
    double sumAbs = 0, sumSqD = 0, sumSqA = 0, sumSqB = 0, dot = 0, maxAbs = 0;
    bool nan = false;
    qint64 notClose = 0; // DiffOptions::tolerance

    void merge(const Accumulator &o)
    {
        n += o.n;
        differing += o.differing;
        sumAbs += o.sumAbs;
        sumSqD += o.sumSqD;
        sumSqA += o.sumSqA;
        sumSqB += o.sumSqB;
        dot += o.dot;
        maxAbs = std::max(maxAbs, o.maxAbs);
        nan = nan || o.nan;
        notClose += o.notClose;
    }
};

void accumulateScalar(const double *x, const double *y, qint64 n, Accumulator *acc)
{
    for (qint64 i = 0; i < n; ++i) {
        const double d = std::abs(x[i] - y[i]);
        if (std::isnan(d))
            acc->nan = true;
        else if (d > acc->maxAbs)
            acc->maxAbs = d;
        acc->differing += !(x[i] == y[i]);
        acc->sumAbs += d;
        acc->sumSqD += d * d;
        acc->sumSqA += x[i] * x[i];
        acc->sumSqB += y[i] * y[i];
        acc->dot += x[i] * y[i];
    }
    acc->n += n;
}

__attribute__((target("avx2"))) double hsum(__m256d v)
{
    const __m128d s = _mm_add_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
    return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}

__attribute__((target("avx2,popcnt"))) void accumulateAvx2(const double *x, const double *y, qint64 n, Accumulator *acc)
{
    const __m256d absMask = _mm256_castsi256_pd(_mm256_set1_epi64x(0x7fffffffffffffffLL));
    __m256d mx = _mm256_setzero_pd(), sAbs = mx, sD = mx, sA = mx, sB = mx, dot = mx;
    int nanLanes = 0;
    qint64 differing = 0, i = 0;
    for (; i + 4 <= n; i += 4) {
        const __m256d a = _mm256_loadu_pd(x + i), b = _mm256_loadu_pd(y + i);
        const __m256d d = _mm256_and_pd(_mm256_sub_pd(a, b), absMask);
        differing += __builtin_popcount(unsigned(_mm256_movemask_pd(_mm256_cmp_pd(a, b, _CMP_NEQ_UQ))));
        nanLanes |= _mm256_movemask_pd(_mm256_cmp_pd(d, d, _CMP_UNORD_Q));
        mx = _mm256_max_pd(d, mx); // a NaN in d keeps mx, as the scalar loop does
        sAbs = _mm256_add_pd(sAbs, d);
        sD = _mm256_add_pd(sD, _mm256_mul_pd(d, d));
        sA = _mm256_add_pd(sA, _mm256_mul_pd(a, a));
        sB = _mm256_add_pd(sB, _mm256_mul_pd(b, b));
        dot = _mm256_add_pd(dot, _mm256_mul_pd(a, b));
    }
    Accumulator v;
    v.n = i;
    v.differing = differing;
    v.nan = nanLanes != 0;
    double lanes[4];
    _mm256_storeu_pd(lanes, mx);
    v.maxAbs = std::max(std::max(lanes[0], lanes[1]), std::max(lanes[2], lanes[3]));
    v.sumAbs = hsum(sAbs);
    v.sumSqD = hsum(sD);
    v.sumSqA = hsum(sA);
    v.sumSqB = hsum(sB);
    v.dot = hsum(dot);
    accumulateScalar(x + i, y + i, n - i, &v);
    acc->merge(v);
}

void accumulate(const double *x, const double *y, qint64 n, Accumulator *acc)
{
    if (cpuHasAvx2())
        accumulateAvx2(x, y, n, acc);
    else
        accumulateScalar(x, y, n, acc);
}

// Complex pairs, as PyTorch compares complex tensors: |a - b| is the complex difference's
// magnitude (sqrt(re^2 + im^2), as torch 1.13's abs), norms over both parts, the cosine from
// Re(sum conj(a) b); x and y hold (re, im) pairs. `notClose` counts pairs not exactly
// equal (isclose on complex numbers: see Tolerance.h).
void accumulateComplex(const double *x, const double *y, qint64 n, Accumulator *acc, qint64 *notEqual)
{
    for (qint64 i = 0; i < n; ++i) {
        const double ar = x[2 * i], ai = x[2 * i + 1], br = y[2 * i], bi = y[2 * i + 1];
        const double dr = ar - br, di = ai - bi;
        const double d = std::sqrt(dr * dr + di * di);
        if (std::isnan(d))
            acc->nan = true;
        else if (d > acc->maxAbs)
            acc->maxAbs = d;
        const bool equal = ar == br && ai == bi;
        acc->differing += !equal;
        *notEqual += !equal;
        acc->sumAbs += d;
        acc->sumSqD += dr * dr + di * di;
        acc->sumSqA += ar * ar + ai * ai;
        acc->sumSqB += br * br + bi * bi;
        acc->dot += ar * br + ai * bi;
    }
    acc->n += n;
}

ValueMetrics finish(const Accumulator &acc)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    ValueMetrics m;
    m.valid = true;
    m.numel = acc.n;
    m.differing = acc.differing;
    m.maxAbs = acc.nan ? nan : acc.maxAbs;
    m.meanAbs = acc.n ? acc.sumAbs / double(acc.n) : 0.0;
    const double na = std::sqrt(acc.sumSqA), nb = std::sqrt(acc.sumSqB), nd = std::sqrt(acc.sumSqD);
    m.relL2 = na > 0 ? nd / na : (nd == 0 ? 0.0 : nan);
    m.cosine = na > 0 && nb > 0 ? acc.dot / (na * nb) : nan;
    return m;
}

struct Pair {
    TensorDiff *diff = nullptr;
    std::unique_ptr<TensorReader> a, b;
    qint64 numel = 0;
    std::atomic_bool differs { false };
    bool measure = false; // a tolerance was asked for: read the values even when the bytes agree
    DType common = DType::Float64; // the dtype isclose computes in
    bool complex = false; // either side complex: compare (re, im) pairs
    std::vector<Accumulator> parts; // one per segment, merged in order
};

struct Item {
    Pair *pair;
    qint64 segment;
    qint64 begin() const { return segment * kSegment; }
    qint64 end() const { return std::min(pair->numel, (segment + 1) * kSegment); }
};

// Phase 1 (identity) takes the pairs not known to differ; phase 2 (metrics) those that
// differ, and those to measure against a tolerance.
bool inPhase(const Pair &p, bool metrics)
{
    return metrics ? p.differs.load() || p.measure : !p.differs.load();
}

std::vector<Item> segments(std::vector<std::unique_ptr<Pair>> &pairs, bool metrics)
{
    std::vector<Item> items;
    for (auto &p : pairs)
        if (inPhase(*p, metrics))
            for (qint64 s = 0; s * kSegment < p->numel; ++s)
                items.push_back(Item { p.get(), s });
    return items;
}

// Quantized pairs with the same stored integers but other scales are not the same tensor.
bool sameQuantization(const TensorData &da, int ia, const TensorData &db, int ib)
{
    const TensorInfo &a = da.checkpoint().tensors[size_t(ia)], &b = db.checkpoint().tensors[size_t(ib)];
    if (!a.isQuantized && !b.isQuantized)
        return true;
    if (a.quant.scheme != b.quant.scheme || a.quant.axis != b.quant.axis)
        return false;
    if (!isPerChannel(a.quant.scheme))
        return a.quant.scale == b.quant.scale && a.quant.zeroPoint == b.quant.zeroPoint;
    std::vector<double> sa, sb, za, zb;
    Phrase why;
    return da.values(a.quant.scalesTensor, &sa, &why, qint64(1) << 24)
        && db.values(b.quant.scalesTensor, &sb, &why, qint64(1) << 24)
        && da.values(a.quant.zeroPointsTensor, &za, &why, qint64(1) << 24)
        && db.values(b.quant.zeroPointsTensor, &zb, &why, qint64(1) << 24) && sa == sb && za == zb;
}

} // namespace

void compareValues(const Checkpoint &a, const Checkpoint &b, DiffResult *result, const DiffOptions &options,
    const DiffControl &control)
{
    const TensorData dataA(a), dataB(b);
    std::vector<std::unique_ptr<Pair>> pairs;
    for (TensorDiff &d : result->tensors) {
        const bool sameLayout = d.status == DiffStatus::Changed;
        if (!sameLayout && !(d.status == DiffStatus::DtypeMismatch))
            continue;
        auto p = std::make_unique<Pair>();
        p->diff = &d;
        Phrase whyA, whyB;
        p->a = dataA.reader(d.indexA, &whyA);
        p->b = dataB.reader(d.indexB, &whyB);
        if (!p->a || !p->b) {
            // Two data-less tensors (meta) of one shape and dtype have nothing more to compare.
            if (!p->a && !p->b && sameLayout && whyA == whyB && whyA.english().startsWith(QLatin1String("no data"))) {
                d.status = DiffStatus::Same;
            } else {
                d.status = DiffStatus::Error;
                d.error = !p->a
                    ? Phrase::translate("ckpt::Diff", "A: %1", "why checkpoint A's tensor cannot be read").arg(whyA)
                    : Phrase::translate("ckpt::Diff", "B: %1", "why checkpoint B's tensor cannot be read").arg(whyB);
            }
            continue;
        }
        p->numel = p->a->numel();
        // A dtype mismatch, or other quantization parameters, always get value metrics.
        p->differs = !sameLayout || !sameQuantization(dataA, d.indexA, dataB, d.indexB);
        const DType dt = p->a->dtype();
        p->common = dt == p->b->dtype() ? dt : DType::Float64;
        p->complex = isComplex(dt) || isComplex(p->b->dtype());
        p->measure = options.tolerance.enabled && (isFloatingPoint(dt) || isComplex(dt)); // NaN is never close
        pairs.push_back(std::move(p));
    }

    const int threads = workerCount(options.threads);
    const qint64 chunk = std::max<qint64>(1024, options.chunkElements);
    struct Scratch {
        std::vector<uchar> a, b;
        // Room for kDecoded (re, im) pairs, complex pairs need both.
        std::vector<double> x = std::vector<double>(size_t(2 * kDecoded)),
                            y = std::vector<double>(size_t(2 * kDecoded));
    };
    std::vector<Scratch> scratch(static_cast<size_t>(threads));
    // Progress in elements: each pair's once for the identity pass, once for the metrics.
    qint64 total = 0;
    for (const auto &p : pairs)
        total += 2 * p->numel;
    Progress progress(control, total);
    const std::vector<Item> p1 = segments(pairs, false);

    // Phase 1: bit-identical? The raw little-endian bytes of both, a segment at a time;
    // a pair stops at its first difference.
    parallelFor(
        qint64(p1.size()), threads,
        [&](qint64 k, int w) {
            const Item &it = p1[size_t(k)];
            Pair &p = *it.pair;
            Scratch &s = scratch[size_t(w)];
            for (qint64 at = it.begin(); at < it.end(); at += chunk) {
                const qint64 n = std::min(chunk, it.end() - at);
                if (!p.differs.load()) {
                    const uchar *x = p.a->bytes(at, n, s.a), *y = p.b->bytes(at, n, s.b);
                    if (std::memcmp(x, y, size_t(bytesForValues(p.a->dtype(), n))) != 0)
                        p.differs = true;
                }
                p.a->release(at, n);
                p.b->release(at, n);
                progress.advance(n);
                if (control.cancelled())
                    return;
            }
        },
        control.cancel);

    // Phase 2: metrics in double for what differs.
    const std::vector<Item> p2 = segments(pairs, true);
    for (auto &p : pairs) {
        if (inPhase(*p, true))
            p->parts.resize(size_t((p->numel + kSegment - 1) / kSegment));
        else
            progress.advance(p->numel); // identical: no metrics to compute
    }
    parallelFor(
        qint64(p2.size()), threads,
        [&](qint64 k, int w) {
            const Item &it = p2[size_t(k)];
            Pair &p = *it.pair;
            Scratch &s = scratch[size_t(w)];
            Accumulator &acc = p.parts[size_t(it.segment)];
            for (qint64 at = it.begin(); at < it.end(); at += kDecoded) {
                const qint64 n = std::min(kDecoded, it.end() - at);
                if (p.complex) {
                    p.a->complexValues(at, n, s.x.data(), s.a);
                    p.b->complexValues(at, n, s.y.data(), s.b);
                    qint64 notEqual = 0;
                    accumulateComplex(s.x.data(), s.y.data(), n, &acc, &notEqual);
                    if (options.tolerance.enabled)
                        acc.notClose += notEqual;
                } else {
                    p.a->values(at, n, s.x.data(), s.a);
                    p.b->values(at, n, s.y.data(), s.b);
                    accumulate(s.x.data(), s.y.data(), n, &acc);
                    if (options.tolerance.enabled)
                        acc.notClose += countNotClose(s.x.data(), s.y.data(), n, p.common, options.tolerance);
                }
                if (control.cancelled())
                    return;
            }
            p.a->release(it.begin(), it.end() - it.begin());
            p.b->release(it.begin(), it.end() - it.begin());
            progress.advance(it.end() - it.begin());
        },
        control.cancel);

    if (control.cancelled()) {
        result->cancelled = true;
        return;
    }
    for (auto &p : pairs) {
        Accumulator all;
        for (const Accumulator &part : p->parts)
            all.merge(part);
        if (!p->differs)
            p->diff->status = DiffStatus::Same;
        else
            p->diff->metrics = finish(all);
        p->diff->metrics.toleranceChecked = options.tolerance.enabled;
        p->diff->metrics.notClose = all.notClose;
    }
    progress.finish();
}

} // namespace ckpt
