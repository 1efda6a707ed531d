#include "model/tensor/ElementDecode.h"

#include "model/tensor/Cast.h"
#include "model/tensor/CpuFeatures.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <immintrin.h>

namespace ckpt {
namespace {

template <typename T> T load(const uchar *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// Every byte of an 8-bit float format as a double (PyTorch's float8 definitions:
// e4m3fn has no infinities and NaN at S.1111.111; the fnuz kinds have one NaN at 0x80
// and a bias one higher; e8m0fnu is an unsigned power of two with NaN at 0xff).
std::array<double, 256> float8Table(DType t)
{
    const bool e8m0 = t == DType::Float8_E8M0FNU;
    const bool e4m3 = t == DType::Float8_E4M3FN || t == DType::Float8_E4M3FNUZ;
    const bool fnuz = t == DType::Float8_E4M3FNUZ || t == DType::Float8_E5M2FNUZ;
    const int manBits = e8m0 ? 0 : e4m3 ? 3 : 2;
    const int expBits = 7 - manBits + (e8m0 ? 1 : 0);
    const int bias = e8m0 ? 127 : (1 << (expBits - 1)) - 1 + (fnuz ? 1 : 0);
    std::array<double, 256> v {};
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
        v[size_t(b)] = sign ? -x : x;
    }
    return v;
}

const double *float8Values(DType t)
{
    static const std::array<double, 256> e5m2 = float8Table(DType::Float8_E5M2);
    static const std::array<double, 256> e4m3fn = float8Table(DType::Float8_E4M3FN);
    static const std::array<double, 256> e5m2fnuz = float8Table(DType::Float8_E5M2FNUZ);
    static const std::array<double, 256> e4m3fnuz = float8Table(DType::Float8_E4M3FNUZ);
    static const std::array<double, 256> e8m0 = float8Table(DType::Float8_E8M0FNU);
    switch (t) {
    case DType::Float8_E5M2:
        return e5m2.data();
    case DType::Float8_E4M3FN:
        return e4m3fn.data();
    case DType::Float8_E5M2FNUZ:
        return e5m2fnuz.data();
    case DType::Float8_E4M3FNUZ:
        return e4m3fnuz.data();
    default:
        return e8m0.data();
    }
}

bool isFloat8(DType t)
{
    return t == DType::Float8_E5M2 || t == DType::Float8_E4M3FN || t == DType::Float8_E5M2FNUZ
        || t == DType::Float8_E4M3FNUZ || t == DType::Float8_E8M0FNU;
}

double magnitude(double re, double im)
{
    return std::sqrt(re * re + im * im);
}

bool haveAvx2()
{
    return cpuHasAvx2F16c();
}

__attribute__((target("avx2"))) void floatsToDoubles(const uchar *in, qint64 n, double *out)
{
    qint64 i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m256 f = _mm256_loadu_ps(reinterpret_cast<const float *>(in) + i);
        _mm256_storeu_pd(out + i, _mm256_cvtps_pd(_mm256_castps256_ps128(f)));
        _mm256_storeu_pd(out + i + 4, _mm256_cvtps_pd(_mm256_extractf128_ps(f, 1)));
    }
    for (; i < n; ++i)
        out[i] = double(load<float>(in + i * 4));
}

// F16C widens exactly (IEEE half to float), as halfBitsToFloat() does.
__attribute__((target("avx2,f16c"))) void halvesToDoubles(const uchar *in, qint64 n, double *out)
{
    qint64 i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m256 f = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i * 2)));
        _mm256_storeu_pd(out + i, _mm256_cvtps_pd(_mm256_castps256_ps128(f)));
        _mm256_storeu_pd(out + i + 4, _mm256_cvtps_pd(_mm256_extractf128_ps(f, 1)));
    }
    for (; i < n; ++i)
        out[i] = double(halfBitsToFloat(load<quint16>(in + i * 2)));
}

__attribute__((target("avx2"))) void bfloatsToDoubles(const uchar *in, qint64 n, double *out)
{
    qint64 i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m256i w = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i * 2)));
        const __m256 f = _mm256_castsi256_ps(_mm256_slli_epi32(w, 16));
        _mm256_storeu_pd(out + i, _mm256_cvtps_pd(_mm256_castps256_ps128(f)));
        _mm256_storeu_pd(out + i + 4, _mm256_cvtps_pd(_mm256_extractf128_ps(f, 1)));
    }
    for (; i < n; ++i)
        out[i] = double(bfloat16BitsToFloat(load<quint16>(in + i * 2)));
}

template <typename T> void integersToDoubles(const uchar *in, qint64 n, double *out)
{
    for (qint64 i = 0; i < n; ++i)
        out[i] = double(load<T>(in + i * qint64(sizeof(T))));
}

} // namespace

int valuesPerByte(DType t)
{
    return t == DType::QUInt4x2 ? 2 : t == DType::QUInt2x4 ? 4 : 1;
}

qint64 bytesForValues(DType t, qint64 count)
{
    const int per = valuesPerByte(t);
    return per > 1 ? (count + per - 1) / per : count * elementSize(t);
}

bool isIntegerStorage(DType t)
{
    switch (t) {
    case DType::Int64:
    case DType::Int32:
    case DType::Int16:
    case DType::Int8:
    case DType::UInt64:
    case DType::UInt32:
    case DType::UInt16:
    case DType::UInt8:
    case DType::Bool:
    case DType::QInt8:
    case DType::QUInt8:
    case DType::QInt32:
    case DType::QUInt4x2:
    case DType::QUInt2x4:
        return true;
    default:
        return false;
    }
}

qint64 decodeInteger(const uchar *p, DType t)
{
    switch (t) {
    case DType::Int64:
    case DType::UInt64: // beyond 2^63 wraps: show those with decodeValue()
        return load<qint64>(p);
    case DType::Int32:
    case DType::QInt32:
        return load<qint32>(p);
    case DType::Int16:
        return load<qint16>(p);
    case DType::Int8:
    case DType::QInt8:
        return qint8(*p);
    case DType::UInt32:
        return load<quint32>(p);
    case DType::UInt16:
        return load<quint16>(p);
    case DType::Bool:
        return *p ? 1 : 0;
    default:
        return *p;
    }
}

void decodeComplex(const uchar *p, DType t, double *re, double *im)
{
    switch (t) {
    case DType::Complex128:
        *re = load<double>(p);
        *im = load<double>(p + 8);
        return;
    case DType::Complex64:
        *re = load<float>(p);
        *im = load<float>(p + 4);
        return;
    case DType::Complex32:
        *re = halfBitsToFloat(load<quint16>(p));
        *im = halfBitsToFloat(load<quint16>(p + 2));
        return;
    default:
        *re = decodeValue(p, t);
        *im = 0;
    }
}

double decodeValue(const uchar *p, DType t, int sub)
{
    switch (t) {
    case DType::Float64:
        return load<double>(p);
    case DType::Float32:
        return load<float>(p);
    case DType::Float16:
        return halfBitsToFloat(load<quint16>(p));
    case DType::BFloat16:
        return bfloat16BitsToFloat(load<quint16>(p));
    case DType::Complex128:
    case DType::Complex64:
    case DType::Complex32: {
        double re, im;
        decodeComplex(p, t, &re, &im);
        return magnitude(re, im);
    }
    case DType::UInt64:
        return double(load<quint64>(p));
    case DType::QUInt4x2:
        return double((*p >> (4 * sub)) & 0xf);
    case DType::QUInt2x4:
        return double((*p >> (2 * sub)) & 0x3);
    case DType::Unknown:
        return std::nan("");
    default:
        if (isFloat8(t))
            return float8Values(t)[*p];
        return double(decodeInteger(p, t));
    }
}

void decodeValues(const uchar *in, DType t, qint64 n, double *out)
{
    switch (t) {
    case DType::Float64:
        std::memcpy(out, in, size_t(n) * 8);
        return;
    case DType::Float32:
        if (haveAvx2())
            return floatsToDoubles(in, n, out);
        break;
    case DType::Float16:
        if (haveAvx2())
            return halvesToDoubles(in, n, out);
        break;
    case DType::BFloat16:
        if (haveAvx2())
            return bfloatsToDoubles(in, n, out);
        break;
    case DType::Int64:
        return integersToDoubles<qint64>(in, n, out);
    case DType::Int32:
    case DType::QInt32:
        return integersToDoubles<qint32>(in, n, out);
    case DType::Int16:
        return integersToDoubles<qint16>(in, n, out);
    case DType::Int8:
    case DType::QInt8:
        return integersToDoubles<qint8>(in, n, out);
    case DType::UInt8:
    case DType::QUInt8:
        return integersToDoubles<quint8>(in, n, out);
    case DType::Bool:
        for (qint64 i = 0; i < n; ++i)
            out[i] = in[i] ? 1.0 : 0.0;
        return;
    case DType::QUInt4x2:
    case DType::QUInt2x4: {
        const int per = valuesPerByte(t);
        for (qint64 i = 0; i < n; ++i)
            out[i] = decodeValue(in + i / per, t, int(i % per));
        return;
    }
    default:
        if (isFloat8(t)) {
            const double *table = float8Values(t);
            for (qint64 i = 0; i < n; ++i)
                out[i] = table[in[i]];
            return;
        }
        break;
    }
    const qint64 es = elementSize(t);
    for (qint64 i = 0; i < n; ++i)
        out[i] = decodeValue(in + i * es, t);
}

void decodeComplexValues(const uchar *in, DType t, qint64 n, double *out)
{
    if (!isComplex(t)) {
        decodeValues(in, t, n, out + n); // the second half is free until it is read
        for (qint64 i = 0; i < n; ++i) {
            out[2 * i] = out[n + i];
            out[2 * i + 1] = 0;
        }
        return;
    }
    const qint64 es = elementSize(t);
    for (qint64 i = 0; i < n; ++i)
        decodeComplex(in + i * es, t, out + 2 * i, out + 2 * i + 1);
}

void swapByteOrder(uchar *bytes, DType t, qint64 count)
{
    const int unit = isComplex(t) ? elementSize(t) / 2 : elementSize(t);
    if (unit <= 1 || valuesPerByte(t) > 1)
        return;
    const qint64 units = count * (elementSize(t) / unit);
    for (qint64 i = 0; i < units; ++i)
        std::reverse(bytes + i * unit, bytes + (i + 1) * unit);
}

void Dequantizer::apply(double *values, qint64 first, qint64 count) const
{
    if (!perChannel) {
        for (qint64 i = 0; i < count; ++i)
            values[i] = double((float(values[i]) - zeroPoint) * scale);
        return;
    }
    for (qint64 i = 0; i < count; ++i) {
        const qint64 c = ((first + i) / inner) % channels;
        values[i] = double(float((values[i] - channelZeroPoints[c]) * channelScales[c]));
    }
}

} // namespace ckpt
