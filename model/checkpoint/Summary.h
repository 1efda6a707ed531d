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
    qint64 floatingElements = 0; // elements of floating tensors: what a cast or quantisation resizes
    qint64 otherBytes = 0; // every other tensor (integers, bool, quantized), kept as it is
    int largestTensor = -1; // index into ckpt.tensors, -1 if there is none
    qint64 largestBytes = 0;

    // Memory at a glance: the bytes the tensors need with every floating tensor stored at
    // `bitsPerWeight` (32: float32, 16: float16/bfloat16, 8: int8, 4: 4-bit), the others as they are.
    qint64 bytesAt(int bitsPerWeight) const;
    // "fp32 4.8 MB · fp16 2.4 MB · int8 1.2 MB · 4-bit 0.6 MB"
    QString memoryLine() const;

    static Summary of(const Checkpoint &ckpt);
    // "3 tensors, 1.2 M parameters, 4.8 MB"
    QString oneLine() const;
    // "safe: loads with torch.load(weights_only=True)" / "DANGEROUS: os.system ..."
    // A Phrase: the GUI shows text(), the CLI and JSON english().
    static Phrase safetyLine(const Checkpoint &ckpt);
};

// The one badge every view shows for a file: what torch.load of it would do, or that it
// cannot be judged. Safe: weights_only=True accepts it in some release, or it is a format
// that holds no code (safetensors, an index of present safetensors shards).
enum class SafetyGrade { Dangerous, Suspicious, NeedsCode, NotChecked, Safe, Unreadable };
SafetyGrade safetyGrade(const Checkpoint &ckpt);
// "dangerous", "suspicious", "needs-code", "not-checked", "safe", "unreadable"
QString safetyGradeName(SafetyGrade g);

// "1.5 kB", "44.9 MB", "1.1 GB" (decimal units, as file managers show them).
QString formatBytes(qint64 bytes);
// "950", "11.2 k", "11.2 M", "1.3 B"
QString formatCount(qint64 n);

} // namespace ckpt
