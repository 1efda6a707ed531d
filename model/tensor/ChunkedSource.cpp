#include "model/tensor/ChunkedSource.h"

#include "model/checkpoint/TensorInfo.h"

#include <algorithm>
#include <cstring>

namespace ckpt {

std::unique_ptr<ChunkedSource> ChunkedSource::make(const StorageInfo &storage, FileCache &files, Phrase *error)
{
    auto fail = [error](const Phrase &why) {
        *error = why;
        return std::unique_ptr<ChunkedSource>();
    };
    if (valuesPerByte(storage.dtype) > 1 || isQuantized(storage.dtype))
        return fail(
            Phrase::translate("ckpt::Tensor", "chunked %1 tensors are not supported").arg(dtypeName(storage.dtype)));
    if (storage.chunks.empty())
        return fail(Phrase::translate("ckpt::Tensor", "its DCP chunks could not be located (see the file's warnings)"));
    auto src = std::unique_ptr<ChunkedSource>(new ChunkedSource);
    src->m_shape = storage.chunkedShape;
    src->m_numel = 1;
    for (qint64 d : src->m_shape)
        src->m_numel *= d;
    src->m_es = elementSize(storage.dtype);
    for (const StorageChunk &c : storage.chunks) {
        Block b;
        b.offsets = c.offsets;
        b.sizes = c.sizes;
        b.numel = 1;
        for (qint64 d : c.sizes)
            b.numel *= d;
        Phrase why;
        StorageBytes bytes;
        bytes.source = files.file(c.file, &why);
        if (!bytes.source)
            return fail(Phrase::translate("ckpt::Tensor", "%1: %2", "a file, then why its bytes cannot be read")
                            .arg(c.file, why));
        if (!bytes.source->contains(c.dataOffset, c.dataBytes))
            return fail(Phrase::translate("ckpt::Tensor", "a chunk's bytes run past the end of %1").arg(c.file));
        bytes.data = bytes.source->data() + c.dataOffset;
        bytes.size = c.dataBytes;
        bytes.bigEndian = c.bigEndian;
        // The block's view must stay inside its storage (an older DCP saved views, storage and all).
        qint64 hi = c.storageOffset;
        for (size_t d = 0; d < c.sizes.size() && d < c.strides.size(); ++d) {
            if (c.sizes[d] == 0 || c.strides[d] < 0) {
                hi = c.sizes[d] == 0 ? c.storageOffset - 1 : -1;
                break;
            }
            hi += (c.sizes[d] - 1) * c.strides[d];
        }
        if (c.strides.size() != c.sizes.size() || c.storageOffset < 0
            || (b.numel > 0 && (hi < 0 || (hi + 1) * src->m_es > c.dataBytes)))
            return fail(
                Phrase::translate("ckpt::Tensor", "a chunk's view reaches outside its storage in %1").arg(c.file));
        b.source = std::make_unique<StridedSource>(std::move(bytes), storage.dtype, c.storageOffset,
            reduceDims(c.sizes, c.strides, ElementOrder::RowMajor), b.numel);
        src->m_blocks.push_back(std::move(b));
    }
    return src;
}

const ChunkedSource::Block *ChunkedSource::locate(qint64 g, qint64 *local, qint64 *run) const
{
    const size_t nd = m_shape.size();
    qint64 idx[64];
    if (nd > 64)
        return nullptr;
    qint64 rest = g;
    for (size_t d = nd; d-- > 0;) {
        idx[d] = m_shape[d] ? rest % m_shape[d] : 0;
        rest = m_shape[d] ? rest / m_shape[d] : 0;
    }
    for (const Block &b : m_blocks) {
        bool inside = b.numel > 0;
        for (size_t d = 0; d < nd && inside; ++d)
            inside = idx[d] >= b.offsets[d] && idx[d] < b.offsets[d] + b.sizes[d];
        if (!inside)
            continue;
        // Innermost dimensions the block spans whole: along them (and one step further
        // out) the run is contiguous in the block and in the tensor alike.
        size_t k = nd;
        while (k > 0 && b.sizes[k - 1] == m_shape[k - 1])
            --k;
        qint64 l = 0;
        for (size_t d = 0; d < nd; ++d)
            l = l * b.sizes[d] + (idx[d] - b.offsets[d]);
        *local = l;
        if (k == 0) {
            *run = b.numel - l;
        } else {
            qint64 inner = 1, pos = 0;
            for (size_t d = nd; d-- > k;) {
                pos += (idx[d] - b.offsets[d]) * inner;
                inner *= b.sizes[d];
            }
            *run = (b.sizes[k - 1] - (idx[k - 1] - b.offsets[k - 1])) * inner - pos;
        }
        return &b;
    }
    return nullptr;
}

const uchar *ChunkedSource::bytes(qint64 first, qint64 count, std::vector<uchar> &scratch)
{
    qint64 local = 0, run = 0;
    const Block *b = locate(first, &local, &run);
    if (b && run >= count)
        return b->source->bytes(local, count, scratch);
    thread_local std::vector<uchar> piece;
    scratch.resize(size_t(count * m_es));
    qint64 done = 0;
    while (done < count) {
        b = locate(first + done, &local, &run);
        const qint64 n = std::min(b ? run : count - done, count - done);
        if (b)
            std::memcpy(scratch.data() + done * m_es, b->source->bytes(local, n, piece), size_t(n * m_es));
        else // chunks tile the tensor (checked at open); never reached for a readable one
            std::memset(scratch.data() + done * m_es, 0, size_t(n * m_es));
        done += n;
    }
    return scratch.data();
}

qint64 ChunkedSource::piece(qint64 first, qint64 count) const
{
    qint64 local = 0, run = 0;
    return locate(first, &local, &run) ? std::min(run, count) : count;
}

void ChunkedSource::release(qint64 first, qint64 count)
{
    qint64 done = 0;
    while (done < count) {
        qint64 local = 0, run = 0;
        const Block *b = locate(first + done, &local, &run);
        if (!b)
            return;
        const qint64 n = std::min(run, count - done);
        b->source->release(local, n);
        done += n;
    }
}

} // namespace ckpt
