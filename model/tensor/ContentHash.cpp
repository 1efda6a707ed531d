#include "model/tensor/ContentHash.h"

#include "model/tensor/TensorBytes.h"

#include <QtEndian>

#include <cstring>

namespace ckpt {
namespace {
// Odd 64-bit constants with well-mixed bits (the golden ratio and primes near 2^64).
constexpr quint64 kP1 = 0x9E3779B185EBCA87ULL;
constexpr quint64 kP2 = 0xC2B2AE3D27D4EB4FULL;
constexpr quint64 kP3 = 0x165667B19E3779F9ULL;

inline quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}
inline quint64 round(quint64 lane, quint64 word)
{
    return rotl(lane + word * kP2, 31) * kP1;
}
inline quint64 avalanche(quint64 h)
{
    h ^= h >> 33;
    h *= kP2;
    h ^= h >> 29;
    h *= kP3;
    h ^= h >> 32;
    return h;
}
} // namespace

QByteArray ContentDigest::hex() const
{
    return QByteArray::number(a, 16).rightJustified(16, '0') + QByteArray::number(b, 16).rightJustified(16, '0');
}

ContentHasher::ContentHasher() : m_lane { kP1 + kP2, kP2, 0, 0 - kP1 } { }

void ContentHasher::block(const uchar *p)
{
    for (int i = 0; i < 4; ++i)
        m_lane[size_t(i)] = round(m_lane[size_t(i)], qFromLittleEndian<quint64>(p + 8 * i));
}

void ContentHasher::add(const uchar *data, qint64 size)
{
    m_total += quint64(size);
    if (m_tailSize > 0) {
        const int take = int(std::min<qint64>(32 - m_tailSize, size));
        std::memcpy(m_tail + m_tailSize, data, size_t(take));
        m_tailSize += take;
        data += take;
        size -= take;
        if (m_tailSize < 32)
            return;
        block(m_tail);
        m_tailSize = 0;
    }
    for (; size >= 32; data += 32, size -= 32)
        block(data);
    std::memcpy(m_tail, data, size_t(size));
    m_tailSize = int(size);
}

ContentDigest ContentHasher::result() const
{
    std::array<quint64, 4> lane = m_lane;
    // The tail, zero padded, and the length (so "ab" and "ab\0" differ).
    uchar last[32] = {};
    std::memcpy(last, m_tail, size_t(m_tailSize));
    for (int i = 0; i < 4; ++i)
        lane[size_t(i)] = round(lane[size_t(i)], qFromLittleEndian<quint64>(last + 8 * i) ^ (m_total * kP3));
    ContentDigest d;
    d.a = avalanche(rotl(lane[0], 1) + rotl(lane[1], 7) + rotl(lane[2], 12) + rotl(lane[3], 18) + m_total);
    d.b = avalanche((lane[0] ^ rotl(lane[2], 29)) * kP1 + (lane[1] ^ rotl(lane[3], 41)) * kP3 + ~m_total);
    return d;
}

bool hashTensorContent(const TensorData &data, int index, ContentDigest *out, Phrase *error)
{
    ContentHasher h;
    const bool ok = streamTensor(
        data, data.checkpoint(), index, qint64(4) << 20,
        [&h](const uchar *d, qint64 n) {
            h.add(d, n);
            return true;
        },
        error);
    if (ok)
        *out = h.result();
    return ok;
}

} // namespace ckpt
