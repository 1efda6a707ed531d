#pragma once

#include "model/runs/RunDrift.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QLabel;
class QProgressBar;
class QToolButton;

namespace ckpt {

class JobRunner;

// The per-layer drift of a run as a heatmap: one row per state_dict tensor, one column
// per pair of consecutive checkpoints, coloured by log10 of ||b - a|| / ||a||. Computed
// on demand in the background (computeRunDrift() on a JobRunner) with progress and
// Cancel; hovering a cell names the tensor, the two files and the value.
class DriftHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit DriftHeatmap(QWidget *parent = nullptr);

    // A new run: forgets the old drift; compute() reads the new one. A folder of several
    // runs (version_N/) offers each in a chooser: drift is within one run.
    void setReport(const RunReport &report);
    // The run compute() compares (into RunReport::runs).
    int run() const;
    void setRun(int run);
    void compute();
    void cancel();
    bool isBusy() const;
    const RunDrift &drift() const { return m_drift; }
    QCustomPlot *plot() const { return m_plot; }
    // The sentence a hover over (column, layer) shows.
    QString describeCell(int column, int layer) const;

Q_SIGNALS:
    void computed(); // a drift (or its cancellation) is shown

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const RunDrift &drift);
    void retranslateUi();
    // What the drift shown (or being computed) is, in the language of the moment.
    QString statusText() const;
    RunReport m_report;
    RunDrift m_drift;
    JobRunner *m_jobs;
    QComboBox *m_runs;
    QToolButton *m_compute;
    QToolButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QCustomPlot *m_plot;
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
};

} // namespace ckpt
