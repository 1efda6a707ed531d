#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/convert/ConvertOptions.h"
#include "model/formats/FileFormat.h"
#include "model/io/OutputFile.h"
#include "model/tensor/TensorBytes.h"

namespace ckpt {

// What a writer writes with: the edited view, the source its bytes come from, the temp
// file and the report to fill.
struct WriteContext {
    const Checkpoint &source;
    const Checkpoint &view; // tensors/storages parallel to the source, new dtypes
    const ConvertOptions &options;
    OutputFile &file;
    TensorData bytes; // the source's tensor bytes
    ConvertReport &report;
    qint64 total = 0; // tensor bytes to write, for progress
    qint64 done = 0;

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

// A conversion's error when it was cancelled.
Phrase cancelledError();

// A format `ckpt convert --format` writes. Registered in WriterRegistry.cpp;
// convertCheckpoint calls prepare, write, then (once the file is in place) writeCompanions.
// Each reports failure as false and one line in the report's error, without the file name.
class FormatWriter : public FileFormat {
public:
    // What openCheckpoint reads back from the file it writes (verification checks it).
    virtual Format writtenFormat() const = 0;
    // ".pt": the file name ending of its first name filter.
    QString suffix() const;
    // Whether ConvertOptions::maxShardSize may split its output into Hugging Face shards.
    virtual bool writesShards() const { return false; }
    // Whether the tensor can be stored; the others are left out (with a note).
    virtual bool holds(const TensorInfo &) const { return true; }
    // Turns the edited view into the tree the format stores (the package builds its
    // five keys around it).
    virtual bool prepare(const Checkpoint &, Checkpoint &, const ConvertOptions &, ConvertReport &) const
    {
        return true;
    }
    // Streams ctx.view into ctx.file.
    virtual bool write(WriteContext &ctx) const = 0;
    // Files written beside the output once it replaced the target (the package's sidecar).
    virtual void writeCompanions(const Checkpoint &, ConvertReport &) const { }

    // A folder format (DCP) names the file write() streams into: ctx.file is that file in a
    // temporary sibling of the target folder, write() adds the folder's other files beside
    // it, and the folder is verified (re-opened as a folder) and renamed into place whole.
    // Empty for the formats of one file.
    virtual QString folderFile() const { return QString(); }
    bool writesFolder() const { return !folderFile().isEmpty(); }
    // Which entries of an existing target folder are an earlier output it may replace.
    virtual bool replaces(const QString &entryName) const
    {
        Q_UNUSED(entryName);
        return false;
    }
};

} // namespace ckpt
