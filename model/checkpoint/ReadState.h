#pragma once

#include "model/checkpoint/Checkpoint.h"

namespace ckpt {

// How much of a file was read: all of it; a part (a tree, tensors or graded globals were
// read before the error: shown, with the error); nothing (only the error). `ckpt info`
// exits 0, 1 and 2 for these, and the app says which it is.
enum class ReadState { Complete, Partial, Failed };

ReadState readState(const Checkpoint &ckpt);
// Something of the tree can be shown: a root, a side tree or a tensor.
bool hasTree(const Checkpoint &ckpt);

} // namespace ckpt
