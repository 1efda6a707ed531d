#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/training/TrainingScalars.h"

#include <QWidget>

class QCustomPlot;
class QTabWidget;
class QTableWidget;

namespace ckpt {

class CheckpointDocument;
class JobRunner;
struct RunSeries;
class RunCurvesView;

// The training dock's content: the training metadata of the open checkpoint (scalars in
// a table, list-valued series as curves) and, on a second tab, curves across the
// checkpoints of a run: the document's file and its run series. Metadata only: never
// loads LibTorch.
class TrainingDock : public QWidget {
    Q_OBJECT
public:
    explicit TrainingDock(CheckpointDocument *doc, QWidget *parent = nullptr);

    const TrainingInfo &info() const { return m_info; }
    // The open checkpoint's metadata, or a series, is still being read.
    bool isBusy() const;
    QTableWidget *scalarTable() const { return m_table; }
    QCustomPlot *seriesPlot() const { return m_series; }
    RunCurvesView *runView() const { return m_run; }

Q_SIGNALS:
    void scanned(); // the open checkpoint's metadata is on screen
    void fileActivated(const QString &file);
    // Nothing is being read any more (after scanned() or the series' curves).
    void idle();

private:
    void setCheckpoint(const CheckpointPtr &ckpt);
    // Plots scalars across the series' files (or every checkpoint in its folder) and
    // shows that tab; an empty series empties the plot.
    void showSeries(const RunSeries &series);
    void display(const TrainingInfo &info);
    TrainingInfo m_info;
    QTabWidget *m_tabs;
    QTableWidget *m_table;
    QCustomPlot *m_series;
    RunCurvesView *m_run;
    JobRunner *m_jobs; // scans the open checkpoint's metadata
};

} // namespace ckpt
