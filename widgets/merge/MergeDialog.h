#pragma once

#include "model/merge/Merge.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ckpt {

class JobRunner;

// Tools › Merge Checkpoints: averages (uniform or weighted: a model soup, SWA of the last
// epochs) or adds a difference (A + alpha * (B - C)) with mergeCheckpoints(), the code
// behind `ckpt merge`. The inputs are files or rows of a run; the preflight runs on a worker
// whenever they change and says what the merge will do, or which keys stop it, before
// anything is written.
class MergeDialog : public QDialog {
    Q_OBJECT
public:
    explicit MergeDialog(QWidget *parent = nullptr);

    // Replaces the inputs (in order: the first input's dtypes and non-floating tensors are
    // the result's) and suggests an output beside the first.
    void setInputs(const QStringList &files);
    QStringList inputs() const;
    bool isBusy() const;

Q_SIGNALS:
    void previewed(); // the preflight of the current inputs is shown
    void merged(bool ok); // a merge's report is shown
    void openRequested(const QString &file); // "Open Result"

protected:
    void changeEvent(QEvent *event) override;

private:
    void addFiles();
    void addRow(const QString &file);
    void removeSelected();
    void moveSelected(int delta);
    void browse();
    void schedulePreview();
    void preview();
    void showPreview(); // the last preflight, judged with the method and weights set now
    void startMerge();
    void finished(const MergeReport &r);
    void updateControls();
    MergeOptions options() const;
    static QString describe(const MergeReport &r, const MergeOptions &o);
    static QString hint();
    // The summary line and the details under it, made again on LanguageChange (a report's
    // sentences are Phrases).
    void say(std::function<QString()> summary, std::function<QStringList()> details = nullptr);
    void showSaid();
    void retranslate();

    QTableWidget *m_inputs;
    QPushButton *m_add, *m_remove, *m_up, *m_down;
    QLabel *m_methodLabel;
    QComboBox *m_method;
    QLabel *m_alphaLabel;
    QDoubleSpinBox *m_alpha;
    QLabel *m_outputLabel;
    QLineEdit *m_output;
    QPushButton *m_browse;
    QLabel *m_summary;
    QPlainTextEdit *m_details;
    QProgressBar *m_progress;
    QPushButton *m_merge, *m_cancel, *m_open, *m_close;
    JobRunner *m_previewJobs, *m_mergeJobs;
    QTimer *m_previewTimer;
    bool m_previewOk = false;
    MergeReport m_preflight; // of the current inputs, as an average without weights
    std::function<QString()> m_said;
    std::function<QStringList()> m_saidDetails; // null: the details keep what they show
    QString m_confirmedOutput; // the save dialog asked about replacing it
    QString m_lastOutput;
};

} // namespace ckpt
