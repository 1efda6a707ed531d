#pragma once

#include "model/checkpoint/TreeWalk.h"

#include <QCoreApplication>

namespace ckpt {

// What a tree row shows as its icon and what filters and exports call it.
enum class NodeKind { Tensor, Parameter, Buffer, Dict, List, Object, Scalar };

// The rows under the invisible root of the tree: the root's children, then each side
// tree (TorchScript constants, legacy sys_info) under its name. A root object (a whole
// pickled model) or a root without children (a bare tensor) is one row with `isRoot`
// set: it has an empty path, and the paths below it start at its children.
struct TopRow {
    ChildRef ref;
    bool isRoot = false;
};
std::vector<TopRow> topLevelRows(const Checkpoint &ckpt);

// Number of children childrenOf() gives, without building them where that is cheap.
size_t childCount(const Value &v);

// Parameter: an nn.Parameter or a tensor under a module's `_parameters`. Buffer: under
// `_buffers`, or a BatchNorm running statistic in a state_dict (named so by PyTorch).
NodeKind nodeKindOf(const Checkpoint &ckpt, const Value &v, const QString &key, const QString &parentKey);

// "tensor", "Parameter", "dict · 4 keys", "list · 3 items", "__main__.Net", "int" ...
QString kindText(const Checkpoint &ckpt, const Value &v, NodeKind kind);
// "[2, 1, 3, 3]" for tensors and numpy arrays; empty otherwise.
QString shapeText(const Checkpoint &ckpt, const Value &v);
// The device as saved, for tensors.
QString deviceOf(const Checkpoint &ckpt, const TensorInfo &t);

} // namespace ckpt
