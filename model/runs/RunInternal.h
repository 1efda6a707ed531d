#pragma once

// What the steps of analyseRun() share: the opened files and their callback states.

#include "model/runs/RunDiscovery.h"
#include "model/runs/RunReport.h"

namespace ckpt {

struct RunScanState {
    std::vector<FoundCheckpoint> found; // per row
    std::vector<CheckpointPtr> opened; // per row; null when there was nothing to open
    std::vector<std::vector<LightningMonitor>> monitors; // per row
    // Rows whose weights are a later checkpoint's although their epoch or step says
    // otherwise: never chosen as best while an equal row is not suspect.
    std::vector<bool> suspect;
};

// "version_0: ..." when the folder holds several runs; the sentence alone for the folder itself.
Phrase inRun(const QString &runFolder, const Phrase &sentence);

// Groups rows with bit-identical state_dicts (same keys, dtypes, shapes and bytes; only
// tensors whose key, dtype and shape occur in two rows are read), finds tensors that
// never changed across a run, and words both as warnings. False when cancelled.
bool findIdenticalWeights(
    RunReport &report, RunScanState &state, const RunOptions &options, const WorkControl &control);

// The best row of every run and of the whole folder, with the sentence saying why.
void chooseBest(RunReport &report, const RunScanState &state, const RunOptions &options);

} // namespace ckpt
