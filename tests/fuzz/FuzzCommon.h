#pragma once

// Shared by the libFuzzer harnesses: wrap the input, then run everything a user could
// ask of the result (tree walk, JSON, summary), so those paths are fuzzed too.
#include "model/checkpoint/CheckpointJson.h"
#include "model/checkpoint/Summary.h"
#include "model/checkpoint/TreeWalk.h"
#include "model/checkpoint/WeightsOnly.h"
#include "model/formats/FormatRegistry.h"
#include "model/io/ByteSource.h"

#include <cstddef>
#include <cstdint>

namespace fuzz {

inline ckpt::ByteSourcePtr source(const uint8_t *data, size_t size)
{
    return ckpt::ByteSource::fromBytes(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz-input"));
}

inline void exercise(ckpt::Checkpoint &c)
{
    ckpt::assignTensorPaths(c);
    ckpt::checkpointToJson(c);
    ckpt::Summary::safetyLine(c);
    c.worstVerdict();
    ckpt::weightsOnlyVerdict(c);
}

// One registered reader on the input, as openCheckpoint would run it once detected.
inline void read(ckpt::Format format, const ckpt::ByteSourcePtr &src)
{
    ckpt::Checkpoint c;
    ckpt::findReader(format)->read(src, c);
    exercise(c);
}

} // namespace fuzz
