#include "CheckpointTreeView.h"

#include "itemmodels/CheckpointTreeModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

#include <deque>

namespace ckpt {

using M = CheckpointTreeModel;

CheckpointTreeView::CheckpointTreeView(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("checkpointTree"));
    setUniformRowHeights(true);   // constant-time row layout: needed at 100k rows
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideMiddle);   // keys differ at their ends: "...layers.11.mlp.weight"
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setSortIndicatorShown(true);
    header()->setSortIndicator(-1, Qt::AscendingOrder);   // file order until a header is clicked
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(true);
}

void CheckpointTreeView::applyDefaultColumnWidths()
{
    const int widths[] = {250, 170, 95, 75, 65, 80, 85};
    for (int c = 0; c < int(sizeof widths / sizeof *widths); ++c)
        setColumnWidth(c, widths[c]);
}

bool CheckpointTreeView::expandAllBounded(const QModelIndex &root)
{
    QAbstractItemModel *m = model();
    if (!m)
        return true;
    std::deque<QModelIndex> queue{root};
    int shown = 0;
    while (!queue.empty()) {
        const QModelIndex parent = queue.front();
        queue.pop_front();
        const int rows = m->rowCount(parent);
        if (shown + rows > kExpandBudget)
            return false;
        if (parent.isValid())
            expand(parent);
        shown += rows;
        for (int i = 0; i < rows; ++i) {
            const QModelIndex child = m->index(i, 0, parent);
            if (m->hasChildren(child))
                queue.push_back(child);
        }
    }
    return true;
}

void CheckpointTreeView::copyKey()
{
    const QModelIndex i = currentIndex();
    if (i.isValid())
        QApplication::clipboard()->setText(i.siblingAtColumn(0).data(M::KeyRole).toString());
}

void CheckpointTreeView::copyPath()
{
    const QModelIndex i = currentIndex();
    if (i.isValid())
        QApplication::clipboard()->setText(i.siblingAtColumn(0).data(M::PathRole).toString());
}

void CheckpointTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex i = indexAt(event->pos());
    QMenu menu(this);
    if (i.isValid()) {
        setCurrentIndex(i);
        menu.addAction(tr("Copy Key"), this, &CheckpointTreeView::copyKey);
        menu.addAction(tr("Copy Full Path"), this, &CheckpointTreeView::copyPath);
        menu.addSeparator();
        const QModelIndex first = i.siblingAtColumn(0);
        menu.addAction(tr("Expand Subtree"), this, [this, first] { expand(first); expandAllBounded(first); });
        menu.addAction(tr("Collapse Subtree"), this, [this, first] { collapse(first); });
        menu.addSeparator();
    }
    menu.addAction(tr("Expand All"), this, [this] { expandAllBounded(); });
    menu.addAction(tr("Collapse All"), this, &QTreeView::collapseAll);
    menu.exec(event->globalPos());
}

} // namespace ckpt
