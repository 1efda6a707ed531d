#include "widgets/details/PythonHighlighter.h"

#include "widgets/common/ThemeColors.h"

#include <QGuiApplication>
#include <QRegularExpression>

namespace ckpt {

PythonHighlighter::PythonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void PythonHighlighter::setPalette(const QPalette &palette)
{
    m_keyword.setForeground(toneColor(Tone::Primary, palette));
    m_keyword.setFontWeight(QFont::Bold);
    m_string.setForeground(toneColor(Tone::Good, palette));
    m_comment.setForeground(palette.color(QPalette::PlaceholderText));
    m_comment.setFontItalic(true);
    m_number.setForeground(toneColor(Tone::Warning, palette));
    m_constant.setForeground(toneColor(Tone::Code, palette));
    m_constant.setFontWeight(QFont::Bold);
    rehighlight();
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression keyword(QStringLiteral(
        "\\b(and|as|assert|break|class|continue|def|del|elif|else|except|False|finally|for|from|global|if|import|"
        "in|is|lambda|None|nonlocal|not|or|pass|raise|return|True|try|while|with|yield)\\b"));
    static const QRegularExpression number(QStringLiteral("\\b(0[xX][0-9a-fA-F]+|\\d+\\.?\\d*(?:[eE][-+]?\\d+)?)\\b"));
    static const QRegularExpression constant(QStringLiteral("\\bCONSTANTS\\.c\\d+\\b"));
    // A string (single or double quoted, with escapes) or a comment, whichever starts first.
    static const QRegularExpression stringOrComment(
        QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^'\\\\]|\\\\.)*'?|#.*$"));
    auto apply = [&](const QRegularExpression &re, const QTextCharFormat &format) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    };
    apply(keyword, m_keyword);
    apply(number, m_number);
    apply(constant, m_constant);
    // Last, so that a keyword or number inside a string or comment takes its colour.
    for (auto it = stringOrComment.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()),
            m.captured().startsWith(QLatin1Char('#')) ? m_comment : m_string);
    }
}

} // namespace ckpt
