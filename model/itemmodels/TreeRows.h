#pragma once

#include "model/checkpoint/TreeWalk.h"

#include <QCoreApplication>
#include <QMap>

#include <memory>

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
// The last of those rows: one per side tree.
std::vector<TopRow> sideTreeRows(const Checkpoint &ckpt);

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
// How many tensors of each dtype ("float32") and device ("cuda:0") a checkpoint holds: the
// tree filter's and the Convert dock's choices (one pass, no string hashed per tensor).
struct TensorKinds {
    QMap<QString, int> dtypes, devices;
};
TensorKinds tensorKinds(const Checkpoint &ckpt);

// The module view of a state_dict: its dotted keys ("model.layers.0.q_proj.weight") as
// tree levels, one row per dotted component, with the tensor totals of each module.
// A leaf row is one of the dict's own entries, shown by its last component.
struct ModuleRow {
    // A leaf's whole key; a module's dotted prefix ("model.layers.0") is the start of the
    // first key below it. Shared with the key, so 100k modules cost no string of their own.
    QString key;
    int prefixLength = 0;
    int nameAt = 0; // where its own name starts in the prefix, after the last dot
    int child = -1; // a leaf: its index among the children given; -1 for a module
    std::vector<ModuleRow> rows; // a module's rows, in the order their first key comes
    qint64 tensors = 0, parameters = 0, bytes = 0; // a module's, each tensor counted once
    bool isModule() const { return child < 0; }
    QStringView prefixView() const { return QStringView(key).left(prefixLength); }
    QString prefix() const { return prefixView().toString(); }
    // "layers", "0", "weight": made when a row is shown, not for each of 100k keys up front.
    QStringView nameView() const { return prefixView().mid(nameAt); }
    QString name() const { return nameView().toString(); }
};
// Whether children read as a state_dict: string keys of attribute names and indexes
// joined by dots (a dot in at least one; no file names), tensors, and no container among
// them (a dict of configs stays as it is).
bool groupsByModule(const std::vector<ChildRef> &children);
std::vector<ModuleRow> moduleRows(const Checkpoint &ckpt, const std::vector<ChildRef> &children);
// The children of the top rows (see topLevelRows) that read as a state_dict: the root's
// own children when it is unfolded; the side trees are not among them.
size_t groupableTopRows(const Checkpoint &ckpt, const std::vector<TopRow> &rows);
// A dict's children and their module rows (moduleRows), as the grouped tree shows them.
struct ModuleGrouping {
    std::vector<ChildRef> refs;
    std::vector<ModuleRow> rows;
};
// The groupable top rows grouped, or null when they do not read as a state_dict. A 100k-key
// state_dict takes a while: TreeTotals computes it on the worker beside the totals.
std::shared_ptr<const ModuleGrouping> groupTopRows(const Checkpoint &ckpt, const std::vector<TopRow> &top);

} // namespace ckpt
