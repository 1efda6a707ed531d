#pragma once

// Training metadata found by name anywhere in a checkpoint's tree (epoch, step, losses,
// accuracies, learning rates, best_* and Lightning's ModelCheckpoint scores), as scalars
// and list-valued series, and the same across many checkpoints of one run. Reads
// metadata only (plus the few bytes of 0-d tensors through ByteSource): no LibTorch.

#include "model/checkpoint/Checkpoint.h"

#include <QStringList>

#include <atomic>
#include <cmath>
#include <vector>

namespace ckpt {

struct TrainingScalar {
    Path path;
    QString name; // slash-joined path: "history/train_loss", "callbacks/.../best_model_score"
    QString key; // last component, lower case: "train_loss"
    double value = 0;
    QString source; // "int", "float", "0-d tensor", "numpy float32"
};

struct TrainingSeries {
    Path path;
    QString name;
    QString key;
    std::vector<double> values;
    std::vector<double> steps; // the x of each value (a training step); empty: the list index
};

struct TrainingInfo {
    std::vector<TrainingScalar> scalars;
    std::vector<TrainingSeries> series;
    // The shallowest epoch / step scalar, NaN if none.
    double epoch() const;
    double step() const;
    const TrainingScalar *find(const QString &name) const;
};

// True for the key names we treat as training metadata (case-insensitive):
// epoch, step, global_step, *loss*, *acc*, lr, learning_rate, best_*, *score*, ...
bool isTrainingKey(const QString &key);

// Walks the tree (bounded: `maxNodes` nodes, depth 64). 0-d and one-element tensors
// are read from the file; 1-D tensors of up to 100k elements named like a metric count
// as series. Optimizer per-parameter state (".../state/<index>/...") is skipped.
// A trainer_state.json beside the file (a Hugging Face checkpoint-N/ folder) is added
// as readTrainerState() reads it.
TrainingInfo scanTraining(const Checkpoint &ckpt, int maxNodes = 200000);

// Hugging Face Trainer's trainer_state.json: global_step, epoch and best_metric as
// scalars, and every numeric key of the per-step dicts of log_history (loss,
// learning_rate, grad_norm, eval_*, ...) logged at two steps or more as a series against
// step. Python's NaN and Infinity are read. False, with *error, if it cannot be read.
bool readTrainerState(const QString &path, TrainingInfo *info, Phrase *error = nullptr);
// The summary fields of a trainer_state.json.
struct TrainerSummary {
    double globalStep = std::nan("");
    double epoch = std::nan("");
    double bestMetric = std::nan("");
    QString bestModelCheckpoint; // as the Trainer wrote it ("out/checkpoint-40")
};
// best_metric, best_model_checkpoint, global_step and epoch of a trainer_state.json.
bool readTrainerSummary(const QString &path, TrainerSummary *out, Phrase *error = nullptr);

// The trainer_state.json describing a folder: its own, else that of its checkpoint-N/
// subfolder with the largest N (whose log_history holds the earlier ones). Empty if none.
QString trainerStateIn(const QString &folder);

// One checkpoint of a run, or one log_history entry of a trainer_state.json.
struct RunPoint {
    QString file;
    TrainingInfo info;
    Phrase error;
    bool logEntry = false; // a trainer_state.json log entry (`file` is the json), not a checkpoint
};

// The log_history entries of a trainer_state.json as run points (scalars named as in
// the json: step, epoch, loss, ...), for runCurves(). Empty, with *error, if unreadable.
std::vector<RunPoint> trainerLogPoints(const QString &path, Phrase *error = nullptr);

// Checkpoint-looking files of a folder (.pt .pth .ckpt .bin .tar .pkl .safetensors),
// in natural order: epoch_2 before epoch_10.
QStringList checkpointFilesIn(const QString &folder);
// Opens each file (metadata only) and scans it; a trainer_state.json among them adds its
// log entries. Stops early if `cancel` is set.
std::vector<RunPoint> scanRun(const QStringList &files, const std::atomic_bool *cancel = nullptr);
// A run's folder: its checkpoints, and the log of trainerStateIn(folder). A folder that
// holds its own trainer_state.json is one checkpoint split in parts (model, optimizer,
// scheduler): only its log is read.
std::vector<RunPoint> scanRunFolder(const QString &folder, const std::atomic_bool *cancel = nullptr);

enum class RunAxis { Auto, Epoch, Step, FileOrder };

struct MetricPoint {
    double x = 0;
    double y = 0;
    int run = -1; // index into the RunPoint vector: the file the point came from
};
struct MetricCurve {
    QString name;
    std::vector<MetricPoint> points; // sorted by x
};

// Every scalar present in at least two checkpoints (the x-axis scalar itself excluded),
// against epoch, step or file order (Auto: epoch if every file has one, else step, else
// order). *axisUsed says which.
std::vector<MetricCurve> runCurves(const std::vector<RunPoint> &run, RunAxis axis, RunAxis *axisUsed = nullptr);

// TensorBoard's scalar smoothing: debiased exponential moving average, weight in [0, 1).
std::vector<double> smoothEma(const std::vector<double> &values, double weight);

} // namespace ckpt
