#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/stats/StatsTypes.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace ckpt {

// The whole-model table: one row per tensor, its statistics once computed. Rows are
// produced on demand (a file of 100k tensors costs nothing until they are shown or
// sorted), not as 700k item objects built and destroyed on the GUI thread.
class ModelStatsTable : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColTensor, ColDtype, ColNumel, ColMean, ColStd, ColAbsMax, ColFlags, ColumnCount };
    static constexpr int TensorIndexRole = Qt::UserRole + 1; // on every column

    using QAbstractTableModel::QAbstractTableModel;

    // The tensors in key order; their statistics cleared.
    void setTensors(const CheckpointPtr &ckpt, std::vector<int> tensorIndexes);
    // Statistics of the rows, in the same order (nullopt: not computed or failed).
    void setStats(std::vector<std::optional<TensorStats>> stats);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The headers and the NaN/Inf column again, in the language installed now.
    void retranslate();

private:
    CheckpointPtr m_ckpt;
    std::vector<int> m_indexes;
    std::vector<std::optional<TensorStats>> m_stats; // parallel to m_indexes, or empty: none yet
};

} // namespace ckpt
