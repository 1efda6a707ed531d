#pragma once

// A fast 128-bit digest of a tensor's elements (row-major, little-endian, as
// streamTensor() gives them), for telling bit-identical tensors apart across files and
// containers: a .pt and its safetensors copy hash the same. Not cryptographic: it finds
// accidents (a best.pt saved by reference), it does not resist forgery.

#include "model/tensor/TensorData.h"

#include <QByteArray>

#include <array>

namespace ckpt {

struct ContentDigest {
    quint64 a = 0, b = 0;
    bool operator==(const ContentDigest &o) const { return a == o.a && b == o.b; }
    bool operator!=(const ContentDigest &o) const { return !(*this == o); }
    bool operator<(const ContentDigest &o) const { return a != o.a ? a < o.a : b < o.b; }
    QByteArray hex() const;
};

// Streaming: add() bytes in any pieces, result() once. Four 64-bit lanes over 32-byte
// blocks (about one multiply per 8 bytes), so it runs near memory speed.
class ContentHasher {
public:
    ContentHasher();
    void add(const uchar *data, qint64 size);
    ContentDigest result() const;

private:
    void block(const uchar *p);
    std::array<quint64, 4> m_lane;
    uchar m_tail[32];
    int m_tailSize = 0;
    quint64 m_total = 0;
};

// The digest of tensor `index` of `data`'s checkpoint, read through the tensor layer
// (pages released behind the read). False with *error set to the tensor layer's sentence.
bool hashTensorContent(const TensorData &data, int index, ContentDigest *out, Phrase *error);

} // namespace ckpt
