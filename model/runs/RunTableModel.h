#pragma once

// The rows of a RunReport as a table for the Runs view: file, epoch, step, one column
// per metric (the deciding one first), size, modification time. The best row is marked
// (bold, a star); rows with another's weights are tinted and say so in their tooltip. SortRole gives
// numbers for numeric columns, so a proxy sorts 10 after 9.

#include "model/runs/RunReport.h"

#include <QAbstractTableModel>

namespace ckpt {

class RunTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, RowRole };
    enum FixedColumn { ColFile, ColEpoch, ColStep, ColFirstMetric };

    explicit RunTableModel(QObject *parent = nullptr);

    void setReport(const RunReport &report);
    const RunReport &report() const { return m_report; }
    QStringList metricColumns() const { return m_metrics; }
    // The row of the report's best checkpoint, -1 if none.
    int bestRow() const { return m_report.best.checkpoint; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Headers and tooltips again in the language installed now (the report's sentences are Phrases).
    void retranslate();

private:
    int sizeColumn() const { return ColFirstMetric + int(m_metrics.size()); }
    RunReport m_report;
    QStringList m_metrics;
    std::vector<int> m_groupOf; // row -> index into report.identical, -1 for none
};

} // namespace ckpt
