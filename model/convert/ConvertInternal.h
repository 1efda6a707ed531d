#pragma once

// Shared by Converter.cpp and the writers; not part of the public API.
#include "model/convert/FormatWriter.h"

namespace ckpt {

// Tensors the root reaches, each Value once, in walk order, with their output key.
struct OutputTensor {
    int tensorIndex = -1;
    QString key;
};
std::vector<OutputTensor> outputTensors(const Checkpoint &view);
// The key a flat output (safetensors, shards) gives a tensor: the slash path, or for a
// DCP source its fully qualified name (the path joined with '.', as DCP flattens it).
QString flatKey(const Checkpoint &source, const OutputTensor &o);

// SHA-256 (hex) of a tensor's contiguous output bytes.
bool hashTensor(const TensorData &source, const Checkpoint &view, int tensorIndex, QByteArray *hex, QString *error);

// The inference package tree (model_state_dict, model_config, preprocessing, class_names,
// metadata) built from the edited view and the source.
ValuePtr buildPackage(const Checkpoint &source, const Checkpoint &view, const ConvertOptions &options,
    QStringList *notes, QString *error);

} // namespace ckpt
