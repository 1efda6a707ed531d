#pragma once

#include "model/convert/ConvertOptions.h"
#include "model/convert/EditPlan.h"

namespace ckpt {

// Writes the edited checkpoint. Writes to a temp file beside the target, fsyncs,
// re-opens it and checks it against the manifest, then renames it over the target. On
// any failure (disk full, permission denied, cancel) the temp file is removed and the
// target is left as it was. Refuses to write over the source. The writers are ours: no
// LibTorch. Safe to call from a worker thread.
ConvertReport convertCheckpoint(const CheckpointPtr &source, const EditResult &edit, const ConvertOptions &options);

} // namespace ckpt
