#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <functional>
#include <vector>

namespace ckpt {

// One child of a node: the path step that reaches it and the value.
struct ChildRef {
    PathPart part;
    ValuePtr value;
};

// The children of a value in display and path order (the rules of the JSON `path`):
// dict entries by key (string keys as text, integer keys as integers), list/tuple/set
// items by index, an Object's state dict by attribute name, then its dict entries,
// appended items, and its constructor args under "__args__".
std::vector<ChildRef> childrenOf(const Value &v);
// The same children, one call each, without building the list: walks over every node
// of a 100k-key tree use it.
void forEachChild(const Value &v, const std::function<void(const PathPart &, const ValuePtr &)> &fn);

// Gives every tensor the first path at which a depth-first walk reaches it. Shared
// subtrees are walked once; walks deeper than `maxDepth` stop with a warning.
void assignTensorPaths(Checkpoint &ckpt, int maxDepth = 2000);

// Every path at which each tensor appears (indexed like Checkpoint::tensors), the first
// one first: a tensor two keys hold (tied weights) has two, and so has a tensor inside a
// container two keys hold, as the object torch.load returns has them (bounded: a DAG of
// shared containers is not walked into exponentially many paths).
std::vector<std::vector<Path>> tensorPaths(const Checkpoint &ckpt, int maxDepth = 2000);

} // namespace ckpt
