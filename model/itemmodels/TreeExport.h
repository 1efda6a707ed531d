#pragma once

#include <QAbstractItemModel>
#include <QByteArray>

namespace ckpt {

// Writes the rows of a CheckpointTreeModel, or of a proxy over it (then only what the
// filter keeps, in the order shown), with exact numbers instead of the rounded display.
// CSV and Markdown list one row per node with its full path; JSON nests children.
enum class ExportFormat { Csv, Json, Markdown };

QByteArray exportTree(const QAbstractItemModel &model, ExportFormat format);
// "csv", "json", "md" -> format; false if unknown.
bool exportFormatFromSuffix(const QString &suffix, ExportFormat *format);

} // namespace ckpt
