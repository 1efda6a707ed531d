#pragma once

#include "model/itemmodels/TreeRows.h"
#include "model/itemmodels/TreeTotals.h"

#include <QDockWidget>

class QTextBrowser;

namespace ckpt {

class CheckpointDocument;
class JobRunner;

// What the selected node is: tensor metadata and its first values (read from the file
// on a worker), an object's class, args, state and embedded source, or a scalar.
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

Q_SIGNALS:
    // The values of the shown tensor arrived (or there was nothing to read).
    void idle();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setBody(const QString &html);

    QTextBrowser *m_text;
    JobRunner *m_jobs; // reads the first values of the shown tensor
    QString m_placeholder;
};

} // namespace ckpt
