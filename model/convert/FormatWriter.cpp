#include "model/convert/FormatWriter.h"

namespace ckpt {

bool WriteContext::write(const char *data, qint64 size)
{
    if (cancelled()) {
        report.error = cancelledError();
        return false;
    }
    return file.write(data, size, &report.error);
}

Phrase cancelledError()
{
    return Phrase::translate("ckpt::Convert", "cancelled", "a conversion's error: the user stopped it");
}

QString FormatWriter::suffix() const
{
    return nameFilters().value(0).mid(1); // "*.pt" -> ".pt"
}

} // namespace ckpt
