#include "model/runs/RunInternal.h"

#include "model/check/StateDict.h"
#include "model/tensor/ContentHash.h"
#include "model/tensor/TensorData.h"

#include <QHash>

#include <map>
#include <mutex>

namespace ckpt {
namespace {

constexpr int kNamesInSentence = 8;

struct WeightTensor {
    QString key;
    int tensorIndex = -1;
    QString signature; // key, dtype and shape
    bool hashed = false;
    bool readable = true;
    ContentDigest digest;
};

QString signatureOf(const QString &key, const TensorInfo &t)
{
    QString s = key + QLatin1Char('\n') + dtypeName(t.dtype);
    for (qint64 d : t.shape)
        s += QLatin1Char(',') + QString::number(d);
    return s;
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

// The row claims an earlier point of the run than `latest`: by its epoch, or by its step.
enum class Claim { None, Epoch, Step };
Claim claimedEarlier(const RunCheckpoint &row, const RunCheckpoint &latest)
{
    if (std::isfinite(row.epoch) && std::isfinite(latest.epoch) && row.epoch < latest.epoch)
        return Claim::Epoch;
    if (std::isfinite(row.step) && std::isfinite(latest.step) && row.step < latest.step)
        return Claim::Step;
    return Claim::None;
}

// "b.pt has the same weights as c.pt [in another container (...)] [though its epoch says 3: ...]",
// one whole sentence per case for the translators.
Phrase sameWeights(const RunCheckpoint &row, const RunCheckpoint &ref, Claim claim)
{
    const bool container = row.format != ref.format;
    const char *source = nullptr;
    switch (claim) {
    case Claim::None:
        source = container
            ? QT_TRANSLATE_NOOP("ckpt::Runs", "%1 has the same weights as %2 in another container (%3, %4)")
            : QT_TRANSLATE_NOOP("ckpt::Runs", "%1 has the same weights as %2");
        break;
    case Claim::Epoch:
        source = container ? QT_TRANSLATE_NOOP("ckpt::Runs",
                     "%1 has the same weights as %2 in another container (%3, %4) though its "
                     "epoch says %5: saved from model.state_dict() without a copy?")
                           : QT_TRANSLATE_NOOP("ckpt::Runs",
                               "%1 has the same weights as %2 though its epoch says %3: saved from "
                               "model.state_dict() without a copy?");
        break;
    case Claim::Step:
        source = container ? QT_TRANSLATE_NOOP("ckpt::Runs",
                     "%1 has the same weights as %2 in another container (%3, %4) though its "
                     "step says %5: saved from model.state_dict() without a copy?")
                           : QT_TRANSLATE_NOOP("ckpt::Runs",
                               "%1 has the same weights as %2 though its step says %3: saved from "
                               "model.state_dict() without a copy?");
        break;
    }
    Phrase p = Phrase::translate("ckpt::Runs", source).arg(row.file, ref.file);
    if (container)
        p = p.arg(formatName(row.format), formatName(ref.format));
    if (claim != Claim::None)
        p = p.arg(number(claim == Claim::Epoch ? row.epoch : row.step));
    return p;
}

// The row of a group that claims the latest point of the run (epoch, then step).
int latestOf(const std::vector<int> &group, const std::vector<RunCheckpoint> &rows)
{
    auto key = [&](int i) {
        const RunCheckpoint &r = rows[size_t(i)];
        return std::make_pair(std::isfinite(r.epoch) ? r.epoch : -1.0, std::isfinite(r.step) ? r.step : -1.0);
    };
    int best = group.front();
    for (int i : group)
        if (key(i) > key(best))
            best = i;
    return best;
}

Phrase listNames(const QStringList &names)
{
    return someOf(verbatim(names), kNamesInSentence);
}

} // namespace

bool findIdenticalWeights(RunReport &report, RunScanState &state, const RunOptions &options, const WorkControl &control)
{
    const size_t rowCount = report.checkpoints.size();
    state.suspect.assign(rowCount, false);
    std::vector<std::vector<WeightTensor>> weights(rowCount);
    QHash<QString, int> signatureRows;
    for (size_t r = 0; r < rowCount; ++r) {
        const CheckpointPtr &c = state.opened[r];
        if (!c || !c->ok())
            continue;
        for (const StateDictEntry &e : findStateDict(*c).entries) {
            if (e.tensorIndex < 0)
                continue;
            WeightTensor w;
            w.key = e.key;
            w.tensorIndex = e.tensorIndex;
            w.signature = signatureOf(e.key, c->tensors[size_t(e.tensorIndex)]);
            weights[r].push_back(w);
        }
        std::sort(weights[r].begin(), weights[r].end(),
            [](const WeightTensor &a, const WeightTensor &b) { return a.key < b.key; });
        for (const WeightTensor &w : weights[r])
            ++signatureRows[w.signature];
    }

    // Only a tensor whose key, dtype and shape occur in another row can be equal to one.
    struct Item {
        size_t row;
        size_t tensor;
    };
    std::vector<Item> items;
    qint64 totalBytes = 0;
    for (size_t r = 0; r < rowCount; ++r)
        for (size_t t = 0; t < weights[r].size(); ++t)
            if (signatureRows.value(weights[r][t].signature) >= 2) {
                items.push_back({ r, t });
                totalBytes += state.opened[r]->tensors[size_t(weights[r][t].tensorIndex)].nbytes();
            }
    const auto cache = std::make_shared<FileCache>();
    std::vector<std::unique_ptr<TensorData>> data(rowCount);
    for (size_t r = 0; r < rowCount; ++r)
        if (state.opened[r])
            data[r] = std::make_unique<TensorData>(*state.opened[r], cache);
    Progress progress(control, totalBytes);
    std::mutex errorsMutex;
    std::map<size_t, Phrase> unreadable; // row -> first tensor that could not be read, and why
    const bool finished = parallelFor(
        qint64(items.size()), options.threads,
        [&](qint64 i, int) {
            const Item &item = items[size_t(i)];
            WeightTensor &w = weights[item.row][item.tensor];
            Phrase error;
            w.hashed = true;
            w.readable = hashTensorContent(*data[item.row], w.tensorIndex, &w.digest, &error);
            if (!w.readable) {
                const std::lock_guard<std::mutex> lock(errorsMutex);
                unreadable.emplace(item.row,
                    Phrase::translate("ckpt::Runs", "%1: %2", "a tensor, then why it cannot be read")
                        .arg(w.key)
                        .arg(error));
            }
            progress.advance(state.opened[item.row]->tensors[size_t(w.tensorIndex)].nbytes());
        },
        control.cancel);
    if (!finished)
        return false;
    progress.finish();
    report.hashed = true;
    for (const auto &[row, why] : unreadable)
        report.warnings.append(Phrase::translate("ckpt::Runs", "%1: %2; its weights were not compared")
                                   .arg(report.checkpoints[row].file, why));

    // Rows with the same tensors (keys, dtypes, shapes) and the same digest of each.
    std::map<std::vector<std::pair<QString, ContentDigest>>, std::vector<int>> byContent;
    for (size_t r = 0; r < rowCount; ++r) {
        const std::vector<WeightTensor> &ws = weights[r];
        if (ws.empty() || unreadable.count(r)
            || std::any_of(ws.begin(), ws.end(), [](const WeightTensor &w) { return !w.hashed; }))
            continue;
        std::vector<std::pair<QString, ContentDigest>> key;
        for (const WeightTensor &w : ws)
            key.emplace_back(w.signature, w.digest);
        byContent[key].push_back(int(r));
    }
    std::vector<int> groupOf(rowCount, -1);
    for (auto &entry : byContent)
        if (entry.second.size() >= 2) {
            std::sort(entry.second.begin(), entry.second.end());
            report.identical.push_back(entry.second);
        }
    std::sort(report.identical.begin(), report.identical.end());
    for (size_t g = 0; g < report.identical.size(); ++g)
        for (int r : report.identical[g])
            groupOf[size_t(r)] = int(g);

    std::vector<RunCheckpoint> &rows = report.checkpoints;
    for (const std::vector<int> &group : report.identical) {
        const int latest = latestOf(group, rows);
        const RunCheckpoint &ref = rows[size_t(latest)];
        for (int i : group) {
            if (i == latest)
                continue;
            const RunCheckpoint &row = rows[size_t(i)];
            const Claim earlier = claimedEarlier(row, ref);
            if (earlier != Claim::None) {
                state.suspect[size_t(i)] = true;
                report.checkpoints[size_t(i)].weightsFromLater = true;
            }
            report.warnings.append(sameWeights(row, ref, earlier));
        }
    }

    for (size_t run = 0; run < report.runs.size(); ++run) {
        const std::vector<int> &members = report.runs[run].checkpoints;
        // One row per distinct set of weights.
        std::vector<int> distinct;
        std::vector<int> seenGroups;
        for (int r : members) {
            if (weights[size_t(r)].empty())
                continue;
            const int g = groupOf[size_t(r)];
            if (g >= 0 && std::find(seenGroups.begin(), seenGroups.end(), g) != seenGroups.end())
                continue;
            if (g >= 0)
                seenGroups.push_back(g);
            distinct.push_back(r);
        }
        const QString &where = report.runs[run].folder;
        if (distinct.size() == 1 && members.size() >= 2 && groupOf[size_t(distinct[0])] >= 0
            && report.identical[size_t(groupOf[size_t(distinct[0])])].size() == members.size()) {
            report.warnings.append(inRun(where,
                Phrase::translate("ckpt::Runs",
                    "all %n checkpoints have the same weights: did the optimizer ever step?", nullptr,
                    int(members.size()))));
            continue;
        }
        if (distinct.size() < 2)
            continue;
        // Tensors present, read and equal in every distinct weight set.
        std::map<QString, std::pair<int, ContentDigest>> seen; // signature -> (rows, digest)
        QHash<QString, QString> keyOf;
        bool differs = false;
        for (int r : distinct)
            for (const WeightTensor &w : weights[size_t(r)]) {
                if (!w.hashed || !w.readable)
                    continue;
                auto [it, added] = seen.emplace(w.signature, std::make_pair(1, w.digest));
                keyOf.insert(w.signature, w.key);
                if (!added) {
                    if (it->second.second == w.digest)
                        ++it->second.first;
                    else
                        it->second.first = -1000000;
                }
            }
        FrozenTensors frozen;
        frozen.run = int(run);
        frozen.checkpointCount = int(distinct.size());
        frozen.tensorCount = int(seen.size());
        for (const auto &[signature, count] : seen) {
            if (count.first == int(distinct.size()))
                frozen.keys << keyOf.value(signature);
            else
                differs = true;
        }
        if (frozen.keys.isEmpty() || !differs)
            continue;
        report.warnings.append(inRun(where,
            Phrase::translate("ckpt::Runs",
                "%1 of %2 tensors never changed across %n checkpoints with different weights: %3 (a frozen layer, or "
                "parameters the optimizer was never given?)",
                nullptr, frozen.checkpointCount)
                .arg(frozen.keys.size())
                .arg(frozen.tensorCount)
                .arg(listNames(frozen.keys))));
        report.frozen.push_back(std::move(frozen));
    }
    return true;
}

} // namespace ckpt
