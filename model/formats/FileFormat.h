#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <vector>

namespace ckpt {

// What a format can do and what a file of it can hold.
enum class FormatCapability {
    Read = 0x1, // openCheckpoint reads it (a FormatReader)
    Write = 0x2, // ckpt convert --format writes it (a FormatWriter)
    NestedObjects = 0x4, // any tree of dicts, lists, scalars and objects beside the tensors
    SharedStorage = 0x8, // tensors may be views of one storage (aliases stay aliases)
    Quantized = 0x10, // quantized tensors (scale, zero point, per-channel parameters)
    Metadata = 0x20, // string key/value metadata of the file (safetensors' __metadata__)
    Pickle = 0x40, // holds pickles: loading it can import and call code, so it is scanned
    MultipleFiles = 0x80, // one checkpoint over several files (an index and its shards)
    Checksums = 0x100, // records the SHA-256 of every tensor (the package's manifest)
};
Q_DECLARE_FLAGS(FormatCapabilities, FormatCapability)
Q_DECLARE_OPERATORS_FOR_FLAGS(FormatCapabilities)

// A file format we read or write, in the spirit of Tiled's FileFormat: its name, the file
// names it goes by and what it can hold. Readers (FormatReader) and writers (FormatWriter)
// derive from it and are listed in their registries (FormatRegistry.h, WriterRegistry.h).
// Errors are reported the same way everywhere: false and one line that does not name the
// file (the caller adds it).
class FileFormat {
public:
    virtual ~FileFormat() = default;

    // What scripts use: `format` in `ckpt info --json` for readers ("torch-zip"), the
    // value of `ckpt convert --format` for writers ("torch").
    virtual QString name() const = 0;
    // For dialogs and help, in English, marked with QT_TRANSLATE_NOOP("ckpt::FileFormat", ...).
    virtual const char *description() const = 0;
    // Wildcards of the file names it goes by, the usual one first ("*.pt", "*.pth").
    virtual QStringList nameFilters() const = 0;
    virtual FormatCapabilities capabilities() const = 0;

    bool can(FormatCapability c) const { return capabilities().testFlag(c); }
    // The description in the user's language.
    QString displayName() const;
    // "PyTorch checkpoint (*.pt *.pth)": one entry of a Qt file-dialog filter.
    QString dialogFilter() const;
};

// A Qt file-dialog filter string: one entry per format, led by an entry `allLabel` over
// every pattern (and `extraPatterns`) when it is not empty, ended by "All files (*)".
QString dialogFilters(
    const std::vector<const FileFormat *> &formats, const QString &allLabel, const QStringList &extraPatterns = {});

} // namespace ckpt
