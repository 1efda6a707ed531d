#pragma once

#include "model/checkpoint/Checkpoint.h"

namespace ckpt {

// Opens any supported file, detecting the format from its bytes. Never returns null:
// on failure the Checkpoint carries `error` ("not a checkpoint: starts with a PNG
// signature") and whatever could be read. Reads metadata only.
CheckpointPtr openCheckpoint(const QString &path);

// "FILE: problem", the one-line form every front end shows.
QString describeError(const Checkpoint &ckpt);

} // namespace ckpt
