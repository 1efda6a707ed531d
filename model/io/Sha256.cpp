#include "model/io/Sha256.h"

#include <QFile>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace ckpt {

namespace {
// FIPS 180-4, 4.2.2: the first 32 bits of the fractional parts of the cube roots of the
// first 64 primes.
constexpr std::uint32_t kRound[64] = { 0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7,
    0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
    0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c,
    0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };

std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

std::uint32_t loadBigEndian(const uchar *p)
{
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | std::uint32_t(p[3]);
}

// FIPS 180-4, 6.2.2, one 64-byte block at a time.
void compressPortable(std::uint32_t *state, const uchar *blocks, qint64 count)
{
    for (; count > 0; --count, blocks += 64) {
        std::uint32_t w[64];
        for (int t = 0; t < 16; ++t)
            w[t] = loadBigEndian(blocks + 4 * t);
        for (int t = 16; t < 64; ++t) {
            const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const std::uint32_t t1
                = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[t] + w[t];
            const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#if defined(__x86_64__)
// The same rounds with the SHA extensions. They keep the working variables as two vectors,
// ABEF and CDGH (highest lane first); sha256rnds2 runs two rounds, sha256msg1/msg2 compute
// four words of the message schedule.
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaNi(std::uint32_t *state, const uchar *blocks, qint64 count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    for (; count > 0; --count, blocks += 64) {
        const __m128i abefBefore = abef, cdghBefore = cdgh;
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(blocks + 16 * i)), byteSwap);
        for (int group = 0; group < 16; ++group) {
            __m128i &words = w[group & 3];
            if (group >= 4) {
                // W[t..t+3] from W[t-16..t-13] (this slot), W[t-15..], W[t-7..] and W[t-2..].
                const __m128i minus16 = words, minus12 = w[(group + 1) & 3];
                const __m128i minus8 = w[(group + 2) & 3], minus4 = w[(group + 3) & 3];
                const __m128i withSigma0 = _mm_sha256msg1_epu32(minus16, minus12);
                const __m128i minus7 = _mm_alignr_epi8(minus4, minus8, 4);
                words = _mm_sha256msg2_epu32(_mm_add_epi32(withSigma0, minus7), minus4);
            }
            __m128i k = _mm_add_epi32(words, _mm_loadu_si128(reinterpret_cast<const __m128i *>(kRound + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, k);
            k = _mm_shuffle_epi32(k, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, k);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), hgfe);
}

std::atomic_bool portableOnly { false };

bool cpuHasShaNi()
{
    if (portableOnly.load(std::memory_order_relaxed))
        return false;
    static const bool yes = [] {
        unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
        if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & bit_SSE4_1) || !(ecx & bit_SSSE3))
            return false;
        return __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & bit_SHA) != 0;
    }();
    return yes;
}
#endif
} // namespace

Sha256::Sha256()
    : m_state { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 }
{
}

void Sha256::setPortableOnly(bool on)
{
#if defined(__x86_64__)
    portableOnly = on;
#else
    Q_UNUSED(on);
#endif
}

bool Sha256::usesShaExtensions()
{
#if defined(__x86_64__)
    return cpuHasShaNi();
#else
    return false;
#endif
}

void Sha256::compress(const uchar *blocks, qint64 count)
{
#if defined(__x86_64__)
    if (cpuHasShaNi()) {
        compressShaNi(m_state.data(), blocks, count);
        return;
    }
#endif
    compressPortable(m_state.data(), blocks, count);
}

void Sha256::addData(const void *data, qint64 size)
{
    const auto *p = static_cast<const uchar *>(data);
    m_length += quint64(size);
    if (m_buffered > 0) {
        const qint64 take = std::min<qint64>(64 - m_buffered, size);
        std::memcpy(m_buffer.data() + m_buffered, p, size_t(take));
        m_buffered += take;
        p += take;
        size -= take;
        if (m_buffered < 64)
            return;
        compress(m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        compress(p, size / 64);
        p += size / 64 * 64;
        size %= 64;
    }
    std::memcpy(m_buffer.data(), p, size_t(size));
    m_buffered = size;
}

QByteArray Sha256::result()
{
    // FIPS 180-4, 5.1.1: a 1 bit, zeros to 56 bytes mod 64, the length in bits, big-endian.
    const quint64 bits = m_length * 8;
    uchar tail[72] = { 0x80 };
    const qint64 pad = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        tail[pad + i] = uchar(bits >> (56 - 8 * i));
    addData(tail, pad + 8);
    QByteArray out(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 4; ++j)
            out[4 * i + j] = char(m_state[size_t(i)] >> (24 - 8 * j));
    return out;
}

QByteArray Sha256::ofFile(const QString &path, Phrase *error)
{
    // Read in pieces, not mapped: a mapping would keep the whole file resident in this
    // process while a merge hashes three of them.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return QByteArray();
    }
    constexpr qint64 kPiece = qint64(4) << 20;
    std::unique_ptr<char[]> buffer(new char[kPiece]);
    Sha256 h;
    for (;;) {
        const qint64 n = f.read(buffer.get(), kPiece);
        if (n < 0) {
            if (error)
                *error = f.errorString();
            return QByteArray();
        }
        if (n == 0)
            break;
        h.addData(buffer.get(), n);
    }
    return h.result();
}

} // namespace ckpt
