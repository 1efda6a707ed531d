#pragma once

#include "model/check/ScriptCode.h"
#include "model/itemmodels/TreeRows.h"
#include "model/itemmodels/TreeTotals.h"
#include "model/tensor/TensorPreview.h"

namespace ckpt {

// The HTML the details dock shows for one node; pure functions of the checkpoint.
namespace DetailsHtml {
QString tensor(const Checkpoint &ckpt, int tensorIndex, const QString &path, NodeKind kind);
// The values section: "reading…" while `preview` is null.
QString values(const TensorPreview *preview);
QString container(const Checkpoint &ckpt, const Value &v, const QString &path, const SubtreeTotals &totals);
// Objects: class, constructor args, state, and embedded source when the file has it.
QString object(const Checkpoint &ckpt, const Value &v, const QString &path);
// A module row of the grouped tree: its keys' prefix and what they hold.
QString module(const QString &prefix, const QString &path, const SubtreeTotals &totals);
QString scalar(const Value &v, const QString &path);
// TorchScript: where the class of the selected module is in the archive's code/.
QString scriptClass(const ScriptCode &code, const QString &className);
// TorchScript: the ops and lines of code/ that use constant CONSTANTS.c<index>.
QString scriptConstant(const ScriptCode &code, int index);
} // namespace DetailsHtml

} // namespace ckpt
