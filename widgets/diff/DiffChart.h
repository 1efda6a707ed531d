#pragma once

#include "model/diff/Diff.h"

#include "widgets/common/Qcp.h"

namespace ckpt {

// Relative L2 change per tensor in key order (the model's layer order), on a log axis:
// drift per layer at a glance. Same tensors have no point; a mismatch of dtype is red.
class DiffChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit DiffChart(QWidget *parent = nullptr);
    void setResult(const DiffResult &result);
    // Points plotted (changed or dtype-mismatched tensors with a finite, positive rel L2).
    int pointCount() const { return m_points; }

Q_SIGNALS:
    void rowClicked(int row); // index into result.tensors

private:
    QCPGraph *m_changed;
    QCPGraph *m_dtype;
    QCPItemText *m_message;
    std::vector<int> m_rowOfKey; // plotted x -> row
    int m_points = 0;
};

} // namespace ckpt
