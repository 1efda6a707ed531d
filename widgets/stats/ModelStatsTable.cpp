#include "widgets/stats/ModelStatsTable.h"

#include "widgets/common/ThemeColors.h"

#include <QColor>

#include <cmath>

namespace ckpt {

void ModelStatsTable::setTensors(const CheckpointPtr &ckpt, std::vector<int> tensorIndexes)
{
    beginResetModel();
    m_ckpt = ckpt;
    m_indexes = std::move(tensorIndexes);
    m_stats.clear(); // filled by setStats: 100k empty rows are megabytes to no purpose
    endResetModel();
}

void ModelStatsTable::setStats(std::vector<std::optional<TensorStats>> stats)
{
    stats.resize(m_indexes.size());
    m_stats = std::move(stats);
    if (!m_indexes.empty())
        Q_EMIT dataChanged(index(0, ColMean), index(rowCount() - 1, ColFlags));
}

int ModelStatsTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indexes.size());
}

int ModelStatsTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelStatsTable::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_ckpt || index.row() >= rowCount())
        return {};
    const size_t row = size_t(index.row());
    const int tensorIndex = m_indexes[row];
    if (role == TensorIndexRole)
        return tensorIndex;
    const TensorInfo &t = m_ckpt->tensors[size_t(tensorIndex)];
    static const std::optional<TensorStats> kNone;
    const std::optional<TensorStats> &s = row < m_stats.size() ? m_stats[row] : kNone;
    const bool flagged = s && s->hasNonFinite();
    const auto number = [](double v) { return std::isfinite(v) ? QVariant(v) : QVariant(); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColTensor:
            return pathToString(t.path);
        case ColDtype:
            return dtypeName(t.dtype);
        case ColNumel:
            return t.numel();
        case ColMean:
            return s ? number(s->mean) : QVariant();
        case ColStd:
            return s ? number(s->std) : QVariant();
        case ColAbsMax:
            return s ? number(s->absMax()) : QVariant();
        case ColFlags:
            return flagged ? tr("NaN %1 / Inf %2").arg(s->nan).arg(s->inf) : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= ColNumel && index.column() <= ColAbsMax)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        return index.column() == ColFlags && flagged ? QVariant(toneColor(Tone::Error, QPalette())) : QVariant();
    default:
        return {};
    }
}

void ModelStatsTable::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ColFlags), index(rowCount() - 1, ColFlags));
}

QVariant ModelStatsTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ColStd)
        return tr("Standard deviation as torch.std() reports it: with Bessel's correction (divided by n − 1)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColTensor:
        return tr("Tensor");
    case ColDtype:
        return tr("dtype");
    case ColNumel:
        return tr("Elements");
    case ColMean:
        return tr("Mean");
    case ColStd:
        return tr("Std");
    case ColAbsMax:
        return tr("Abs max");
    case ColFlags:
        return tr("NaN/Inf");
    }
    return {};
}

} // namespace ckpt
