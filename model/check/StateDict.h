#pragma once

// Where a checkpoint keeps its state_dict: the file itself, or a subtree training code
// writes (`model_state_dict`, Lightning's `state_dict`, `model`, `module`, `ema` ...).
// One finder for every feature that needs "the weights" of a file: check, merge, runs.

#include "model/checkpoint/Checkpoint.h"

#include <QHash>

#include <vector>

namespace ckpt {

enum class StateDictOrigin {
    Root, // the file is a state_dict
    KnownKey, // under a key training code uses (model_state_dict, state_dict, model, ...)
    Largest, // no known key: the dict that holds the most tensors
    Given, // the path the caller asked for
};

struct StateDictEntry {
    QString key;
    ValuePtr value; // a tensor, or whatever else the dict holds (`_extra_state`, a stray int)
    int tensorIndex = -1; // into Checkpoint::tensors when the value is a tensor
};

struct StateDict {
    ValuePtr node; // the dict; null when none was found
    Path path; // where it is ({} = the root)
    StateDictOrigin origin = StateDictOrigin::Root;
    bool lightning = false; // a PyTorch Lightning checkpoint (keys carry the attribute prefix)
    std::vector<StateDictEntry> entries; // string keys, in the dict's order
    int nonStringKeys = 0; // entries skipped: load_state_dict cannot use them either
    // `_metadata` of an OrderedDict from state_dict(): module prefix (no trailing dot) ->
    // version. load_state_dict hands modules their version (BatchNorm reads it).
    bool hasMetadata = false;
    QHash<QString, qint64> versions;
    std::vector<Path> alternatives; // other subtrees that hold a state_dict (an EMA copy ...)

    bool found() const { return node != nullptr; }
    // "the file itself", "'model_state_dict'", "Lightning's 'state_dict'"
    Phrase describe() const;
};

// The state_dict of a checkpoint, found as training code stores it. Not found: the file
// holds no dict with tensors.
StateDict findStateDict(const Checkpoint &c);

// The dict at a slash path ("" = the root) read as a state_dict; not found (with *error)
// when there is no dict there.
StateDict stateDictAt(const Checkpoint &c, const QString &path, QString *error);

} // namespace ckpt
