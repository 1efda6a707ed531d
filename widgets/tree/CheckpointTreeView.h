#pragma once

#include <QTreeView>

class QAction;

namespace ckpt {

struct EditOp;

// The checkpoint tree: sortable columns, a context menu to copy a key or its full path,
// to put the selected rows into the conversion plan, and to expand or collapse, and an "expand all" that stops at a row
// budget so a 100k-key file (or a pickle that nests shared lists) cannot freeze the window.
class CheckpointTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit CheckpointTreeView(QWidget *parent = nullptr);

    static constexpr int kExpandBudget = 20000;

    // Expands below `root` breadth-first until kExpandBudget rows are shown; returns
    // false if it stopped early.
    bool expandAllBounded(const QModelIndex &root = QModelIndex());
    void copyKey();
    void copyPath();
    void applyDefaultColumnWidths();
    // Slash paths of the selected rows (column 0), in selection order.
    // A module row of the grouped view gives the paths of the entries below it.
    QStringList selectedPaths() const;
    // One row is selected and it is a node of the file (not a module row).
    bool canExtract() const;
    void setModel(QAbstractItemModel *model) override;
    QAction *dropAction() const { return m_dropAction; }
    QAction *keepAction() const { return m_keepAction; }
    QAction *extractAction() const { return m_extractAction; }

Q_SIGNALS:
    // "Drop from Conversion" and friends: one exact-path step for the selected rows.
    void editRequested(const ckpt::EditOp &op);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateActions();
    // The conversion actions are enabled for what is selected.
    void updateActions();

    QAction *m_dropAction, *m_keepAction, *m_extractAction;
};

} // namespace ckpt
