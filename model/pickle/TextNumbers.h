#pragma once

#include <QByteArray>
#include <QString>

namespace ckpt {

// A number written as text by a protocol-0 opcode (INT, LONG, GET, PUT), read by the
// rules of CPython's Modules/_pickle.c, which torch.load and pickle.load use: a payload
// must not hide behind a spelling Python accepts and we do not.
struct TextNumber {
    bool ok = false; // CPython accepts the text
    bool fits = true; // the value fits in 64 bits (else `text` holds it)
    qint64 value = 0;
    QString text; // the literal without underscores or spaces, when it does not fit
    bool byStrtol = false; // INT only: C strtol read the whole line (then "00"/"01" are bools)
};

// PyLong_FromString(s, NULL, base) for base 0 (prefixes 0x/0o/0b, underscores, a lone
// run of zeros) or 10: surrounding whitespace and a sign allowed; the text ends at a NUL.
TextNumber pyLongFromString(const QByteArray &s, int base);
// load_int: C strtol(s, &end, 0) first (so "010" is octal 8), and when that does not
// consume the line or overflows, PyLong_FromString(s, NULL, 0). `line` has no newline.
TextNumber pickleIntArgument(const QByteArray &line);
// load_long: a trailing 'L' dropped, then PyLong_FromString(s, NULL, 0).
TextNumber pickleLongArgument(const QByteArray &line);
// load_get / load_put: PyLong_FromString(s, NULL, 10) ("1_0" is 10).
TextNumber pickleMemoKey(const QByteArray &line);

} // namespace ckpt
