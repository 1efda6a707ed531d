#pragma once

// Reading the values of small tensors (0-d losses, per-channel scales) straight from
// the file with ByteSource: no LibTorch, so the training dock never loads it.

#include "model/checkpoint/Checkpoint.h"

#include <QByteArray>

#include <vector>

namespace ckpt {

// Where a storage's bytes are: `file` at `offset`, or `inflated` when the zip record was
// deflated. `error` says why neither is available.
struct StorageLocation {
    QString file;
    qint64 offset = -1;
    QByteArray inflated;
    QString error;
};
// Inflating is bounded by `maxInflate` bytes (a deflated tensor record is unusual).
StorageLocation locateStorage(
    const Checkpoint &ckpt, const StorageInfo &storage, qint64 maxInflate = qint64(256) << 20);

// The tensor's elements as doubles in row-major order (complex: magnitude; quantized:
// per-tensor dequantized). Fails for more than `maxElements` elements.
bool readTensorValues(
    const Checkpoint &ckpt, int tensorIndex, std::vector<double> *out, QString *error, qint64 maxElements = 4096);

// One element of raw bytes in the given order to double (used by the reader above).
double decodeElement(const uchar *p, DType t, bool bigEndian);

} // namespace ckpt
