#pragma once

#include "model/diff/Diff.h"

#include "widgets/common/Qcp.h"

namespace ckpt {

// Relative L2 change per tensor in key order (the model's layer order), or the largest
// changes first, on a log axis where the values span decades: drift per layer at a
// glance. Same tensors have no point; a mismatch of dtype is red. An empty comparison,
// or one where no key matched, says so.
class DiffChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit DiffChart(QWidget *parent = nullptr);
    void setResult(const DiffResult &result);
    void setLargestFirst(bool on);
    bool largestFirst() const { return m_largestFirst; }
    // The message drawn in place of points ("" when there are points).
    QString message() const;
    // The rows (into result.tensors) in plotted order.
    const std::vector<int> &plottedRows() const { return m_rowOfKey; }
    // Points plotted (changed or dtype-mismatched tensors with a finite, positive rel L2).
    int pointCount() const { return m_points; }

Q_SIGNALS:
    void rowClicked(int row); // index into result.tensors

private:
    struct Entry {
        int row;
        QString label;
        double value; // rel L2; NaN when not finite and positive
        bool dtype; // a dtype mismatch
    };
    void plot();
    std::vector<Entry> m_entries; // module order
    QString m_empty; // why there is nothing to plot
    bool m_largestFirst = false;
    QCPGraph *m_changed;
    QCPGraph *m_dtype;
    QCPItemText *m_message;
    std::vector<int> m_rowOfKey; // plotted x -> row
    int m_points = 0;
};

} // namespace ckpt
