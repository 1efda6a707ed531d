#include "model/itemmodels/CheckpointFilterProxy.h"

#include "model/checkpoint/NaturalCompare.h"
#include "model/itemmodels/CheckpointTreeModel.h"

namespace ckpt {

CheckpointFilterProxy::CheckpointFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CheckpointTreeModel::SortRole);
}

void CheckpointFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_tree = qobject_cast<CheckpointTreeModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void CheckpointFilterProxy::setFilterResult(std::shared_ptr<const FilterResult> result)
{
    // A filter result belongs to one checkpoint's row layout; the caller drops stale ones.
    m_result = std::move(result);
    invalidateRowsFilter();
}

bool CheckpointFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_result || !m_tree)
        return true;
    return m_result->accepts(m_tree->rowPath(sourceParent), sourceRow);
}

bool CheckpointFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    const bool ln = l.typeId() == QMetaType::LongLong;
    const bool rn = r.typeId() == QMetaType::LongLong;
    if (ln && rn)
        return l.toLongLong() < r.toLongLong();
    if (ln != rn)
        return ln; // numbers (list indices) before names
    return naturalLess(l.toString(), r.toString(), Qt::CaseInsensitive);
}

} // namespace ckpt
