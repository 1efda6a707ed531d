#pragma once

// The tensor-data layer's entry point: a checkpoint's storages resolved to bytes (stored
// or deflated records, shard files, byte order) and its tensors to readers (offsets,
// strides, views, every dtype, dequantization). Statistics, diff, the Details preview,
// conversion and training scalars all read through it, so a tensor one of them can read
// every one of them reads, and one that cannot be read fails with the same sentence.

#include "model/checkpoint/Checkpoint.h"
#include "model/tensor/FileCache.h"
#include "model/tensor/StorageBytes.h"
#include "model/tensor/TensorReader.h"

#include <memory>
#include <vector>

namespace ckpt {

class TensorData {
public:
    // `ckpt` must outlive this object. Give a cache to share mapped files between the
    // two sides of a comparison or between jobs on one file.
    explicit TensorData(const Checkpoint &ckpt, std::shared_ptr<FileCache> cache = {});
    const Checkpoint &checkpoint() const { return m_ckpt; }

    // The bytes of storage `index` in the file's byte order, or false with *error set.
    bool storage(int index, StorageBytes *out, Phrase *error) const;
    // Storage `index` as little-endian bytes: the mapping itself, or a swapped copy in
    // `buffer` for big-endian files (what a writer needs).
    const uchar *storageLittleEndian(int index, std::vector<uchar> &buffer, Phrase *error) const;

    // A reader over tensor `index`'s elements, or null with *error set to the one
    // sentence every feature shows for a tensor it cannot read.
    std::unique_ptr<TensorReader> reader(int index, Phrase *error, ElementOrder order = ElementOrder::RowMajor) const;
    // The values of a small tensor (training scalars, quantizer scales) in row-major
    // order, as TensorReader::values gives them; fails above `maxElements`.
    bool values(int index, std::vector<double> *out, Phrase *error, qint64 maxElements = 4096) const;

    // Drops the mapped pages of storage `index` once a streaming path is done with it.
    void releaseStorage(int index) const;

private:
    const Checkpoint &m_ckpt;
    std::shared_ptr<FileCache> m_cache;
};

} // namespace ckpt
