#include "model/itemmodels/DiffModel.h"

#include <QColor>

#include <cmath>

namespace ckpt {
namespace {

QString pair(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty() || a == b)
        return a;
    return a + QStringLiteral(" → ") + b;
}

QString number(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 4) : QStringLiteral("–");
}

} // namespace

DiffModel::DiffModel(QObject *parent) : QAbstractTableModel(parent) { }

void DiffModel::setResult(DiffResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

void DiffModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.tensors.size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiffModel::statusText(DiffStatus s)
{
    switch (s) {
    case DiffStatus::Same:
        return tr("same");
    case DiffStatus::Changed:
        return tr("changed");
    case DiffStatus::OnlyA:
        return tr("only in A");
    case DiffStatus::OnlyB:
        return tr("only in B");
    case DiffStatus::ShapeMismatch:
        return tr("shape differs");
    case DiffStatus::DtypeMismatch:
        return tr("dtype differs");
    case DiffStatus::Error:
        return tr("unreadable");
    }
    return QString();
}

QColor DiffModel::statusColor(DiffStatus s)
{
    switch (s) {
    case DiffStatus::Same:
        return QColor(0x2e, 0x7d, 0x32);
    case DiffStatus::Changed:
        return QColor(0xb2, 0x6a, 0x00);
    case DiffStatus::OnlyA:
        return QColor(0x15, 0x65, 0xc0);
    case DiffStatus::OnlyB:
        return QColor(0x6a, 0x1b, 0x9a);
    case DiffStatus::ShapeMismatch:
    case DiffStatus::DtypeMismatch:
        return QColor(0xc6, 0x28, 0x28);
    case DiffStatus::Error:
        return QColor(0x61, 0x61, 0x61);
    }
    return QColor();
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    return cell(m_result.tensors[size_t(index.row())], index.column(), role, index.row());
}

QVariant DiffModel::cell(const TensorDiff &d, int column, int role, int row)
{
    const ValueMetrics &m = d.metrics;
    const bool hasA = d.indexA >= 0, hasB = d.indexB >= 0;
    if (role == StatusRole)
        return int(d.status);
    if (role == RowRole)
        return row;
    if (role == SortRole) {
        switch (column) {
        case StatusColumn:
            return int(d.status);
        case MaxAbsColumn:
            return m.valid && std::isfinite(m.maxAbs) ? m.maxAbs : -1.0;
        case RelL2Column:
            return m.valid && std::isfinite(m.relL2) ? m.relL2 : -1.0;
        case MeanAbsColumn:
            return m.valid && std::isfinite(m.meanAbs) ? m.meanAbs : -1.0;
        case CosineColumn:
            return m.valid && std::isfinite(m.cosine) ? m.cosine : -2.0;
        case DifferingColumn:
            return m.valid ? double(m.differing) : -1.0;
        case KeyColumn:
            return row; // key order is the model's layer order
        default:
            return cell(d, column, Qt::DisplayRole, row);
        }
    }
    if (role == Qt::DecorationRole && column == StatusColumn)
        return statusColor(d.status);
    if (role == Qt::ForegroundRole && column == StatusColumn)
        return statusColor(d.status);
    if (role == Qt::TextAlignmentRole && column >= MaxAbsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QString tip = d.pathA.isEmpty() || d.pathA == d.key ? d.key : QStringLiteral("%1 (A: %2)").arg(d.key, d.pathA);
        if (!d.pathB.isEmpty() && d.pathB != d.key)
            tip += QStringLiteral("\nB: ") + d.pathB;
        if (m.valid)
            tip += tr("\nmax |Δ| %1, mean |Δ| %2, rel L2 %3, cosine %4\n%5 of %6 elements differ")
                       .arg(number(m.maxAbs), number(m.meanAbs), number(m.relL2), QString::number(m.cosine, 'f', 6))
                       .arg(m.differing)
                       .arg(m.numel);
        if (!d.error.isEmpty())
            tip += QLatin1Char('\n') + d.error.text();
        return tip;
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (column) {
    case KeyColumn:
        return d.key.isEmpty() ? tr("(root)") : d.key;
    case StatusColumn:
        return statusText(d.status);
    case ShapeColumn:
        return pair(hasA ? shapeString(d.shapeA) : QString(), hasB ? shapeString(d.shapeB) : QString());
    case DTypeColumn:
        return pair(hasA ? dtypeName(d.dtypeA) : QString(), hasB ? dtypeName(d.dtypeB) : QString());
    case MaxAbsColumn:
        return m.valid ? number(m.maxAbs) : QString();
    case RelL2Column:
        return m.valid ? number(m.relL2) : QString();
    case MeanAbsColumn:
        return m.valid ? number(m.meanAbs) : QString();
    case CosineColumn:
        return m.valid && std::isfinite(m.cosine) ? QString::number(m.cosine, 'f', 6) : QString();
    case DifferingColumn:
        return m.valid ? tr("%1 of %2").arg(m.differing).arg(m.numel) : QString();
    default:
        return QVariant();
    }
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return header(section);
}

QVariant DiffModel::header(int section)
{
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case StatusColumn:
        return tr("Status");
    case ShapeColumn:
        return tr("Shape");
    case DTypeColumn:
        return tr("DType");
    case MaxAbsColumn:
        return tr("max |Δ|");
    case RelL2Column:
        return tr("rel L2");
    case MeanAbsColumn:
        return tr("mean |Δ|");
    case CosineColumn:
        return tr("cosine");
    case DifferingColumn:
        return tr("differing");
    default:
        return QVariant();
    }
}

DiffFilterProxy::DiffFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DiffModel::SortRole);
}

void DiffFilterProxy::setOnlyDifferent(bool on)
{
    if (on == m_onlyDifferent)
        return;
    m_onlyDifferent = on;
    invalidateRowsFilter();
}

bool DiffFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyDifferent)
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(DiffModel::StatusRole).toInt() != int(DiffStatus::Same);
}

} // namespace ckpt
