#pragma once

// `ckpt lora ADAPTER --base BASE --merge OUT`: the base's state_dict with every adapted
// weight replaced by W + scale * B @ A ((B @ A) transposed for fan_in_fan_out and for
// embeddings), computed in float64 and stored in W's dtype; the adapter's modules_to_save
// tensors in place of the base's; every other tensor the base's. Module names and scales
// from inspectLora; every check before anything is read or written; written through
// writeStateDict (Merge.h): temp file, verify, rename, the recipe in the metadata.

#include "model/convert/ConvertOptions.h"

#include <QStringList>

namespace ckpt {

struct LoraMergeOptions {
    QString adapter, base;
    ConvertOptions write; // output, writer, cancel, progress
};

enum class LoraMergeFailure {
    None,
    Unreadable, // the adapter or the base does not open, is no adapter, holds no state_dict
    Mismatch, // the base lacks a targeted weight, or B @ A's shape is not W's
    Failed, // reading or writing failed part-way (the target is unchanged)
};

struct LoraMergeReport {
    LoraMergeFailure failure = LoraMergeFailure::None;
    QString error; // one line
    QString errorFile; // the file the error is about
    int merged = 0; // weights with B @ A added
    int replaced = 0; // modules_to_save tensors taken from the adapter
    int copied = 0; // base tensors unchanged
    QString recipe; // JSON, as recorded in the output
    QStringList warnings; // inspectLora's
    ConvertReport written;
    bool ok() const { return failure == LoraMergeFailure::None; }
};

LoraMergeReport mergeLora(const LoraMergeOptions &options);

} // namespace ckpt
