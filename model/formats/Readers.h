#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/io/ByteSource.h"

#include <atomic>

namespace ckpt {

// Each reader fills `out` from the bytes (metadata only: never tensor data) and returns
// false with out.error set to a one-line reason (without the file name: the caller adds
// it) when it had to stop; whatever it read before stays in `out`.
// Records why a reader stopped (keeping what it read) and returns false.
inline bool readFailed(Checkpoint &out, const QString &why)
{
    out.error = why;
    return false;
}

bool readTorchZip(const ByteSourcePtr &src, Checkpoint &out); // torch.save zip and TorchScript
bool readTorchLegacy(const ByteSourcePtr &src, Checkpoint &out); // pre-1.6 stacked pickles
bool readSafetensors(const ByteSourcePtr &src, Checkpoint &out);
bool readShardedIndex(const ByteSourcePtr &src, Checkpoint &out); // HF *.index.json (opens the shards beside it)
bool readRawPickle(const ByteSourcePtr &src, Checkpoint &out); // a bare pickle stream (.pkl)

// Which reader the bytes call for.
enum class Detected { Unknown, Zip, LegacyPickle, Pickle, Safetensors, ShardIndex, Empty, Numpy, SevenZip };
Detected detectFormat(const ByteSource &src);

} // namespace ckpt
