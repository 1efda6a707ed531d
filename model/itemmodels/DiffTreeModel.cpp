#include "model/itemmodels/DiffTreeModel.h"

#include <QColor>
#include <QRegularExpression>
#include <QtAlgorithms>

#include <cmath>

namespace ckpt {

namespace {
constexpr int kStatusCount = int(DiffStatus::Error) + 1;
}

DiffTreeModel::DiffTreeModel(DiffModel *source, QObject *parent) : QAbstractItemModel(parent), m_source(source)
{
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(source, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_nodes.empty() && !m_nodes[0].children.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, DiffModel::ColumnCount - 1));
    });
    connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    rebuild();
}

QStringList DiffTreeModel::keyLevels(const QString &key)
{
    static const QRegularExpression separators(QStringLiteral("[./]"));
    QStringList parts = key.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        parts << key;
    return parts;
}

void DiffTreeModel::rebuild()
{
    m_nodes.assign(1, Node());
    m_nodes[0].counts.assign(kStatusCount, 0);
    const DiffResult &r = m_source->result();
    m_leafOfRow.assign(r.tensors.size(), -1);
    QHash<QString, int> groups; // parent node + '\x1f' + name -> group node
    for (size_t i = 0; i < r.tensors.size(); ++i) {
        const TensorDiff &d = r.tensors[i];
        const QStringList levels = keyLevels(d.key);
        const uint bit = 1u << int(d.status);
        const double rel = d.metrics.valid && std::isfinite(d.metrics.relL2) ? d.metrics.relL2 : -1;
        int at = 0;
        for (qsizetype l = 0; l + 1 < levels.size(); ++l) {
            const QString id = QString::number(at) + QChar(0x1f) + levels[l];
            int g = groups.value(id, -1);
            if (g < 0) {
                g = int(m_nodes.size());
                Node n;
                n.name = levels[l];
                n.parent = at;
                n.row = int(m_nodes[size_t(at)].children.size());
                n.firstRow = int(i);
                n.counts.assign(kStatusCount, 0);
                m_nodes.push_back(std::move(n));
                m_nodes[size_t(at)].children.push_back(g);
                groups.insert(id, g);
            }
            at = g;
        }
        Node leaf;
        leaf.name = levels.last();
        leaf.parent = at;
        leaf.row = int(m_nodes[size_t(at)].children.size());
        leaf.tensorRow = int(i);
        leaf.firstRow = int(i);
        leaf.statusMask = bit;
        const int id = int(m_nodes.size());
        m_nodes.push_back(std::move(leaf));
        m_nodes[size_t(at)].children.push_back(id);
        m_leafOfRow[i] = id;
        for (int up = at; up >= 0; up = m_nodes[size_t(up)].parent) {
            Node &g = m_nodes[size_t(up)];
            g.statusMask |= bit;
            g.counts[size_t(d.status)] += 1;
            g.maxRelL2 = std::max(g.maxRelL2, rel);
        }
    }
}

QModelIndex DiffTreeModel::indexOfRow(int tensorRow) const
{
    if (tensorRow < 0 || size_t(tensorRow) >= m_leafOfRow.size())
        return QModelIndex();
    const int n = m_leafOfRow[size_t(tensorRow)];
    return createIndex(m_nodes[size_t(n)].row, 0, quintptr(n));
}

int DiffTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex DiffTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= DiffModel::ColumnCount || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    const Node &p = m_nodes[size_t(nodeOf(parent))];
    if (row < 0 || size_t(row) >= p.children.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex DiffTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const int p = m_nodes[size_t(nodeOf(child))].parent;
    if (p <= 0)
        return QModelIndex();
    return createIndex(m_nodes[size_t(p)].row, 0, quintptr(p));
}

int DiffTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(nodeOf(parent))].children.size());
}

int DiffTreeModel::columnCount(const QModelIndex &) const
{
    return DiffModel::ColumnCount;
}

QVariant DiffTreeModel::groupData(const Node &n, int column, int role) const
{
    switch (role) {
    case StatusRole:
    case RowRole:
        return -1;
    case StatusMaskRole:
        return n.statusMask;
    case SortRole:
        if (column == DiffModel::RelL2Column)
            return n.maxRelL2;
        if (column == DiffModel::KeyColumn || column == DiffModel::StatusColumn)
            return n.firstRow;
        return QVariant();
    case Qt::DisplayRole:
        if (column == DiffModel::KeyColumn)
            return n.name;
        if (column == DiffModel::StatusColumn) {
            QStringList parts;
            for (int s = 0; s < kStatusCount; ++s)
                if (n.counts[size_t(s)])
                    parts << tr("%1 %2").arg(n.counts[size_t(s)]).arg(DiffModel::statusText(DiffStatus(s)));
            return parts.size() == 1 ? DiffModel::statusText(DiffStatus(qCountTrailingZeroBits(n.statusMask)))
                                     : parts.join(QStringLiteral(", "));
        }
        if (column == DiffModel::RelL2Column && n.maxRelL2 >= 0)
            return tr("≤ %1").arg(QString::number(n.maxRelL2, 'g', 4));
        return QVariant();
    case Qt::ForegroundRole:
        if (column == DiffModel::StatusColumn && qPopulationCount(n.statusMask) == 1)
            return DiffModel::statusColor(DiffStatus(qCountTrailingZeroBits(n.statusMask)));
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column >= DiffModel::MaxAbsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant DiffTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Node &n = m_nodes[size_t(nodeOf(index))];
    if (n.tensorRow < 0)
        return groupData(n, index.column(), role);
    const TensorDiff &d = m_source->diffAt(n.tensorRow);
    if (role == StatusMaskRole)
        return n.statusMask;
    if (role == Qt::DisplayRole && index.column() == DiffModel::KeyColumn)
        return n.name;
    if (role == Qt::ToolTipRole && index.column() == DiffModel::KeyColumn)
        return DiffModel::cell(d, DiffModel::KeyColumn, Qt::ToolTipRole, n.tensorRow);
    return DiffModel::cell(d, index.column(), role, n.tensorRow);
}

QVariant DiffTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return DiffModel::header(section);
}

DiffTreeFilterProxy::DiffTreeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DiffTreeModel::SortRole);
    setRecursiveFilteringEnabled(true);
}

void DiffTreeFilterProxy::setStatusMask(uint mask)
{
    if (mask == m_mask)
        return;
    m_mask = mask;
    invalidateRowsFilter();
}

bool DiffTreeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const int status = i.data(DiffTreeModel::StatusRole).toInt();
    return status >= 0 && (m_mask & (1u << status));
}

} // namespace ckpt
