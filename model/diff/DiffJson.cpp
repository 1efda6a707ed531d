// The `ckpt diff --json` document.
#include "model/diff/Diff.h"

#include <QJsonArray>

#include <cmath>

namespace ckpt {
namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonValue shapeJson(const TensorDiff &d, bool a)
{
    if ((a ? d.indexA : d.indexB) < 0)
        return QJsonValue();
    QJsonArray out;
    for (qint64 n : a ? d.shapeA : d.shapeB)
        out.append(n);
    return out;
}

QJsonValue dtypeJson(const TensorDiff &d, bool a)
{
    return (a ? d.indexA : d.indexB) < 0 ? QJsonValue() : QJsonValue(dtypeName(a ? d.dtypeA : d.dtypeB));
}

} // namespace

QJsonObject diffToJson(const DiffResult &r)
{
    const DiffSummary s = r.summary();
    QJsonObject summary { { QStringLiteral("same"), s.same }, { QStringLiteral("changed"), s.changed },
        { QStringLiteral("only_a"), s.onlyA }, { QStringLiteral("only_b"), s.onlyB },
        { QStringLiteral("shape_mismatch"), s.shapeMismatch }, { QStringLiteral("dtype_mismatch"), s.dtypeMismatch },
        { QStringLiteral("error"), s.error }, { QStringLiteral("scalars_changed"), s.scalarsChanged },
        { QStringLiteral("identical"), r.tensorsIdentical() } };
    if (!r.hint.isEmpty())
        summary[QStringLiteral("hint")] = r.hint;
    if (r.tolerance.enabled) {
        int notAllClose = 0;
        for (const TensorDiff &d : r.tensors)
            notAllClose += !tensorWithinTolerance(d);
        summary[QStringLiteral("atol")] = r.tolerance.atol;
        summary[QStringLiteral("rtol")] = r.tolerance.rtol;
        summary[QStringLiteral("not_allclose")] = notAllClose;
        summary[QStringLiteral("within_tolerance")] = r.withinTolerance();
    }
    QJsonArray tensors;
    for (const TensorDiff &d : r.tensors) {
        QJsonObject o { { QStringLiteral("path"), d.key }, { QStringLiteral("status"), diffStatusName(d.status) },
            { QStringLiteral("dtype_a"), dtypeJson(d, true) }, { QStringLiteral("dtype_b"), dtypeJson(d, false) },
            { QStringLiteral("shape_a"), shapeJson(d, true) }, { QStringLiteral("shape_b"), shapeJson(d, false) } };
        const ValueMetrics &m = d.metrics;
        o[QStringLiteral("max_abs_diff")] = m.valid ? number(m.maxAbs) : QJsonValue();
        o[QStringLiteral("mean_abs_diff")] = m.valid ? number(m.meanAbs) : QJsonValue();
        o[QStringLiteral("rel_l2")] = m.valid ? number(m.relL2) : QJsonValue();
        o[QStringLiteral("differing")] = m.valid ? QJsonValue(double(m.differing)) : QJsonValue();
        o[QStringLiteral("cosine")] = m.valid ? number(m.cosine) : QJsonValue();
        if (r.tolerance.enabled) {
            o[QStringLiteral("allclose")] = tensorWithinTolerance(d);
            o[QStringLiteral("not_close")] = m.toleranceChecked ? QJsonValue(double(m.notClose)) : QJsonValue();
        }
        if (d.pathA != d.key && !d.pathA.isEmpty())
            o[QStringLiteral("path_a")] = d.pathA;
        if (d.pathB != d.key && !d.pathB.isEmpty())
            o[QStringLiteral("path_b")] = d.pathB;
        if (!d.error.isEmpty())
            o[QStringLiteral("error")] = d.error.english();
        tensors.append(o);
    }
    QJsonArray scalars;
    for (const ScalarDiff &d : r.scalars)
        scalars.append(
            QJsonObject { { QStringLiteral("path"), d.key }, { QStringLiteral("status"), diffStatusName(d.status) },
                { QStringLiteral("a"), d.status == DiffStatus::OnlyB ? QJsonValue() : QJsonValue(d.a) },
                { QStringLiteral("b"), d.status == DiffStatus::OnlyA ? QJsonValue() : QJsonValue(d.b) } });
    QJsonObject doc { { QStringLiteral("a"), r.fileA }, { QStringLiteral("b"), r.fileB },
        { QStringLiteral("summary"), summary }, { QStringLiteral("tensors"), tensors },
        { QStringLiteral("scalars"), scalars } };
    if (r.cancelled)
        doc[QStringLiteral("cancelled")] = true;
    return doc;
}

} // namespace ckpt
