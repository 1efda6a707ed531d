#pragma once

// The readers FormatRegistry.cpp registers, one class per format. Each class's recognises()
// and read() live in the reader's own file.
#include "model/formats/FormatReader.h"

#include <QJsonValue>

namespace ckpt {

class ZipDirectory;

// torch.save zip archives (PyTorch >= 1.6), FORMATS.md D1.
class TorchZipReader : public FormatReader {
public:
    Format format() const override { return Format::TorchZip; }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    bool recognises(const FormatProbe &probe) const override;
    bool read(const ByteSourcePtr &src, Checkpoint &out) const override;
    bool readProbed(const FormatProbe &probe, Checkpoint &out) const override;
};

// torch.jit.save archives: a torch zip with code/ and constants.pkl; read the same way.
class TorchScriptReader : public TorchZipReader {
public:
    Format format() const override { return Format::TorchScript; }
    const char *description() const override;
    QStringList nameFilters() const override;
    bool recognises(const FormatProbe &probe) const override;
};

// Pre-1.6 torch.save: stacked pickles, then the raw storages (FORMATS.md D2).
class TorchLegacyReader : public FormatReader {
public:
    Format format() const override { return Format::TorchLegacy; }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    bool recognises(const FormatProbe &probe) const override;
    bool read(const ByteSourcePtr &src, Checkpoint &out) const override;
};

// safetensors: a JSON header, then the tensors (FORMATS.md D3).
class SafetensorsReader : public FormatReader {
public:
    Format format() const override { return Format::Safetensors; }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    bool recognises(const FormatProbe &probe) const override;
    bool read(const ByteSourcePtr &src, Checkpoint &out) const override;
};

// A Hugging Face *.index.json: opens the shards beside it as one checkpoint.
class ShardedIndexReader : public FormatReader {
public:
    Format format() const override { return Format::Sharded; }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    bool recognises(const FormatProbe &probe) const override;
    bool read(const ByteSourcePtr &src, Checkpoint &out) const override;
};

// A bare pickle stream (pickle.dump), every stacked pickle scanned.
class PickleReader : public FormatReader {
public:
    Format format() const override { return Format::Pickle; }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    bool recognises(const FormatProbe &probe) const override;
    bool read(const ByteSourcePtr &src, Checkpoint &out) const override;
};

// NumPy .npy arrays and .npz archives (object arrays are pickles: scanned).
class NumpyReader : public FormatReader {
public:
    Format format() const override { return Format::Numpy; }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    bool recognises(const FormatProbe &probe) const override;
    bool read(const ByteSourcePtr &src, Checkpoint &out) const override;
};

// torch.distributed.checkpoint: a folder of `.metadata` and `__R_N.distcp` files (FORMATS.md
// D5), opened as the folder or its `.metadata`.
class DcpReader : public FormatReader {
public:
    Format format() const override { return Format::Dcp; }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    bool recognises(const FormatProbe &probe) const override;
    QString folderEntry(const QString &folder) const override;
    bool read(const ByteSourcePtr &src, Checkpoint &out) const override;
};

// Hugging Face Trainer checkpoint-N/ folders: every file of the folder that opens, read
// as if opened alone, as one checkpoint with a node per file.
class TrainerFolderReader : public FormatReader {
public:
    Format format() const override { return Format::Trainer; }
    const char *description() const override;
    QStringList nameFilters() const override;
    FormatCapabilities capabilities() const override;
    bool recognises(const FormatProbe &probe) const override;
    QString folderEntry(const QString &folder) const override;
    bool read(const ByteSourcePtr &src, Checkpoint &out) const override;
};

// Adds a checkpoint read on its own (a shard, a file of a Trainer folder) to `out`: its
// tensors and storages re-based (storages keep the file they name), findings located in
// `name`, warnings after `warningPrefix`, side trees under `sidePrefix`/, and its root as
// entry `name` of `parts`.
void mergePart(const QString &name, Checkpoint &part, Checkpoint &out, Value &parts, const QString &sidePrefix,
    const Phrase &warningPrefix);

// "WHERE: WHAT": a warning or error about one part of a checkpoint (a shard, a file of a
// folder, a record), in the language's punctuation.
Phrase about(const Phrase &where, const Phrase &what);
// The "byteorder" fact the torch readers record, and its value: "little" and "big" in the
// user's language, anything else as the file says it.
Phrase byteorderFact();
Phrase byteorderName(const QString &order);

// A JSON value as Values (objects in Qt's key order), depth-limited.
ValuePtr valueFromJson(const QJsonValue &v, int depth = 0);

// Adds `base` to every tensor index in the trees (each node once): a file read on its own
// (a shard, a DCP item) joining a larger checkpoint's tensor table.
void rebaseTensors(const std::vector<ValuePtr> &roots, int base);

// The zip readers' common path: torch.save, TorchScript and .npz archives; out.format
// follows what the archive holds (classifyZip).
// `miniz`, if given, is that file's directory as miniz reads it, parsed already (it is taken).
bool readZipArchive(const ByteSourcePtr &src, Checkpoint &out, std::shared_ptr<ZipDirectory> miniz = nullptr);
ZipContents classifyZip(const ZipDirectory &zip);

} // namespace ckpt
