#pragma once

#include "model/runs/RunReport.h"

#include <QDockWidget>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QToolButton;

namespace ckpt {

class CheckpointDocument;
struct RunSeries;
class DriftHeatmap;
class JobRunner;
class MessageBanner;
class RunCurvesView;
class RunTableModel;

// The Runs view: the document's run series at a glance. For a run folder, a sortable
// table of its checkpoints (analyseRun() on a worker, with progress and Cancel) with the
// best row marked and why, the identical-weights and frozen-tensor warnings above it;
// the metric curves across the run below (folder or hand-picked files). A click on a
// row opens that checkpoint; a second row selected with it opens a comparison.
class RunsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit RunsDock(CheckpointDocument *doc, QWidget *parent = nullptr);

    bool isBusy() const;
    void cancel();
    const RunReport &report() const;
    RunTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RunCurvesView *curves() const { return m_curves; }
    DriftHeatmap *drift() const { return m_drift; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void openRequested(const QString &file);
    // Two rows selected: open `a` (if it is not open) and compare it with `b`.
    void compareRequested(const QString &a, const QString &b);
    // "Average Selected…": these rows' checkpoints, in the run's order, to Tools › Merge.
    void mergeRequested(const QStringList &files);
    void analysed(); // a report (or its error) is shown
    void idle(); // nothing is being read any more

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSeries(const RunSeries &series);
    void onReport(const RunReport &report);
    void onSelection();
    void retranslate();
    void showStatus(); // m_best and the banner for m_status, in the language installed now
    void stopped();
    QString fileToOpen(int row) const; // the weights: what comparing and merging read
    QString checkpointToOpen(int row) const; // what a click opens
    QList<int> selectedRows() const; // source rows, in the run's order

    // What m_best says: a hint, progress, or the report's best and warnings.
    enum class Status { NoSeries, HandPicked, Reading, Cancelled, Report };
    Status m_status = Status::NoSeries;
    QString m_reading; // the folder being read

    CheckpointDocument *m_doc;
    RunTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    JobRunner *m_jobs;
    MessageBanner *m_banner;
    QLabel *m_best;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QToolButton *m_average;
    QTableView *m_table;
    QTabWidget *m_tabs;
    RunCurvesView *m_curves;
    DriftHeatmap *m_drift;
};

} // namespace ckpt
