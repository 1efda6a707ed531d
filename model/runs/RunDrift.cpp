#include "model/runs/RunDrift.h"

#include "model/check/StateDict.h"
#include "model/diff/Diff.h"
#include "model/formats/CheckpointReader.h"

#include <QHash>

namespace ckpt {
namespace {

struct Side {
    CheckpointPtr ckpt;
    QString prefix; // the state_dict's path plus "/", or "" for a root state_dict
};

Side openSide(const RunCheckpoint &row)
{
    Side s;
    s.ckpt = openCheckpoint(row.weightsPath);
    if (!s.ckpt->ok())
        return s;
    const StateDict sd = findStateDict(*s.ckpt);
    if (sd.found() && !sd.path.empty())
        s.prefix = pathToString(sd.path) + QLatin1Char('/');
    return s;
}

} // namespace

RunDrift computeRunDrift(const RunReport &report, int run, const WorkControl &control)
{
    RunDrift drift;
    if (run < 0 || size_t(run) >= report.runs.size())
        return drift;
    std::vector<int> rows;
    for (int r : report.runs[size_t(run)].checkpoints) {
        const RunCheckpoint &c = report.checkpoints[size_t(r)];
        if (c.error.isEmpty() && !c.weightsFromLater && c.tensors > 0)
            rows.push_back(r);
    }
    auto key = [&](int r) {
        const RunCheckpoint &c = report.checkpoints[size_t(r)];
        return std::make_tuple(std::isfinite(c.epoch) ? c.epoch : -1.0, std::isfinite(c.step) ? c.step : -1.0, r);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return key(a) < key(b); });
    if (rows.size() < 2)
        return drift;
    const qint64 pairs = qint64(rows.size()) - 1;
    QHash<QString, int> layerIndex;
    Side prev = openSide(report.checkpoints[size_t(rows[0])]);
    for (qint64 p = 0; p < pairs; ++p) {
        if (control.cancelled()) {
            drift.cancelled = true;
            return drift;
        }
        const RunCheckpoint &next = report.checkpoints[size_t(rows[size_t(p + 1)])];
        Side cur = openSide(next);
        if (!prev.ckpt->ok() || !cur.ckpt->ok()) {
            drift.errors << Phrase(QStringLiteral("%1: %2"))
                                .arg(next.file, describeError(prev.ckpt->ok() ? *cur.ckpt : *prev.ckpt));
            prev = std::move(cur);
            continue;
        }
        DiffOptions options;
        options.stripPrefixA = prev.prefix;
        options.stripPrefixB = cur.prefix;
        WorkControl pairControl;
        pairControl.cancel = control.cancel;
        if (control.progress)
            pairControl.progress = [&control, p, pairs](qint64 done, qint64 total) {
                control.progress(p * 1000 + (total > 0 ? done * 1000 / total : 0), pairs * 1000);
            };
        const DiffResult d = diffCheckpoints(*prev.ckpt, *cur.ckpt, options, pairControl);
        if (d.cancelled) {
            drift.cancelled = true;
            return drift;
        }
        const size_t column = drift.columns.size();
        drift.columns.push_back(rows[size_t(p + 1)]);
        drift.previous.push_back(rows[size_t(p)]);
        for (std::vector<double> &layer : drift.change)
            layer.push_back(std::nan(""));
        for (const TensorDiff &t : d.tensors) {
            // Only the weights: the optimizer's state is in the same files.
            if (t.indexA < 0 || t.indexB < 0 || !t.pathA.startsWith(prev.prefix))
                continue;
            if (t.status != DiffStatus::Same && t.status != DiffStatus::Changed)
                continue;
            auto it = layerIndex.find(t.key);
            if (it == layerIndex.end()) {
                it = layerIndex.insert(t.key, int(drift.layers.size()));
                drift.layers << t.key;
                drift.change.emplace_back(column + 1, std::nan(""));
            }
            drift.change[size_t(*it)][column] = t.status == DiffStatus::Same ? 0.0 : t.metrics.relL2;
        }
        prev = std::move(cur);
    }
    if (control.progress)
        control.progress(pairs * 1000, pairs * 1000);
    return drift;
}

} // namespace ckpt
