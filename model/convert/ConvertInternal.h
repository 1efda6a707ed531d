#pragma once

// Shared by the output writers of Converter.cpp; not part of the public API.
#include "model/convert/Converter.h"
#include "model/io/OutputFile.h"
#include "model/tensor/TensorBytes.h"

#include <QCryptographicHash>

namespace ckpt {

struct WriteContext {
    const Checkpoint &source;
    const Checkpoint &view; // tensors/storages parallel to the source, new dtypes
    const ConvertOptions &options;
    OutputFile &file;
    TensorData bytes; // the source's tensor bytes
    ConvertReport &report;
    qint64 total = 0; // tensor bytes to write, for progress
    qint64 done = 0;
    bool hashTensors = false; // fill ManifestEntry::sha256 while writing

    WriteContext(const Checkpoint &s, const Checkpoint &v, const ConvertOptions &o, OutputFile &f, ConvertReport &r)
        : source(s), view(v), options(o), file(f), bytes(s), report(r)
    {
    }

    bool cancelled() const { return options.cancel && options.cancel->load(); }
    // Writes to the temp file, honouring cancel; sets report.error on failure.
    bool write(const char *data, qint64 size);
    void advance(qint64 n)
    {
        done += n;
        if (options.progress)
            options.progress(done, total);
    }
};

// Tensors the root reaches, each Value once, in walk order, with their output key.
struct OutputTensor {
    int tensorIndex = -1;
    QString key;
};
std::vector<OutputTensor> outputTensors(const Checkpoint &view);

// SHA-256 (hex) of a tensor's contiguous output bytes.
bool hashTensor(const TensorData &source, const Checkpoint &view, int tensorIndex, QByteArray *hex, QString *error);

// Writers: each fills report.error and returns false on failure.
bool writeTorch(WriteContext &ctx, const ValuePtr &root);
bool writeSafetensors(WriteContext &ctx);

// The inference package tree (model_state_dict, model_config, preprocessing, class_names,
// metadata) built from the edited view and the source; sidecar JSON without manifest.
ValuePtr buildPackage(const Checkpoint &source, const Checkpoint &view, const ConvertOptions &options,
    QJsonObject *sidecar, QStringList *notes, QString *error);

} // namespace ckpt
