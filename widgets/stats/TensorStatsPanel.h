#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "widgets/stats/StatsWorker.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace ckpt {

class HistogramPlot;

// Statistics and histogram of the selected tensor, for the details dock. Computed in the
// background the first time a tensor is shown, then served from the shared store.
class TensorStatsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TensorStatsPanel(StatsStorePtr store = nullptr, QWidget *parent = nullptr);

    void setTensor(const CheckpointPtr &ckpt, int tensorIndex);
    int bins() const;
    void setBins(int bins);
    void setLogCounts(bool on);
    HistogramPlot *plot() const { return m_plot; }
    // True once the current tensor's statistics are on screen (for tests).
    bool hasStats() const { return m_shown; }
    // True while the current tensor's statistics are being computed.
    bool isComputing() const { return m_computing; }
    const TensorStats &stats() const { return m_stats; }

Q_SIGNALS:
    void statsShown(int tensorIndex);
    // A computation ended: statistics shown, or none to show (failed, no tensor).
    void idle();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void applyPreferences();
    void retranslateUi();
    void display(const TensorStats &s);
    // The summary and the plot's message for m_stats (or m_failure), in the language of the moment.
    void showStats();
    void exportPlot();
    StatsOptions options() const;
    void settle();

    CheckpointPtr m_ckpt;
    int m_index = -1;
    StatsWorker *m_worker;
    HistogramPlot *m_plot;
    QLabel *m_summary;
    QSpinBox *m_bins;
    QCheckBox *m_log;
    QCheckBox *m_exp;
    QToolButton *m_export;
    TensorStats m_stats;
    QString m_failure; // the worker's, when it could not compute (StatsWorker::failed)
    bool m_shown = false;
    bool m_computing = false;
};

} // namespace ckpt
