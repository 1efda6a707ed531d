#pragma once

#include "model/checkpoint/Finding.h"
#include "model/checkpoint/TensorInfo.h"
#include "model/pickle/Value.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace ckpt {

enum class Format { Unknown, TorchZip, TorchLegacy, TorchScript, Safetensors, Sharded, Dcp, Pickle, Numpy, Trainer };
// "torch-zip", "torch-legacy", "torchscript", "safetensors", "sharded", "dcp", "pickle", "numpy",
// "trainer" (a Hugging Face Trainer checkpoint-N/ folder)
QString formatName(Format f);

// Everything open learns about a file: metadata only, never tensor bytes.
// Immutable once returned; shared between threads through shared_ptr<const Checkpoint>.
struct Checkpoint {
    QString file; // absolute path as opened
    qint64 fileSize = 0;
    Format format = Format::Unknown;
    ValuePtr root; // the object tree (a Dict for safetensors)
    // Further named trees a file carries beside the main object: TorchScript's
    // constants.pkl, the legacy format's sys_info. Tensor paths in them start with the name.
    std::vector<std::pair<QString, ValuePtr>> sideTrees;
    std::vector<TensorInfo> tensors; // in first-seen order
    std::vector<StorageInfo> storages;
    // ("archive folder", "model/"), ("byteorder", "little") ...: each english() in JSON, text() in the GUI.
    QList<QPair<Phrase, Phrase>> facts;
    std::vector<Finding> findings; // every global referenced, graded, plus structural findings
    QMap<QString, QString> moduleSources; // legacy whole-model pickles: class -> embedded source
    QStringList nonWeightsOnlyOpcodes; // pickle opcodes torch's weights_only unpickler refuses
    Phrases warnings; // non-fatal problems (missing shard, odd record)
    Phrase error; // set when reading stopped early; what was read is kept

    bool ok() const { return error.isEmpty(); }
    qint64 storedBytes() const; // bytes of all storages
    // Indexes of the other tensors that share this tensor's storage.
    std::vector<int> sharingStorage(int tensorIndex) const;
    Verdict worstVerdict() const;
};

using CheckpointPtr = std::shared_ptr<const Checkpoint>;

} // namespace ckpt
