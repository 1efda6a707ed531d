#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/io/ByteSource.h"

namespace ckpt {

// The oldest torch.save layout (PyTorch <= 0.1.10): a tar with the members `storages`,
// `tensors` and `pickle` (and `sys_info`). torch.load still tries it first for every file
// that is not a zip (serialization.py legacy_load), before the stacked-pickle layout.

// True if the first 512-byte block is a tar header Python's tarfile accepts (its checksum,
// signed or unsigned, matches; no magic needed): tarfile.open(mode='r:') then succeeds.
bool looksLikeTar(const ByteSource &src);
// Reads it as legacy_load does: every pickle of `storages` (a count, then per storage a
// pickle and its raw bytes, then the storage views), of `tensors` (a count, then per
// tensor a pickle and its shape), then the `pickle` member, whose tree becomes the root;
// all are graded. Its persistent ids become the tensors (StorageInfo/TensorInfo, their
// bytes located in the tar) and storages they name.
bool readLegacyTar(const ByteSourcePtr &src, Checkpoint &out);

} // namespace ckpt
