#pragma once

// Shared by the libFuzzer harnesses: wrap the input, then run everything a user could
// ask of the result (tree walk, JSON, summary), so those paths are fuzzed too.
#include "model/checkpoint/CheckpointJson.h"
#include "model/checkpoint/Summary.h"
#include "model/checkpoint/TreeWalk.h"
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
    c.weightsOnlyLoadable();
}

} // namespace fuzz
