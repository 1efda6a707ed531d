#include "widgets/tree/CheckpointTreeView.h"

#include "model/convert/EditPlan.h"
#include "model/itemmodels/CheckpointTreeModel.h"

#include <QAction>
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
    setUniformRowHeights(true); // constant-time row layout: needed at 100k rows
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideMiddle); // keys differ at their ends: "...layers.11.mlp.weight"
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows into one plan step
    header()->setSortIndicatorShown(true);
    header()->setSortIndicator(-1, Qt::AscendingOrder); // file order until a header is clicked
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(true);

    // Exact paths, never globs: a key may itself contain '*' or '['.
    m_dropAction = new QAction(this);
    m_dropAction->setObjectName(QStringLiteral("dropFromConversionAction"));
    connect(m_dropAction, &QAction::triggered, this, [this] {
        const QStringList paths = selectedPaths();
        if (!paths.isEmpty())
            Q_EMIT editRequested(EditOp::drop(paths, EditOp::Syntax::Exact));
    });
    m_keepAction = new QAction(this);
    m_keepAction->setObjectName(QStringLiteral("keepInConversionAction"));
    connect(m_keepAction, &QAction::triggered, this, [this] {
        const QStringList paths = selectedPaths();
        if (!paths.isEmpty())
            Q_EMIT editRequested(EditOp::keep(paths, EditOp::Syntax::Exact));
    });
    m_extractAction = new QAction(this);
    m_extractAction->setObjectName(QStringLiteral("extractAsRootAction"));
    connect(m_extractAction, &QAction::triggered, this, [this] {
        const QStringList paths = selectedPaths();
        if (canExtract()) // one subtree can become the root
            Q_EMIT editRequested(EditOp::extract(paths.first()));
    });
    retranslateActions();
}

void CheckpointTreeView::retranslateActions()
{
    m_dropAction->setText(tr("Drop from Conversion"));
    m_keepAction->setText(tr("Keep Only These in Conversion"));
    m_extractAction->setText(tr("Extract as New Root"));
    // The Convert dock's buttons: short names, the whole one in the tooltip.
    m_dropAction->setIconText(tr("Drop"));
    m_keepAction->setIconText(tr("Keep Only"));
    m_extractAction->setIconText(tr("Extract"));
    m_dropAction->setToolTip(tr("Drop the rows selected in the tree from the conversion"));
    m_keepAction->setToolTip(tr("Keep only the rows selected in the tree (with their parents) in the conversion"));
    m_extractAction->setToolTip(tr("Make the subtree selected in the tree the root of the converted file"));
}

void CheckpointTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (selectionModel())
        connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &CheckpointTreeView::updateActions);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &CheckpointTreeView::updateActions);
    updateActions();
}

void CheckpointTreeView::updateActions()
{
    const bool any = selectionModel() && selectionModel()->hasSelection();
    m_dropAction->setEnabled(any);
    m_keepAction->setEnabled(any);
    m_extractAction->setEnabled(canExtract());
}

void CheckpointTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateActions();
    QTreeView::changeEvent(event);
}

QStringList CheckpointTreeView::selectedPaths() const
{
    QStringList paths;
    if (!selectionModel())
        return paths;
    // A module of the grouped view stands for the entries below it.
    for (const QModelIndex &i : selectionModel()->selectedRows(0))
        paths << i.data(M::LeafPathsRole).toStringList();
    paths.removeDuplicates();
    return paths;
}

bool CheckpointTreeView::canExtract() const
{
    if (!selectionModel())
        return false;
    const QModelIndexList rows = selectionModel()->selectedRows(0);
    return rows.size() == 1 && !rows.first().data(M::IsModuleRole).toBool();
}

void CheckpointTreeView::applyDefaultColumnWidths()
{
    const int widths[] = { 250, 170, 95, 75, 65, 80, 85 };
    for (int c = 0; c < int(sizeof widths / sizeof *widths); ++c)
        setColumnWidth(c, widths[c]);
}

bool CheckpointTreeView::expandAllBounded(const QModelIndex &root)
{
    QAbstractItemModel *m = model();
    if (!m)
        return true;
    std::deque<QModelIndex> queue { root };
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
        // Right-clicking inside a multi-selection keeps it: the conversion actions use it.
        if (selectionModel()->isRowSelected(i.row(), i.parent()))
            selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
        else
            setCurrentIndex(i);
        menu.addAction(tr("Copy Key"), this, &CheckpointTreeView::copyKey);
        menu.addAction(tr("Copy Full Path"), this, &CheckpointTreeView::copyPath);
        menu.addSeparator();
        m_extractAction->setEnabled(canExtract());
        menu.addAction(m_dropAction);
        menu.addAction(m_keepAction);
        menu.addAction(m_extractAction);
        menu.addSeparator();
        const QModelIndex first = i.siblingAtColumn(0);
        menu.addAction(tr("Expand Subtree"), this, [this, first] {
            expand(first);
            expandAllBounded(first);
        });
        menu.addAction(tr("Collapse Subtree"), this, [this, first] { collapse(first); });
        menu.addSeparator();
    }
    menu.addAction(tr("Expand All"), this, [this] { expandAllBounded(); });
    menu.addAction(tr("Collapse All"), this, &QTreeView::collapseAll);
    menu.exec(event->globalPos());
}

} // namespace ckpt
