#pragma once

#include "model/formats/FormatReader.h"

#include <vector>

namespace ckpt {

// Every format openCheckpoint reads, in the order detection asks them (the most specific
// first: a TorchScript archive is a zip too). The open dialogs, `ckpt info`'s formats and
// the README's list come from here; writers are in model/convert/WriterRegistry.h.
const std::vector<const FormatReader *> &formatReaders();
// By `format` name ("torch-zip") or by Format; nullptr if none.
const FormatReader *findReader(const QString &name);
const FormatReader *findReader(Format format);
// The first reader that recognises the bytes, or nullptr.
const FormatReader *detectFormat(const ByteSourcePtr &src);
// The same over a probe the caller keeps, to hand to FormatReader::readProbed().
const FormatReader *detectFormat(const FormatProbe &probe);

// "Checkpoints (*.pt ...);;PyTorch checkpoint (*.pt ...);;...;;All files (*)" for a
// file dialog that opens checkpoints; `extraPatterns` join the first entry.
QString openDialogFilters(const QString &allLabel, const QStringList &extraPatterns = {});

} // namespace ckpt
