// The sentences several readers build the same way (Readers.h).
#include "model/formats/Readers.h"

namespace ckpt {

Phrase about(const Phrase &where, const Phrase &what)
{
    return Phrase::translate("ckpt::Formats", "%1: %2", "where a warning or error is from, then what it is")
        .arg(where, what);
}

Phrase byteorderFact()
{
    return Phrase::translate("ckpt::Formats", "byteorder", "a fact's name: the byte order of the tensor data");
}

Phrase byteorderName(const QString &order)
{
    if (order == QLatin1String("little"))
        return Phrase::translate("ckpt::Formats", "little", "byte order");
    if (order == QLatin1String("big"))
        return Phrase::translate("ckpt::Formats", "big", "byte order");
    return order;
}

} // namespace ckpt
