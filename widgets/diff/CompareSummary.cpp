#include "widgets/diff/CompareSummary.h"

namespace ckpt {

QString CompareSummary::toned(Tone tone, const QString &html, const QPalette &palette)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(toneColor(tone, palette).name(), html);
}

QString CompareSummary::html(const DiffResult &r, const QPalette &pal)
{
    const DiffSummary s = r.summary();
    const int matched = s.same + s.changed + s.shapeMismatch + s.dtypeMismatch + s.error;
    if (r.tensors.empty())
        return toned(Tone::Warning, tr("Nothing to compare: neither side has tensors under its root."), pal);
    QString text = tr("<b>%1</b> same, <b>%2</b> changed, <b>%3</b> only in A, <b>%4</b> only in B")
                       .arg(s.same)
                       .arg(s.changed)
                       .arg(s.onlyA)
                       .arg(s.onlyB);
    if (s.shapeMismatch + s.dtypeMismatch)
        text += tr(", <b>%1</b> shape or dtype differs").arg(s.shapeMismatch + s.dtypeMismatch);
    if (s.scalarsChanged)
        text += tr("; %n scalar(s) differ", nullptr, s.scalarsChanged);
    if (matched == 0) {
        text += QStringLiteral("<br>")
            + toned(Tone::Error,
                tr("No key of A matches a key of B: choose each side's root and prefix above, or Auto."), pal);
    } else if (s.changed + s.shapeMismatch + s.dtypeMismatch + s.error == 0
        && (s.scalarsChanged || s.onlyA || s.onlyB)) {
        QStringList names;
        for (const ScalarDiff &d : r.scalars)
            if (d.status != DiffStatus::Same && names.size() < 4)
                names << d.key.toHtmlEscaped();
        QStringList what;
        if (!names.isEmpty())
            what << tr("%n scalar(s) differ (%1)", nullptr, s.scalarsChanged).arg(names.join(QStringLiteral(", ")));
        if (s.onlyA + s.onlyB)
            what << tr("%n tensor(s) are in one file only", nullptr, s.onlyA + s.onlyB);
        text += QStringLiteral("<br>")
            + toned(Tone::Warning,
                tr("<b>Same weights, different metadata:</b> every tensor both files hold is identical, but %1. "
                   "Is one file a copy of the other (best.pt of the last epoch)?")
                    .arg(what.join(tr("; "))),
                pal);
    } else if (r.tensorsIdentical()) {
        text += QStringLiteral("<br>") + toned(Tone::Good, tr("Identical: every tensor and scalar is the same."), pal);
    }
    return text;
}

} // namespace ckpt
