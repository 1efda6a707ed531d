#pragma once

#include "model/check/ScriptCode.h"
#include "model/itemmodels/TreeRows.h"
#include "model/itemmodels/TreeTotals.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace ckpt {

class CheckpointDocument;
class PythonHighlighter;
class JobRunner;

// What the selected node is: tensor metadata and its first values (read from the file
// on a worker), an object's class, args, state and embedded source, or a scalar. For a
// TorchScript archive, below it the archive's code/ sources (read-only, highlighted): the
// file of the selected module's class, or of the first op using the selected constant.
class DetailsDock : public QDockWidget {
    Q_OBJECT
public:
    // Shows the document's selection.
    explicit DetailsDock(CheckpointDocument *doc, QWidget *parent = nullptr);

    // `v` must stay alive during the call only; the preview keeps `ckpt` alive itself.
    void showNode(
        const CheckpointPtr &ckpt, const Value *v, const QString &path, NodeKind kind, const SubtreeTotals &totals);
    void clear();
    bool isBusy() const;
    QString plainText() const;
    // The code panel: the file shown ("code/__torch__.py", empty when hidden) and its text.
    QString codeFile() const;
    QString codeText() const;

Q_SIGNALS:
    // The values of the shown tensor arrived (or there was nothing to read).
    void idle();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setBody(const QString &html);
    // The archive's sources, read once per file (null for other formats).
    const ScriptCode *scriptCode(const CheckpointPtr &ckpt);
    // Shows `file` in the code panel, line `line` (1-based, 0 for none) selected.
    void showCode(const QString &file, int line);
    void retranslate();
    // The document's selection, or the placeholder.
    void showSelection();

    CheckpointDocument *m_doc;
    QTextBrowser *m_text;
    JobRunner *m_jobs; // reads the first values of the shown tensor
    QString m_placeholder;
    QWidget *m_codePanel;
    QLabel *m_codeLabel;
    QComboBox *m_codeFiles;
    QPlainTextEdit *m_code;
    PythonHighlighter *m_highlighter;
    ScriptCodePtr m_scriptCode;
};

} // namespace ckpt
