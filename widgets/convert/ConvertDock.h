#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/convert/Converter.h"

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QUndoStack;

namespace ckpt {

class JobRunner;

// The Convert panel: an ordered, undoable edit plan previewed before anything is
// written, the size before and after with what each step saves, the output format,
// a verify-with-reload checkbox, progress and cancel, and one click to open the result.
// Self-contained: give it the open checkpoint; it asks to open files by signal.
class ConvertDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ConvertDock(QWidget *parent = nullptr);

    void setCheckpoint(const CheckpointPtr &ckpt);
    const EditPlan &plan() const { return m_plan; }
    // The source with the plan applied (what would be written); null without a checkpoint.
    CheckpointPtr preview() const { return m_preview.view; }
    QUndoStack *undoStack() const { return m_undo; }
    // "Preview in Tree": the main window shows preview() in place of the source while on.
    bool previewInTree() const;
    void setPreviewInTree(bool on);

    // Used by the undo commands and by callers that build plans (tree selection -> drop).
    void insertOp(int row, const EditOp &op);
    void removeOp(int row);
    void pushOp(const EditOp &op); // undoable append

Q_SIGNALS:
    void openRequested(const QString &path);
    void previewChanged(const CheckpointPtr &view);
    void previewInTreeToggled(bool on);

private:
    void addFromForm();
    void removeSelected();
    void refreshPlan();
    void startConvert();
    void finished(const ConvertReport &r);
    void browse();
    void updateButtons();

    CheckpointPtr m_source;
    EditPlan m_plan;
    EditResult m_preview;
    QUndoStack *m_undo;

    QListWidget *m_planList;
    QComboBox *m_opKind;
    QLineEdit *m_opArg;
    QPushButton *m_addOp;
    QPushButton *m_removeOp;
    QLabel *m_sizes;
    QComboBox *m_format;
    QLineEdit *m_output;
    QCheckBox *m_verify;
    QCheckBox *m_previewToggle;
    QPushButton *m_convert;
    QPushButton *m_cancel;
    QPushButton *m_openResult;
    QProgressBar *m_progress;
    QLabel *m_status;

    JobRunner *m_jobs; // the conversion being written
    QString m_lastOutput;
};

} // namespace ckpt
