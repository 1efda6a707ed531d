#include "widgets/convert/ConvertReportText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace ckpt {

QString convertReportText(const ConvertReport &r, const FormatWriter &writer, qsizetype tensors)
{
    QStringList lines;
    if (r.ok) {
        lines << QCoreApplication::translate("ckpt::ConvertDock", "Wrote %1 (%2, %3 tensors), %4.")
                     .arg(r.output, QLocale().formattedDataSize(r.bytesWritten, 1, QLocale::DataSizeSIFormat))
                     .arg(tensors)
                     .arg(r.bytesVerified ? QCoreApplication::translate("ckpt::ConvertDock", "verified byte for byte")
                                          : QCoreApplication::translate("ckpt::ConvertDock", "verified on reload"));
        if (!r.sidecar.isEmpty())
            lines << QCoreApplication::translate("ckpt::ConvertDock", "Wrote %1.").arg(r.sidecar);
        if (writer.writesFolder())
            lines << QCoreApplication::translate("ckpt::ConvertDock",
                "Loads with torch.distributed.checkpoint (dcp.load, or dcp_to_torch_save for one torch "
                "file).");
        else if (!r.globalsNeedingCode.isEmpty())
            lines << QCoreApplication::translate(
                "ckpt::ConvertDock", "Loading it needs torch.load(weights_only=False) for: %1")
                         .arg(r.globalsNeedingCode.join(QStringLiteral(", ")));
        else if (writer.can(FormatCapability::Pickle) && r.opcodesBeyondTorch113.isEmpty())
            lines << QCoreApplication::translate("ckpt::ConvertDock", "Loads with torch.load(weights_only=True).");
        else if (writer.can(FormatCapability::Pickle))
            lines << QCoreApplication::translate(
                "ckpt::ConvertDock", "Loads with torch.load(weights_only=True) in torch >= 2.0 (1.13's lacks %1).")
                         .arg(r.opcodesBeyondTorch113.join(QStringLiteral(", ")));
    } else {
        lines << QCoreApplication::translate("ckpt::ConvertDock", "Not written: %1. The target was left as it was.")
                     .arg(r.error.text());
    }
    lines << textOf(r.notes);
    return lines.join(QLatin1Char('\n'));
}

} // namespace ckpt
