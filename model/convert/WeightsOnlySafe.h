#pragma once

// The "Make weights-only loadable" step (issue 18): the vetted plain-data objects of a tree
// (model/safety/WeightsOnlyDoctor.h's table) rewritten into plain values, and what stock
// torch.load(weights_only=True) of 2.6 would still refuse in what the torch writer writes.

#include "model/checkpoint/Checkpoint.h"
#include "model/safety/WeightsOnlyDoctor.h"

#include <memory>
#include <vector>

class QTemporaryFile;

namespace ckpt {

// One rewritten node: where, what it was, what it became.
struct WeightsOnlyRewrite {
    QString path; // slash path ("args", "mean")
    QString from; // "argparse.Namespace", "numpy.float64", "numpy.ndarray float32 [3]"
    QString to; // "dict", "float", "tensor float32 [3]", "str"
};

// Rewrites `view` in place: Namespace, AttributeDict and defaultdict become dicts, numpy
// scalars Python numbers (bit-exact: a float32 becomes the double it equals), numpy arrays
// tensors with the same bytes (appended to view.tensors/storages; their bytes are in
// `*arrayBytes`, a temporary file that must live as long as the view), paths and lone numpy
// dtypes strings. Everything else, tensors included, stays as it was (shared, not copied).
// Returns what was rewritten; `*error` is set (and nothing changed) if the temporary file
// cannot be written.
std::vector<WeightsOnlyRewrite> makeWeightsOnlyLoadable(
    Checkpoint &view, std::shared_ptr<QTemporaryFile> *arrayBytes, Phrase *error);

// A global the torch writer would write for `view` that torch 2.6's weights_only refuses.
struct RemainingGlobal {
    RefusedGlobal global;
    QString path; // the first node that names it ("run", "model"); empty if not found
};
// Empty when the written file would load with torch.load(weights_only=True) as it is.
// `*pickleError`: the tree cannot be pickled at all (it says why).
std::vector<RemainingGlobal> weightsOnlyRefusals(const Checkpoint &view, Phrase *pickleError);

// The rewrites as the JSON array recorded in the output ([{"path", "from", "to"}]).
QByteArray rewritesJson(const std::vector<WeightsOnlyRewrite> &rewrites);

} // namespace ckpt
