#pragma once

// The writers WriterRegistry.cpp registers, one class per format, each defined in its
// own file (TorchOutput.cpp, SafetensorsOutput.cpp, Package.cpp, DcpOutput.cpp).
#include "model/convert/FormatWriter.h"

namespace ckpt {

// torch.save's zip layout with our pickler (TorchPickler) and ZipWriter; no LibTorch.
class TorchWriter : public FormatWriter {
public:
    QString name() const override { return QStringLiteral("torch"); }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    Format writtenFormat() const override { return Format::TorchZip; }
    bool writesShards() const override { return true; }
    bool write(WriteContext &ctx) const override;
};

// safetensors (FORMATS.md D3): tensors only, each its own copy.
class SafetensorsWriter : public FormatWriter {
public:
    QString name() const override { return QStringLiteral("safetensors"); }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    Format writtenFormat() const override { return Format::Safetensors; }
    bool writesShards() const override { return true; }
    bool holds(const TensorInfo &t) const override;
    // A DCP state becomes one flat dict keyed by fully qualified names.
    bool prepare(
        const Checkpoint &source, Checkpoint &out, const ConvertOptions &options, ConvertReport &report) const override;
    bool write(WriteContext &ctx) const override;
};

// The inference package PyTorch tutorials teach, as a torch file plus NAME_metadata.json.
class PackageWriter : public TorchWriter {
public:
    QString name() const override { return QStringLiteral("package"); }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    bool writesShards() const override { return false; } // one file and its sidecar
    bool prepare(
        const Checkpoint &source, Checkpoint &out, const ConvertOptions &options, ConvertReport &report) const override;
    void writeCompanions(const Checkpoint &out, ConvertReport &report) const override;
};

// torch.distributed.checkpoint folders (FORMATS.md D5) as one process's dcp.save writes
// them: `.metadata`, a protocol-4 pickle of DCP's Metadata, and `__0_0.distcp`, where each
// item is a complete torch.save archive: one whole chunk per tensor, every other leaf
// torch.save'd as a BYTE_IO item. The state is flattened by DCP's rules (DcpFlatten.h).
class DcpWriter : public FormatWriter {
public:
    QString name() const override { return QStringLiteral("dcp"); }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    Format writtenFormat() const override { return Format::Dcp; }
    bool holds(const TensorInfo &t) const override;
    bool write(WriteContext &ctx) const override;
    QString folderFile() const override { return QStringLiteral("__0_0.distcp"); }
    bool replaces(const QString &entryName) const override;
};

} // namespace ckpt
