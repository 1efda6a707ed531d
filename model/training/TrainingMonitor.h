#pragma once

// What a run itself says about its best checkpoint: the metric it monitors, min or max,
// and which file it recorded as best. PyTorch Lightning keeps this in each .ckpt's
// ModelCheckpoint callback state; Hugging Face Trainer in training_args.bin
// (metric_for_best_model, greater_is_better) and trainer_state.json (best_metric,
// best_model_checkpoint). Metadata only.

#include "model/checkpoint/Checkpoint.h"

#include <QString>

#include <cmath>
#include <vector>

namespace ckpt {

enum class MetricMode { Unknown, Min, Max };
QString metricModeName(MetricMode m); // "min", "max", "" for Unknown
MetricMode parseMetricMode(const QString &text); // Unknown for anything but min/max

// One ModelCheckpoint callback's state in a Lightning checkpoint.
struct LightningMonitor {
    QString callbackKey; // "ModelCheckpoint{'monitor': 'val_loss', 'mode': 'min', ...}"
    QString metric; // monitor; empty when it monitors nothing (saves the last epochs)
    MetricMode mode = MetricMode::Unknown; // from the key: the state itself has no mode
    double bestScore = std::nan("");
    double currentScore = std::nan("");
    QString bestPath; // as Lightning wrote it: an absolute path on the training machine
    std::vector<std::pair<QString, double>> bestK; // best_k_models: path -> score
};

// The ModelCheckpoint states of a Lightning checkpoint (its "callbacks" dict), in order.
std::vector<LightningMonitor> lightningMonitors(const Checkpoint &ckpt);

// metric_for_best_model and greater_is_better of a pickled TrainingArguments
// (training_args.bin), as the Trainer uses them: a metric without "eval_" gets it,
// greater_is_better unset means "not a loss".
struct TrainerMonitor {
    bool found = false; // the file holds a TrainingArguments object
    QString metric; // empty: the Trainer keeps no best
    MetricMode mode = MetricMode::Unknown;
    bool greaterIsBetterSet = false; // false: derived from the metric's name
};
TrainerMonitor trainerMonitor(const Checkpoint &trainingArgs);

} // namespace ckpt
