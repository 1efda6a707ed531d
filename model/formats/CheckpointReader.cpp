#include "model/formats/CheckpointReader.h"

#include "model/checkpoint/TreeWalk.h"
#include "model/formats/FormatRegistry.h"
#include "model/formats/NumpyTensors.h"
#include "model/formats/Readers.h"
#include "model/io/ZipDirectory.h"
#include "model/safety/PickleFindings.h"

#include <QFileInfo>

#include <cstring>

namespace ckpt {

namespace {
// Why the bytes are not a checkpoint: "not a checkpoint: it is a PNG image".
Phrase notACheckpoint(const ByteSource &src)
{
    static const struct {
        const char *magic;
        int size;
        const char *why;
    } kKnown[] = {
        { "\x89PNG\r\n\x1a\n", 8, QT_TRANSLATE_NOOP("ckpt::Formats", "not a checkpoint: it is a PNG image") },
        { "\xff\xd8\xff", 3, QT_TRANSLATE_NOOP("ckpt::Formats", "not a checkpoint: it is a JPEG image") },
        { "GIF8", 4, QT_TRANSLATE_NOOP("ckpt::Formats", "not a checkpoint: it is a GIF image") },
        { "%PDF", 4, QT_TRANSLATE_NOOP("ckpt::Formats", "not a checkpoint: it is a PDF document") },
        { "\x1f\x8b", 2, QT_TRANSLATE_NOOP("ckpt::Formats", "not a checkpoint: it is gzip data") },
        { "7z\xbc\xaf\x27\x1c", 6, QT_TRANSLATE_NOOP("ckpt::Formats", "not a checkpoint: it is a 7z archive") },
        { "\x93NUMPY", 6, QT_TRANSLATE_NOOP("ckpt::Formats", "not a checkpoint: it is a NumPy .npy file") },
        { "\x89HDF", 4, QT_TRANSLATE_NOOP("ckpt::Formats", "not a checkpoint: it is an HDF5 file") },
        { "version https://git-lfs", 23,
            QT_TRANSLATE_NOOP(
                "ckpt::Formats", "not a checkpoint: it is a Git LFS pointer (the real file was never downloaded)") },
    };
    for (const auto &k : kKnown)
        if (src.contains(0, k.size) && memcmp(src.data(), k.magic, size_t(k.size)) == 0)
            return Phrase::translate("ckpt::Formats", k.why);
    QString hex;
    for (qint64 i = 0; i < qMin<qint64>(8, src.size()); ++i)
        hex += QStringLiteral("%1 ").arg(src.data()[i], 2, 16, QLatin1Char('0'));
    return Phrase::translate("ckpt::Formats", "not a checkpoint: starts with bytes %1").arg(hex.trimmed());
}
} // namespace

bool isCheckpointFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return false;
    for (const FormatReader *reader : formatReaders())
        if (!reader->folderEntry(info.absoluteFilePath()).isEmpty())
            return true;
    return false;
}

CheckpointPtr openCheckpoint(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        // A folder is one checkpoint when a folder format claims it (DCP, Trainer checkpoint-N/).
        const QString folder = info.absoluteFilePath();
        for (const FormatReader *reader : formatReaders()) {
            const QString entry = reader->folderEntry(folder);
            if (entry.isEmpty())
                continue;
            auto ckpt = std::make_shared<Checkpoint>();
            ckpt->file = folder;
            ckpt->format = reader->format();
            Phrase error;
            if (const ByteSourcePtr src = ByteSource::open(entry, &error)) {
                ckpt->fileSize = src->size();
                reader->read(src, *ckpt);
            } else {
                ckpt->error = about(QFileInfo(entry).fileName(), error);
            }
            addPickledNumpyTensors(*ckpt);
            assignTensorPaths(*ckpt);
            if (!ckpt->root && ckpt->ok())
                ckpt->error = Phrase::translate("ckpt::Formats", "no object found");
            return ckpt;
        }
        auto ckpt = std::make_shared<Checkpoint>();
        ckpt->file = folder;
        ckpt->error = Phrase::translate("ckpt::Formats",
            "is a directory, and not a checkpoint folder (no DCP .metadata, no Trainer trainer_state.json)");
        return ckpt;
    }
    Phrase error;
    ByteSourcePtr src = ByteSource::open(path, &error);
    if (!src) {
        auto ckpt = std::make_shared<Checkpoint>();
        ckpt->file = QFileInfo(path).absoluteFilePath();
        ckpt->error = error;
        return ckpt;
    }
    CheckpointPtr ckpt = readCheckpoint(src);
    if (ckpt->format == Format::Unknown) {
        // The file a folder format opens by (a Trainer folder's trainer_state.json, picked
        // in the Open dialog) opens the folder it describes.
        const QString folder = QFileInfo(ckpt->file).absolutePath();
        for (const FormatReader *reader : formatReaders())
            if (reader->folderEntry(folder) == ckpt->file)
                return openCheckpoint(folder);
    }
    return ckpt;
}

CheckpointPtr readCheckpoint(const ByteSourcePtr &src)
{
    auto ckpt = std::make_shared<Checkpoint>();
    readCheckpointInto(src, *ckpt);
    return ckpt;
}

void readCheckpointInto(const ByteSourcePtr &src, Checkpoint &into)
{
    Checkpoint *ckpt = &into;
    ckpt->file = QFileInfo(src->path()).absoluteFilePath();
    ckpt->fileSize = src->size();
    const FormatProbe probe(src);
    if (const FormatReader *reader = detectFormat(probe)) {
        ckpt->format = reader->format();
        reader->readProbed(probe, *ckpt);
    } else if (src->size() == 0) {
        ckpt->error = Phrase::translate("ckpt::Formats", "file is empty");
    } else if (src->contains(0, 6) && std::memcmp(src->data(), "7z\xbc\xaf\x27\x1c", 6) == 0) {
        // picklescan extracts 7z members; we have no 7z reader, so say so instead of "safe".
        ckpt->error = Phrase::translate("ckpt::Formats", "7z archive: not scanned (extract it and scan what it holds)");
        ckpt->findings.push_back({ QString(), Verdict::Invalid, Phrase::translate("ckpt::Safety", "7z archive"),
            Phrase::translate("ckpt::Safety", "7z archive: not scanned"), false });
    } else {
        ckpt->error = notACheckpoint(*src);
    }
    // A file torch.load would read through its legacy path whatever we read it as.
    const bool torchLoadUnpicklesIt = ckpt->format == Format::Safetensors || ckpt->format == Format::Unknown
        || (ckpt->format == Format::Numpy && !ZipDirectory::looksLikeZip(*src));
    if (torchLoadUnpicklesIt && src->size() > 0)
        scanWhatTorchLoadUnpickles(
            *ckpt, QByteArray::fromRawData(reinterpret_cast<const char *>(src->data()), src->size()));
    addPickledNumpyTensors(*ckpt);
    assignTensorPaths(*ckpt);
    if (!ckpt->root && ckpt->ok())
        ckpt->error = Phrase::translate("ckpt::Formats", "no object found");
}

Phrase describeError(const Checkpoint &ckpt)
{
    return about(ckpt.file, ckpt.error);
}

} // namespace ckpt
