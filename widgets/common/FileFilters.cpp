#include "widgets/common/FileFilters.h"

#include "model/convert/WriterRegistry.h"
#include "model/formats/FormatRegistry.h"

namespace ckpt {

QString FileFilters::openCheckpoint()
{
    return openDialogFilters(tr("Checkpoints"));
}

QString FileFilters::compareWith()
{
    return openCheckpoint();
}

QString FileFilters::openSeries()
{
    return openDialogFilters(tr("Checkpoints of one run"), { QStringLiteral("trainer_state.json") });
}

QString FileFilters::saveConverted(const FormatWriter &writer)
{
    return saveDialogFilters(writer);
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
