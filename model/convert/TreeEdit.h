#pragma once

#include "model/checkpoint/TensorInfo.h"
#include "model/pickle/Value.h"

#include <functional>

namespace ckpt {

// Copy-on-write helpers over the shared, immutable Value tree: a changed node is a new
// shallow copy, every unchanged subtree keeps its pointer (so shared tensors stay shared).
ValuePtr shallowCopy(const Value &v);

// Walks the tree and drops nodes for which `drop(path)` is true. Returns the (possibly
// new) node; the root itself is never dropped. `removed` counts dropped nodes.
ValuePtr dropWhere(const ValuePtr &root, const std::function<bool(const QString &path)> &drop, int *removed);

// Keeps nodes whose path matches, with their ancestors and whole subtrees.
ValuePtr keepWhere(const ValuePtr &root, const std::function<bool(const QString &path)> &keep, int *kept);

// Applies `rename(key)` to the string keys of every dict that holds a tensor directly,
// and to the keys of its `_metadata` (so load_state_dict still finds module versions).
// `rename` returns the key unchanged to leave it. `changed` counts renamed keys.
ValuePtr renameStateDictKeys(const ValuePtr &root, const std::function<QString(const QString &)> &rename,
    const std::function<QString(const QString &)> &renameMeta, int *changed);

// The node at a slash path ("model_state_dict/fc1.weight"); keys may contain '/'.
ValuePtr nodeAt(const ValuePtr &root, const QString &path);

// Replaces the key of the node at `path` with `newKey`. Null if the path is not found.
ValuePtr renameAt(const ValuePtr &root, const QString &path, const QString &newKey);

} // namespace ckpt
