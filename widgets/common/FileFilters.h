#pragma once

#include "model/convert/Converter.h"
#include "model/itemmodels/TreeExport.h"

#include <QCoreApplication>

namespace ckpt {

// The name filters of every file dialog, built in this one place so that the lists of
// formats agree (and the format registry can feed them).
class FileFilters {
    Q_DECLARE_TR_FUNCTIONS(FileFilters)
public:
    static QString openCheckpoint(); // File › Open
    static QString compareWith(); // File › Compare With
    static QString openSeries(); // File › Open Series
    static QString saveConverted(OutputFormat format); // the Convert dock's Browse
    static QString exportTree(ExportFormat format); // File › Export Tree
    static QString exportPlot(); // a histogram as PNG, SVG or PDF
    // The file name suffix a converted file of this format gets: "pt", "safetensors".
    static QString convertedSuffix(OutputFormat format);
    // The suffix of an exported tree: "csv", "json", "md".
    static QString exportSuffix(ExportFormat format);
};

} // namespace ckpt
