#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/formats/FileFormat.h"
#include "model/io/ByteSource.h"

#include <memory>
#include <optional>

namespace ckpt {

class ZipDirectory;

// What a zip archive holds, as the zip-based readers tell their files apart.
enum class ZipContents {
    NotZip,
    Unreadable, // starts like a zip, but its directory does not parse
    TorchSave, // torch.save: data.pkl (or a zip of unknown records)
    TorchScript, // torch.jit.save: code/, constants.pkl or bytecode.pkl beside data.pkl
    NumpyArchive, // np.savez: .npy records only
};

// The bytes of a file under detection, and what every reader may want to know about
// them, worked out once however many readers ask.
class FormatProbe {
public:
    explicit FormatProbe(const ByteSourcePtr &src) : m_src(src) { }
    const ByteSource &bytes() const { return *m_src; }
    const ByteSourcePtr &source() const { return m_src; }
    // Parses the zip directory (miniz's reading) on the first call.
    ZipContents zipContents() const;
    // That reading, if it parsed: a zip reader takes it over instead of parsing again (a
    // 100k-record directory costs tens of milliseconds). Null once taken, or if none.
    std::shared_ptr<ZipDirectory> takeZipDirectory() const { return std::move(m_directory); }

private:
    ByteSourcePtr m_src;
    mutable std::optional<ZipContents> m_zip;
    mutable std::shared_ptr<ZipDirectory> m_directory;
};

// A format openCheckpoint reads. Registered in FormatRegistry.cpp; detection asks each
// reader in registration order whether it recognises the bytes, and the first that does
// reads them.
class FormatReader : public FileFormat {
public:
    // The Format its files get; name() is formatName(format()), the `format` of JSON output.
    virtual Format format() const = 0;
    QString name() const final { return formatName(format()); }
    // From the bytes alone, never the file name.
    virtual bool recognises(const FormatProbe &probe) const = 0;
    // Formats that are a folder (DCP, a Trainer checkpoint-N/): the file in `folder` this
    // reader opens as the whole folder, or empty if the folder is not one of its own.
    virtual QString folderEntry(const QString &folder) const
    {
        Q_UNUSED(folder);
        return QString();
    }
    // Fills `out` (metadata only: never tensor data) and returns false with out.error set
    // to a one-line reason, without the file name, when it had to stop; whatever it read
    // before stays in `out`. Sets out.format; leaves out.file and out.fileSize to the caller.
    virtual bool read(const ByteSourcePtr &src, Checkpoint &out) const = 0;
    // The same, for bytes that detection probed: a reader may reuse what the probe parsed.
    virtual bool readProbed(const FormatProbe &probe, Checkpoint &out) const { return read(probe.source(), out); }
};

// Records why a reader stopped (keeping what it read) and returns false.
inline bool readFailed(Checkpoint &out, const Phrase &why)
{
    out.error = why;
    return false;
}

} // namespace ckpt
