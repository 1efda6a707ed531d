#include "model/io/Crc32.h"

#include <zlib.h>

#include <algorithm>

#if defined(__x86_64__)
#include <immintrin.h>
#define CKPT_CRC_FOLDING 1
#endif

namespace ckpt {

quint32 crc32Zlib(quint32 crc, const void *data, qint64 size)
{
    auto p = static_cast<const Bytef *>(data);
    uLong c = crc;
    while (size > 0) {
        const qint64 n = std::min<qint64>(size, qint64(1) << 30); // zlib counts in uInt
        c = ::crc32(c, p, uInt(n));
        p += n;
        size -= n;
    }
    return quint32(c);
}

#ifdef CKPT_CRC_FOLDING
namespace {

// Multiplying each 64-bit half of `x` by x^(d+32) and x^(d-32) mod P (bit-reflected, as
// the zip CRC is) moves it d bits further down the message without changing the CRC.
__attribute__((target("pclmul"))) inline __m128i fold(__m128i x, __m128i k)
{
    return _mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x00), _mm_clmulepi64_si128(x, k, 0x11));
}

inline __m128i load(const uchar *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}

// Needs size >= 64. Four independent 128-bit lanes keep the multiplier busy; the lanes
// are folded into one, which is then a 16-byte message with the same CRC register as all
// the bytes folded so far, so zlib finishes it (and the last < 16 bytes) exactly.
__attribute__((target("pclmul"))) quint32 crc32Folded(quint32 crc, const uchar *p, qint64 size)
{
    // Fold distances 512 and 128 bits for polynomial 0x04C11DB7 (public constants of the
    // carry-less multiplication method; checked against zlib in test_zipwriter).
    const __m128i k512 = _mm_set_epi64x(0x1c6e41596LL, 0x154442bd4LL);
    const __m128i k128 = _mm_set_epi64x(0x0ccaa009eLL, 0x1751997d0LL);
    __m128i x0 = _mm_xor_si128(load(p), _mm_cvtsi32_si128(int(~crc))); // the register enters as the first 4 bytes
    __m128i x1 = load(p + 16), x2 = load(p + 32), x3 = load(p + 48);
    p += 64;
    size -= 64;
    for (; size >= 64; p += 64, size -= 64) {
        x0 = _mm_xor_si128(fold(x0, k512), load(p));
        x1 = _mm_xor_si128(fold(x1, k512), load(p + 16));
        x2 = _mm_xor_si128(fold(x2, k512), load(p + 32));
        x3 = _mm_xor_si128(fold(x3, k512), load(p + 48));
    }
    __m128i x = _mm_xor_si128(fold(x0, k128), x1);
    x = _mm_xor_si128(fold(x, k128), x2);
    x = _mm_xor_si128(fold(x, k128), x3);
    for (; size >= 16; p += 16, size -= 16)
        x = _mm_xor_si128(fold(x, k128), load(p));
    alignas(16) uchar folded[16];
    _mm_store_si128(reinterpret_cast<__m128i *>(folded), x);
    // crc32(~0, ...) starts zlib from a zero register: the folded bytes already carry it.
    const quint32 c = quint32(::crc32(0xFFFFFFFFul, folded, 16));
    return size > 0 ? quint32(::crc32(c, p, uInt(size))) : c;
}

bool cpuHasPclmul()
{
    static const bool has = __builtin_cpu_supports("pclmul");
    return has;
}

} // namespace
#endif

quint32 crc32Update(quint32 crc, const void *data, qint64 size)
{
#ifdef CKPT_CRC_FOLDING
    if (size >= 256 && cpuHasPclmul())
        return crc32Folded(crc, static_cast<const uchar *>(data), size);
#endif
    return crc32Zlib(crc, data, size);
}

} // namespace ckpt
