#include "model/tensor/StridedSource.h"

#include "model/tensor/FileCache.h"

#include <algorithm>
#include <cstring>

namespace ckpt {

std::vector<StrideDim> reduceDims(
    const std::vector<qint64> &shape, const std::vector<qint64> &strides, ElementOrder order)
{
    std::vector<StrideDim> dims;
    for (size_t i = 0; i < shape.size() && i < strides.size(); ++i)
        if (shape[i] != 1)
            dims.push_back({ shape[i], strides[i] });
    if (order == ElementOrder::Storage)
        std::stable_sort(
            dims.begin(), dims.end(), [](const StrideDim &a, const StrideDim &b) { return a.stride > b.stride; });
    std::vector<StrideDim> merged;
    for (const StrideDim &d : dims) {
        if (!merged.empty() && merged.back().stride == d.stride * d.size) {
            merged.back().size *= d.size;
            merged.back().stride = d.stride;
        } else {
            merged.push_back(d);
        }
    }
    return merged;
}

StridedSource::StridedSource(
    StorageBytes storage, DType dtype, qint64 offset, std::vector<StrideDim> dims, qint64 numel)
    : m_storage(std::move(storage)), m_dtype(dtype), m_es(elementSize(dtype)), m_offset(offset),
      m_dims(std::move(dims)), m_numel(numel)
{
    if (valuesPerByte(dtype) > 1)
        m_es = 1;
    m_reachLo = m_reachHi = offset;
    for (const StrideDim &d : m_dims)
        ((d.stride < 0) ? m_reachLo : m_reachHi) += (d.size - 1) * d.stride;
}

void StridedSource::gather(qint64 first, qint64 count, uchar *out) const
{
    // Multi-index of `first`, then a row-major walk; the innermost dimension is copied in
    // runs when its elements are adjacent.
    const size_t nd = m_dims.size();
    std::vector<qint64> idx(nd, 0);
    qint64 rest = first, elem = m_offset;
    for (size_t d = nd; d-- > 0;) {
        idx[d] = rest % m_dims[d].size;
        rest /= m_dims[d].size;
        elem += idx[d] * m_dims[d].stride;
    }
    const uchar *base = m_storage.data;
    const StrideDim inner = m_dims[nd - 1];
    qint64 done = 0;
    while (done < count) {
        const qint64 run = std::min(inner.size - idx[nd - 1], count - done);
        if (inner.stride == 1) {
            std::memcpy(out + done * m_es, base + elem * m_es, size_t(run * m_es));
        } else {
            for (qint64 k = 0; k < run; ++k)
                std::memcpy(out + (done + k) * m_es, base + (elem + k * inner.stride) * m_es, size_t(m_es));
        }
        done += run;
        elem += run * inner.stride;
        idx[nd - 1] += run;
        for (size_t d = nd; d-- > 1 && idx[d] == m_dims[d].size;) { // carry into the outer dimensions
            elem -= idx[d] * m_dims[d].stride;
            idx[d] = 0;
            elem += m_dims[d - 1].stride;
            ++idx[d - 1];
        }
    }
}

const uchar *StridedSource::bytes(qint64 first, qint64 count, std::vector<uchar> &scratch)
{
    const int per = valuesPerByte(m_dtype);
    const uchar *p;
    if (contiguous()) {
        p = m_storage.data + (per > 1 ? (m_offset + first) / per : (m_offset + first) * m_es);
        if (!m_storage.bigEndian || m_es == 1)
            return p;
        scratch.resize(size_t(count * m_es));
        std::memcpy(scratch.data(), p, scratch.size());
    } else {
        scratch.resize(size_t(count * m_es));
        gather(first, count, scratch.data());
    }
    if (m_storage.bigEndian)
        swapByteOrder(scratch.data(), m_dtype, count);
    return scratch.data();
}

void StridedSource::release(qint64 first, qint64 count)
{
    if (!m_storage.mapped())
        return;
    if (contiguous()) {
        const int per = valuesPerByte(m_dtype);
        const qint64 begin = per > 1 ? (m_offset + first) / per : (m_offset + first) * m_es;
        releaseMappedRange(*m_storage.source, m_storage.data + begin, bytesForValues(m_dtype, count));
    } else if (first + count >= m_numel) { // a strided walk is done with its pages only at the end
        releaseMappedRange(*m_storage.source, m_storage.data + m_reachLo * m_es, (m_reachHi - m_reachLo + 1) * m_es);
    }
}

} // namespace ckpt
