#pragma once

// Fixes for a checkpoint that does not load, each one `ckpt convert` arguments and the
// same edits as an EditPlan (so the result can be checked here, and the GUI can put
// them in its conversion plan).

#include "model/check/LoadCheck.h"
#include "model/convert/EditPlan.h"

namespace ckpt {

enum class FixKind {
    Extract, // the state_dict is nested: make it the file's root
    StripPrefix,
    AddPrefix,
    ReplacePrefix, // strip one prefix, add another
    Rename, // a renamed subtree
    DropUnexpected, // keys the model does not have
    DropMismatched, // keys the model has with another shape (a new head): load with strict=False after
};
// "extract", "strip_prefix", "add_prefix", "replace_prefix", "rename", "drop_unexpected", "drop_mismatched"
QString fixKindName(FixKind k);

struct CheckFix {
    FixKind kind = FixKind::Extract;
    Phrase description; // text() in the Compare dock, english() in `ckpt check`
    QStringList convertArgs; // {"--strip-prefix", "module."}
    QStringList keys; // checkpoint keys it renames or drops
};

struct FixPlan {
    std::vector<CheckFix> fixes;
    // Every fix as one plan, in the order `ckpt convert` applies its options (drop,
    // extract, strip, add, rename): drop patterns name paths in the source file,
    // renames name keys after the prefix change.
    EditPlan plan;
    Phrases notes; // why an expected fix is not offered
    QStringList convertArgs() const;
};

// Proposes fixes for `report` (the checkpoint's state_dict `sd` against `model`).
FixPlan proposeFixes(const StateDict &sd, const LoadInput &in, const LoadReport &report, const ModelSpec &model);

} // namespace ckpt
