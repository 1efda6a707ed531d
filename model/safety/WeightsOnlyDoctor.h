#pragma once

// The weights_only doctor (issue 18): why torch.load(weights_only=True) refuses a file, every
// refused global at once with a plain sentence and a class, the lines that make today's torch
// accept the plain-data part, and the table the "Make weights-only loadable" rewrite follows.
// The vetted pure-data list and its sentences live here, in one table (WeightsOnlyDoctor.cpp).

#include "model/checkpoint/Finding.h"
#include "model/checkpoint/WeightsOnly.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace ckpt {

struct Checkpoint;

// What a refused global is, for the user deciding what to do with it.
enum class RefusedClass {
    Data, // plain data on the vetted list (or in another release's allow-list): allow it or rewrite it
    Code, // a model or custom class: loading it needs its code (weights_only=False)
    Dangerous, // on a scanner deny-list (as model/safety grades it)
};
// "data", "code", "dangerous" (the JSON contract)
QString refusedClassName(RefusedClass c);

// How the rewrite turns one vetted class into plain values.
enum class DataRewrite {
    None, // nothing to rewrite: 2.x's allow-list holds it (only 1.13 refuses it)
    ToDict, // argparse.Namespace, Lightning's AttributeDict, defaultdict: a plain dict
    ToNumber, // a numpy scalar: a Python int, float or bool
    ToTensor, // a numpy array: a tensor with the same bytes
    ToString, // a pathlib path, a numpy dtype on its own: its text
    Part, // a piece of another rewritten value (numpy.dtype, numpy.ndarray): goes with it
    NotRewritten, // plain data the rewrite does not handle (OmegaConf): allow it, or drop it
};

// One entry of the vetted list of pure-data globals: as written in the pickle.
struct PureDataGlobal {
    const char *global; // "argparse.Namespace"
    const char *sentence; // QT_TRANSLATE_NOOP("ckpt::WeightsOnlyDoctor", ...): what it is
    DataRewrite rewrite;
};
// The vetted list (numpy 1.x numpy.core.* and 2.x numpy._core.* names both).
const std::vector<PureDataGlobal> &pureDataGlobals();
// The entry for "module.name", or nullptr.
const PureDataGlobal *findPureDataGlobal(const QString &global);

// One global a release refuses.
struct RefusedGlobal {
    QString global;
    RefusedClass cls = RefusedClass::Code;
    Phrase why; // a plain sentence: text() in the GUI, english() in the CLI and JSON
    TorchReleases refusedBy = 0; // which releases refuse it
};

// The doctor's answer for one file: per release, whether it loads and every global that
// stops it; and the snippet that allows the data part in today's torch.
struct WeightsOnlyExplanation {
    std::array<WeightsOnlyVerdict, 3> verdicts; // kTorchReleases order
    std::array<std::vector<RefusedGlobal>, 3> refused; // per release, sorted by name
    std::vector<RefusedGlobal> all; // the union, each once, refusedBy filled in
    // Paste-ready Python that makes torch >= 2.6 accept the file when everything it refuses is
    // data (empty when 2.6 already loads it); names what it cannot allow when code remains.
    QString allowSnippet;
    bool onlyDataRefused = false; // every global 2.6 refuses is plain data
};

WeightsOnlyExplanation explainWeightsOnly(const Checkpoint &ckpt);

// The class and sentence of one global a release refuses (`verdict`: the scanner's grade).
RefusedGlobal classifyRefusedGlobal(const QString &global, Verdict verdict);

// The snippet for these refused globals (those not Data are named in a comment). `file` is
// the path shown in the torch.load line; `numpyDtypeCodes` the numpy type codes the file's
// scalars and arrays use ("f8", "i8"): torch >= 2.6 also checks each dtype's own class.
QString allowSnippet(
    const std::vector<RefusedGlobal> &refused, const QString &file, const QStringList &numpyDtypeCodes);

// "1.13", "2.0-2.5", "2.6+": the keys of `ckpt scan --explain --json`'s "weights_only".
QString releaseKey(TorchRelease r);

} // namespace ckpt
