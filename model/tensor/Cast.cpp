#include "model/tensor/Cast.h"

#include "model/tensor/CpuFeatures.h"

#include <cmath>
#include <cstring>
#include <immintrin.h>

namespace ckpt {

namespace {
quint32 bitsOf(float f)
{
    quint32 u;
    std::memcpy(&u, &f, 4);
    return u;
}

float floatOf(quint32 u)
{
    float f;
    std::memcpy(&f, &u, 4);
    return f;
}

bool handled(DType t)
{
    return t == DType::Float64 || t == DType::Float32 || t == DType::Float16 || t == DType::BFloat16;
}

// Element i of the source as a float (float64 rounded once, as PyTorch does).
inline float loadFloat(const uchar *src, DType from, qint64 i)
{
    switch (from) {
    case DType::Float64: {
        double d;
        std::memcpy(&d, src + i * 8, 8);
        return float(d);
    }
    case DType::Float32: {
        float f;
        std::memcpy(&f, src + i * 4, 4);
        return f;
    }
    case DType::Float16: {
        quint16 h;
        std::memcpy(&h, src + i * 2, 2);
        return halfBitsToFloat(h);
    }
    default: {
        quint16 b;
        std::memcpy(&b, src + i * 2, 2);
        return bfloat16BitsToFloat(b);
    }
    }
}
} // namespace

quint16 floatToHalfBits(float f)
{
    const quint32 x = bitsOf(f);
    const quint16 sign = quint16((x >> 16) & 0x8000u);
    const int exp = int((x >> 23) & 0xffu);
    const quint32 mant = x & 0x7fffffu;
    if (exp == 0xff)
        return sign | (mant ? 0x7e00 : 0x7c00);
    const int e = exp - 127 + 15;
    if (e >= 31)
        return sign | 0x7c00;
    if (e <= 0) {
        if (e < -10)
            return sign; // below half of the smallest subnormal: rounds to zero
        const quint32 m = mant | 0x800000u;
        const int shift = 14 - e;
        quint32 half = m >> shift;
        const quint32 rem = m & ((1u << shift) - 1);
        const quint32 halfway = 1u << (shift - 1);
        if (rem > halfway || (rem == halfway && (half & 1u)))
            ++half;
        return quint16(sign | half);
    }
    quint32 half = (quint32(e) << 10) | (mant >> 13);
    const quint32 rem = mant & 0x1fffu;
    // A carry out of the mantissa bumps the exponent; 0x7bff + 1 is infinity, as it should be.
    if (rem > 0x1000u || (rem == 0x1000u && (half & 1u)))
        ++half;
    return quint16(sign | half);
}

quint16 floatToBFloat16Bits(float f)
{
    if (std::isnan(f))
        return 0xffff; // what torch 1.13's CPU .to(torch.bfloat16) writes for every NaN
    const quint32 u = bitsOf(f);
    return quint16((u + (((u >> 16) & 1u) + 0x7fffu)) >> 16);
}

float halfBitsToFloat(quint16 h)
{
    const quint32 sign = quint32(h & 0x8000u) << 16;
    const quint32 exp = (h >> 10) & 0x1fu;
    quint32 mant = h & 0x3ffu;
    if (exp == 0x1f)
        return floatOf(sign | 0x7f800000u | (mant << 13));
    if (exp == 0) {
        if (mant == 0)
            return floatOf(sign);
        int e = -1; // normalise the subnormal
        do {
            ++e;
            mant <<= 1;
        } while (!(mant & 0x400u));
        return floatOf(sign | (quint32(127 - 15 - e) << 23) | ((mant & 0x3ffu) << 13));
    }
    return floatOf(sign | ((exp + 127 - 15) << 23) | (mant << 13));
}

float bfloat16BitsToFloat(quint16 b)
{
    return floatOf(quint32(b) << 16);
}

bool canCast(DType from, DType to)
{
    return handled(from) && handled(to);
}

namespace {
// float32 -> float16 with the F16C instruction (round to nearest even), 8 at a time;
// NaNs are then rewritten to sign|0x7E00 as PyTorch writes them (the instruction keeps payload bits).
__attribute__((target("avx2,f16c"))) void floatToHalfF16c(const uchar *src, uchar *dst, qint64 n)
{
    qint64 i = 0;
    const __m128i expMask = _mm_set1_epi16(0x7c00), mantMask = _mm_set1_epi16(0x03ff);
    const __m128i signMask = _mm_set1_epi16(short(0x8000)), qnan = _mm_set1_epi16(0x7e00);
    for (; i + 8 <= n; i += 8) {
        const __m256 f = _mm256_loadu_ps(reinterpret_cast<const float *>(src + i * 4));
        __m128i h = _mm256_cvtps_ph(f, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
        const __m128i isNan = _mm_andnot_si128(_mm_cmpeq_epi16(_mm_and_si128(h, mantMask), _mm_setzero_si128()),
            _mm_cmpeq_epi16(_mm_and_si128(h, expMask), expMask));
        const __m128i fixed = _mm_or_si128(_mm_and_si128(h, signMask), qnan);
        h = _mm_or_si128(_mm_and_si128(isNan, fixed), _mm_andnot_si128(isNan, h));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + i * 2), h);
    }
    for (; i < n; ++i) {
        float f;
        std::memcpy(&f, src + i * 4, 4);
        const quint16 h = floatToHalfBits(f);
        std::memcpy(dst + i * 2, &h, 2);
    }
}

bool haveF16c()
{
    return cpuHasAvx2F16c();
}

// The common case without a per-element switch.
void floatToBFloat16(const uchar *src, uchar *dst, qint64 n)
{
    for (qint64 i = 0; i < n; ++i) {
        quint32 u;
        std::memcpy(&u, src + i * 4, 4);
        const bool nan = (u & 0x7fffffffu) > 0x7f800000u;
        const quint16 b = nan ? quint16(0xffff) : quint16((u + (((u >> 16) & 1u) + 0x7fffu)) >> 16);
        std::memcpy(dst + i * 2, &b, 2);
    }
}
} // namespace

bool castElements(const uchar *src, DType from, uchar *dst, DType to, qint64 n)
{
    if (!canCast(from, to))
        return false;
    if (from == to) {
        std::memcpy(dst, src, size_t(n) * size_t(elementSize(to)));
        return true;
    }
    if (from == DType::Float32 && to == DType::Float16 && haveF16c()) {
        floatToHalfF16c(src, dst, n);
        return true;
    }
    if (from == DType::Float32 && to == DType::BFloat16) {
        floatToBFloat16(src, dst, n);
        return true;
    }
    switch (to) {
    case DType::Float16:
        for (qint64 i = 0; i < n; ++i) {
            const quint16 h = floatToHalfBits(loadFloat(src, from, i));
            std::memcpy(dst + i * 2, &h, 2);
        }
        return true;
    case DType::BFloat16:
        for (qint64 i = 0; i < n; ++i) {
            const quint16 b = floatToBFloat16Bits(loadFloat(src, from, i));
            std::memcpy(dst + i * 2, &b, 2);
        }
        return true;
    case DType::Float32:
        for (qint64 i = 0; i < n; ++i) {
            const float f = loadFloat(src, from, i);
            std::memcpy(dst + i * 4, &f, 4);
        }
        return true;
    default: { // float64: widen exactly
        for (qint64 i = 0; i < n; ++i) {
            const double d = from == DType::Float32 || from == DType::Float16 || from == DType::BFloat16
                ? double(loadFloat(src, from, i))
                : 0.0;
            std::memcpy(dst + i * 8, &d, 8);
        }
        return true;
    }
    }
}

} // namespace ckpt
