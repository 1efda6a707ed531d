#pragma once

#include <QRegularExpression>

namespace ckpt {

// The project's glob over slash-joined paths, for the tree filter and the conversion
// plan: '*' is any run of characters and crosses '/', '?' is one character, [abc] a
// class ([!abc] its complement); everything else stands for itself. Predictable on key
// names full of dots, unlike shell-style path globbing. Anchored at both ends.
QRegularExpression globToRegex(const QString &glob, Qt::CaseSensitivity cs);
// A glob that matches exactly `text` ('*', '?', '[' escaped as one-character classes).
QString globEscape(const QString &text);

} // namespace ckpt
