#pragma once

#include <QStringList>

namespace ckpt {

struct Checkpoint;

// The answer users need most: would stock torch.load(path, weights_only=True) load this
// file, and if not, why.
struct WeightsOnlyVerdict {
    bool loadable = false;
    // Globals in the stream torch.load unpickles that its allow-list refuses, as
    // torch.serialization.get_unsafe_globals_in_checkpoint lists them ("module.name" as
    // written in the pickle, sorted). Unlike PyTorch we also resolve STACK_GLOBAL and INST.
    QStringList unsafeGlobals;
    QStringList reasons; // everything else: the format, refused opcodes, a parse error
};

WeightsOnlyVerdict weightsOnlyVerdict(const Checkpoint &ckpt);

} // namespace ckpt
