#pragma once

// Finding how a checkpoint's keys map onto a model's: a prefix to strip and/or add
// (DataParallel's `module.`, torch.compile's `_orig_mod.`, Lightning's `model.`, or any
// other prefix many keys share) and renamed subtrees (`hidden.*` saved for `fc1.*`).
// Only key names and shapes are looked at.

#include "model/check/LoadCheck.h"

namespace ckpt {

// ckpt convert's --strip-prefix (keys that start with it lose it), then --add-prefix
// (every key gets it).
struct PrefixChange {
    QString strip, add;
    bool isIdentity() const { return strip.isEmpty() && add.isEmpty(); }
    QString apply(const QString &key) const
    {
        return add + (!strip.isEmpty() && key.startsWith(strip) ? key.mid(strip.size()) : key);
    }
};

// The change under which the most checkpoint tensors name model keys of their shape,
// never mapping two keys onto one. The identity unless the change matches more than no
// change does, and at least half of the smaller side's keys: a few look-alike names in
// an unrelated checkpoint are no prefix.
PrefixChange bestPrefixChange(const std::vector<LoadEntry> &entries, const ModelSpec &model);

// One subtree renamed: every checkpoint key under `from` (a module path, or one whole
// key) moves under `to`, and each lands on a model key of the same shape.
struct SubtreeRename {
    QString from, to; // "hidden" -> "fc1"
    std::vector<std::pair<QString, QString>> keys; // ("hidden.weight", "fc1.weight") ...
};

// Renames that account for unexpected checkpoint keys with model keys nobody supplies.
// `entries` are the checkpoint's entries (keys already prefix-changed).
std::vector<SubtreeRename> findRenames(const std::vector<LoadEntry> &entries, const QStringList &unexpected,
    const QStringList &missing, const ModelSpec &model);

} // namespace ckpt
