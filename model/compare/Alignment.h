#pragma once

// How the two sides of a comparison line up: which subtree of each file is compared (a
// training checkpoint's `model_state_dict` against a bare state_dict) and which key
// prefix is stripped there (DataParallel's `module.`). What a file offers for both, and
// what the load check proposes.

#include "model/check/Check.h"

#include <QStringList>

namespace ckpt {

struct SideAlignment {
    QString root; // slash path of the compared subtree ("" = the whole file)
    QString strip; // key prefix stripped below it ("" = none)
    bool operator==(const SideAlignment &o) const { return root == o.root && strip == o.strip; }
    bool operator!=(const SideAlignment &o) const { return !(*this == o); }
};

struct AlignmentChoices {
    // "" (the whole file) first, then the subtrees holding tensors, by how many they hold.
    QStringList roots;
    // "" (none) first, then the prefixes many keys below `root` start with, most shared first.
    QStringList prefixes;
};

// Subtrees no deeper than `maxDepth` that hold tensors, and the prefixes of the keys below `root`.
AlignmentChoices alignmentChoices(const Checkpoint &c, const QString &root, int maxRoots = 200, int maxDepth = 3);

// The alignment the load check found: each side's state_dict, and the prefix change its
// fixes make to map the checkpoint's keys onto the model's (stripped from the
// checkpoint's keys, or what the model's keys have more). Roots only where the two
// state_dicts sit at different paths: else the whole files are compared.
void alignmentFromCheck(const CheckResult &check, SideAlignment *model, SideAlignment *checkpoint);

} // namespace ckpt
