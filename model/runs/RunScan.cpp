// analyseRun(): the rows of a run folder (metadata of each checkpoint), the runs they
// belong to, identical weights (RunIdentity.cpp) and the best (RunBest.cpp).
#include "model/runs/RunInternal.h"

#include "model/check/StateDict.h"
#include "model/formats/CheckpointReader.h"
#include "model/runs/RunDiscovery.h"
#include "model/training/TrainingScalars.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <map>

namespace ckpt {
namespace {

// "callbacks/ModelCheckpoint{'monitor': 'val_loss', ...}/current_score" ->
// "callbacks/ModelCheckpoint/current_score": the callback's settings are in its key.
QString metricName(const Path &path)
{
    QStringList parts;
    for (const PathPart &p : path) {
        QString s = p.isIndex ? QString::number(p.index) : p.key;
        if (const qsizetype brace = s.indexOf(QLatin1Char('{')); brace > 0)
            s.truncate(brace);
        parts << s;
    }
    return parts.join(QLatin1Char('/'));
}

bool isAxisKey(const QString &key)
{
    return key == QLatin1String("epoch") || key == QLatin1String("global_step") || key == QLatin1String("step")
        || key == QLatin1String("iteration");
}

void setMetric(RunCheckpoint &row, const QString &name, double value)
{
    for (auto &m : row.metrics)
        if (m.first == name)
            return;
    row.metrics.emplace_back(name, value);
}

qint64 folderBytes(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

// The file's own scalars: epoch and step (the shallowest), then every other metric.
void takeScalars(RunCheckpoint &row, const TrainingInfo &info, bool skipTrainerState)
{
    if (const double e = info.epoch(); std::isfinite(e)) {
        row.epoch = e;
        row.epochFrom = RunValueSource::Scalar;
    }
    if (const double s = info.step(); std::isfinite(s)) {
        row.step = s;
        row.stepFrom = RunValueSource::Scalar;
    }
    for (const TrainingScalar &s : info.scalars) {
        if (skipTrainerState && s.source == QLatin1String("trainer_state.json"))
            continue;
        if (s.path.size() == 1 && isAxisKey(s.key))
            continue;
        if (std::any_of(s.path.begin(), s.path.end(),
                [](const PathPart &p) { return !p.isIndex && p.key == QLatin1String("best_k_models"); }))
            continue; // scores keyed by file paths: the callback's best_model_score says it
        setMetric(row, metricName(s.path), s.value);
    }
}

// A Trainer folder: global_step and epoch from its trainer_state.json, and every number
// logged at that step (loss, learning_rate, grad_norm, eval_*).
void takeTrainerState(RunCheckpoint &row, const FoundCheckpoint &found, Phrases *warnings)
{
    if (found.trainerState.isEmpty())
        return;
    TrainerSummary summary;
    Phrase error;
    if (!readTrainerSummary(found.trainerState, &summary, &error)) {
        warnings->append(Phrase(QStringLiteral("%1/trainer_state.json: %2")).arg(row.file, error));
        return;
    }
    if (std::isfinite(summary.globalStep)) {
        row.step = summary.globalStep;
        row.stepFrom = RunValueSource::TrainerState;
    }
    if (std::isfinite(summary.epoch)) {
        row.epoch = summary.epoch;
        row.epochFrom = RunValueSource::TrainerState;
    }
    if (!std::isfinite(row.step))
        return;
    for (const RunPoint &p : trainerLogPoints(found.trainerState)) {
        const TrainingScalar *step = p.info.find(QStringLiteral("step"));
        if (!step || step->value != row.step)
            continue;
        for (const TrainingScalar &s : p.info.scalars)
            if (!isAxisKey(s.key))
                setMetric(row, s.name, s.value);
    }
}

RunLayout layoutOf(const RunFolder &run, const std::vector<RunCheckpoint> &rows, const RunScanState &state)
{
    bool lightning = false;
    for (int i : run.checkpoints) {
        if (state.found[size_t(i)].trainerFolder)
            return RunLayout::Trainer;
        lightning |= !state.monitors[size_t(i)].empty() || rows[size_t(i)].file.endsWith(QLatin1String(".ckpt"));
    }
    return lightning ? RunLayout::Lightning : RunLayout::Plain;
}

} // namespace

QString runLayoutName(RunLayout l)
{
    switch (l) {
    case RunLayout::Plain:
        return QStringLiteral("plain");
    case RunLayout::Lightning:
        return QStringLiteral("lightning");
    case RunLayout::Trainer:
        return QStringLiteral("trainer");
    }
    return QString();
}

QString runValueSourceName(RunValueSource s)
{
    switch (s) {
    case RunValueSource::None:
        break;
    case RunValueSource::Scalar:
        return QStringLiteral("scalar");
    case RunValueSource::TrainerState:
        return QStringLiteral("trainer_state.json");
    case RunValueSource::FileName:
        return QStringLiteral("file name");
    }
    return QString();
}

const double *RunCheckpoint::metric(const QString &name) const
{
    for (const auto &m : metrics)
        if (m.first == name)
            return &m.second;
    return nullptr;
}

Phrase inRun(const QString &runFolder, const Phrase &sentence)
{
    return runFolder.isEmpty() ? sentence
                               : Phrase::translate("ckpt::Runs", "%1: %2", "a run's folder, then a sentence about it")
                                     .arg(runFolder, sentence);
}

RunReport analyseRun(const QString &folder, const RunOptions &options, const WorkControl &control)
{
    RunReport report;
    const QFileInfo info(folder);
    report.folder = info.absoluteFilePath();
    if (!info.exists()) {
        report.error = Phrase::translate("ckpt::Runs", "no such folder");
        return report;
    }
    if (!info.isDir()) {
        report.error = Phrase::translate("ckpt::Runs", "not a folder (ckpt runs reads a folder of checkpoints)");
        return report;
    }
    RunScanState state;
    state.found = findRunCheckpoints(report.folder, &report.warnings);
    const qint64 n = qint64(state.found.size());
    std::map<QString, int> runByFolder;
    for (qint64 i = 0; i < n; ++i) {
        if (control.cancelled()) {
            report.error = Phrase::translate("ckpt::Runs", "cancelled");
            return report;
        }
        if (control.progress)
            control.progress(i, n);
        const FoundCheckpoint &found = state.found[size_t(i)];
        RunCheckpoint row;
        row.file = found.file;
        row.path = found.path;
        row.weightsPath = found.weightsPath;
        const QFileInfo fi(found.path);
        row.bytes = found.trainerFolder ? folderBytes(found.path) : fi.size();
        row.modified = fi.lastModified().toUTC();
        auto [run, added] = runByFolder.emplace(found.runFolder, int(report.runs.size()));
        if (added)
            report.runs.push_back({ found.runFolder, RunLayout::Plain, {}, {} });
        row.run = run->second;
        report.runs[size_t(row.run)].checkpoints.push_back(int(i));

        CheckpointPtr ckpt;
        if (found.weightsPath.isEmpty()) {
            row.error = Phrase::translate("ckpt::Runs", "no model.safetensors or pytorch_model.bin in the folder");
        } else {
            ckpt = openCheckpoint(found.weightsPath);
            row.format = ckpt->format;
            if (!ckpt->ok())
                row.error = describeError(*ckpt);
            takeScalars(row, scanTraining(*ckpt), found.trainerFolder);
            const StateDict sd = findStateDict(*ckpt);
            row.stateDict = sd.found() ? sd.describe().english() : QString();
            for (const StateDictEntry &e : sd.entries)
                row.tensors += e.tensorIndex >= 0 ? 1 : 0;
        }
        std::vector<LightningMonitor> monitors = ckpt ? lightningMonitors(*ckpt) : std::vector<LightningMonitor>();
        // A Lightning checkpoint's monitored value is the callback's current_score.
        for (const LightningMonitor &m : monitors)
            if (!m.metric.isEmpty() && std::isfinite(m.currentScore))
                setMetric(row, m.metric, m.currentScore);
        if (found.trainerFolder)
            takeTrainerState(row, found, &report.warnings);
        if (!std::isfinite(row.epoch) && std::isfinite(epochFromName(row.file))) {
            row.epoch = epochFromName(row.file);
            row.epochFrom = RunValueSource::FileName;
        }
        if (!std::isfinite(row.step) && std::isfinite(stepFromName(row.file))) {
            row.step = stepFromName(row.file);
            row.stepFrom = RunValueSource::FileName;
        }
        std::sort(row.metrics.begin(), row.metrics.end());
        if (!row.error.isEmpty())
            report.warnings.append(
                Phrase::translate("ckpt::Runs", "%1: %2", "a checkpoint, then why it could not be read")
                    .arg(row.file, row.error));
        report.checkpoints.push_back(std::move(row));
        state.opened.push_back(std::move(ckpt));
        state.monitors.push_back(std::move(monitors));
    }
    if (control.progress)
        control.progress(n, n);
    for (RunFolder &run : report.runs)
        run.layout = layoutOf(run, report.checkpoints, state);
    if (report.checkpoints.empty())
        report.warnings.append(Phrase::translate("ckpt::Runs",
            "no checkpoints found (.pt .pth .ckpt .bin .tar .pkl .safetensors files or checkpoint-N folders, four "
            "folders deep)"));

    if (options.hash && !findIdenticalWeights(report, state, options, control)) {
        report.error = Phrase::translate("ckpt::Runs", "cancelled");
        return report;
    }
    chooseBest(report, state, options);
    return report;
}

} // namespace ckpt
