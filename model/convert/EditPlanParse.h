#pragma once

// Edit steps from the text a user types: one parser for `ckpt convert`'s options and the
// Convert dock's step field, so both accept, refuse and explain the same things.

#include "model/convert/EditPlan.h"

#include <optional>

namespace ckpt {

// The kinds of step a user types, and the text each takes.
enum class StepForm {
    MapDevice, // "DST" (every storage) or "SRC=DST"; devices as torch names them
    DropGlob, // glob patterns (see pathMatches)
    DropRegex, // regular expressions, on the whole slash path
    KeepGlob,
    StripPrefix, // the prefix
    AddPrefix,
    Rename, // "PATH=KEY"
    Extract, // the path of the subtree that becomes the root
    Cast, // float16, bfloat16 or float32 (half, bf16, fp32, torch.float16 ... too)
    DropTrainingState, // takes no text
    KeepDType, // glob patterns: tensors that keep their dtype through every cast
    WeightsOnlySafe, // takes no text: plain-data objects into plain values (WeightsOnlySafe.h)
};

// A step, or one line saying what is wrong with the text (it reads after the name of
// the option or field: "--rename wants PATH=KEY, got 'fc'").
struct ParsedStep {
    std::optional<EditOp> op;
    Phrase error;
};

// `text` is one value; patterns are given as a list (see splitPatterns).
ParsedStep parseStep(StepForm form, const QString &text);
ParsedStep parsePatternStep(StepForm form, const QStringList &patterns);

// The dtypes a cast can write; nothing for any other name.
std::optional<DType> parseCastDType(const QString &name);
// A storage location as torch writes it: cpu, mps, meta, or cuda, xpu, hpu... with an
// optional ":N".
bool isDeviceName(const QString &name);
// Patterns typed on one line, separated by white space.
QStringList splitPatterns(const QString &text);

// `ckpt convert`'s edit options. A plan applies them in this order whatever their order
// on the command line: keep, drop, drop-training-state, extract, strip, add, renames,
// map-locations, device, dtype, keep-dtype, weights-only-safe (last: whatever the others
// dropped is not rewritten, and what they kept is checked).
struct ConvertEditOptions {
    QStringList keep, drop; // a glob each
    bool dropTrainingState = false;
    std::optional<QString> extract, stripPrefix, addPrefix;
    QStringList renames; // PATH=KEY each
    QStringList mapLocations; // SRC=DST each
    std::optional<QString> device, dtype;
    QStringList keepDType; // a glob each
    bool weightsOnlySafe = false;
};
struct ParsedPlan {
    EditPlan plan;
    Phrase error; // "--dtype wants float16, bfloat16 or float32, not 'int8'"
    bool ok() const { return error.isEmpty(); }
};
ParsedPlan planFromConvertOptions(const ConvertEditOptions &options);

} // namespace ckpt
