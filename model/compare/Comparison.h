#pragma once

// One comparison of two checkpoints, as the Compare dock shows it: B opened (unless it
// is open already), the load check of one side against the other (model/check, the
// same result `ckpt check` prints), the alignment of both sides (proposed from the
// check, or as asked) and the diff under it (model/diff). Value types in and out: it
// runs on a worker and never touches a widget.

#include "model/check/Check.h"
#include "model/compare/Alignment.h"
#include "model/diff/Diff.h"

namespace ckpt {

// Which file plays the model in the load check.
enum class CheckDirection {
    BIntoA, // A is the model's side, B the checkpoint: "Loads into A?"
    AIntoB, // B is the model's side, A (with its conversion plan) the checkpoint
};

struct ComparisonRequest {
    CheckpointPtr a; // the document's file
    CheckpointPtr aPlanned; // A with the conversion plan applied; null when there is no plan
    QString fileB;
    CheckpointPtr b; // B when it is open already (same file), else null
    CheckDirection direction = CheckDirection::BIntoA;
    bool proposeAlignment = true; // align as the check says; else alignA / alignB
    SideAlignment alignA, alignB;
    bool diff = true; // false: the check only (the plan changed)
};

struct Comparison {
    CheckpointPtr b;
    Phrase error; // B could not be opened
    CheckDirection direction = CheckDirection::BIntoA;
    CheckResult check; // check.error: the check could not be made
    SideAlignment alignA, alignB;
    AlignmentChoices choicesA, choicesB;
    bool diffed = false;
    DiffResult diff;
};

// The diff's options for an alignment.
DiffOptions diffOptions(const SideAlignment &a, const SideAlignment &b);

// Loads `checkpoint` into the model whose keys `model` has, as `ckpt check CHECKPOINT --against MODEL` does.
CheckResult checkAgainst(const CheckpointPtr &checkpoint, const CheckpointPtr &model);

Comparison runComparison(const ComparisonRequest &request, const DiffControl &control = {});

} // namespace ckpt
