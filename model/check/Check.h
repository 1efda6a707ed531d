#pragma once

// "Will it load?": a checkpoint checked against a model's keys as load_state_dict would
// check it, with fixes as ckpt convert arguments and the verdict after them. Value
// types in and out, no I/O beyond reading the two files: the CLI and the GUI call it.

#include "model/check/Fixes.h"
#include "model/check/LoadCheck.h"
#include "model/check/ModelSpec.h"

#include <QJsonObject>

namespace ckpt {

struct CheckOptions {
    QString statePath; // the checkpoint's state_dict at this slash path ("" = find it)
    QString modelClass; // class name for PyTorch's message when the reference has none
};

struct CheckResult {
    QString file;
    StateDict stateDict; // the checkpoint's (empty path and no node for TorchScript)
    bool scriptCheckpoint = false; // the checkpoint is a TorchScript archive: its modules' state
    std::shared_ptr<const ModelSpec> model; // shared, never copied: 100k keys are a lot to copy
    QString className; // in "Error(s) in loading state_dict for Net:"
    bool classNameKnown = false;
    LoadReport report;
    FixPlan fixes;
    // The fixes applied to the checkpoint (through the same EditPlan ckpt convert runs)
    // and checked again.
    bool fixesChecked = false;
    LoadReport afterFixes;
    Phrases notes;
    Phrase error; // the check could not be made (no state_dict ...)

    bool ok() const { return error.isEmpty(); }
    bool loads() const { return ok() && report.loadsStrict(); }
    bool loadsAfterFixes() const { return fixesChecked ? afterFixes.loadsStrict() : loads(); }
    bool loadsNonStrictAfterFixes() const
    {
        return fixesChecked ? afterFixes.loadsNonStrict() : report.loadsNonStrict();
    }
};

CheckResult checkCheckpoint(
    const CheckpointPtr &checkpoint, const std::shared_ptr<const ModelSpec> &model, const CheckOptions &options);

// The `ckpt check --json` document.
QJsonObject checkToJson(const CheckResult &r);

} // namespace ckpt
