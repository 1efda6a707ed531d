#pragma once

// A training run at a glance (`ckpt runs DIR`, the Runs view): one row per checkpoint of
// a folder (plain series, PyTorch Lightning, Hugging Face Trainer checkpoint-N/ folders,
// nested version_N/ or run folders listed together) with its epoch, step and scalar
// metrics, the best checkpoint and why, groups of checkpoints whose weights are
// bit-identical, and tensors that never changed across a run.

#include "model/checkpoint/Checkpoint.h"
#include "model/common/Phrase.h"
#include "model/tensor/ParallelFor.h"
#include "model/training/TrainingMonitor.h"

#include <QDateTime>
#include <QStringList>

#include <cmath>
#include <vector>

namespace ckpt {

enum class RunLayout { Plain, Lightning, Trainer };
QString runLayoutName(RunLayout l); // "plain", "lightning", "trainer"

// Where a row's epoch or step came from.
enum class RunValueSource { None, Scalar, TrainerState, FileName };
QString runValueSourceName(RunValueSource s); // "", "scalar", "trainer_state.json", "file name"

struct RunCheckpoint {
    QString file; // relative to the run folder: "epoch_3.pt", "version_0/last.ckpt", "checkpoint-40"
    QString path; // absolute: the file, or the Trainer checkpoint folder
    QString weightsPath; // the file holding the weights (a Trainer folder's model.safetensors)
    int run = -1; // into RunReport::runs
    double epoch = std::nan("");
    double step = std::nan("");
    RunValueSource epochFrom = RunValueSource::None;
    RunValueSource stepFrom = RunValueSource::None;
    std::vector<std::pair<QString, double>> metrics; // by name
    qint64 bytes = 0; // the file, or every file of a Trainer folder
    QDateTime modified; // UTC
    Format format = Format::Unknown;
    int tensors = 0; // in its state_dict
    QString stateDict; // StateDict::describe() in English (the JSON's): where the weights were found
    Phrase error; // could not be read (the row stays, with what is known)
    // Its weights are those of a row whose epoch or step is later (best.pt saved from
    // model.state_dict() without a copy); set when hashed.
    bool weightsFromLater = false;

    const double *metric(const QString &name) const;
};

enum class BestSource { None, LightningMonitor, TrainerArguments, Option, ValidationLoss };

struct RunBest {
    QString metric; // empty: no metric to choose by
    MetricMode mode = MetricMode::Unknown;
    int checkpoint = -1; // into RunReport::checkpoints; -1 when nothing has the metric
    BestSource source = BestSource::None;
    Phrase why; // which metric decided and why, in a sentence
};

struct RunFolder {
    QString folder; // relative to the scanned folder ("" for itself)
    RunLayout layout = RunLayout::Plain;
    std::vector<int> checkpoints; // in row order
    RunBest best;
};

// Tensors whose content is the same in every checkpoint of a run that has them.
struct FrozenTensors {
    int run = -1;
    QStringList keys;
    int tensorCount = 0; // tensors compared
    int checkpointCount = 0; // distinct weight sets compared
};

struct RunReport {
    QString folder; // absolute
    std::vector<RunCheckpoint> checkpoints;
    std::vector<RunFolder> runs;
    RunBest best; // over every row
    bool hashed = false; // identical weights and frozen tensors were looked for
    std::vector<std::vector<int>> identical; // groups of rows with bit-identical weights
    std::vector<FrozenTensors> frozen;
    // Sentences, each naming its files: text() in the Runs view, english() in `ckpt runs`.
    Phrases warnings;
    Phrase error; // the folder itself cannot be read

    bool ok() const { return error.isEmpty(); }
};

struct RunOptions {
    QString metric; // --metric: used when the run monitors none
    MetricMode mode = MetricMode::Unknown; // --mode (Unknown: from the metric's name)
    bool hash = true; // look for identical weights (reads every tensor's bytes)
    int threads = 0; // for hashing; 0: one per core
};

// Scans a run folder: metadata of every checkpoint, then (options.hash) the content of
// the tensors that could be identical. Progress counts files read, then bytes hashed.
RunReport analyseRun(const QString &folder, const RunOptions &options, const WorkControl &control = {});

} // namespace ckpt
