#pragma once

#include "model/itemmodels/TreeFilter.h"

#include <QSortFilterProxyModel>

namespace ckpt {

class CheckpointTreeModel;

// Filters a CheckpointTreeModel by a precomputed FilterResult (computed on a worker
// for large files) and sorts with the model's SortRole: numbers by value, keys in
// natural order ("layer2" before "layer10"). Row -1 as sort column keeps file order.
class CheckpointFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CheckpointFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Null shows every row.
    void setFilterResult(std::shared_ptr<const FilterResult> result);
    std::shared_ptr<const FilterResult> filterResult() const { return m_result; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CheckpointTreeModel *m_tree = nullptr;
    std::shared_ptr<const FilterResult> m_result;
};

} // namespace ckpt
