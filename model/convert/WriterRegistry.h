#pragma once

#include "model/convert/FormatWriter.h"

#include <vector>

namespace ckpt {

// Every format `ckpt convert --format` writes, the default (torch) first. The save
// dialogs, the convert dock's choices and the CLI's help come from here; readers are in
// model/formats/FormatRegistry.h.
const std::vector<const FormatWriter *> &formatWriters();
const FormatWriter &defaultWriter();
// By --format name ("safetensors"); nullptr if none.
const FormatWriter *findWriter(const QString &name);
// The writer a file name asks for: the first in formatWriters() whose suffix it ends with
// (".pt" torch, ".safetensors"), else the default (torch: ".pth", ".bin", ".ckpt"); never a
// folder format (DCP), which has no suffix.
const FormatWriter &writerForFileName(const QString &path);
// "torch, safetensors, package or dcp", for help and error messages.
QString writerNames();
// "safetensors (*.safetensors);;All files (*)" for the save dialog of one writer.
QString saveDialogFilters(const FormatWriter &writer);

} // namespace ckpt
