#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace ckpt {

// One member of a JSON object as written: QJsonObject sorts its keys and silently keeps
// one of two equal keys, but safetensors wants the written order and rejects duplicates.
struct JsonMember {
    QString key;
    qsizetype valueBegin = 0; // byte range of the raw value text
    qsizetype valueEnd = 0;
};

// Lists the members of the object that starts at `pos` (leading whitespace allowed),
// without interpreting the values. False if the text is not a well-formed object
// (callers still validate with QJsonDocument, which gives the better message).
bool scanJsonObject(const QByteArray &json, qsizetype pos, std::vector<JsonMember> *members);

// Python's json module writes NaN, Infinity and -Infinity bare, which JSON (and Qt) does
// not allow: quotes them, outside strings, so the text parses (as the strings "NaN" ...).
QByteArray quotePythonJsonSpecials(const QByteArray &in);

} // namespace ckpt
