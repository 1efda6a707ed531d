#include "model/pickle/TextNumbers.h"

#include <limits>

namespace ckpt {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

// The C string the line is to strtol and PyLong_FromString: it ends at the first NUL.
QByteArray cString(const QByteArray &s)
{
    const qsizetype nul = s.indexOf('\0');
    return nul < 0 ? s : s.left(nul);
}

// Accumulates digits of `base` into a 64-bit magnitude; `overflow` once it does not fit.
struct Accumulator {
    int base;
    quint64 magnitude = 0;
    bool overflow = false;
    void add(int d)
    {
        if (magnitude > (std::numeric_limits<quint64>::max() - quint64(d)) / quint64(base))
            overflow = true;
        else
            magnitude = magnitude * quint64(base) + quint64(d);
    }
};

TextNumber finish(bool negative, const Accumulator &acc, const QByteArray &literal)
{
    TextNumber n;
    n.ok = true;
    const quint64 limit
        = negative ? quint64(std::numeric_limits<qint64>::max()) + 1 : quint64(std::numeric_limits<qint64>::max());
    if (acc.overflow || acc.magnitude > limit) {
        n.fits = false;
        n.text = QString::fromLatin1(literal);
        return n;
    }
    n.value = negative ? qint64(0 - acc.magnitude) : qint64(acc.magnitude);
    return n;
}
} // namespace

TextNumber pyLongFromString(const QByteArray &raw, int base)
{
    const QByteArray s = cString(raw);
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n && isSpace(s[i]))
        ++i;
    bool negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    bool zerosOnly = false;
    bool prefixed = false;
    if (base == 0) {
        if (i + 1 < n && s[i] == '0') {
            const char p = s[i + 1];
            base = (p == 'x' || p == 'X') ? 16 : (p == 'o' || p == 'O') ? 8 : (p == 'b' || p == 'B') ? 2 : 10;
            if (base != 10) {
                i += 2;
                prefixed = true;
            } else {
                zerosOnly = true; // "0", "00", "0_0": a decimal literal may not start with 0 otherwise
            }
        } else {
            base = 10;
        }
    }
    Accumulator acc { base };
    QByteArray literal = negative ? QByteArray("-") : QByteArray();
    if (prefixed)
        literal += base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    int digits = 0;
    bool lastUnderscore = prefixed; // "0x_1f" is allowed: an underscore may follow the prefix
    bool first = true;
    for (; i < n; ++i) {
        const char c = s[i];
        if (c == '_') {
            if ((lastUnderscore && !(first && prefixed)) || (first && !prefixed))
                return {};
            lastUnderscore = true;
            first = false;
            continue;
        }
        const int d = digitValue(c);
        if (d >= base)
            break;
        if (zerosOnly && d != 0)
            return {};
        acc.add(d);
        literal += c;
        ++digits;
        lastUnderscore = false;
        first = false;
    }
    if (digits == 0 || lastUnderscore)
        return {};
    while (i < n && isSpace(s[i]))
        ++i;
    if (i != n)
        return {};
    return finish(negative, acc, literal);
}

TextNumber pickleIntArgument(const QByteArray &line)
{
    // strtol(s, &end, 0): whitespace, sign, 0x (only with a hex digit after it), a leading 0 is
    // octal; accepted when `end` is the newline or the NUL that ends the C string.
    const QByteArray s = cString(line);
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n && isSpace(s[i]))
        ++i;
    bool negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    int base = 10;
    if (i + 2 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X') && digitValue(s[i + 2]) < 16) {
        base = 16;
        i += 2;
    } else if (i < n && s[i] == '0') {
        base = 8;
    }
    Accumulator acc { base };
    const qsizetype digitsStart = i;
    while (i < n && digitValue(s[i]) < base)
        acc.add(digitValue(s[i++]));
    const quint64 limit
        = negative ? quint64(std::numeric_limits<qint64>::max()) + 1 : quint64(std::numeric_limits<qint64>::max());
    if (i > digitsStart && i == n && !acc.overflow && acc.magnitude <= limit) {
        TextNumber t;
        t.ok = true;
        t.byStrtol = true;
        t.value = negative ? qint64(0 - acc.magnitude) : qint64(acc.magnitude);
        return t;
    }
    return pyLongFromString(line, 0);
}

TextNumber pickleLongArgument(const QByteArray &line)
{
    return pyLongFromString(line.endsWith('L') ? line.chopped(1) : line, 0);
}

TextNumber pickleMemoKey(const QByteArray &line)
{
    return pyLongFromString(line, 10);
}

} // namespace ckpt
