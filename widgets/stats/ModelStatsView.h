#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "widgets/stats/ModelStatsTable.h"
#include "widgets/stats/StatsWorker.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ckpt {

// The whole model at a glance: one row per tensor (mean, std, abs-max, NaN/Inf) in a
// sortable table, and std and abs-max per tensor in key order on a log axis, where a dead
// (std 0) or exploding layer stands out. Computed on demand, in the background.
class ModelStatsView : public QWidget {
    Q_OBJECT
public:
    explicit ModelStatsView(StatsStorePtr store = nullptr, QWidget *parent = nullptr);

    void setCheckpoint(const CheckpointPtr &ckpt);
    void compute();
    ModelStatsTable *model() const { return m_model; }
    QCustomPlot *chart() const { return m_chart; }

Q_SIGNALS:
    void tensorActivated(int tensorIndex);
    void computed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The tensors' rows; while the view is hidden (another tab, the dock closed) only once it
    // is shown: 100k of them cost the GUI thread an index pass and a table reset.
    void list();
    void fill();
    void retranslateUi();
    // "11 tensors", or how many have statistics once some do.
    void showStatus();
    CheckpointPtr m_ckpt;
    std::vector<int> m_indexes;
    StatsWorker *m_worker;
    ModelStatsTable *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QCustomPlot *m_chart;
    QPushButton *m_compute;
    QLabel *m_status;
    int m_withStats = 0, m_flagged = 0; // what showStatus() counts
    bool m_listed = true; // m_indexes and the table are m_ckpt's
    bool m_chartStale = false; // filled while hidden: replotted when shown
};

} // namespace ckpt
