#include "model/stats/StatsKernel.h"

#include "model/tensor/CpuFeatures.h"

#include <algorithm>
#include <cstring>
#include <immintrin.h>
#include <type_traits>

namespace ckpt::stats {
namespace {

bool haveAvx2()
{
    return cpuHasAvx2();
}

// Four values as doubles: doubles as they are, float32 widened (exactly) on the way in, so
// float32 tensors are read straight from the file's bytes.
__attribute__((target("avx2"))) inline __m256d load4(const double *p)
{
    return _mm256_loadu_pd(p);
}
__attribute__((target("avx2"))) inline __m256d load4(const float *p)
{
    return _mm256_cvtps_pd(_mm_loadu_ps(p));
}

// One value into the moments (the scalar path and the vector loops' tails).
inline void addOne(double x, Moments *m)
{
    m->zeros += x == 0;
    if (!std::isfinite(x)) {
        (std::isnan(x) ? m->nan : m->inf) += 1;
        return;
    }
    ++m->finite;
    m->min = std::min(m->min, x);
    m->max = std::max(m->max, x);
    m->sum += x;
    m->sumAbs += std::fabs(x);
    m->sumSq += x * x;
}

template <typename T> void addMomentsScalar(const T *x, qint64 n, Moments *m)
{
    Moments block;
    block.n = n;
    for (qint64 i = 0; i < n; ++i)
        addOne(x[i], &block);
    m->merge(block);
}

__attribute__((target("avx2"))) double hsum(__m256d v)
{
    const __m128d lo = _mm256_castpd256_pd128(v), hi = _mm256_extractf128_pd(v, 1);
    const __m128d s = _mm_add_pd(lo, hi);
    return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}

__attribute__((target("avx2"))) double hmin(__m256d v)
{
    double l[4];
    _mm256_storeu_pd(l, v);
    return std::min(std::min(l[0], l[1]), std::min(l[2], l[3]));
}

__attribute__((target("avx2"))) double hmax(__m256d v)
{
    double l[4];
    _mm256_storeu_pd(l, v);
    return std::max(std::max(l[0], l[1]), std::max(l[2], l[3]));
}

// Four lanes of running moments, two chains of them to hide the adds' latency.
struct Lanes {
    __m256d mn, mx, sum, abs, sq;
    __m256i zeros; // minus the count (a compare's true lane is -1)
};

__attribute__((target("avx2"))) inline void addLanes(__m256d v, Lanes &l)
{
    const __m256d abs = _mm256_and_pd(v, _mm256_castsi256_pd(_mm256_set1_epi64x(0x7fffffffffffffffLL)));
    l.mn = _mm256_min_pd(l.mn, v);
    l.mx = _mm256_max_pd(l.mx, v);
    l.sum = _mm256_add_pd(l.sum, v);
    l.abs = _mm256_add_pd(l.abs, abs);
    l.sq = _mm256_add_pd(l.sq, _mm256_mul_pd(v, v));
    l.zeros = _mm256_add_epi64(l.zeros, _mm256_castpd_si256(_mm256_cmp_pd(v, _mm256_setzero_pd(), _CMP_EQ_OQ)));
}

// The common case, every value finite, without masks; a NaN or infinity anywhere makes
// the sum of magnitudes non-finite, and that block goes through the scalar code instead.
template <typename T> __attribute__((target("avx2"))) void addMomentsAvx2(const T *x, qint64 n, Moments *m)
{
    const __m256d inf = _mm256_set1_pd(std::numeric_limits<double>::infinity());
    const __m256d zero = _mm256_setzero_pd();
    Lanes l0 { inf, _mm256_sub_pd(zero, inf), zero, zero, zero, _mm256_setzero_si256() }, l1 = l0;
    qint64 i = 0;
    for (; i + 8 <= n; i += 8) {
        addLanes(load4(x + i), l0);
        addLanes(load4(x + i + 4), l1);
    }
    Moments v;
    v.n = i;
    v.finite = i;
    alignas(32) qint64 z[4];
    _mm256_store_si256(reinterpret_cast<__m256i *>(z), _mm256_add_epi64(l0.zeros, l1.zeros));
    v.zeros = -(z[0] + z[1] + z[2] + z[3]);
    v.min = hmin(_mm256_min_pd(l0.mn, l1.mn));
    v.max = hmax(_mm256_max_pd(l0.mx, l1.mx));
    v.sum = hsum(_mm256_add_pd(l0.sum, l1.sum));
    v.sumAbs = hsum(_mm256_add_pd(l0.abs, l1.abs));
    v.sumSq = hsum(_mm256_add_pd(l0.sq, l1.sq));
    if (!std::isfinite(v.sumAbs) || !std::isfinite(v.sumSq))
        return addMomentsScalar(x, n, m);
    Moments tail;
    tail.n = n - i;
    for (; i < n; ++i)
        addOne(x[i], &tail);
    m->merge(v);
    m->merge(tail);
}

// The radix bucket of a float32 value from its own bits (a signalling NaN would change
// them on the way through a double).
inline quint32 floatBucket(float f)
{
    quint32 u;
    std::memcpy(&u, &f, 4);
    return ((u & 0x80000000u) ? ~u : (u | 0x80000000u)) >> (32 - kRadixBits);
}

// Pass 1 over float32 values in one loop, eight at a time: min, max and zeros in float
// lanes (exact), the sums in doubles, and the radix buckets from the same register. As in
// addMomentsAvx2, a non-finite value sends the block to the scalar code, after its buckets
// are taken back.
template <bool Radix>
__attribute__((target("avx2"))) void momentsRadixFloatAvx2(const float *x, qint64 n, Moments *m, quint32 *counts)
{
    const __m256 inf = _mm256_set1_ps(std::numeric_limits<float>::infinity());
    const __m256d zero = _mm256_setzero_pd();
    const __m256d absMask = _mm256_castsi256_pd(_mm256_set1_epi64x(0x7fffffffffffffffLL));
    const __m256i sign = _mm256_set1_epi32(int(0x80000000u));
    __m256 mn = inf, mx = _mm256_sub_ps(_mm256_setzero_ps(), inf);
    __m256d sum0 = zero, sum1 = zero, abs0 = zero, abs1 = zero, sq0 = zero, sq1 = zero;
    qint64 zeros = 0;
    alignas(32) quint32 b[256]; // the buckets of up to 256 values, counted after their loop
    qint64 i = 0;
    while (i + 8 <= n) {
        __m256i z = _mm256_setzero_si256(); // minus the zeros, per 32-bit lane: fewer than 2^31
        const qint64 start = i, stop = std::min(n & ~qint64(7), i + 256);
        for (quint32 *bucket = b; i < stop; i += 8, bucket += 8) {
            const __m256 f = _mm256_loadu_ps(x + i);
            mn = _mm256_min_ps(mn, f);
            mx = _mm256_max_ps(mx, f);
            z = _mm256_add_epi32(z, _mm256_castps_si256(_mm256_cmp_ps(f, _mm256_setzero_ps(), _CMP_EQ_OQ)));
            const __m256d lo = _mm256_cvtps_pd(_mm256_castps256_ps128(f));
            const __m256d hi = _mm256_cvtps_pd(_mm256_extractf128_ps(f, 1));
            sum0 = _mm256_add_pd(sum0, lo);
            sum1 = _mm256_add_pd(sum1, hi);
            abs0 = _mm256_add_pd(abs0, _mm256_and_pd(lo, absMask));
            abs1 = _mm256_add_pd(abs1, _mm256_and_pd(hi, absMask));
            sq0 = _mm256_add_pd(sq0, _mm256_mul_pd(lo, lo));
            sq1 = _mm256_add_pd(sq1, _mm256_mul_pd(hi, hi));
            if (Radix) {
                const __m256i u = _mm256_castps_si256(f);
                const __m256i key = _mm256_xor_si256(u, _mm256_or_si256(_mm256_srai_epi32(u, 31), sign));
                _mm256_store_si256(reinterpret_cast<__m256i *>(bucket), _mm256_srli_epi32(key, 32 - kRadixBits));
            }
        }
        for (qint64 k = 0; Radix && k < stop - start; ++k)
            ++counts[b[k]];
        alignas(32) qint32 lanes[8];
        _mm256_store_si256(reinterpret_cast<__m256i *>(lanes), z);
        for (qint32 l : lanes)
            zeros -= l;
    }
    Moments v;
    v.n = i;
    v.finite = i;
    v.zeros = zeros;
    alignas(32) float l[16];
    _mm256_store_ps(l, mn);
    _mm256_store_ps(l + 8, mx);
    v.min = *std::min_element(l, l + 8);
    v.max = *std::max_element(l + 8, l + 16);
    v.sum = hsum(_mm256_add_pd(sum0, sum1));
    v.sumAbs = hsum(_mm256_add_pd(abs0, abs1));
    v.sumSq = hsum(_mm256_add_pd(sq0, sq1));
    if (!std::isfinite(v.sumAbs) || !std::isfinite(v.sumSq)) {
        for (qint64 j = 0; Radix && j < i; ++j)
            --counts[floatBucket(x[j])];
        addMomentsScalar(x, n, m);
        for (qint64 j = 0; Radix && j < n; ++j)
            if (std::isfinite(x[j]))
                ++counts[floatBucket(x[j])];
        return;
    }
    Moments tail;
    tail.n = n - i;
    for (; i < n; ++i) {
        addOne(x[i], &tail);
        if (Radix && std::isfinite(x[i]))
            ++counts[floatBucket(x[i])];
    }
    m->merge(v);
    m->merge(tail);
}

// torch.histc's index over `bins` bins: floor((x - min) * bins / (max - min)) in float64,
// in that order, then clamped to the last bin (x == max lands there). Here `bins` is the
// fine count; its index shifted right is the coarse one (see Binning).
inline int uniformIndex(double x, double min, double bins, double range)
{
    double q = (x - min) * bins / range;
    const double top = bins - 1;
    q = q < top ? q : top;
    q = q > 0 ? q : 0;
    return int(q);
}

// ++fine[idx[j]] for k values; with `select`, those whose bin is flagged wanted are
// appended to *candidates. A branch: only a few percent of the values are candidates, and
// it measured faster than appending branch-free.
template <typename T>
inline void countFine(
    const T *x, const qint32 *idx, qint64 k, quint32 *fine, bool select, std::vector<double> *candidates)
{
    if (!select) {
        for (qint64 j = 0; j < k; ++j)
            ++fine[idx[j]];
        return;
    }
    for (qint64 j = 0; j < k; ++j) {
        const quint32 e = fine[idx[j]]; // the count, and the wanted flag in the top bit
        fine[idx[j]] = e + 1;
        if (__builtin_expect(e >> 31, 0))
            candidates->push_back(x[j]);
    }
}

// The same indexes as uniformIndex() without a division per value: t * (1 / range) is
// within a few ulps of t / range, so its floor is the same unless it lies within 2^-30 of
// an integer; those rare vectors take the division.
template <bool Deviations, typename T>
__attribute__((target("avx2"))) void uniformAvx2(
    const T *x, qint64 n, const Binning &b, quint32 *fine, Spread *spread, bool select, std::vector<double> *candidates)
{
    const double range = b.max - b.min, bins = double(b.fineBins());
    const __m256d vmin = _mm256_set1_pd(b.min), vbins = _mm256_set1_pd(bins);
    const __m256d vrange = _mm256_set1_pd(range), vinv = _mm256_set1_pd(1.0 / range);
    const __m256d vtop = _mm256_set1_pd(bins - 1), one = _mm256_set1_pd(1.0);
    const __m256d near = _mm256_set1_pd(std::ldexp(1.0, -30)), far = _mm256_sub_pd(one, near);
    const __m256d vmean = _mm256_set1_pd(b.mean), zero = _mm256_setzero_pd();
    const bool reciprocal = std::isnormal(range) && std::isnormal(1.0 / range);
    __m256d ds = zero, dq = zero;
    alignas(32) qint32 idx[256];
    qint64 i = 0;
    while (i + 4 <= n) {
        const qint64 start = i, stop = std::min(n, i + 256) & ~qint64(3);
        qint64 k = 0;
        for (; i < stop; i += 4, k += 4) {
            const __m256d v = load4(x + i);
            const __m256d t = _mm256_mul_pd(_mm256_sub_pd(v, vmin), vbins);
            __m256d q;
            if (reciprocal) {
                q = _mm256_mul_pd(t, vinv);
                const __m256d frac = _mm256_sub_pd(q, _mm256_round_pd(q, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC));
                const __m256d close
                    = _mm256_or_pd(_mm256_cmp_pd(frac, near, _CMP_LT_OQ), _mm256_cmp_pd(frac, far, _CMP_GT_OQ));
                if (_mm256_movemask_pd(close))
                    q = _mm256_div_pd(t, vrange);
            } else {
                q = _mm256_div_pd(t, vrange);
            }
            q = _mm256_max_pd(_mm256_min_pd(q, vtop), zero); // as uniformIndex: NaN -> top
            _mm_store_si128(reinterpret_cast<__m128i *>(idx + k), _mm256_cvttpd_epi32(q));
            if (Deviations) {
                const __m256d d = _mm256_sub_pd(v, vmean);
                ds = _mm256_add_pd(ds, d);
                dq = _mm256_add_pd(dq, _mm256_mul_pd(d, d));
            }
        }
        countFine(x + start, idx, k, fine, select, candidates);
    }
    double sum = hsum(ds), sumSq = hsum(dq);
    for (; i < n; ++i) {
        const int f = uniformIndex(x[i], b.min, bins, range);
        if (select && (fine[f] & kWantedBin))
            candidates->push_back(x[i]);
        ++fine[f];
        const double d = double(x[i]) - b.mean;
        sum += d;
        sumSq += d * d;
    }
    spread->sum += sum;
    spread->sumSq += sumSq;
}

// float32 values without deviations, eight at a time in float arithmetic: x - min (min is
// one of the floats) times float(bins / range) is within 3.01 ulps of the exact quotient,
// at most bins * 2^-22.4 off, so its floor is uniformIndex()'s unless it lies within `eps`
// of an integer; such a vector takes uniformIndex() lane by lane (under 1% of them).
bool floatIndexesExact(const Binning &b)
{
    const double range = b.max - b.min, scale = double(b.fineBins()) / range;
    return b.fineBins() <= (1 << 16) && float(b.min) == b.min && std::isnormal(float(scale)) && std::isnormal(range);
}

__attribute__((target("avx2"))) void uniformFloatAvx2(
    const float *x, qint64 n, const Binning &b, quint32 *fine, bool select, std::vector<double> *candidates)
{
    const double range = b.max - b.min, bins = double(b.fineBins());
    const float eps = std::ldexp(1.0f, std::ilogb(bins - 1) + 1 - 22); // bins * 2^-22, rounded up
    const __m256 vmin = _mm256_set1_ps(float(b.min)), scale = _mm256_set1_ps(float(bins / range));
    const __m256 near = _mm256_set1_ps(eps), far = _mm256_set1_ps(1.0f - eps);
    const __m256 top = _mm256_set1_ps(float(bins - 1)), zero = _mm256_setzero_ps();
    alignas(32) qint32 idx[256];
    qint64 i = 0;
    while (i + 8 <= n) {
        const qint64 start = i, stop = std::min(n, i + 256) & ~qint64(7);
        qint64 k = 0;
        for (; i < stop; i += 8, k += 8) {
            const __m256 q = _mm256_mul_ps(_mm256_sub_ps(_mm256_loadu_ps(x + i), vmin), scale);
            const __m256 frac = _mm256_sub_ps(q, _mm256_round_ps(q, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC));
            const __m256 close
                = _mm256_or_ps(_mm256_cmp_ps(frac, near, _CMP_LT_OQ), _mm256_cmp_ps(frac, far, _CMP_GT_OQ));
            _mm256_store_si256(
                reinterpret_cast<__m256i *>(idx + k), _mm256_cvttps_epi32(_mm256_max_ps(_mm256_min_ps(q, top), zero)));
            if (_mm256_movemask_ps(close))
                for (int l = 0; l < 8; ++l)
                    idx[k + l] = uniformIndex(x[i + l], b.min, bins, range);
        }
        countFine(x + start, idx, k, fine, select, candidates);
    }
    for (; i < n; ++i) {
        const int f = uniformIndex(x[i], b.min, bins, range);
        if (select && (fine[f] & kWantedBin))
            candidates->push_back(x[i]);
        ++fine[f];
    }
}

// bin i holds edges[i] <= x < edges[i+1]; the last edge belongs to the last bin; values
// beyond the edges are not counted (torch.bucketize(right=True) - 1).
inline int exponentialIndex(double x, const std::vector<double> &edges)
{
    const int nb = int(edges.size()) - 1;
    if (x == edges.back())
        return nb - 1;
    return int(std::upper_bound(edges.begin(), edges.end(), x) - edges.begin()) - 1;
}

// Four keys' radix buckets at once, of doubles that hold float32 values (halves, small
// integers, dequantized): their float32 bits (exact), flipped into order-preserving keys.
// float32 tensors count theirs in momentsRadixFloatAvx2.
__attribute__((target("avx2"))) void radixFloatAvx2(const double *x, qint64 n, quint32 *counts)
{
    const __m128i sign = _mm_set1_epi32(int(0x80000000u));
    alignas(16) quint32 b[4];
    qint64 i = 0;
    for (; i + 4 <= n; i += 4) {
        const __m128i u = _mm_castps_si128(_mm256_cvtpd_ps(_mm256_loadu_pd(x + i)));
        const __m128i neg = _mm_srai_epi32(u, 31); // all ones where negative
        const __m128i key = _mm_xor_si128(u, _mm_or_si128(neg, sign)); // ~u, or u | sign
        _mm_store_si128(reinterpret_cast<__m128i *>(b), _mm_srli_epi32(key, 32 - kRadixBits));
        ++counts[b[0]];
        ++counts[b[1]];
        ++counts[b[2]];
        ++counts[b[3]];
    }
    for (; i < n; ++i)
        ++counts[orderKey(x[i], KeyWidth::Bits32) >> (32 - kRadixBits)];
}

template <typename T> void addMomentsOf(const T *x, qint64 n, Moments *m)
{
    if (haveAvx2())
        return addMomentsAvx2(x, n, m);
    addMomentsScalar(x, n, m);
}

template <typename T>
void addToHistogramOf(const T *x, qint64 n, bool allFinite, const Binning &b, quint32 *fine, qint64 *counts,
    Spread *spread, bool select, std::vector<double> *candidates)
{
    if constexpr (std::is_same_v<T, float>) {
        if (b.mode == BinMode::Uniform && b.min < b.max && allFinite && !b.deviations && haveAvx2()
            && floatIndexesExact(b))
            return uniformFloatAvx2(x, n, b, fine, select, candidates);
    }
    if (b.mode == BinMode::Uniform && b.min < b.max && allFinite && haveAvx2())
        return b.deviations ? uniformAvx2<true>(x, n, b, fine, spread, select, candidates)
                            : uniformAvx2<false>(x, n, b, fine, spread, select, candidates);
    Spread s;
    for (qint64 i = 0; i < n; ++i) {
        const double v = x[i];
        if (!allFinite && !std::isfinite(v))
            continue;
        const double d = v - b.mean;
        s.sum += d;
        s.sumSq += d * d;
        const int f = b.fineIndex(v);
        if (b.mode == BinMode::Exponential) {
            const int k = exponentialIndex(v, *b.edges);
            if (k >= 0 && k < b.count())
                ++counts[k];
        } else {
            ++fine[f];
        }
        if (select && (fine[f] & kWantedBin))
            candidates->push_back(v);
    }
    spread->merge(s);
}

template <typename T>
void addCandidatesOf(
    const T *x, qint64 n, bool allFinite, const Binning &b, const uchar *wanted, std::vector<double> *candidates)
{
    for (qint64 i = 0; i < n; ++i)
        if ((allFinite || std::isfinite(x[i])) && wanted[b.fineIndex(x[i])])
            candidates->push_back(x[i]);
}

template <typename T> void addRadixCountsOf(const T *x, qint64 n, bool allFinite, KeyWidth w, quint32 *counts)
{
    if constexpr (std::is_same_v<T, double>) { // float32 values count theirs in momentsRadixFloatAvx2
        if (allFinite && w == KeyWidth::Bits32 && haveAvx2())
            return radixFloatAvx2(x, n, counts);
    }
    const int shift = int(w) - kRadixBits;
    for (qint64 i = 0; i < n; ++i) {
        if (!allFinite && !std::isfinite(x[i]))
            continue;
        ++counts[orderKey(x[i], w) >> shift];
    }
}

template <typename T> void addMomentsAndRadixOf(const T *x, qint64 n, KeyWidth w, Moments *m, quint32 *radix)
{
    if constexpr (std::is_same_v<T, float>) {
        if (haveAvx2())
            return radix ? momentsRadixFloatAvx2<true>(x, n, m, radix) : momentsRadixFloatAvx2<false>(x, n, m, nullptr);
    }
    Moments block;
    addMomentsOf(x, n, &block);
    if (radix)
        addRadixCountsOf(x, n, block.allFinite(), w, radix);
    m->merge(block);
}

} // namespace

void Moments::merge(const Moments &o)
{
    n += o.n;
    finite += o.finite;
    zeros += o.zeros;
    nan += o.nan;
    inf += o.inf;
    min = std::min(min, o.min);
    max = std::max(max, o.max);
    sum += o.sum;
    sumAbs += o.sumAbs;
    sumSq += o.sumSq;
}

void addMomentsAndRadix(const double *x, qint64 n, KeyWidth w, Moments *m, quint32 *radix)
{
    addMomentsAndRadixOf(x, n, w, m, radix);
}

void addMomentsAndRadix(const float *x, qint64 n, KeyWidth w, Moments *m, quint32 *radix)
{
    addMomentsAndRadixOf(x, n, w, m, radix);
}

Binning Binning::make(BinMode mode, int bins, double min, double max, const std::vector<double> *edges, double mean)
{
    Binning b;
    b.mode = mode;
    b.bins = std::max(1, bins);
    b.min = min;
    b.max = max;
    b.edges = edges;
    b.mean = mean;
    if (mode == BinMode::Uniform)
        while ((b.bins << b.fineShift) < 2048)
            ++b.fineShift;
    return b;
}

int Binning::fineIndex(double x) const
{
    return min < max ? uniformIndex(x, min, double(fineBins()), max - min) : 0;
}

void addToHistogram(const double *x, qint64 n, bool allFinite, const Binning &b, quint32 *fine, qint64 *counts,
    Spread *spread, bool select, std::vector<double> *candidates)
{
    addToHistogramOf(x, n, allFinite, b, fine, counts, spread, select, candidates);
}

void addToHistogram(const float *x, qint64 n, bool allFinite, const Binning &b, quint32 *fine, qint64 *counts,
    Spread *spread, bool select, std::vector<double> *candidates)
{
    addToHistogramOf(x, n, allFinite, b, fine, counts, spread, select, candidates);
}

void addCandidates(
    const double *x, qint64 n, bool allFinite, const Binning &b, const uchar *wanted, std::vector<double> *candidates)
{
    addCandidatesOf(x, n, allFinite, b, wanted, candidates);
}

void addCandidates(
    const float *x, qint64 n, bool allFinite, const Binning &b, const uchar *wanted, std::vector<double> *candidates)
{
    addCandidatesOf(x, n, allFinite, b, wanted, candidates);
}

std::vector<qint64> fineToBins(const Binning &b, const std::vector<qint64> &fine)
{
    std::vector<qint64> counts(size_t(b.bins), 0);
    for (size_t f = 0; f < fine.size(); ++f)
        counts[f >> b.fineShift] += fine[f];
    return counts;
}

KeyWidth keyWidthFor(DType t)
{
    switch (t) {
    case DType::Float64:
    case DType::Int64:
    case DType::Int32:
    case DType::UInt64:
    case DType::UInt32:
    case DType::Complex128:
    case DType::Complex64:
    case DType::Complex32:
        return KeyWidth::Bits64;
    default:
        return KeyWidth::Bits32; // every value is a float32 (quantized: dequantize() gives float32)
    }
}

double keyValue(quint64 key, KeyWidth w)
{
    if (w == KeyWidth::Bits32) {
        const quint32 k = quint32(key);
        const quint32 u = (k & 0x80000000u) ? (k & 0x7fffffffu) : ~k;
        float f;
        std::memcpy(&f, &u, 4);
        return f;
    }
    const quint64 u = (key >> 63) ? (key & ~(quint64(1) << 63)) : ~key;
    double d;
    std::memcpy(&d, &u, 8);
    return d;
}

} // namespace ckpt::stats
