#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QRegularExpression>

#include <atomic>
#include <map>
#include <memory>

namespace ckpt {

// What the filter bar asks for. A pattern with '/' is matched against the full path,
// otherwise against the key; always case-insensitive. dtype / device restrict matches
// to tensors with that dtype / device.
struct FilterSpec {
    enum class Mode { Substring, Glob, Regex };
    Mode mode = Mode::Substring;
    QString text;
    QString dtype;
    QString device;
    // The rows are those of the tree grouped by module (CheckpointTreeModel::setGroupByModule).
    bool groupByModule = false;

    bool isEmpty() const { return text.isEmpty() && dtype.isEmpty() && device.isEmpty(); }
    bool operator==(const FilterSpec &o) const
    {
        return mode == o.mode && text == o.text && dtype == o.dtype && device == o.device
            && groupByModule == o.groupByModule;
    }
};

// The rows a filter keeps, as a trie of row numbers in the tree model's order: a row is
// kept when it is in the trie (it matched, or something below it did) or when one of its
// ancestors matched (a matching container stays browsable).
struct FilterResult {
    struct Node {
        bool matched = false;
        std::map<int, std::unique_ptr<Node>> children;
    };
    Node root;
    int matches = 0; // rows that matched themselves
    QString error; // invalid regular expression
    bool complete = true; // false when cancelled

    bool accepts(const std::vector<int> &parentRows, int row) const;
};

// Walks the whole tree the way CheckpointTreeModel lays it out. Shared containers are
// searched once, at their first path. Pure: safe on a worker thread.
std::shared_ptr<const FilterResult> runFilter(
    const Checkpoint &ckpt, const FilterSpec &spec, const std::atomic_bool *cancel = nullptr);

} // namespace ckpt
