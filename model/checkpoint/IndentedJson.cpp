#include "model/checkpoint/IndentedJson.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace ckpt {

namespace {
char hexDigit(uint v)
{
    return "0123456789abcdef"[v & 0xf];
}

void appendEscape(std::string &out, char16_t u)
{
    out += "\\u";
    out += hexDigit(u >> 12);
    out += hexDigit(u >> 8);
    out += hexDigit(u >> 4);
    out += hexDigit(u);
}
} // namespace

void appendIndent(std::string &out, int level)
{
    out.append(size_t(4 * level), ' ');
}

void appendJsonInteger(std::string &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, size_t(end - digits));
}

void appendJsonString(std::string &out, const QString &s)
{
    out += '"';
    const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *const end = p + s.size();
    auto plain = [](char16_t u) { return u >= 0x20 && u < 0x80 && u != '"' && u != '\\'; };
    while (p != end) {
        // Runs of plain ASCII (nearly every key) are copied in one go.
        const char16_t *run = p;
        while (p != end && plain(*p))
            ++p;
        if (p != run) {
            const size_t at = out.size();
            out.resize(at + size_t(p - run));
            char *d = out.data() + at;
            for (const char16_t *c = run; c != p; ++c)
                *d++ = char(*c);
            continue;
        }
        const char16_t u = *p++;
        switch (u) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\b':
            out += "\\b";
            continue;
        case '\f':
            out += "\\f";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (u < 0x20) {
            appendEscape(out, u);
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            appendEscape(out, u); // unpaired: no UTF-8 for it, as Qt's writer does
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
}

IndentedObject::IndentedObject(std::string &out, int level) : m_out(out), m_level(level)
{
    m_out += "{\n";
}

void IndentedObject::finish()
{
    if (!m_empty)
        m_out += '\n';
    appendIndent(m_out, m_level);
    m_out += '}';
}

std::string &IndentedObject::member(const char *key)
{
    if (!m_empty)
        m_out += ",\n";
    m_empty = false;
    appendIndent(m_out, m_level + 1);
    m_out += '"';
    m_out += key;
    m_out += "\": ";
    return m_out;
}

void IndentedObject::string(const char *key, const QString &value)
{
    appendJsonString(member(key), value);
}

void IndentedObject::integer(const char *key, qint64 value)
{
    appendJsonInteger(member(key), value);
}

void IndentedObject::real(const char *key, double value)
{
    // Qt's shortest round-trip form; JSON has no infinities or NaN: Qt writes null.
    member(key) += std::isfinite(value) ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest).toStdString()
                                        : std::string("null");
}

void IndentedObject::boolean(const char *key, bool value)
{
    member(key) += value ? "true" : "false";
}

void IndentedObject::integers(const char *key, const std::vector<qint64> &values)
{
    member(key);
    appendJsonArray(m_out, m_level + 1, values.size(), [&](size_t i) { appendJsonInteger(m_out, values[i]); });
}

} // namespace ckpt
