#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace ckpt {

// One step of a conversion. Steps are applied in order to the Value tree; none of them
// touches tensor bytes (a cast only changes the dtype the writer will produce).
struct EditOp {
    enum class Kind {
        RemapDevice, // from ("" = every device) -> to, on storage location tags
        Keep, // keep nodes matching `patterns` (with their ancestors and subtrees)
        Drop, // drop nodes matching `patterns`
        StripPrefix, // text: remove from the keys of every dict that holds tensors
        AddPrefix, // text: add to the keys of every dict that holds tensors
        Rename, // from: slash path of a node, to: its new key
        Extract, // from: slash path of the subtree that becomes the root
        Cast, // dtype: floating tensors to float16 / bfloat16 / float32
        DropTrainingState, // optimizer, schedulers, scaler, RNG states, loops, callbacks
        KeepDType, // tensors matching `patterns` keep the source's dtype, whatever casts come before or after
        // Plain-data objects (Namespace, numpy scalars and arrays, paths ...) into plain values, so
        // torch.load(weights_only=True) loads the output; fails naming what needs code, unless the
        // plan drops it (WeightsOnlySafe.h)
        WeightsOnlySafe,
    };
    enum class Syntax { Glob, Regex, Exact };

    Kind kind = Kind::Drop;
    Syntax syntax = Syntax::Glob;
    QStringList patterns; // Keep / Drop
    QString from; // RemapDevice source, Rename / Extract path
    QString to; // RemapDevice target, Rename new key
    QString text; // prefix
    DType dtype = DType::Unknown;

    static EditOp remapDevice(const QString &from, const QString &to);
    static EditOp keep(const QStringList &patterns, Syntax s = Syntax::Glob);
    static EditOp drop(const QStringList &patterns, Syntax s = Syntax::Glob);
    static EditOp stripPrefix(const QString &prefix);
    static EditOp addPrefix(const QString &prefix);
    static EditOp rename(const QString &path, const QString &newKey);
    static EditOp extract(const QString &path);
    static EditOp cast(DType to);
    static EditOp dropTrainingState();
    static EditOp keepDType(const QStringList &patterns);
    static EditOp weightsOnlySafe();

    // "map cuda:1 -> cuda:0", "drop fc2.*", "cast floating tensors to float16": text() in the
    // Convert dock, english() in `ckpt convert`.
    Phrase describe() const;
};

struct EditPlan {
    std::vector<EditOp> ops;
};

// The plan applied to a source checkpoint. `view` is a Checkpoint the tree model can
// show as it is: a new root (unchanged subtrees shared with the source), and tensors and
// storages parallel to the source's (same indexes) with the new dtype and device. Only
// what the new root reaches gets written.
struct EditResult {
    std::shared_ptr<Checkpoint> view;
    // Bytes of the storages reachable before any step, and after each step.
    qint64 bytesBefore = 0;
    std::vector<qint64> bytesAfterStep;
    std::vector<Phrase> stepNotes; // per step: what it did ("3 nodes dropped") or why not
    std::vector<bool> stepFailed; // per step: it could not be applied (its note says why)
    Phrase error; // a step could not be applied (bad extract path ...)
    // When a step created tensors (numpy arrays made tensors): the source with them appended,
    // so the view's tensors and storages stay parallel to it; the converter reads bytes from
    // it. Null: the plan's source. `keepAlive` holds what those tensors' bytes live in.
    CheckpointPtr extendedSource;
    std::vector<std::shared_ptr<void>> keepAlive;
    // What the plan asks the output to record (the weights_only rewrites), key -> JSON text.
    QList<QPair<QString, QString>> metadata;
    bool ok() const { return error.isEmpty(); }
    qint64 bytesAfter() const { return bytesAfterStep.empty() ? bytesBefore : bytesAfterStep.back(); }
};

EditResult applyPlan(const CheckpointPtr &source, const EditPlan &plan);

// Does the slash path match the pattern? A glob without '/' also matches the last
// path component, so "fc2.*" finds "model_state_dict/fc2.weight".
bool pathMatches(const QString &path, const QString &pattern, EditOp::Syntax syntax);

// The patterns of one Keep or Drop step, compiled once: a plan may name thousands of
// paths, and every node of the tree is tested against all of them.
class PathMatcher {
public:
    PathMatcher(const QStringList &patterns, EditOp::Syntax syntax);
    bool matches(const QString &path) const;

private:
    QSet<QString> m_whole; // exact paths, and globs without a wildcard
    QSet<QString> m_last; // wildcard-free globs without '/': the last component
    std::vector<QRegularExpression> m_wholeRx, m_lastRx;
};

// Keys that hold training state rather than weights (matched on the root dict).
bool isTrainingStateKey(const QString &key);

// Bytes of the storages the tree reaches (each storage once), with the view's dtypes.
qint64 reachableStorageBytes(const Checkpoint &c);
// Storage indexes the tree reaches, each once, in first-reached order.
std::vector<int> reachableStorages(const Checkpoint &c);

} // namespace ckpt
