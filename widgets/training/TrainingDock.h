#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/training/TrainingScalars.h"

#include <QWidget>

class QCustomPlot;
class QTableWidget;

namespace ckpt {

class CheckpointDocument;
class JobRunner;

// The training dock's content: the training metadata of the open checkpoint (scalars in
// a table, list-valued series as curves). Curves across the checkpoints of a run are the
// Runs dock's (widgets/runs). Metadata only: never loads LibTorch.
class TrainingDock : public QWidget {
    Q_OBJECT
public:
    explicit TrainingDock(CheckpointDocument *doc, QWidget *parent = nullptr);

    const TrainingInfo &info() const { return m_info; }
    // The open checkpoint's metadata is still being read.
    bool isBusy() const;
    QTableWidget *scalarTable() const { return m_table; }
    QCustomPlot *seriesPlot() const { return m_series; }

Q_SIGNALS:
    void scanned(); // the open checkpoint's metadata is on screen
    // Nothing is being read any more (after scanned()).
    void idle();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setCheckpoint(const CheckpointPtr &ckpt);
    void display(const TrainingInfo &info);
    TrainingInfo m_info;
    QTableWidget *m_table;
    QCustomPlot *m_series;
    JobRunner *m_jobs; // scans the open checkpoint's metadata
};

} // namespace ckpt
