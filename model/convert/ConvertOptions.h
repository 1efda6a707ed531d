#pragma once

// What convertCheckpoint is asked and what it answers; shared with the writers.
#include "model/checkpoint/DType.h"
#include "model/common/Phrase.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace ckpt {

class FormatWriter;

struct ConvertOptions {
    QString output;
    const FormatWriter *writer = nullptr; // from WriterRegistry.h; nullptr: the default (torch)
    QList<QPair<QString, QString>> metadata; // safetensors __metadata__ / package metadata
    // The inference package's fields as typed (see PackageField); empty: found in the
    // source by their usual names.
    QString config; // model_config: a JSON object, or the path of a subtree
    QString preprocessing; // preprocessing: a JSON object, or the path of a subtree
    QString classNames; // class_names: a JSON list, the path of a list or dict, or "A,B,..."
    bool verifyBytes = false; // re-read every tensor and compare SHA-256
    // > 0: Hugging Face shards of at most this many bytes each plus their *.index.json
    // (torch and safetensors; a tensor larger than this gets a shard of its own).
    qint64 maxShardSize = 0;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress; // called from the writing thread
};

struct ManifestEntry {
    QString key; // slash path in the output
    DType dtype = DType::Unknown;
    std::vector<qint64> shape;
    QByteArray sha256; // hex of the tensor's bytes (contiguous, little-endian)
};

struct ConvertReport {
    bool ok = false;
    Phrase error; // one line: what is wrong; the target is unchanged (text() in the GUI, english() in the CLI)
    QString output;
    qint64 bytesWritten = 0;
    qint64 tensorBytes = 0;
    Phrases notes; // what was left out or changed on the way
    // Torch outputs: the globals stock torch.load(weights_only=True) refuses, if any.
    QStringList globalsNeedingCode;
    // What torch 1.13's weights_only unpickler lacks and 2.x accepts: "BINFLOAT" (any
    // Python float) and "global torch._utils._rebuild_qtensor" and the like.
    QStringList opcodesBeyondTorch113;
    QString sidecar; // package: the NAME_metadata.json written beside it
    std::vector<ManifestEntry> manifest;
    bool verified = false; // re-opened and checked against the manifest
    bool bytesVerified = false; // ... including every tensor's SHA-256
};

} // namespace ckpt
