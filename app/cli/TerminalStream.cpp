#include "app/cli/TerminalStream.h"

namespace {
// Characters that change what a terminal shows rather than being shown: C0 and C1
// controls, DEL, and the invisible format characters (bidi overrides and isolates,
// zero-width joiners, the BOM) that reorder or hide text (CVE-2021-42574).
bool actsOnTerminal(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || QChar::category(c) == QChar::Other_Format || c == 0x2028
        || c == 0x2029;
}
} // namespace

QString TerminalStream::escapeForTerminal(const QString &text)
{
    bool clean = true;
    for (const QChar c : text)
        if (actsOnTerminal(c.unicode()) || c.isSurrogate()) {
            clean = false;
            break;
        }
    if (clean)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            if (!actsOnTerminal(c)) {
                out += text.mid(i, 2);
                ++i;
                continue;
            }
            ++i;
        } else if (!actsOnTerminal(c) && !text.at(i).isSurrogate()) {
            out += text.at(i);
            continue;
        }
        switch (c) {
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += c < 0x100  ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                : c < 0x10000 ? QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'))
                              : QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
        }
    }
    return out;
}
