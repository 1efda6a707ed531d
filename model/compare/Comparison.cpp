#include "model/compare/Comparison.h"

#include "model/formats/CheckpointReader.h"

namespace ckpt {

DiffOptions diffOptions(const SideAlignment &a, const SideAlignment &b)
{
    DiffOptions o;
    o.rootA = a.root;
    o.rootB = b.root;
    o.stripPrefixA = a.strip;
    o.stripPrefixB = b.strip;
    return o;
}

CheckResult checkAgainst(const CheckpointPtr &checkpoint, const CheckpointPtr &model)
{
    auto spec = std::make_shared<ModelSpec>();
    QString error;
    if (!modelSpecFromCheckpoint(model, QString(), spec.get(), &error)) {
        CheckResult r;
        r.file = checkpoint->file;
        r.error = error;
        return r;
    }
    return checkCheckpoint(checkpoint, spec, CheckOptions());
}

Comparison runComparison(const ComparisonRequest &q, const DiffControl &control)
{
    Comparison out;
    out.direction = q.direction;
    out.b = q.b ? q.b : openCheckpoint(q.fileB);
    if (!out.b->ok()) {
        out.error = out.b->error;
        return out;
    }
    const CheckpointPtr &a = q.a;
    const CheckpointPtr aChecked = q.aPlanned ? q.aPlanned : a;
    out.check = q.direction == CheckDirection::BIntoA ? checkAgainst(out.b, a) : checkAgainst(aChecked, out.b);
    if (q.proposeAlignment) {
        if (q.direction == CheckDirection::BIntoA)
            alignmentFromCheck(out.check, &out.alignA, &out.alignB);
        else if (!q.aPlanned)
            alignmentFromCheck(out.check, &out.alignB, &out.alignA);
        else // the diff compares the file A, not what its plan makes of it
            alignmentFromCheck(checkAgainst(a, out.b), &out.alignB, &out.alignA);
    } else {
        out.alignA = q.alignA;
        out.alignB = q.alignB;
    }
    out.choicesA = alignmentChoices(*a, out.alignA.root);
    out.choicesB = alignmentChoices(*out.b, out.alignB.root);
    if (q.diff && !control.cancelled()) {
        out.diff = diffCheckpoints(*a, *out.b, diffOptions(out.alignA, out.alignB), control);
        out.diffed = true;
    }
    return out;
}

} // namespace ckpt
