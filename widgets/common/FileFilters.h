#pragma once

#include "model/convert/FormatWriter.h"
#include "model/itemmodels/TreeExport.h"

#include <QCoreApplication>

namespace ckpt {

// The name filters of every file dialog, built in this one place; the checkpoint formats
// come from the format registries (model/formats/FormatRegistry.h, WriterRegistry.h).
class FileFilters {
    Q_DECLARE_TR_FUNCTIONS(FileFilters)
public:
    static QString openCheckpoint(); // File › Open
    static QString compareWith(); // File › Compare With
    static QString openSeries(); // File › Open Series
    static QString saveConverted(const FormatWriter &writer); // the Convert dock's Browse
    static QString exportTree(ExportFormat format); // File › Export Tree
    static QString exportPlot(); // a histogram as PNG, SVG or PDF
    // The suffix of an exported tree: "csv", "json", "md".
    static QString exportSuffix(ExportFormat format);
};

} // namespace ckpt
