#pragma once

#include <QByteArray>
#include <QString>

namespace ckpt {

// Name of a pickle opcode ("BINPUT"), or "0xNN" for bytes that are not opcodes.
QString opcodeName(quint8 op);
// Protocol-0 STRING argument: a quoted Python repr ('abc\n') -> raw bytes.
bool decodeStringRepr(const QByteArray &quoted, QByteArray *out);
// Protocol-0 UNICODE argument (raw-unicode-escape).
QString decodeRawUnicodeEscape(const QByteArray &raw);
// Little-endian two's complement (LONG1/LONG4) -> decimal text; sets *fits if it fits 64 bits.
QString decodeLongBytes(const QByteArray &le, qint64 *small, bool *fits);

} // namespace ckpt
