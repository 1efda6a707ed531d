#include "widgets/common/FileFilters.h"

namespace ckpt {

namespace {
QString allFiles()
{
    return FileFilters::tr("All files (*)");
}
} // namespace

QString FileFilters::openCheckpoint()
{
    return tr("Checkpoints (*.pt *.pth *.bin *.ckpt *.tar *.pkl *.safetensors *.jit *.ptl *.json)")
        + QStringLiteral(";;") + allFiles();
}

QString FileFilters::compareWith()
{
    return openCheckpoint();
}

QString FileFilters::openSeries()
{
    return tr("Checkpoints of one run (*.pt *.pth *.bin *.ckpt *.tar *.pkl *.safetensors trainer_state.json)")
        + QStringLiteral(";;") + allFiles();
}

QString FileFilters::convertedSuffix(OutputFormat format)
{
    return format == OutputFormat::Safetensors ? QStringLiteral("safetensors") : QStringLiteral("pt");
}

QString FileFilters::saveConverted(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Safetensors:
        return tr("safetensors (*.safetensors)");
    case OutputFormat::Package:
        return tr("Inference package (*.pt)");
    case OutputFormat::Torch:
        break;
    }
    return tr("Torch checkpoint (*.pt *.pth *.bin *.ckpt)");
}

QString FileFilters::exportSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Markdown:
        break;
    }
    return QStringLiteral("md");
}

QString FileFilters::exportTree(ExportFormat format)
{
    const QString suffix = exportSuffix(format);
    return tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
}

QString FileFilters::exportPlot()
{
    return tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)");
}

} // namespace ckpt
