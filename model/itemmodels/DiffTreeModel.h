#pragma once

// The merged tree of a comparison: every key of A and B once, grouped by module (the
// dotted and slash-joined components of the aligned key are its levels), each leaf
// marked with its status and carrying DiffModel's columns. Built from a DiffModel and
// rebuilt whenever that is reset.

#include "model/itemmodels/DiffModel.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <vector>

namespace ckpt {

class DiffTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        StatusRole = DiffModel::StatusRole, // a leaf's int(DiffStatus); -1 for a group
        SortRole = DiffModel::SortRole, // a group: its first key's row, its largest rel L2 ...
        RowRole = DiffModel::RowRole, // a leaf's index into result().tensors; -1 for a group
        StatusMaskRole = Qt::UserRole + 10, // the statuses below (bit 1 << int(DiffStatus))
    };

    explicit DiffTreeModel(DiffModel *source, QObject *parent = nullptr);
    const DiffModel *source() const { return m_source; }
    // The leaf of a tensor row (into result().tensors).
    QModelIndex indexOfRow(int tensorRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "fc1.weight" -> {"fc1", "weight"}; "model_state_dict/layer.0.w" -> {"model_state_dict", "layer", "0", "w"}
    static QStringList keyLevels(const QString &key);

private:
    struct Node {
        QString name;
        int parent = -1;
        int row = 0; // among the parent's children
        std::vector<int> children;
        int tensorRow = -1; // a leaf's row in the result
        int firstRow = 0; // a group: its first leaf's row
        uint statusMask = 0;
        std::vector<int> counts; // a group: leaves per status
        double maxRelL2 = -1;
    };
    void rebuild();
    int nodeOf(const QModelIndex &index) const;
    QVariant groupData(const Node &n, int column, int role) const;

    DiffModel *m_source;
    std::vector<Node> m_nodes; // [0] is the invisible root
    std::vector<int> m_leafOfRow; // tensor row -> node
};

// Only the statuses asked for (recursively: a group shows while one of its leaves
// does), sorted on DiffTreeModel::SortRole.
class DiffTreeFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DiffTreeFilterProxy(QObject *parent = nullptr);
    static constexpr uint kAllStatuses = 0x7f;
    void setStatusMask(uint mask); // bit 1 << int(DiffStatus)
    uint statusMask() const { return m_mask; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    uint m_mask = kAllStatuses;
};

} // namespace ckpt
