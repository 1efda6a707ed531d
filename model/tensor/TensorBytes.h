#pragma once

// Conversion's use of the tensor-data layer: the bytes a writer puts into its output,
// little-endian whatever the source's byte order, cast where the plan asks for it.

#include "model/tensor/TensorData.h"

#include <functional>
#include <vector>

namespace ckpt {

// The output bytes of storage `index` of `view` (an edited copy of the source with the
// same storages, maybe other dtypes): a pointer into the source's mapping when nothing
// changes (zero copy), else the swapped or cast copy in `buffer`. Sets *data or *error.
bool outputStorage(const TensorData &source, const Checkpoint &view, int index, std::vector<uchar> &buffer,
    const uchar **data, Phrase *error);

// Streams a tensor's elements as contiguous little-endian bytes of `view`'s dtype, in
// chunks of at most `chunkBytes`, gathering strided views and casting on the way; the
// source's pages are released behind it.
bool streamTensor(const TensorData &source, const Checkpoint &view, int tensorIndex, qint64 chunkBytes,
    const std::function<bool(const uchar *, qint64)> &sink, Phrase *error);

} // namespace ckpt
