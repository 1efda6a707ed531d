// Which checkpoint is best, by the metric the run monitors (Lightning's ModelCheckpoint,
// the Trainer's metric_for_best_model), else --metric/--mode, else a validation loss.
#include "model/runs/RunInternal.h"

#include "model/formats/CheckpointReader.h"
#include "model/training/TrainingScalars.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace ckpt {
namespace {

struct Monitor {
    BestSource source = BestSource::None;
    QString metric;
    MetricMode mode = MetricMode::Unknown;
    Phrase reason; // "the run's ModelCheckpoint callback monitors it (mode 'min')"
    QString recordedBest; // the file the run itself recorded as best (a path as it wrote it)
};

QString number(double v)
{
    return QString::number(v, 'g', 8);
}

// The run's own monitor: the latest Lightning checkpoint's ModelCheckpoint with a
// monitor, else the latest Trainer folder's training_args.bin.
Monitor runMonitor(const RunReport &report, const std::vector<int> &rows, const RunScanState &state)
{
    Monitor m;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        for (const LightningMonitor &lm : state.monitors[size_t(*it)])
            if (!lm.metric.isEmpty()) {
                m.source = BestSource::LightningMonitor;
                m.metric = lm.metric;
                m.mode = lm.mode == MetricMode::Unknown ? MetricMode::Min : lm.mode; // Lightning's default
                m.reason = lm.mode == MetricMode::Unknown
                    ? Phrase::translate("ckpt::Runs",
                        "the run's ModelCheckpoint callback monitors it (its key names no mode: Lightning's default "
                        "'min')")
                    : Phrase::translate("ckpt::Runs", "the run's ModelCheckpoint callback monitors it (mode '%1')")
                          .arg(metricModeName(lm.mode));
                m.recordedBest = lm.bestPath;
                return m;
            }
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        const FoundCheckpoint &f = state.found[size_t(*it)];
        if (f.trainingArgs.isEmpty())
            continue;
        const CheckpointPtr args = openCheckpoint(f.trainingArgs);
        const TrainerMonitor tm = trainerMonitor(*args);
        if (!tm.found || tm.metric.isEmpty())
            continue;
        m.source = BestSource::TrainerArguments;
        m.metric = tm.metric;
        m.mode = tm.mode;
        const QString &folder = report.checkpoints[size_t(*it)].file;
        if (tm.greaterIsBetterSet)
            m.reason = Phrase::translate(
                "ckpt::Runs", "%1/training_args.bin sets metric_for_best_model to it, greater_is_better %2")
                           .arg(folder, tm.mode == MetricMode::Max ? QStringLiteral("True") : QStringLiteral("False"));
        else if (tm.mode == MetricMode::Min)
            m.reason = Phrase::translate("ckpt::Runs",
                "%1/training_args.bin sets metric_for_best_model to it, greater_is_better unset (%2 for a name ending "
                "in 'loss')")
                           .arg(folder, metricModeName(tm.mode));
        else
            m.reason = Phrase::translate("ckpt::Runs",
                "%1/training_args.bin sets metric_for_best_model to it, greater_is_better unset (%2 for a name not "
                "ending in 'loss')")
                           .arg(folder, metricModeName(tm.mode));
        if (!f.trainerState.isEmpty()) {
            TrainerSummary summary;
            if (readTrainerSummary(f.trainerState, &summary))
                m.recordedBest = summary.bestModelCheckpoint;
        }
        return m;
    }
    return m;
}

// "val_loss", "valid_loss", "validation/loss", "eval_loss", "val_loss_epoch" ...
bool isValidationLoss(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("(^|/)(val|valid|validation|eval)[_/ ]?loss"), QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

// The validation loss most rows carry (ties: the shortest name, then by name).
QString validationLossIn(const std::vector<RunCheckpoint> &all, const std::vector<int> &rows)
{
    std::map<QString, int> counts;
    for (int r : rows)
        for (const auto &m : all[size_t(r)].metrics)
            if (isValidationLoss(m.first))
                ++counts[m.first];
    QString best;
    int bestCount = 0;
    for (const auto &[name, count] : counts)
        if (count > bestCount || (count == bestCount && name.size() < best.size())) {
            best = name;
            bestCount = count;
        }
    return best;
}

MetricMode modeFromName(const QString &metric)
{
    const QString m = metric.toLower();
    return m.contains(QLatin1String("loss")) || m.contains(QLatin1String("err"))
            || m.contains(QLatin1String("perplexity")) || m.endsWith(QLatin1String("ppl"))
        ? MetricMode::Min
        : MetricMode::Max;
}

RunBest choose(const RunReport &report, const std::vector<int> &rows, const RunScanState &state,
    const RunOptions &options, Phrases *warnings, const QString &where)
{
    RunBest best;
    const Monitor monitor = runMonitor(report, rows, state);
    Phrase reason;
    if (monitor.source != BestSource::None) {
        best.metric = monitor.metric;
        best.mode = monitor.mode;
        best.source = monitor.source;
        reason = monitor.reason;
        if (!options.metric.isEmpty() && options.metric != monitor.metric)
            warnings->append(inRun(where,
                Phrase::translate("ckpt::Runs", "--metric %1 not used: the run monitors %2")
                    .arg(options.metric, monitor.metric)));
    } else if (!options.metric.isEmpty()) {
        best.metric = options.metric;
        best.source = BestSource::Option;
        best.mode = options.mode != MetricMode::Unknown ? options.mode : modeFromName(options.metric);
        reason = options.mode != MetricMode::Unknown
            ? Phrase::translate("ckpt::Runs", "--metric and --mode ask for it; the run monitors none")
            : best.mode == MetricMode::Min
            ? Phrase::translate(
                "ckpt::Runs", "--metric asks for it (%1 for a name like a loss or error); the run monitors none")
                  .arg(metricModeName(best.mode))
            : Phrase::translate(
                "ckpt::Runs", "--metric asks for it (%1 for a name not like a loss or error); the run monitors none")
                  .arg(metricModeName(best.mode));
    } else {
        best.metric = validationLossIn(report.checkpoints, rows);
        best.mode = MetricMode::Min;
        best.source = BestSource::ValidationLoss;
        reason = Phrase::translate(
            "ckpt::Runs", "the run monitors no metric and --metric was not given, so a validation loss decides");
        if (best.metric.isEmpty()) {
            best.source = BestSource::None;
            best.mode = MetricMode::Unknown;
            best.why = Phrase::translate("ckpt::Runs",
                "no best: the run monitors no metric, --metric was not given and no checkpoint has a validation loss");
            return best;
        }
    }
    const bool min = best.mode == MetricMode::Min;
    int count = 0;
    QStringList tiedSuspects;
    for (int r : rows) {
        const double *v = report.checkpoints[size_t(r)].metric(best.metric);
        if (!v || std::isnan(*v))
            continue;
        ++count;
        if (best.checkpoint < 0) {
            best.checkpoint = r;
            continue;
        }
        const double cur = *report.checkpoints[size_t(best.checkpoint)].metric(best.metric);
        const bool better = min ? *v < cur : *v > cur;
        const bool suspectNow = !state.suspect.empty() && state.suspect[size_t(best.checkpoint)];
        const bool suspectNew = !state.suspect.empty() && state.suspect[size_t(r)];
        // An equal value: a row whose weights are what its epoch says beats one that is not.
        if (better || (*v == cur && suspectNow && !suspectNew))
            best.checkpoint = r;
    }
    if (best.checkpoint < 0) {
        best.why = Phrase::translate("ckpt::Runs", "no best: %1 (%2) would decide (%3), but no checkpoint has it")
                       .arg(best.metric, metricModeName(best.mode), reason);
        return best;
    }
    const RunCheckpoint &winner = report.checkpoints[size_t(best.checkpoint)];
    const double value = *winner.metric(best.metric);
    for (int r : rows)
        if (r != best.checkpoint && !state.suspect.empty() && state.suspect[size_t(r)]) {
            const double *v = report.checkpoints[size_t(r)].metric(best.metric);
            if (v && *v == value)
                tiedSuspects << report.checkpoints[size_t(r)].file;
        }
    best.why = (min
            ? Phrase::translate("ckpt::Runs", "%1 (%2): %3; lowest of %n checkpoints with it: %4 in %5", nullptr, count)
            : Phrase::translate(
                "ckpt::Runs", "%1 (%2): %3; highest of %n checkpoints with it: %4 in %5", nullptr, count))
                   .arg(best.metric, metricModeName(best.mode), reason, number(value), winner.file);
    if (!tiedSuspects.isEmpty())
        best.why = Phrase::translate("ckpt::Runs", "%1; %2", "two clauses of one sentence")
                       .arg(best.why,
                           Phrase::translate("ckpt::Runs",
                               "%1 records the same value but holds a later checkpoint's weights",
                               "%1 names one or more checkpoints", int(tiedSuspects.size()))
                               .arg(tiedSuspects.join(QStringLiteral(", "))));
    // The run's own record of its best should name the same file.
    if (!monitor.recordedBest.isEmpty()) {
        const QString recorded = QFileInfo(monitor.recordedBest).fileName();
        if (recorded != QFileInfo(winner.file).fileName()) {
            bool present = false;
            for (int r : rows)
                present |= QFileInfo(report.checkpoints[size_t(r)].file).fileName() == recorded;
            const Phrase said = !present
                ? Phrase::translate("ckpt::Runs", "the run recorded %1 as its best; it is not in the folder")
                      .arg(monitor.recordedBest)
                : min ? Phrase::translate("ckpt::Runs", "the run recorded %1 as its best, but %2 has the lowest %3")
                            .arg(recorded, winner.file, best.metric)
                      : Phrase::translate("ckpt::Runs", "the run recorded %1 as its best, but %2 has the highest %3")
                            .arg(recorded, winner.file, best.metric);
            warnings->append(inRun(where, said));
        }
    }
    return best;
}

} // namespace

void chooseBest(RunReport &report, const RunScanState &state, const RunOptions &options)
{
    std::vector<int> all;
    for (size_t r = 0; r < report.checkpoints.size(); ++r)
        all.push_back(int(r));
    for (RunFolder &run : report.runs) {
        Phrases notes; // the folder-wide choice below says these once
        run.best = choose(
            report, run.checkpoints, state, options, report.runs.size() > 1 ? &report.warnings : &notes, run.folder);
    }
    Phrases said; // with several runs, each said its own
    report.best = choose(report, all, state, options, report.runs.size() > 1 ? &said : &report.warnings, QString());
}

} // namespace ckpt
