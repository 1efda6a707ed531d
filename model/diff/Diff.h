#pragma once

// Comparing two checkpoints: tensors aligned by slash-joined path, classified, and
// value metrics streamed from both files through the tensor-data layer. No LibTorch.

#include "model/checkpoint/Checkpoint.h"
#include "model/diff/Tolerance.h"
#include "model/tensor/ParallelFor.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace ckpt {

enum class DiffStatus { Same, Changed, OnlyA, OnlyB, ShapeMismatch, DtypeMismatch, Error };
// "same", "changed", "only_a", "only_b", "shape_mismatch", "dtype_mismatch", "error"
QString diffStatusName(DiffStatus s);

struct DiffOptions {
    QString stripPrefix; // stripped from the keys of both sides where present
    QString stripPrefixA; // stripped from A's keys only
    QString stripPrefixB;
    // Only the tensors under this slash path of A (B) are compared, keyed from there
    // ("model_state_dict": a training checkpoint's weights against a bare state_dict).
    QString rootA, rootB;
    QString match; // glob on the aligned key; empty: every tensor
    Tolerance tolerance; // enabled: count the elements torch.allclose would not call close
    int threads = 0; // 0: QThread::idealThreadCount()
    qint64 chunkElements = qint64(1) << 16; // per read; bounds memory per thread
};

// Computed in double over the elements in row-major order.
struct ValueMetrics {
    bool valid = false;
    qint64 numel = 0;
    qint64 differing = 0; // elements with a != b
    double maxAbs = 0; // max |a-b|
    double meanAbs = 0; // mean |a-b|
    double relL2 = 0; // ||a-b|| / ||a||: NaN when ||a|| = 0 and a != b
    double cosine = 0; // a.b / (||a|| ||b||): NaN when either norm is 0
    bool toleranceChecked = false; // notClose was counted (also for bit-identical floating tensors)
    qint64 notClose = 0; // elements torch.isclose(a, b, rtol, atol) calls not close
};

struct TensorDiff {
    QString key; // aligned key (after stripping)
    QString pathA, pathB; // original slash-joined paths
    int indexA = -1, indexB = -1; // into Checkpoint::tensors
    DiffStatus status = DiffStatus::Same;
    DType dtypeA = DType::Unknown, dtypeB = DType::Unknown;
    std::vector<qint64> shapeA, shapeB;
    ValueMetrics metrics; // for changed and same-shape dtype mismatches
    Phrase error; // status Error: why the values could not be read
};

// A scalar leaf (int, float, bool, string) outside the tensors: epoch, lr, loss ...
struct ScalarDiff {
    QString key;
    QString a, b; // rendered values; empty on the missing side
    DiffStatus status = DiffStatus::Same; // Same, Changed, OnlyA or OnlyB
};

struct DiffSummary {
    int same = 0, changed = 0, onlyA = 0, onlyB = 0, shapeMismatch = 0, dtypeMismatch = 0, error = 0;
    int scalarsChanged = 0;
    int total() const { return same + changed + onlyA + onlyB + shapeMismatch + dtypeMismatch + error; }
};

struct DiffResult {
    QString fileA, fileB;
    std::vector<TensorDiff> tensors; // A's order, then keys only in B in B's order
    std::vector<ScalarDiff> scalars;
    QString hint; // e.g. no key matched but stripping a prefix would
    Tolerance tolerance; // as DiffOptions asked
    bool cancelled = false;

    DiffSummary summary() const;
    // Every tensor the same: same set of keys and identical values (scalars aside).
    bool tensorsIdentical() const;
    // torch.allclose(a, b, rtol, atol) for every tensor, and the same set of keys, shapes
    // and dtypes (allclose refuses two dtypes). Needs DiffOptions::tolerance enabled.
    bool withinTolerance() const;
};

// torch.allclose for this pair: same shape and dtype, and no element outside tolerance.
bool tensorWithinTolerance(const TensorDiff &d);

// Cancel and progress (elements compared of all to compare), from worker threads.
using DiffControl = WorkControl;

// Aligns and classifies keys only (no tensor bytes read): Changed here means
// "same shape and dtype, values not compared yet".
DiffResult alignCheckpoints(const Checkpoint &a, const Checkpoint &b, const DiffOptions &options);
// Aligns, then compares values on worker threads. Cancelled: result.cancelled is set.
DiffResult diffCheckpoints(
    const Checkpoint &a, const Checkpoint &b, const DiffOptions &options, const DiffControl &control = {});
// Reads the values of the aligned pairs of `result` (used by diffCheckpoints).
void compareValues(const Checkpoint &a, const Checkpoint &b, DiffResult *result, const DiffOptions &options,
    const DiffControl &control);

// Scalar leaves of a tree by slash-joined path (bounded), rendered as text.
std::vector<std::pair<QString, QString>> scalarLeaves(const Checkpoint &c, int maxLeaves = 20000);

QString shapeString(const std::vector<qint64> &shape); // "[2, 3]"
QJsonObject diffToJson(const DiffResult &result);

} // namespace ckpt
