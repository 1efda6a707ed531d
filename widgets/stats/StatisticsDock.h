#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QDockWidget>

class QTabWidget;

namespace ckpt {

class CheckpointDocument;
class ModelStatsView;
class TensorStatsPanel;

// Statistics of the selected tensor (summary and histogram) and of the whole model, on
// two tabs sharing one result store. Computes nothing while hidden: statistics read
// every byte of the tensors, and users who never open this dock should not pay for it.
// The tensor chosen while hidden is shown when the dock becomes visible.
class StatisticsDock : public QDockWidget {
    Q_OBJECT
public:
    // Follows the document's file and the selected tensor.
    explicit StatisticsDock(CheckpointDocument *doc, QWidget *parent = nullptr);

    // Shown, and not behind another dock's tab.
    bool isOnScreen() const;
    // On screen, and the shown tensor's statistics are still being computed.
    bool isBusy() const;
    TensorStatsPanel *tensorPanel() const { return m_panel; }
    ModelStatsView *modelView() const { return m_model; }

Q_SIGNALS:
    void idle();
    // A tensor was picked in the whole-model table or chart.
    void tensorActivated(int tensorIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setCheckpoint(const CheckpointPtr &ckpt);
    // The tree's current tensor (-1: not a tensor).
    void setCurrentTensor(int tensorIndex);
    void retranslateUi();
    void sync();

    CheckpointPtr m_ckpt;
    int m_current = -1;
    int m_shown = -2; // what the panel holds; -2: nothing handed over yet
    QTabWidget *m_tabs;
    TensorStatsPanel *m_panel;
    ModelStatsView *m_model;
};

} // namespace ckpt
