#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QStringList>

namespace ckpt {

// The first values of a tensor, read from the file on demand (never at open).
struct TensorPreview {
    QStringList values; // rendered in row-major order of the tensor's shape
    QList<double> numbers; // the same values as doubles (complex: real part; quantized: dequantized)
    qint64 total = 0; // numel
    QString note; // why values are missing (the tensor layer's sentence), or what they are
};

// Reads up to `maxValues` elements through the tensor-data layer, so whatever the other
// features read (deflated records, big-endian files, views, every dtype) shows here
// too. Quantized tensors show their dequantized values. Thread-safe.
TensorPreview readTensorPreview(const Checkpoint &ckpt, int tensorIndex, int maxValues = 24);

} // namespace ckpt
