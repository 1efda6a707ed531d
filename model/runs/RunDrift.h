#pragma once

// How far each tensor moved between consecutive checkpoints of a run: ||b - a|| / ||a||
// per state_dict key, computed by diffCheckpoints() (the Compare dock's streaming diff)
// for each pair. Layers by checkpoints, for the Runs view's heatmap.

#include "model/runs/RunReport.h"

namespace ckpt {

struct RunDrift {
    std::vector<int> columns; // rows of the report: column c compares columns[c] with previous[c]
    std::vector<int> previous;
    QStringList layers; // state_dict keys, in the first checkpoint's order
    std::vector<std::vector<double>> change; // [layer][column]: relative L2 change, NaN when not compared
    Phrases errors; // text() in the Training dock
    bool cancelled = false;
};

// Consecutive checkpoints of `run` in epoch, then step, then row order; rows holding a
// later checkpoint's weights (a best.pt saved by reference) and unreadable rows are left
// out. Progress counts pairs.
RunDrift computeRunDrift(const RunReport &report, int run, const WorkControl &control = {});

} // namespace ckpt
