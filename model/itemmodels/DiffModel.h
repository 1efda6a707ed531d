#pragma once

#include "model/diff/Diff.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace ckpt {

// The tensors of a comparison as a table, in the diff's key order (A's order).
class DiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        KeyColumn,
        StatusColumn,
        ShapeColumn,
        DTypeColumn,
        MaxAbsColumn,
        RelL2Column,
        MeanAbsColumn,
        CosineColumn,
        DifferingColumn, // elements with a != b, of all
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(DiffStatus)
        SortRole, // numbers as numbers; missing values as -1
        RowRole, // index into result().tensors
    };

    explicit DiffModel(QObject *parent = nullptr);
    void setResult(DiffResult result);
    const DiffResult &result() const { return m_result; }
    const TensorDiff &diffAt(int row) const { return m_result.tensors[size_t(row)]; }
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One cell of a tensor's row (also the merged tree's leaves); `row` for RowRole.
    static QVariant cell(const TensorDiff &d, int column, int role, int row);
    static QVariant header(int section);

    // "same", "changed", "only in A" ... as the UI words them, and their colours.
    static QString statusText(DiffStatus s);
    static QColor statusColor(DiffStatus s);

private:
    DiffResult m_result;
};

// Sorting on DiffModel::SortRole, and an "only different" filter.
class DiffFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DiffFilterProxy(QObject *parent = nullptr);
    void setOnlyDifferent(bool on);
    bool onlyDifferent() const { return m_onlyDifferent; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyDifferent = false;
};

} // namespace ckpt
