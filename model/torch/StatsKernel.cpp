// Per-piece statistics with LibTorch: the piece is wrapped in place with from_blob (no
// copy of the file's bytes), turned into the "value" domain PyTorch's own answer uses
// (dequantized, complex magnitude, float64), then reduced.
#include "model/torch/StatsKernel.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <ATen/quantized/Quantizer.h>

#include <cmath>
#include <map>
#include <mutex>
#include <stdexcept>

namespace ckpt::torchstats {

void Partial::merge(const Partial &o)
{
    n += o.n;
    zeros += o.zeros;
    nan += o.nan;
    inf += o.inf;
    sumAbs += o.sumAbs;
    if (o.finite == 0)
        return;
    if (finite == 0) {
        finite = o.finite;
        min = o.min;
        max = o.max;
        mean = o.mean;
        m2 = o.m2;
        return;
    }
    min = std::min(min, o.min);
    max = std::max(max, o.max);
    const double na = double(finite), nb = double(o.finite), nt = na + nb;
    const double delta = o.mean - mean;
    mean += delta * nb / nt;
    m2 += o.m2 + delta * delta * na * nb / nt;
    finite += o.finite;
}

void initTorchThreads()
{
    // Our workers split the work; ATen's own OpenMP team inside each would oversubscribe.
    static std::once_flag once;
    std::call_once(once, [] { at::set_num_threads(1); });
}

namespace {

at::ScalarType nativeType(DType t)
{
    switch (t) {
    case DType::Float64:
        return at::kDouble;
    case DType::Float32:
        return at::kFloat;
    case DType::Float16:
        return at::kHalf;
    case DType::BFloat16:
        return at::kBFloat16;
    case DType::Complex128:
        return at::kComplexDouble;
    case DType::Complex64:
        return at::kComplexFloat;
    case DType::Int64:
    case DType::UInt64:
        return at::kLong;
    case DType::Int32:
    case DType::UInt32:
    case DType::QInt32:
        return at::kInt;
    case DType::Int16:
    case DType::UInt16:
    case DType::Complex32:
        return at::kShort;
    case DType::Int8:
    case DType::QInt8:
        return at::kChar;
    case DType::Bool:
        return at::kBool;
    default:
        return at::kByte; // uint8, quint8, packed quantized, float8 (decoded by table)
    }
}

// Value of every byte of an 8-bit float format. LibTorch 1.13 has no float8 types.
at::Tensor float8Table(DType t)
{
    const bool e8m0 = t == DType::Float8_E8M0FNU;
    const bool e4m3 = t == DType::Float8_E4M3FN || t == DType::Float8_E4M3FNUZ;
    const bool fnuz = t == DType::Float8_E4M3FNUZ || t == DType::Float8_E5M2FNUZ;
    const int manBits = e8m0 ? 0 : e4m3 ? 3 : 2;
    const int expBits = 7 - manBits + (e8m0 ? 1 : 0);
    const int bias = e8m0 ? 127 : (1 << (expBits - 1)) - 1 + (fnuz ? 1 : 0);
    at::Tensor table = at::empty({ 256 }, at::kDouble);
    double *v = table.data_ptr<double>();
    for (int b = 0; b < 256; ++b) {
        const int sign = e8m0 ? 0 : (b >> 7);
        const int exp = e8m0 ? b : (b >> manBits) & ((1 << expBits) - 1);
        const int man = b & ((1 << manBits) - 1);
        double x;
        if (e8m0)
            x = b == 255 ? NAN : std::ldexp(1.0, exp - bias);
        else if (fnuz && b == 0x80)
            x = NAN;
        else if (t == DType::Float8_E4M3FN && (b & 0x7f) == 0x7f)
            x = NAN;
        else if (t == DType::Float8_E5M2 && exp == 31)
            x = man ? NAN : INFINITY;
        else if (exp == 0)
            x = std::ldexp(double(man), 1 - bias - manBits);
        else
            x = std::ldexp(double(man + (1 << manBits)), exp - bias - manBits);
        v[b] = sign ? -x : x;
    }
    return table;
}

const at::Tensor &cachedFloat8Table(DType t)
{
    static std::mutex m;
    static std::map<DType, at::Tensor> tables;
    std::lock_guard<std::mutex> lock(m);
    auto it = tables.find(t);
    if (it == tables.end())
        it = tables.emplace(t, float8Table(t)).first;
    return it->second;
}

// The piece's elements as PyTorch's reference sees them, in float64 (flat).
at::Tensor valuesOf(const StatsRequest &req, const uchar *storage, const StatsPiece &piece)
{
    std::vector<int64_t> sizes(piece.sizes.begin(), piece.sizes.end());
    std::vector<int64_t> strides(piece.strides.begin(), piece.strides.end());
    auto noop = [](void *) {};
    void *data = const_cast<uchar *>(storage);
    const DType t = req.dtype;

    if (t == DType::QUInt4x2 || t == DType::QUInt2x4) {
        const int perByte = t == DType::QUInt4x2 ? 2 : 4;
        if (piece.offset % perByte != 0)
            throw std::runtime_error("packed quantized view not on a byte boundary");
        const auto qt = t == DType::QUInt4x2 ? at::kQUInt4x2 : at::kQUInt2x4;
        at::Tensor q = at::from_blob_quantized_per_tensor_affine(static_cast<uchar *>(data) + piece.offset / perByte,
            sizes, noop, float(req.scale), req.zeroPoint, at::TensorOptions().dtype(qt));
        return q.dequantize().to(at::kDouble).reshape({ -1 });
    }

    const int64_t elem = req.elementSize;
    void *first = static_cast<uchar *>(data) + piece.offset * elem;
    if (t == DType::Complex32) {
        // No complex32 kernels in 1.13: read (re, im) half pairs, magnitude in float64.
        sizes.push_back(2);
        for (int64_t &s : strides)
            s *= 2;
        strides.push_back(1);
        at::Tensor h = at::from_blob(first, sizes, strides, noop, at::TensorOptions().dtype(at::kHalf));
        at::Tensor d = h.to(at::kDouble).reshape({ -1, 2 });
        return at::hypot(d.select(1, 0), d.select(1, 1));
    }

    at::Tensor raw = at::from_blob(first, sizes, strides, noop, at::TensorOptions().dtype(nativeType(t)));
    switch (t) {
    case DType::QInt8:
    case DType::QUInt8:
    case DType::QInt32: {
        at::Tensor q;
        if (req.perChannel) {
            const int64_t axisLen = raw.size(req.axis);
            at::Tensor scales = at::tensor(std::vector<double>(req.channelScales.begin() + piece.channelStart,
                req.channelScales.begin() + piece.channelStart + axisLen));
            at::Tensor zps = at::tensor(std::vector<int64_t>(req.channelZeroPoints.begin() + piece.channelStart,
                req.channelZeroPoints.begin() + piece.channelStart + axisLen));
            q = at::_make_per_channel_quantized_tensor(raw, scales, zps, req.axis);
        } else {
            q = at::_make_per_tensor_quantized_tensor(raw, req.scale, req.zeroPoint);
        }
        return q.dequantize().to(at::kDouble).reshape({ -1 });
    }
    case DType::Complex64:
    case DType::Complex128:
        return raw.to(at::kComplexDouble).abs().reshape({ -1 });
    case DType::UInt16:
    case DType::UInt32:
    case DType::UInt64: {
        // Read as the signed type of the same width and add 2^bits back where negative.
        at::Tensor d = raw.to(at::kDouble).reshape({ -1 });
        return at::where(d < 0, d + std::ldexp(1.0, int(elem * 8)), d);
    }
    case DType::Float8_E5M2:
    case DType::Float8_E4M3FN:
    case DType::Float8_E5M2FNUZ:
    case DType::Float8_E4M3FNUZ:
    case DType::Float8_E8M0FNU:
        return cachedFloat8Table(t).index_select(0, raw.reshape({ -1 }).to(at::kLong));
    case DType::Unknown:
        throw std::runtime_error("unknown dtype");
    default:
        return raw.to(at::kDouble).reshape({ -1 });
    }
}

} // namespace

// Plain floating types are reduced in place for min/max/zeros (exact in any width).
at::Tensor nativeFloat(const StatsRequest &req, const uchar *storage, const StatsPiece &piece)
{
    // (1.13 has no aminmax kernel for float16: those go through float64.)
    if (req.dtype != DType::Float32 && req.dtype != DType::BFloat16 && req.dtype != DType::Float64)
        return {};
    std::vector<int64_t> sizes(piece.sizes.begin(), piece.sizes.end());
    std::vector<int64_t> strides(piece.strides.begin(), piece.strides.end());
    void *first = const_cast<uchar *>(storage) + piece.offset * req.elementSize;
    return at::from_blob(
        first, sizes, strides, [](void *) {}, at::TensorOptions().dtype(nativeType(req.dtype)));
}

Partial firstPass(const StatsRequest &req, const uchar *storage, const StatsPiece &piece)
{
    Partial p;
    at::Tensor native = nativeFloat(req, storage, piece);
    at::Tensor d = valuesOf(req, storage, piece);
    const at::Tensor &probe = native.defined() ? native : d;
    p.n = d.numel();
    if (p.n == 0)
        return p;
    p.zeros = p.n - at::count_nonzero(probe).item<int64_t>();
    auto mm = at::aminmax(probe);
    double mn = std::get<0>(mm).item<double>(), mx = std::get<1>(mm).item<double>();
    at::Tensor f = d;
    if (!std::isfinite(mn) || !std::isfinite(mx)) { // NaN propagates, so both cases show here
        p.nan = at::isnan(d).sum().item<int64_t>();
        p.inf = at::isinf(d).sum().item<int64_t>();
        f = d.masked_select(at::isfinite(d));
        if (f.numel() == 0)
            return p;
        mm = at::aminmax(f);
        mn = std::get<0>(mm).item<double>();
        mx = std::get<1>(mm).item<double>();
    }
    p.finite = f.numel();
    p.min = mn;
    p.max = mx;
    // Two-pass moments inside the piece (sum, then squared deviations): ATen's Welford
    // var_mean is several times slower and no more accurate here.
    const double n = double(p.finite);
    p.mean = f.sum().item<double>() / n;
    // Sum of squares first (no temporary); where the mean dominates the spread that
    // form cancels, so subtract the mean before squaring instead.
    const double sumsq = at::dot(f, f).item<double>();
    p.m2 = sumsq - n * p.mean * p.mean;
    if (!(p.m2 > 1e-6 * sumsq)) {
        const at::Tensor dev = f - p.mean;
        p.m2 = at::dot(dev, dev).item<double>();
    }
    p.sumAbs = at::norm(f, 1).item<double>();
    return p;
}

namespace {

// torch.histc's rule, fused into one loop: index = (x - min) * bins / (max - min) in
// float64, truncated, the last edge in the last bin. Reading float32 directly saves a
// float64 copy of the piece; histc itself is several times slower than this loop.
template <typename T> void binUniform(const T *p, int64_t n, const Binning &b, int bins, bool allFinite, qint64 *counts)
{
    const double range = b.max - b.min;
    for (int64_t i = 0; i < n; ++i) {
        const double x = double(p[i]);
        if (!allFinite && !std::isfinite(x))
            continue;
        int64_t k = int64_t((x - b.min) * bins / range);
        k = k >= bins ? bins - 1 : k < 0 ? 0 : k;
        ++counts[k];
    }
}

void toCounts(const at::Tensor &c, std::vector<qint64> *dst)
{
    at::Tensor l = c.to(at::kLong).contiguous();
    const int64_t *p = l.data_ptr<int64_t>();
    dst->resize(size_t(l.numel()));
    for (size_t i = 0; i < dst->size(); ++i)
        (*dst)[i] += p[i];
}

} // namespace

void secondPass(const StatsRequest &req, const uchar *storage, const StatsPiece &piece, const Binning &b,
    bool allFinite, PieceBins *out)
{
    at::Tensor native = nativeFloat(req, storage, piece);
    at::Tensor d;
    if (!native.defined() || !native.is_contiguous() || native.scalar_type() == at::kBFloat16)
        d = valuesOf(req, storage, piece).contiguous();
    at::Tensor f; // the finite values in float64, made only where needed
    auto finite = [&]() -> const at::Tensor & {
        if (!f.defined()) {
            const at::Tensor v = d.defined() ? d : native.to(at::kDouble).reshape({ -1 });
            f = allFinite ? v : v.masked_select(at::isfinite(v));
        }
        return f;
    };
    auto binInto = [&](int bins, std::vector<qint64> *counts) {
        counts->assign(size_t(bins), 0);
        if (d.defined())
            binUniform(d.data_ptr<double>(), d.numel(), b, bins, allFinite, counts->data());
        else if (native.scalar_type() == at::kFloat)
            binUniform(native.data_ptr<float>(), native.numel(), b, bins, allFinite, counts->data());
        else
            binUniform(native.data_ptr<double>(), native.numel(), b, bins, allFinite, counts->data());
    };
    if (b.mode == BinMode::Exponential) {
        // bin i holds edges[i] <= x < edges[i+1]; the last edge belongs to the last bin.
        const at::Tensor &fv = finite();
        const int64_t nb = int64_t(b.edges.size()) - 1;
        at::Tensor e = at::from_blob(const_cast<double *>(b.edges.data()), { nb + 1 }, at::kDouble);
        at::Tensor idx = at::bucketize(fv, e, /*out_int32=*/false, /*right=*/true) - 1;
        idx = at::where(fv == b.edges.back(), at::full_like(idx, nb - 1), idx);
        idx = idx.masked_select((idx >= 0) & (idx < nb));
        out->counts.assign(size_t(nb), 0);
        toCounts(at::bincount(idx, {}, nb), &out->counts);
        if (b.fineBins > 0 && b.min < b.max)
            binInto(b.fineBins, &out->fine);
    } else if (b.min == b.max) {
        out->counts.assign(size_t(b.bins), 0);
        out->counts[0] = finite().numel();
    } else if (b.fineBins > 0) {
        // fineBins = bins * 2^k: scaling by a power of two is exact in IEEE arithmetic, so
        // the coarse index is exactly the fine index / 2^k and one loop gives both.
        binInto(b.fineBins, &out->fine);
        const size_t group = size_t(b.fineBins / b.bins);
        out->counts.assign(size_t(b.bins), 0);
        for (size_t i = 0; i < out->fine.size(); ++i)
            out->counts[i / group] += out->fine[i];
    } else {
        binInto(b.bins, &out->counts);
    }
    if (b.collectValues) {
        const at::Tensor c = finite().contiguous();
        const double *p = c.data_ptr<double>();
        out->values.insert(out->values.end(), p, p + c.numel());
    }
}

} // namespace ckpt::torchstats
