#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/io/ByteSource.h"

namespace ckpt {

// NumPy arrays read as tensors, so that the tree, totals, statistics, comparison and
// conversion treat them as they treat torch tensors: an ndarray pickled inside a
// checkpoint (rng_state.pth's RNG state, arrays in training metadata) or a .npy/.npz.

// The dtype of a numpy type code as pickles and .npy headers spell it ("f4", "<f4",
// ">i8", "|b1"); *bigEndian from the '>' prefix. Unknown for anything else (objects,
// strings, structured dtypes, datetimes).
DType dtypeFromNumpyCode(QStringView code, bool *bigEndian = nullptr);

// Makes the NumpyArray `arr` a tensor of `ckpt` whose bytes are `fileOffset` of the
// checkpoint's file, or `inlineBytes` when given. Nothing happens (returns false) for an
// array whose dtype is not numeric or whose bytes do not match its shape.
bool addNumpyTensor(Checkpoint &ckpt, Value &arr, qint64 fileOffset, const ByteSourcePtr &inlineBytes);

// Every numeric NumpyArray with its raw bytes under the root and side trees, made a tensor
// (in memory: a pickled array's bytes are inside the pickle, latin-1 encoded).
void addPickledNumpyTensors(Checkpoint &ckpt);

} // namespace ckpt
