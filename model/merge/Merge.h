#pragma once

// Averaging and merging checkpoints (model soups, SWA over the last epochs, add-difference):
// each input's state_dict found as `ckpt check` finds it, keys aligned by name, a preflight
// that refuses before anything is read or written when key sets, shapes or dtypes
// disagree, then floating tensors combined in float64 block by block and stored in the
// first input's dtype (rounded as torch's .to()); every other tensor comes from the first
// input. Written through convertCheckpoint (temp file, verify, rename).

#include "model/check/StateDict.h"
#include "model/checkpoint/Checkpoint.h"
#include "model/convert/ConvertOptions.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace ckpt {

enum class MergeMethod {
    Average, // sum(w_i * x_i) / sum(w_i): uniform when no weights are given
    AddDifference, // A + alpha * (B - C): exactly three inputs
};

struct MergeOptions {
    QStringList inputs;
    MergeMethod method = MergeMethod::Average;
    std::vector<double> weights; // Average: one per input, or empty for uniform
    double alpha = 1.0; // AddDifference
    ConvertOptions write; // output, writer, cancel, progress (of the whole merge)
};

enum class MergeFailure {
    None,
    BadRequest, // options that make no merge (one input, weights of the wrong count ...)
    Unreadable, // an input does not open or holds no state_dict
    Mismatch, // the preflight: key sets, shapes or dtypes differ
    Failed, // reading or writing failed part-way (the target is unchanged)
};

struct MergeReport {
    MergeFailure failure = MergeFailure::None;
    Phrase error; // one line
    QString errorFile; // the input the error is about, if one
    Phrases offendingKeys; // Mismatch: the keys, with what differs
    Phrases stateDicts; // per input: where its state_dict is ("the file itself", "'model_state_dict'")
    QStringList sha256; // per input, hex
    int merged = 0; // floating tensors combined
    int copied = 0; // tensors taken from the first input (integers, bool)
    qint64 resultBytes = 0; // the tensors of the result (the first input's state_dict)
    QString recipe; // JSON, as recorded in the output
    ConvertReport written;
    bool ok() const { return failure == MergeFailure::None; }
};

// "average" / "add-difference" and back (false for any other name).
QString mergeMethodName(MergeMethod m);
bool parseMergeMethod(const QString &name, MergeMethod *out);

MergeReport mergeCheckpoints(const MergeOptions &options);
// Everything mergeCheckpoints checks before it reads a tensor (the request, the inputs, the
// preflight), without writing: `merged` and `copied` say what a merge would do. The output
// is not looked at.
MergeReport preflightMerge(const MergeOptions &options);
// What is wrong with the request itself (counts, weights, alpha), without reading a file;
// empty if nothing. The first check of both functions above.
Phrase mergeRequestProblem(const MergeOptions &options);

// The writing half of a merge, for anything that makes a state_dict out of another one
// (mergeCheckpoints, the LoRA merge): `base`'s state_dict `sd` written through
// convertCheckpoint with the tensors `produce` makes in place of the base's. `produce` is
// asked once per tensor: it fills `bytes` (the tensor's dtype, row-major) to replace it,
// leaves `bytes` empty to keep it, or returns false with *error set to fail. Made tensors go
// to a scratch file as they come (memory stays near the largest tensor). The recipe goes
// into the safetensors __metadata__ under `recipeKey`, or beside OUT as OUT + `sidecarSuffix`.
using TensorProducer
    = std::function<bool(const QString &key, const TensorInfo &t, std::vector<uchar> &bytes, Phrase *error)>;
struct RewriteReport {
    Phrase error; // one line; empty on success
    int replaced = 0, kept = 0;
    ConvertReport written;
    bool ok() const { return error.isEmpty(); }
};
RewriteReport writeStateDict(const Checkpoint &base, const StateDict &sd, const TensorProducer &produce,
    const QString &recipeKey, const QString &recipe, const QString &sidecarSuffix, const ConvertOptions &write);

} // namespace ckpt
