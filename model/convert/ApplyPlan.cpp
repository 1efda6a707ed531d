// Applying an EditPlan: every step rewrites the tree (copy-on-write) or the view's
// storage table; tensor bytes are never read here.
#include "model/convert/EditPlan.h"
#include "model/convert/TreeEdit.h"

#include "model/convert/WeightsOnlySafe.h"

#include "model/checkpoint/TreeWalk.h"

#include <QHash>
#include <QTemporaryFile>

namespace ckpt {

namespace {
using K = Value::Kind;

bool castable(DType t)
{
    return t == DType::Float32 || t == DType::Float64 || t == DType::Float16 || t == DType::BFloat16;
}

// What a step did, or why it could not.
struct StepOutcome {
    Phrase note;
    bool failed = false;
    StepOutcome(const Phrase &text) : note(text) { }
    static StepOutcome failure(const Phrase &why)
    {
        StepOutcome o(why);
        o.failed = true;
        return o;
    }
};

// What one step leaves for the later ones.
struct PlanState {
    const Checkpoint *source; // the plan's source, or `extended` once a step created tensors
    std::vector<bool> keepsDType; // per storage: a keep-dtype step matched one of its tensors
    CheckpointPtr extended;
    std::vector<std::shared_ptr<void>> keepAlive;
    std::vector<WeightsOnlyRewrite> rewrites;
};

// "argparse.Namespace -> dict (1), numpy.float64 -> float (2)": the rewrites grouped.
QString summarizeRewrites(const std::vector<WeightsOnlyRewrite> &rewrites)
{
    QStringList order;
    QHash<QString, int> count;
    for (const WeightsOnlyRewrite &r : rewrites) {
        const QString from
            = r.from.startsWith(QLatin1String("numpy.ndarray")) ? QStringLiteral("numpy.ndarray") : r.from;
        const QString to = r.to.startsWith(QLatin1String("tensor")) ? QStringLiteral("tensor") : r.to;
        const QString key = from + QStringLiteral(" -> ") + to;
        if (!count.contains(key))
            order << key;
        ++count[key];
    }
    QStringList parts;
    for (const QString &k : order)
        parts << QStringLiteral("%1 (%2)").arg(k).arg(count.value(k));
    return parts.join(QStringLiteral(", "));
}

// What torch 2.6's weights_only would still refuse, as a step note (empty if nothing).
Phrase refusalNote(const Checkpoint &view)
{
    Phrase pickleError;
    const std::vector<RemainingGlobal> left = weightsOnlyRefusals(view, &pickleError);
    if (!pickleError.isEmpty())
        return Phrase::translate("ckpt::Convert", "the result cannot be pickled: %1").arg(pickleError);
    if (left.empty())
        return Phrase();
    Phrases named;
    for (const RemainingGlobal &g : left)
        named << (g.path.isEmpty()
                ? Phrase(QStringLiteral("%1 (%2)")).arg(g.global.global, refusedClassName(g.global.cls))
                : Phrase::translate(
                    "ckpt::Convert", "%1 (%2, at %3)", "a global still refused: its name, its class, where it is")
                      .arg(g.global.global, refusedClassName(g.global.cls), g.path));
    return Phrase::translate("ckpt::Convert",
        "still refused by weights_only: %1; drop those subtrees or extract the state_dict in the same plan")
        .arg(Phrase::list(named));
}

// "rename a -> b: no node at 'a'": the step, then why it could not be applied.
Phrase stepFailure(const Phrase &step, const Phrase &why)
{
    return Phrase::translate("ckpt::Convert", "%1: %2", "a step, then why it could not be applied").arg(step, why);
}

StepOutcome applyStep(Checkpoint &view, const EditOp &op, PlanState &state)
{
    switch (op.kind) {
    case EditOp::Kind::RemapDevice: {
        int n = 0;
        for (StorageInfo &s : view.storages)
            if ((op.from.isEmpty() || s.device == op.from) && s.device != op.to) {
                s.device = op.to;
                ++n;
            }
        return Phrase::translate("ckpt::Convert", "%n storages moved to %1", nullptr, n).arg(op.to);
    }
    case EditOp::Kind::Keep:
    case EditOp::Kind::Drop: {
        const PathMatcher matcher(op.patterns, op.syntax);
        auto matches = [&](const QString &path) { return matcher.matches(path); };
        int n = 0;
        if (op.kind == EditOp::Kind::Keep) {
            view.root = keepWhere(view.root, matches, &n);
            return Phrase::translate("ckpt::Convert", "%n nodes kept", nullptr, n);
        }
        view.root = dropWhere(view.root, matches, &n);
        return Phrase::translate("ckpt::Convert", "%n nodes dropped", nullptr, n);
    }
    case EditOp::Kind::StripPrefix:
    case EditOp::Kind::AddPrefix: {
        const QString prefix = op.text;
        if (prefix.isEmpty())
            return Phrase::translate("ckpt::Convert", "empty prefix: nothing to do");
        const bool strip = op.kind == EditOp::Kind::StripPrefix;
        QString bare = prefix;
        if (bare.endsWith(QLatin1Char('.')))
            bare.chop(1);
        auto rename = [&](const QString &k) {
            if (!strip)
                return prefix + k;
            return k.startsWith(prefix) ? k.mid(prefix.size()) : k;
        };
        // _metadata keys are module paths without the trailing dot: "" is the root module.
        auto renameMeta = [&](const QString &k) {
            if (!strip)
                return k.isEmpty() ? bare : prefix + k;
            if (k == bare)
                return QString();
            return k.startsWith(prefix) ? k.mid(prefix.size()) : k;
        };
        int n = 0;
        view.root = renameStateDictKeys(view.root, rename, renameMeta, &n);
        return Phrase::translate("ckpt::Convert", "%n keys renamed", nullptr, n);
    }
    case EditOp::Kind::Rename: {
        ValuePtr r = renameAt(view.root, op.from, op.to);
        if (!r)
            return StepOutcome::failure(Phrase::translate("ckpt::Convert", "no node at '%1'").arg(op.from));
        view.root = r;
        return Phrase::translate("ckpt::Convert", "renamed", "a rename step's outcome");
    }
    case EditOp::Kind::Extract: {
        ValuePtr node = nodeAt(view.root, op.from);
        if (!node)
            return StepOutcome::failure(Phrase::translate("ckpt::Convert", "no node at '%1'").arg(op.from));
        view.root = node;
        return Phrase::translate("ckpt::Convert", "'%1' is the new root").arg(op.from);
    }
    case EditOp::Kind::Cast: {
        if (op.dtype != DType::Float16 && op.dtype != DType::BFloat16 && op.dtype != DType::Float32)
            return StepOutcome::failure(
                Phrase::translate("ckpt::Convert", "can only cast to float16, bfloat16 or float32"));
        std::vector<bool> cast(view.storages.size(), false);
        int n = 0;
        for (int s : reachableStorages(view)) {
            StorageInfo &st = view.storages[size_t(s)];
            if (!castable(st.dtype) || st.dtype == op.dtype || state.keepsDType[size_t(s)])
                continue;
            st.dtype = op.dtype;
            st.nbytes = st.numel * elementSize(op.dtype);
            cast[size_t(s)] = true;
            ++n;
        }
        for (TensorInfo &t : view.tensors)
            if (t.storageIndex >= 0 && cast[size_t(t.storageIndex)] && !t.isQuantized)
                t.dtype = op.dtype;
        return Phrase::translate("ckpt::Convert", "%n storages cast to %1", nullptr, n).arg(dtypeName(op.dtype));
    }
    case EditOp::Kind::KeepDType: {
        // Paths as the tree reaches them at this step. A cast changes whole storages, so a
        // storage keeps its dtype when any tensor on it matches.
        for (TensorInfo &t : view.tensors) {
            t.reached = false;
            t.path.clear();
        }
        assignTensorPaths(view);
        const PathMatcher matcher(op.patterns, EditOp::Syntax::Glob);
        std::vector<bool> restore(view.storages.size(), false);
        int tensors = 0, storages = 0;
        for (const TensorInfo &t : view.tensors)
            if (t.reached && t.storageIndex >= 0 && matcher.matches(pathToString(t.path))) {
                ++tensors;
                restore[size_t(t.storageIndex)] = true;
            }
        for (size_t s = 0; s < restore.size(); ++s) {
            if (!restore[s])
                continue;
            state.keepsDType[s] = true;
            StorageInfo &st = view.storages[s];
            const StorageInfo &was = state.source->storages[s];
            if (st.dtype == was.dtype)
                continue;
            st.dtype = was.dtype;
            st.nbytes = was.nbytes;
            ++storages;
        }
        for (size_t i = 0; i < view.tensors.size(); ++i) {
            TensorInfo &t = view.tensors[i];
            if (t.storageIndex >= 0 && restore[size_t(t.storageIndex)])
                t.dtype = state.source->tensors[i].dtype;
        }
        return Phrase::translate(
            "ckpt::Convert", "%n tensors keep their dtype (%1 storages cast back)", nullptr, tensors)
            .arg(storages);
    }
    case EditOp::Kind::WeightsOnlySafe: {
        const size_t tensorsBefore = view.tensors.size();
        std::shared_ptr<QTemporaryFile> arrays;
        Phrase error;
        const std::vector<WeightsOnlyRewrite> done = makeWeightsOnlyLoadable(view, &arrays, &error);
        if (!error.isEmpty())
            return StepOutcome::failure(error);
        if (view.tensors.size() > tensorsBefore) {
            // The new tensors' bytes are read through the source, parallel to the view.
            auto extended = std::make_shared<Checkpoint>(*state.source);
            extended->tensors.insert(
                extended->tensors.end(), view.tensors.begin() + qsizetype(tensorsBefore), view.tensors.end());
            extended->storages.insert(extended->storages.end(),
                view.storages.begin() + qsizetype(extended->storages.size()), view.storages.end());
            state.extended = extended;
            state.source = extended.get();
            state.keepsDType.resize(view.storages.size(), false);
            state.keepAlive.push_back(arrays);
        }
        state.rewrites.insert(state.rewrites.end(), done.begin(), done.end());
        return done.empty()
            ? Phrase::translate("ckpt::Convert", "nothing to rewrite")
            : Phrase::translate("ckpt::Convert", "rewrote %1", "the weights_only rewrites: what became what")
                  .arg(summarizeRewrites(done));
    }
    case EditOp::Kind::DropTrainingState: {
        if (!view.root || view.root->kind != K::Dict)
            return Phrase::translate("ckpt::Convert", "the root is not a dict: nothing dropped");
        ValuePtr copy = shallowCopy(*view.root);
        copy->entries.clear();
        QStringList dropped;
        for (const auto &kv : view.root->entries) {
            if (kv.first->kind == K::String && isTrainingStateKey(kv.first->text))
                dropped << kv.first->text;
            else
                copy->entries.push_back(kv);
        }
        view.root = copy;
        return dropped.isEmpty()
            ? Phrase::translate("ckpt::Convert", "no training state found")
            : Phrase::translate("ckpt::Convert", "dropped %1", "the keys a drop-training-state step dropped")
                  .arg(dropped.join(QStringLiteral(", ")));
    }
    }
    return Phrase();
}
} // namespace

EditResult applyPlan(const CheckpointPtr &source, const EditPlan &plan)
{
    EditResult r;
    auto view = std::make_shared<Checkpoint>(*source);
    r.bytesBefore = reachableStorageBytes(*view);
    PlanState state { source.get(), std::vector<bool>(source->storages.size(), false), nullptr, {}, {} };
    int weightsOnlyStep = -1;
    for (const EditOp &op : plan.ops) {
        if (op.kind == EditOp::Kind::WeightsOnlySafe && weightsOnlyStep < 0)
            weightsOnlyStep = int(r.stepNotes.size());
        const StepOutcome step = applyStep(*view, op, state);
        r.stepNotes.push_back(step.note);
        r.stepFailed.push_back(step.failed);
        if (step.failed && r.error.isEmpty())
            r.error = stepFailure(op.describe(), step.note);
        r.bytesAfterStep.push_back(reachableStorageBytes(*view));
    }
    // Paths as the new tree reaches them, for the preview and the writers.
    for (TensorInfo &t : view->tensors) {
        t.reached = false;
        t.path.clear();
    }
    view->sideTrees.clear();
    assignTensorPaths(*view);
    // Whatever the steps after it dropped: the result must load with weights_only=True.
    if (weightsOnlyStep >= 0 && !r.stepFailed[size_t(weightsOnlyStep)]) {
        const Phrase refused = refusalNote(*view);
        if (!refused.isEmpty()) {
            r.stepFailed[size_t(weightsOnlyStep)] = true;
            Phrase &note = r.stepNotes[size_t(weightsOnlyStep)];
            note = Phrase::translate("ckpt::Convert", "%1; %2", "what a step did; what is still wrong")
                       .arg(note, refused);
            if (r.error.isEmpty())
                r.error = stepFailure(plan.ops[size_t(weightsOnlyStep)].describe(), refused);
        }
        if (!state.rewrites.empty())
            r.metadata.append(
                { QStringLiteral("weights_only_rewrites"), QString::fromUtf8(rewritesJson(state.rewrites)) });
    }
    r.extendedSource = state.extended;
    r.keepAlive = state.keepAlive;
    r.view = view;
    return r;
}

} // namespace ckpt
