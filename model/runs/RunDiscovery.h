#pragma once

// Finding the checkpoints of a run folder: files of a plain series or a Lightning
// folder, Hugging Face Trainer checkpoint-N/ folders, and nested runs (version_N/, one
// folder per run) below it. File system only: nothing is opened.

#include "model/runs/RunReport.h"

namespace ckpt {

struct FoundCheckpoint {
    QString file; // relative to the scanned folder
    QString path; // absolute
    QString weightsPath; // the file to open for the weights
    QString trainerState; // a Trainer folder's trainer_state.json ("" if none)
    QString trainingArgs; // a Trainer folder's training_args.bin ("" if none)
    QString runFolder; // relative folder of the run it belongs to
    bool trainerFolder = false;
};

// In natural order per folder (epoch_2 before epoch_10), a folder's own files before
// its subfolders'. Folders are followed four levels down; links to folders are not.
std::vector<FoundCheckpoint> findRunCheckpoints(const QString &folder, Phrases *warnings);

// Epoch and step written in a file name: "epoch=3-step=120.ckpt", "epoch_3.pt",
// "step-500.pth", "checkpoint-500" (a step). NaN when the name has none.
double epochFromName(const QString &name);
double stepFromName(const QString &name);

} // namespace ckpt
