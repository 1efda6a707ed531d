#include "model/pickle/PickleText.h"

#include <vector>

namespace ckpt {

QString opcodeName(quint8 op)
{
    switch (op) {
    case '(':
        return QStringLiteral("MARK");
    case '.':
        return QStringLiteral("STOP");
    case '0':
        return QStringLiteral("POP");
    case '1':
        return QStringLiteral("POP_MARK");
    case '2':
        return QStringLiteral("DUP");
    case 'F':
        return QStringLiteral("FLOAT");
    case 'I':
        return QStringLiteral("INT");
    case 'J':
        return QStringLiteral("BININT");
    case 'K':
        return QStringLiteral("BININT1");
    case 'L':
        return QStringLiteral("LONG");
    case 'M':
        return QStringLiteral("BININT2");
    case 'N':
        return QStringLiteral("NONE");
    case 'P':
        return QStringLiteral("PERSID");
    case 'Q':
        return QStringLiteral("BINPERSID");
    case 'R':
        return QStringLiteral("REDUCE");
    case 'S':
        return QStringLiteral("STRING");
    case 'T':
        return QStringLiteral("BINSTRING");
    case 'U':
        return QStringLiteral("SHORT_BINSTRING");
    case 'V':
        return QStringLiteral("UNICODE");
    case 'X':
        return QStringLiteral("BINUNICODE");
    case 'a':
        return QStringLiteral("APPEND");
    case 'b':
        return QStringLiteral("BUILD");
    case 'c':
        return QStringLiteral("GLOBAL");
    case 'd':
        return QStringLiteral("DICT");
    case '}':
        return QStringLiteral("EMPTY_DICT");
    case 'e':
        return QStringLiteral("APPENDS");
    case 'g':
        return QStringLiteral("GET");
    case 'h':
        return QStringLiteral("BINGET");
    case 'i':
        return QStringLiteral("INST");
    case 'j':
        return QStringLiteral("LONG_BINGET");
    case 'l':
        return QStringLiteral("LIST");
    case ']':
        return QStringLiteral("EMPTY_LIST");
    case 'o':
        return QStringLiteral("OBJ");
    case 'p':
        return QStringLiteral("PUT");
    case 'q':
        return QStringLiteral("BINPUT");
    case 'r':
        return QStringLiteral("LONG_BINPUT");
    case 's':
        return QStringLiteral("SETITEM");
    case 't':
        return QStringLiteral("TUPLE");
    case ')':
        return QStringLiteral("EMPTY_TUPLE");
    case 'u':
        return QStringLiteral("SETITEMS");
    case 'G':
        return QStringLiteral("BINFLOAT");
    case 'B':
        return QStringLiteral("BINBYTES");
    case 'C':
        return QStringLiteral("SHORT_BINBYTES");
    case 0x80:
        return QStringLiteral("PROTO");
    case 0x81:
        return QStringLiteral("NEWOBJ");
    case 0x82:
        return QStringLiteral("EXT1");
    case 0x83:
        return QStringLiteral("EXT2");
    case 0x84:
        return QStringLiteral("EXT4");
    case 0x85:
        return QStringLiteral("TUPLE1");
    case 0x86:
        return QStringLiteral("TUPLE2");
    case 0x87:
        return QStringLiteral("TUPLE3");
    case 0x88:
        return QStringLiteral("NEWTRUE");
    case 0x89:
        return QStringLiteral("NEWFALSE");
    case 0x8a:
        return QStringLiteral("LONG1");
    case 0x8b:
        return QStringLiteral("LONG4");
    case 0x8c:
        return QStringLiteral("SHORT_BINUNICODE");
    case 0x8d:
        return QStringLiteral("BINUNICODE8");
    case 0x8e:
        return QStringLiteral("BINBYTES8");
    case 0x8f:
        return QStringLiteral("EMPTY_SET");
    case 0x90:
        return QStringLiteral("ADDITEMS");
    case 0x91:
        return QStringLiteral("FROZENSET");
    case 0x92:
        return QStringLiteral("NEWOBJ_EX");
    case 0x93:
        return QStringLiteral("STACK_GLOBAL");
    case 0x94:
        return QStringLiteral("MEMOIZE");
    case 0x95:
        return QStringLiteral("FRAME");
    case 0x96:
        return QStringLiteral("BYTEARRAY8");
    case 0x97:
        return QStringLiteral("NEXT_BUFFER");
    case 0x98:
        return QStringLiteral("READONLY_BUFFER");
    default:
        return QStringLiteral("0x%1").arg(op, 2, 16, QLatin1Char('0'));
    }
}

bool decodeStringRepr(const QByteArray &quoted, QByteArray *out)
{
    if (quoted.size() < 2 || quoted.front() != quoted.back() || (quoted.front() != '\'' && quoted.front() != '"'))
        return false;
    const QByteArray s = quoted.mid(1, quoted.size() - 2);
    out->clear();
    for (int i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out->append(s[i]);
            continue;
        }
        const char c = s[++i];
        switch (c) {
        case 'n':
            out->append('\n');
            break;
        case 't':
            out->append('\t');
            break;
        case 'r':
            out->append('\r');
            break;
        case '0':
            out->append('\0');
            break;
        case 'x':
            if (i + 2 < s.size()) {
                bool ok = false;
                const int v = s.mid(i + 1, 2).toInt(&ok, 16);
                if (ok) {
                    out->append(char(v));
                    i += 2;
                    break;
                }
            }
            out->append('x');
            break;
        default:
            out->append(c);
            break;
        }
    }
    return true;
}

QString decodeRawUnicodeEscape(const QByteArray &raw)
{
    QString out;
    for (int i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size() && (raw[i + 1] == 'u' || raw[i + 1] == 'U')) {
            const int digits = raw[i + 1] == 'u' ? 4 : 8;
            bool ok = false;
            const uint cp = raw.mid(i + 2, digits).toUInt(&ok, 16);
            if (ok && i + 1 + digits < raw.size()) {
                const char32_t c = cp;
                out += QString::fromUcs4(&c, 1);
                i += 1 + digits;
                continue;
            }
        }
        out += QChar(char16_t(uchar(raw[i]))); // raw-unicode-escape is Latin-1 otherwise
    }
    return out;
}

QString decodeLongBytes(const QByteArray &le, qint64 *small, bool *fits)
{
    *fits = false;
    *small = 0;
    if (le.isEmpty()) {
        *fits = true;
        return QStringLiteral("0");
    }
    const bool negative = (uchar(le.back()) & 0x80) != 0;
    if (le.size() <= 8) {
        quint64 v = negative ? ~quint64(0) : 0;
        for (int i = le.size() - 1; i >= 0; --i)
            v = (v << 8) | uchar(le[i]);
        *small = qint64(v);
        *fits = true;
        return QString::number(*small);
    }
    // Arbitrary size: magnitude in base 1e9 limbs (rare: only hostile or odd pickles).
    std::vector<uchar> mag(le.begin(), le.end());
    if (negative) { // two's complement -> magnitude
        int carry = 1;
        for (uchar &b : mag) {
            const int v = uchar(~b) + carry;
            b = uchar(v & 0xff);
            carry = v >> 8;
        }
    }
    std::vector<quint32> limbs { 0 };
    for (int i = int(mag.size()) - 1; i >= 0; --i) {
        quint64 carry = mag[size_t(i)];
        for (quint32 &l : limbs) {
            const quint64 v = quint64(l) * 256 + carry;
            l = quint32(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs.push_back(quint32(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    QString text = QString::number(limbs.back());
    for (int i = int(limbs.size()) - 2; i >= 0; --i)
        text += QStringLiteral("%1").arg(limbs[size_t(i)], 9, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace ckpt
