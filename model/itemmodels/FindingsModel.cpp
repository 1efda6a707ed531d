#include "model/itemmodels/FindingsModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

#include <algorithm>

namespace ckpt {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) { }

void FindingsModel::setFindings(std::vector<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    std::stable_sort(m_findings.begin(), m_findings.end(),
        [](const Finding &a, const Finding &b) { return int(a.verdict) > int(b.verdict); });
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Allowed:
        return tr("allowed");
    case Verdict::NeedsCode:
        return tr("needs code");
    case Verdict::Dangerous:
        return tr("dangerous");
    case Verdict::Invalid:
        return tr("invalid");
    }
    return QString();
}

QColor FindingsModel::verdictColor(Verdict v)
{
    switch (v) {
    case Verdict::Allowed:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::NeedsCode:
        return QColor(0xb2, 0x6a, 0x00);
    case Verdict::Dangerous:
        return QColor(0xc6, 0x28, 0x28);
    case Verdict::Invalid:
        return QColor(0x6a, 0x1b, 0x9a);
    }
    return QColor();
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_findings.size()))
        return QVariant();
    const Finding &f = m_findings[size_t(index.row())];
    if (role == VerdictRole)
        return int(f.verdict);
    if (role == Qt::DecorationRole && index.column() == VerdictColumn) {
        static const char *const names[] = { "allowed", "needs-code", "dangerous", "invalid" };
        return QIcon(QStringLiteral(":/icons/verdict-%1.svg").arg(QLatin1String(names[int(f.verdict)])));
    }
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn) {
        // Lighter on a dark palette, so the verdict stays legible in both themes.
        const QColor c = verdictColor(f.verdict);
        return QGuiApplication::palette().color(QPalette::Base).lightness() < 128 ? c.lighter(170) : c;
    }
    if (role == Qt::ToolTipRole) {
        const QString why = f.readByTorchLoad ? f.detail.text()
                                              : tr("%1 (in a part torch.load does not unpickle)").arg(f.detail.text());
        return f.global.isEmpty() ? why : QStringLiteral("%1\n%2").arg(f.global, why);
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case GlobalColumn:
        return f.global.isEmpty() ? tr("(structure)") : f.global;
    case VerdictColumn:
        return verdictText(f.verdict);
    case WhereColumn:
        return f.where.text();
    case DetailColumn:
        return f.detail.text();
    }
    return QVariant();
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case GlobalColumn:
        return tr("Global");
    case VerdictColumn:
        return tr("Verdict");
    case WhereColumn:
        return tr("Where");
    case DetailColumn:
        return tr("Why");
    }
    return QVariant();
}

void FindingsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_findings.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ckpt
