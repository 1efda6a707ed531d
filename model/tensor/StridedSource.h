#pragma once

#include "model/tensor/StorageBytes.h"
#include "model/tensor/TensorReader.h"

#include <vector>

namespace ckpt {

struct StrideDim {
    qint64 size = 1;
    qint64 stride = 1; // in elements
};

// Shape and strides reduced to the fewest dimensions that walk the same elements in
// `order`: size-1 dimensions dropped, neighbours that are contiguous merged; in Storage
// order the dimensions are first sorted by falling stride, so a transposed matrix
// becomes one contiguous run. Empty for a 0-d tensor.
std::vector<StrideDim> reduceDims(
    const std::vector<qint64> &shape, const std::vector<qint64> &strides, ElementOrder order);

// A strided view of one storage: the tensor's storage offset and reduced dimensions.
class StridedSource final : public ElementSource {
public:
    StridedSource(StorageBytes storage, DType dtype, qint64 offset, std::vector<StrideDim> dims, qint64 numel);
    const uchar *bytes(qint64 first, qint64 count, std::vector<uchar> &scratch) override;
    void release(qint64 first, qint64 count) override;
    bool contiguous() const { return m_dims.size() <= 1 && (m_dims.empty() || m_dims[0].stride == 1); }

private:
    void gather(qint64 first, qint64 count, uchar *out) const;
    StorageBytes m_storage;
    DType m_dtype;
    qint64 m_es; // bytes per element (1 for the packed types)
    qint64 m_offset;
    std::vector<StrideDim> m_dims;
    qint64 m_numel;
    qint64 m_reachLo = 0, m_reachHi = 0; // first and last element the view touches
};

} // namespace ckpt
