#pragma once

#include "model/safety/Safety.h"

#include <QAbstractTableModel>

#include <vector>

namespace ckpt {

// The safety findings of a checkpoint as a table, worst first (stable within a grade).
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { GlobalColumn, VerdictColumn, WhereColumn, DetailColumn, ColumnCount };
    enum Role { VerdictRole = Qt::UserRole + 1 }; // int(Verdict)

    explicit FindingsModel(QObject *parent = nullptr);
    void setFindings(std::vector<Finding> findings);
    const Finding &findingAt(int row) const { return m_findings[size_t(row)]; }
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "allowed", "needs code", "dangerous", "invalid" as the UI words them.
    static QString verdictText(Verdict v);
    static QColor verdictColor(Verdict v);

private:
    std::vector<Finding> m_findings;
};

} // namespace ckpt
