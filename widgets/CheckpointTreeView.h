#pragma once

#include <QTreeView>

namespace ckpt {

// The checkpoint tree: sortable columns, a context menu to copy a key or its full path
// and to expand or collapse, and an "expand all" that stops at a row budget so a 100k-key
// file (or a pickle that nests shared lists) cannot freeze the window.
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

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace ckpt
