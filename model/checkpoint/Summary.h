#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QMap>

namespace ckpt {

// Totals over a checkpoint's tensors, for the header line, `ckpt info` and the tree.
struct Summary {
    qint64 tensors = 0;
    qint64 parameters = 0; // elements over all tensors
    qint64 bytesUsed = 0; // numel * element size over all tensors
    qint64 bytesStored = 0; // storage bytes (shared storages once)
    QMap<QString, qint64> bytesByDtype; // "float32" -> bytes used
    QMap<QString, qint64> bytesByDevice; // "cuda:0" -> bytes used
    QMap<QString, int> verdictCounts; // "dangerous" -> number of distinct globals

    static Summary of(const Checkpoint &ckpt);
    // "3 tensors, 1.2 M parameters, 4.8 MB"
    QString oneLine() const;
    // "safe: loads with torch.load(weights_only=True)" / "DANGEROUS: os.system ..."
    static QString safetyLine(const Checkpoint &ckpt);
};

// "1.5 kB", "44.9 MB", "1.1 GB" (decimal units, as file managers show them).
QString formatBytes(qint64 bytes);
// "950", "11.2 k", "11.2 M", "1.3 B"
QString formatCount(qint64 n);

} // namespace ckpt
