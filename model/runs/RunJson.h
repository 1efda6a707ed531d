#pragma once

#include "model/runs/RunReport.h"

#include <QJsonObject>

namespace ckpt {

// `ckpt runs --json`: {"folder", "checkpoints": [{"file", "epoch", "step", "metrics",
// "bytes", "mtime", ...}], "best": {"metric", "mode", "file", "why"},
// "identical_weights": [[file, ...]], "frozen", "runs", "warnings"}. Unknown numbers are null.
QJsonObject runReportToJson(const RunReport &report);

} // namespace ckpt
