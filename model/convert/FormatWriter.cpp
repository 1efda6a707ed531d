#include "model/convert/FormatWriter.h"

namespace ckpt {

bool WriteContext::write(const char *data, qint64 size)
{
    if (cancelled()) {
        report.error = cancelledError();
        return false;
    }
    QString error;
    if (!file.write(data, size, &error)) {
        report.error = error;
        return false;
    }
    return true;
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
