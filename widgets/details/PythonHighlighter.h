#pragma once

#include <QSyntaxHighlighter>

namespace ckpt {

// Python as TorchScript writes it into code/: keywords, strings, comments and numbers,
// in colours chosen for the palette (legible on dark themes too). Lines are independent:
// TorchScript's generated code has no multi-line strings.
class PythonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit PythonHighlighter(QTextDocument *document);
    // Re-reads the colours from `palette` and highlights again.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_keyword, m_string, m_comment, m_number, m_constant;
};

} // namespace ckpt
