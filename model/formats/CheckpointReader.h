#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/io/ByteSource.h"

namespace ckpt {

// Opens any supported file, detecting the format from its bytes. Never returns null:
// on failure the Checkpoint carries `error` ("not a checkpoint: starts with a PNG
// signature") and whatever could be read. Reads metadata only.
CheckpointPtr openCheckpoint(const QString &path);
// A folder that openCheckpoint reads as one checkpoint (DCP, a Trainer checkpoint-N/), not a
// folder of them.
bool isCheckpointFolder(const QString &path);
// The same for bytes already open (fuzzers, tests): the registry's reader for them.
CheckpointPtr readCheckpoint(const ByteSourcePtr &src);
// The same into a checkpoint of the caller's (a file of a Trainer folder).
void readCheckpointInto(const ByteSourcePtr &src, Checkpoint &into);

// "FILE: problem", the one-line form every front end shows.
Phrase describeError(const Checkpoint &ckpt); // text() in the GUI, english() in the CLI

} // namespace ckpt
