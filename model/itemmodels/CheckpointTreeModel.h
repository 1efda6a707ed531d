#pragma once

#include "model/itemmodels/TreeRows.h"
#include "model/itemmodels/TreeTotals.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>

namespace ckpt {

// One read-only model over an immutable Checkpoint. Child rows are built on first
// access from childrenOf(), so a 100k-key file costs only the rows a view asks for.
// The rows never change for a given checkpoint; totals arrive with setTotals().
// A state_dict's keys can be grouped by module (ModuleRow): a module row has no value
// and no path part of its own, so the paths below it are the stored keys.
class CheckpointTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        KeyColumn,
        KindColumn,
        ShapeColumn,
        DTypeColumn,
        DeviceColumn,
        ParametersColumn,
        BytesColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // int(NodeKind)
        PathRole, // "model_state_dict/fc1.weight"
        TensorIndexRole, // int into Checkpoint::tensors, -1 if not a tensor
        ParametersRole, // qint64 (tensor numel or subtree total)
        BytesRole, // qint64
        SortRole, // what the sort proxy compares
        KeyRole, // the key alone, undecorated
        IsModuleRole, // bool: a module of the grouped view, not a node of the file
        LeafPathsRole, // QStringList: the slash paths of a module's entries (a node: its own path)
        TensorsRole, // qint64: tensors below (a module's, a container's; 1 for a tensor)
    };

    explicit CheckpointTreeModel(QObject *parent = nullptr);
    ~CheckpointTreeModel() override;

    void setCheckpoint(CheckpointPtr ckpt, const TreeTotals &totals = TreeTotals());
    CheckpointPtr checkpoint() const { return m_ckpt; }
    // Totals computed later on a worker; updates the parameter and byte columns.
    void setTotals(const TreeTotals &totals);
    const TreeTotals &totals() const { return m_totals; }
    // A state_dict's dotted keys as tree levels, one per component, with the totals of
    // each module (the app's default), or as they are stored, one row each (the model's).
    void setGroupByModule(bool on);
    bool groupByModule() const { return m_groupByModule; }

    const Value *valueAt(const QModelIndex &index) const;
    Path pathAt(const QModelIndex &index) const;
    // Row numbers from the top level down to `index` (empty for the invisible root).
    std::vector<int> rowPath(const QModelIndex &index) const;
    // Finds "a/b/c", trying keys that themselves contain '/' too. Invalid if absent.
    QModelIndex indexForPath(const QString &slashPath) const;
    // Re-emits header texts after a language change.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QIcon iconFor(NodeKind kind);

private:
    struct Node;
    Node *nodeAt(const QModelIndex &index) const;
    void populate(Node *node) const;
    QVariant displayData(const Node &node, int column) const;
    qint64 totalParameters(const Node &node) const;
    qint64 totalBytes(const Node &node) const;
    qint64 totalTensors(const Node &node) const;
    bool hasTotals(const Node &node) const;
    QString keyText(const Node &node) const;
    QString pathText(const QModelIndex &index) const;
    QStringList leafPaths(const QModelIndex &index) const;

    CheckpointPtr m_ckpt;
    TreeTotals m_totals;
    std::unique_ptr<Node> m_root;
    bool m_groupByModule = false;
};

} // namespace ckpt
