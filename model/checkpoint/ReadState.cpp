#include "model/checkpoint/ReadState.h"

namespace ckpt {

bool hasTree(const Checkpoint &ckpt)
{
    return ckpt.root || !ckpt.sideTrees.empty() || !ckpt.tensors.empty();
}

ReadState readState(const Checkpoint &ckpt)
{
    if (ckpt.ok())
        return ReadState::Complete;
    return hasTree(ckpt) || !ckpt.findings.empty() ? ReadState::Partial : ReadState::Failed;
}

} // namespace ckpt
