#pragma once

#include <QString>

#include <string>
#include <vector>

namespace ckpt {

// Appends JSON text (to a std::string: appending is the whole cost) exactly as QJsonDocument::toJson(Indented) prints
// it (4 spaces a level, one member a line, a container opened on its key's line), without building a QJsonObject: 100k
// tensor objects cost their text, not a tree of CBOR containers. Members must come in the order QJsonObject keeps them:
// sorted by key.
class IndentedObject {
public:
    // Opens an object whose closing brace sits at `level`.
    IndentedObject(std::string &out, int level);
    void finish();

    void string(const char *key, const QString &value);
    void integer(const char *key, qint64 value);
    void real(const char *key, double value);
    void boolean(const char *key, bool value);
    void integers(const char *key, const std::vector<qint64> &values);
    // A member whose value the caller appends (an array of mixed items, say).
    std::string &member(const char *key);
    template <typename Fill> void object(const char *key, Fill fill)
    {
        member(key);
        IndentedObject inner(m_out, m_level + 1);
        fill(inner);
        inner.finish();
    }
    int level() const { return m_level; }

private:
    std::string &m_out;
    int m_level;
    bool m_empty = true;
};

void appendIndent(std::string &out, int level);
void appendJsonInteger(std::string &out, qint64 value);
// A JSON string literal, escaped as Qt's writer escapes it.
void appendJsonString(std::string &out, const QString &s);
// "[" items "]" at `level`; item(i) appends the i-th value.
template <typename Item> void appendJsonArray(std::string &out, int level, size_t count, Item item)
{
    out += "[\n";
    for (size_t i = 0; i < count; ++i) {
        appendIndent(out, level + 1);
        item(i);
        out += i + 1 < count ? ",\n" : "\n";
    }
    appendIndent(out, level);
    out += ']';
}

} // namespace ckpt
