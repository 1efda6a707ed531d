#pragma once

#include "model/tensor/ElementDecode.h"

#include <memory>
#include <vector>

namespace ckpt {

// The seam between "where a tensor's bytes are" and everything that reads them. Today
// one kind: a strided view of one storage (StridedSource.cpp). A tensor assembled from
// chunks in several files (DCP) is another ElementSource, and every feature reads it.
class ElementSource {
public:
    virtual ~ElementSource() = default;
    // Raw little-endian bytes of elements [first, first + count) in the source's order:
    // a pointer into memory when they lie there contiguous and little-endian (zero
    // copy), else gathered and byte-swapped into `scratch`. Bounds were checked when the
    // source was made. Packed types: `first` is a multiple of valuesPerByte(). Called
    // from several threads at once (each with its own scratch).
    virtual const uchar *bytes(qint64 first, qint64 count, std::vector<uchar> &scratch) = 0;
    // The caller is done with those elements: file pages behind them may be released.
    virtual void release(qint64 first, qint64 count) = 0;
    // How many of elements [first, first + count) bytes() hands out as one piece, without
    // gathering them from several (a DCP chunk's run): a caller that can take the bytes
    // in pieces (a writer) asks for no more, and copies nothing.
    virtual qint64 piece(qint64 first, qint64 count) const
    {
        Q_UNUSED(first);
        return count;
    }
};

// In which order a reader hands out a tensor's elements.
enum class ElementOrder {
    RowMajor, // the tensor's own order (diff, conversion, preview, hashes)
    Storage, // any order that walks the storage front to back (statistics: order-free)
};

// One tensor's elements for one job. Read-only once made, so the job's threads share it;
// each thread passes its own scratch buffer.
class TensorReader {
public:
    TensorReader(std::unique_ptr<ElementSource> source, DType dtype, qint64 numel, Dequantizer dequant,
        std::vector<double> channelParams);
    DType dtype() const { return m_dtype; }
    qint64 numel() const { return m_numel; }
    bool quantized() const { return m_quantized; }
    // Blocks must start at a multiple of this (2 or 4 for the packed 4- and 2-bit types).
    int alignment() const { return valuesPerByte(m_dtype); }

    // Raw little-endian bytes of elements [first, first + count), see ElementSource.
    const uchar *bytes(qint64 first, qint64 count, std::vector<uchar> &scratch) const
    {
        return m_source->bytes(first, count, scratch);
    }
    // The same elements as the values statistics and diff work on: decoded to double,
    // complex as magnitude, quantized dequantized as PyTorch's dequantize() does.
    void values(qint64 first, qint64 count, double *out, std::vector<uchar> &scratch) const;
    // The same elements as (real, imaginary) pairs into out[2 * count] (diff of complex
    // tensors compares the numbers, not their magnitudes); other types get imaginary 0.
    void complexValues(qint64 first, qint64 count, double *out, std::vector<uchar> &scratch) const;
    void release(qint64 first, qint64 count) const { m_source->release(first, count); }
    // See ElementSource::piece().
    qint64 piece(qint64 first, qint64 count) const { return m_source->piece(first, count); }

private:
    std::unique_ptr<ElementSource> m_source;
    DType m_dtype;
    qint64 m_numel;
    bool m_quantized;
    Dequantizer m_dequant;
    std::vector<double> m_channelParams; // scales then zero points (per channel)
};

} // namespace ckpt
