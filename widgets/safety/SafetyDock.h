#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QDockWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace ckpt {

class CheckpointDocument;
class FindingsModel;

// Every global the file references, graded, with a banner when anything is not
// allowed and whether stock torch.load(weights_only=True) would accept the file. Comes to
// the front for a dangerous file. The weights_only doctor below it: every global each
// release refuses, at once, with its class and what it is; the lines that make torch >= 2.6
// accept the plain-data part, with a Copy button; and a button that adds the "Make
// weights-only loadable" step to the conversion plan.
class SafetyDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SafetyDock(CheckpointDocument *doc, QWidget *parent = nullptr);
    void setCheckpoint(const CheckpointPtr &ckpt);
    FindingsModel *model() const { return m_model; }
    // The snippet the Copy button copies (empty when nothing is to be allowed).
    QString allowSnippet() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFindingWhy(int row); // -1 hides it
    void refresh();
    void refreshDoctor();

    CheckpointDocument *m_doc;
    CheckpointPtr m_ckpt;
    FindingsModel *m_model;
    QLabel *m_banner;
    QLabel *m_weightsOnly;
    QTreeView *m_view;
    QLabel *m_findingWhy; // the selected finding's whole reason, wrapped (the column elides it)
    QLabel *m_doctorTitle;
    QLabel *m_releases;
    QTreeWidget *m_refused;
    QLabel *m_why; // the selected refused global's sentence, wrapped
    QPlainTextEdit *m_snippet;
    QPushButton *m_copy;
    QPushButton *m_makeSafe;
};

} // namespace ckpt
