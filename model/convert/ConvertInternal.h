#pragma once

// Shared by Converter.cpp and the writers; not part of the public API.
#include "model/convert/FormatWriter.h"

namespace ckpt {

class TorchPickler;
class ZipWriter;

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
bool hashTensor(const TensorData &source, const Checkpoint &view, int tensorIndex, QByteArray *hex, Phrase *error);

// torch.save's archive in two steps, shared by the torch writer and the DCP writer's items.
// First the pickle of `root` (TorchPickler over the checkpoint it describes), refused where
// torch.load would run code we must not launder (TorchScript, dangerous globals); the
// globals needing code and what torch 1.13 lacks are added to ctx.report.
bool pickleForTorch(WriteContext &ctx, TorchPickler &pickler, const ValuePtr &root);
// Hands storage `storage` of the pickled checkpoint to `put` in pieces (a tensor streamed).
using StoragePut = std::function<bool(const void *, qint64)>;
using StorageProducer = std::function<bool(int storage, const StoragePut &put, Phrase *error)>;
// Then the records through `zip`: data.pkl, byteorder, each storage (from `bytes`, or when
// it is null from ctx's source through outputStorage(), `pickled` being ctx.view), the
// metadata record if asked, version, the directory. Advances ctx by each storage's bytes.
bool writeTorchRecords(WriteContext &ctx, const Checkpoint &pickled, const TorchPickler &pickler, ZipWriter &zip,
    const StorageProducer &bytes, bool withMetadata);

// The inference package tree (model_state_dict, model_config, preprocessing, class_names,
// metadata) built from the edited view and the source.
ValuePtr buildPackage(
    const Checkpoint &source, const Checkpoint &view, const ConvertOptions &options, Phrases *notes, Phrase *error);

} // namespace ckpt
