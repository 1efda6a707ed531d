#include "model/formats/JsonScan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ckpt {

namespace {
constexpr int kMaxDepth = 512;

void skipSpace(const QByteArray &s, qsizetype *i)
{
    while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n' || s[*i] == '\r'))
        ++*i;
}

// *i at the opening quote; leaves *i after the closing one.
bool skipString(const QByteArray &s, qsizetype *i, bool *escaped)
{
    ++*i;
    while (*i < s.size()) {
        const char c = s[*i];
        if (c == '\\') {
            *escaped = true;
            *i += 2;
            continue;
        }
        ++*i;
        if (c == '"')
            return true;
    }
    return false;
}

bool skipValue(const QByteArray &s, qsizetype *i)
{
    bool escaped = false;
    int depth = 0;
    while (*i < s.size()) {
        const char c = s[*i];
        if (c == '"') {
            if (!skipString(s, i, &escaped))
                return false;
            if (depth == 0)
                return true;
            continue;
        }
        if (c == '{' || c == '[') {
            if (++depth > kMaxDepth)
                return false;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return true; // end of the enclosing object: a scalar just ended
            if (--depth == 0) {
                ++*i;
                return true;
            }
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            return true;
        }
        ++*i;
    }
    return depth == 0;
}
} // namespace

bool scanJsonObject(const QByteArray &json, qsizetype pos, std::vector<JsonMember> *members)
{
    members->clear();
    qsizetype i = pos;
    skipSpace(json, &i);
    if (i >= json.size() || json[i] != '{')
        return false;
    ++i;
    skipSpace(json, &i);
    if (i < json.size() && json[i] == '}')
        return true;
    while (i < json.size()) {
        skipSpace(json, &i);
        if (i >= json.size() || json[i] != '"')
            return false;
        const qsizetype keyBegin = i;
        bool escaped = false;
        if (!skipString(json, &i, &escaped))
            return false;
        JsonMember m;
        if (!escaped) {
            m.key = QString::fromUtf8(json.constData() + keyBegin + 1, i - keyBegin - 2);
        } else {
            // Let Qt decode escapes (\uXXXX, surrogate pairs) exactly as it does for values.
            const QByteArray wrapped = '[' + json.mid(keyBegin, i - keyBegin) + ']';
            const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
            if (!doc.isArray())
                return false;
            m.key = doc.array().at(0).toString();
        }
        skipSpace(json, &i);
        if (i >= json.size() || json[i] != ':')
            return false;
        ++i;
        skipSpace(json, &i);
        m.valueBegin = i;
        if (!skipValue(json, &i) || i == m.valueBegin)
            return false;
        m.valueEnd = i;
        members->push_back(std::move(m));
        skipSpace(json, &i);
        if (i >= json.size())
            return false;
        if (json[i] == '}')
            return true;
        if (json[i] != ',')
            return false;
        ++i;
    }
    return false;
}

QByteArray quotePythonJsonSpecials(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size() + 64);
    bool inString = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < in.size())
                out += in[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        inString = c == '"';
        bool quoted = false;
        for (const char *word : { "NaN", "-Infinity", "Infinity" }) {
            const qsizetype n = qsizetype(qstrlen(word));
            if (in.mid(i, n) == word) {
                out += '"' + QByteArray(word) + '"';
                i += n - 1;
                quoted = true;
                break;
            }
        }
        if (!quoted)
            out += c;
    }
    return out;
}

} // namespace ckpt
