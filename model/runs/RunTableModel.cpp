#include "model/runs/RunTableModel.h"

#include "model/checkpoint/Summary.h"

#include <QColor>
#include <QFont>

#include <map>

namespace ckpt {

RunTableModel::RunTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void RunTableModel::setReport(const RunReport &report)
{
    beginResetModel();
    m_report = report;
    std::map<QString, int> counts;
    for (const RunCheckpoint &c : m_report.checkpoints)
        for (const auto &m : c.metrics)
            ++counts[m.first];
    m_metrics.clear();
    if (counts.count(m_report.best.metric))
        m_metrics << m_report.best.metric;
    for (const auto &entry : counts)
        if (entry.first != m_report.best.metric)
            m_metrics << entry.first;
    m_groupOf.assign(m_report.checkpoints.size(), -1);
    for (size_t g = 0; g < m_report.identical.size(); ++g)
        for (int r : m_report.identical[g])
            m_groupOf[size_t(r)] = int(g);
    endResetModel();
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.checkpoints.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : sizeColumn() + 2;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RunCheckpoint &c = m_report.checkpoints[size_t(index.row())];
    const int col = index.column();
    const bool best = index.row() == m_report.best.checkpoint;
    auto number = [&](double v) -> QVariant {
        if (role == SortRole)
            return std::isnan(v) ? QVariant(-HUGE_VAL) : QVariant(v);
        return std::isnan(v) ? QVariant(QStringLiteral("–")) : QVariant(QString::number(v, 'g', 6));
    };
    switch (role) {
    case RowRole:
        return index.row();
    case Qt::FontRole:
        if (best) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        // Rows whose weights another row has too: tinted, the tooltip says which.
        return m_groupOf[size_t(index.row())] >= 0 ? QVariant(QColor(255, 236, 179)) : QVariant();
    case Qt::TextAlignmentRole:
        return col == ColFile ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QStringList tip { c.path };
        if (best)
            tip << tr("Best: %1").arg(m_report.best.why.text());
        if (m_groupOf[size_t(index.row())] >= 0) {
            QStringList others;
            for (int r : m_report.identical[size_t(m_groupOf[size_t(index.row())])])
                if (r != index.row())
                    others << m_report.checkpoints[size_t(r)].file;
            tip << tr("Same weights as %1").arg(others.join(QStringLiteral(", ")));
        }
        if (!c.error.isEmpty())
            tip << c.error.text();
        return tip.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    if (col == ColFile) {
        if (role == SortRole)
            return c.file;
        QString text = c.file;
        if (best)
            text = QStringLiteral("★ ") + text;
        return text;
    }
    if (col == ColEpoch)
        return number(c.epoch);
    if (col == ColStep)
        return number(c.step);
    if (col < sizeColumn()) {
        const double *v = c.metric(m_metrics[col - ColFirstMetric]);
        return number(v ? *v : std::nan(""));
    }
    if (col == sizeColumn())
        return role == SortRole ? QVariant(double(c.bytes)) : QVariant(formatBytes(c.bytes));
    return role == SortRole ? QVariant(c.modified)
                            : QVariant(c.modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void RunTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::ToolTipRole });
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ColFile)
        return tr("Checkpoint");
    if (section == ColEpoch)
        return tr("Epoch");
    if (section == ColStep)
        return tr("Step");
    if (section < sizeColumn())
        return m_metrics[section - ColFirstMetric];
    if (section == sizeColumn())
        return tr("Size");
    return tr("Modified");
}

} // namespace ckpt
