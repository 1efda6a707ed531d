#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QStringList>

namespace ckpt {

// The first values of a tensor, read from the file on demand (never at open).
struct TensorPreview {
    QStringList values; // rendered in row-major order of the tensor's shape
    QList<double> numbers; // the same values as doubles (real part for complex), for tests
    qint64 total = 0; // numel
    QString note; // why values are missing or partial, empty when all is well
};

// Reads up to `maxValues` elements through a ByteSource at StorageInfo::fileOffset +
// (storageOffset + sum(index * stride)) * elementSize. Decodes floating point types
// (incl. float16, bfloat16), integers and bool; honours big-endian files. Compressed or
// unlocated storages and other dtypes give a note and no values. Thread-safe.
TensorPreview readTensorPreview(const Checkpoint &ckpt, int tensorIndex, int maxValues = 24);

// IEEE half and bfloat16 bit patterns to float.
float halfToFloat(quint16 bits);
float bfloat16ToFloat(quint16 bits);

} // namespace ckpt
