#include "model/check/Check.h"

#include "model/check/ScriptModules.h"

namespace ckpt {

namespace {
// A TorchScript checkpoint's state_dict: each module's parameters, then its buffers.
bool scriptInput(const Checkpoint &c, LoadInput *in, QString *error)
{
    std::vector<ScriptModule> modules;
    if (!readScriptModules(c, &modules, error))
        return false;
    for (const ScriptModule &m : modules)
        for (const auto *list : { &m.parameters, &m.buffers })
            for (const auto &[name, v] : *list) {
                const TensorInfo &t = c.tensors[size_t(v->tensorIndex)];
                in->entries.push_back({ m.prefix + name, true, t.dtype, t.shape, QString() });
            }
    return true;
}

// Applies the fixes through the EditPlan ckpt convert would run, and checks the result.
void checkFixes(const CheckpointPtr &c, CheckResult &r)
{
    if (r.fixes.plan.ops.empty())
        return;
    const EditResult edited = applyPlan(c, r.fixes.plan);
    QString why;
    const StateDict after = edited.ok() ? stateDictAt(*edited.view, QString(), &why) : StateDict();
    if (!edited.ok() || !after.found()) {
        r.notes << Phrase::translate("ckpt::Check", "the fixes could not be checked: %1")
                       .arg(edited.ok() ? why : edited.error);
        return;
    }
    r.afterFixes = simulateLoad(loadInput(*edited.view, after), *r.model);
    r.fixesChecked = true;
}

void addNotes(CheckResult &r)
{
    const LoadReport &rep = r.report;
    if (!r.classNameKnown)
        r.notes << Phrase::translate("ckpt::Check",
            "the reference does not name the model's class: '%1' stands in for it in PyTorch's message "
            "(--model-class NAME)")
                       .arg(r.className);
    if (!rep.filled.isEmpty())
        r.notes << Phrase::translate(
            "ckpt::Check", "BatchNorm sets %1 to 0: the checkpoint has no version >= 2 for it in _metadata")
                       .arg(rep.filled.join(QStringLiteral(", ")));
    if (!rep.ignored.isEmpty())
        r.notes << Phrase::translate(
            "ckpt::Check", "load_state_dict never looks at %1 (a submodule's own name, or below a parameter)")
                       .arg(rep.ignored.join(QStringLiteral(", ")));
    if (!rep.scalarFromVector.isEmpty())
        r.notes << Phrase::translate(
            "ckpt::Check", "%1: the model holds a 0-d tensor, the checkpoint a 1-d one; element 0 is copied")
                       .arg(rep.scalarFromVector.join(QStringLiteral(", ")));
    if (r.stateDict.nonStringKeys)
        r.notes << Phrase::translate("ckpt::Check",
            "%n non-string keys in the state_dict are not looked at here (load_state_dict fails on them)", nullptr,
            int(r.stateDict.nonStringKeys));
    for (const Path &p : r.stateDict.alternatives)
        r.notes
            << Phrase::translate("ckpt::Check", "'%1' holds a state_dict too (--state-dict %1)").arg(pathToString(p));
    QStringList unsure; // what is still missing once the fixes are made
    for (const QString &k : r.fixesChecked ? r.afterFixes.missing : rep.missing)
        if (const int i = r.model->keyIndex(k); i >= 0 && r.model->keys[size_t(i)].mayBeNonPersistent)
            unsure << k;
    if (!unsure.isEmpty())
        r.notes << Phrase::translate("ckpt::Check",
            "TorchScript keeps every buffer, also those registered with persistent=False: %1 are only missing if the "
            "model class saves them")
                       .arg(unsure.join(QStringLiteral(", ")));
    r.notes += r.model->notes;
}
} // namespace

CheckResult checkCheckpoint(const CheckpointPtr &c, const std::shared_ptr<const ModelSpec> &spec, const CheckOptions &o)
{
    const ModelSpec &model = *spec;
    CheckResult r;
    r.file = c->file;
    r.model = spec;
    r.classNameKnown = !o.modelClass.isEmpty() || !model.className.isEmpty();
    r.className = !o.modelClass.isEmpty() ? o.modelClass
        : !model.className.isEmpty()      ? model.className
                                          : QStringLiteral("Model");
    LoadInput in;
    if (c->format == Format::TorchScript && o.statePath.isEmpty()) {
        r.scriptCheckpoint = true;
        QString error;
        if (!scriptInput(*c, &in, &error)) {
            r.error = error;
            return r;
        }
    } else {
        QString why;
        r.stateDict = o.statePath.isEmpty() ? findStateDict(*c) : stateDictAt(*c, o.statePath, &why);
        if (!r.stateDict.found()) {
            r.error = !why.isEmpty() ? Phrase(why)
                : c->root && c->root->kind == Value::Kind::Object
                ? Phrase::translate("ckpt::Check", "a pickled %1 object, not a state_dict").arg(c->root->className)
                : Phrase::translate("ckpt::Check", "no state_dict in the file (no dict holds tensors)");
            return r;
        }
        in = loadInput(*c, r.stateDict);
    }
    r.report = simulateLoad(in, model);
    if (r.scriptCheckpoint) {
        if (!r.report.loadsStrict())
            r.notes << Phrase::translate(
                "ckpt::Check", "ckpt convert does not rewrite TorchScript archives: no fixes are offered");
    } else {
        r.fixes = proposeFixes(r.stateDict, in, r.report, model);
        r.notes += r.fixes.notes;
        checkFixes(c, r);
    }
    addNotes(r);
    return r;
}

} // namespace ckpt
