#include "widgets/tree/TreePane.h"

#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/CheckpointFilterProxy.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "model/itemmodels/TreeRows.h"
#include "model/itemmodels/TreeTotals.h"
#include "widgets/tree/CheckpointTreeView.h"
#include "widgets/tree/FilterBar.h"
#include "widgets/tree/FilterRunner.h"

#include <QVBoxLayout>

namespace ckpt {

TreePane::TreePane(CheckpointDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_model(new CheckpointTreeModel(this)), m_proxy(new CheckpointFilterProxy(this)),
      m_view(new CheckpointTreeView(this)), m_filterBar(new FilterBar(this)), m_filter(new FilterRunner(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->applyDefaultColumnWidths();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);

    connect(m_doc, &CheckpointDocument::checkpointChanged, this, &TreePane::onCheckpointChanged);
    connect(m_doc, &CheckpointDocument::shownCheckpointChanged, this, &TreePane::onShownChanged);
    // The filter runs on what the tree shows: the file, or the conversion preview.
    connect(m_filterBar, &FilterBar::specChanged, this, [this] { runFilter(m_model->checkpoint()); });
    connect(m_filter, &FilterRunner::started, this, [this] { m_filterBar->setResult(-1, QString(), true); });
    connect(m_filter, &FilterRunner::finished, this, &TreePane::onFilterFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TreePane::onCurrentChanged);
    connect(m_filterBar, &FilterBar::moveToResults, this, [this] {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    // Tab goes from the filter's fields on to the tree.
    setTabOrder(m_filterBar->findChild<QWidget *>(QStringLiteral("deviceFilter")), m_view);
}

void TreePane::onCheckpointChanged()
{
    m_newFile = true;
    const CheckpointPtr ckpt = m_doc->checkpoint();
    const TensorKinds kinds = ckpt ? tensorKindsOf(*ckpt, m_doc->totals()) : TensorKinds();
    m_filterBar->setChoices(kinds.dtypes.keys(), kinds.devices.keys()); // sorted, as a QMap's keys are
}

void TreePane::onShownChanged()
{
    const CheckpointPtr shown = m_doc->shownCheckpoint();
    m_filter->cancel();
    m_proxy->setFilterResult(nullptr);
    m_model->setCheckpoint(shown, m_doc->shownTotals());
    if (shown && std::exchange(m_newFile, false)) {
        // A small tree opens expanded two levels; a large one stays collapsed. A whole
        // pickled model opens at its submodules.
        if (shown->root && shown->root->kind == Value::Kind::Object) {
            m_view->expand(m_proxy->index(0, 0));
            m_view->expand(m_proxy->mapFromSource(m_model->indexForPath(QStringLiteral("_modules"))));
        } else if (shown->tensors.size() <= 200) {
            m_view->expandToDepth(0);
        }
        // Long state_dict keys ("base_model.model.transformer.h.0.attn...") need room.
        m_view->resizeColumnToContents(CheckpointTreeModel::KeyColumn);
        m_view->setColumnWidth(CheckpointTreeModel::KeyColumn,
            qBound(250, m_view->columnWidth(CheckpointTreeModel::KeyColumn), m_view->viewport()->width() * 34 / 100));
    } else if (shown && shown->tensors.size() <= 200) {
        m_view->expandToDepth(0);
    }
    if (!m_filterBar->spec().isEmpty())
        runFilter(shown);
    if (const std::optional<QString> restore = m_doc->takePathToRestore())
        selectPath(*restore);
}

// The filter's rows are the tree's: grouped by module or not.
void TreePane::runFilter(const CheckpointPtr &ckpt)
{
    FilterSpec spec = m_filterBar->spec();
    spec.groupByModule = m_model->groupByModule();
    m_filter->run(ckpt, spec);
}

void TreePane::setGroupByModule(bool on)
{
    if (on == m_model->groupByModule())
        return;
    const QString current = m_view->currentIndex().data(CheckpointTreeModel::PathRole).toString();
    m_filter->cancel();
    m_proxy->setFilterResult(nullptr);
    m_model->setGroupByModule(on);
    if (const CheckpointPtr shown = m_model->checkpoint(); shown && shown->tensors.size() <= 200)
        m_view->expandToDepth(0);
    if (!m_filterBar->spec().isEmpty())
        runFilter(m_model->checkpoint());
    if (!current.isEmpty())
        selectPath(current);
}

bool TreePane::groupByModule() const
{
    return m_model->groupByModule();
}

void TreePane::onFilterFinished(std::shared_ptr<const FilterResult> result)
{
    if (result && !result->error.isEmpty()) {
        m_filterBar->setResult(-1, result->error, false);
        return; // keep showing the last good filter while the pattern is being typed
    }
    m_proxy->setFilterResult(result);
    m_filterBar->setResult(result ? result->matches : -1, QString(), false);
    // Show where the matches are, within the expand budget.
    if (result)
        m_view->expandAllBounded();
}

void TreePane::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current.siblingAtColumn(0));
    NodeSelection s;
    if (source.isValid() && m_model->checkpoint()) {
        s.value = m_model->valueAt(source);
        s.path = source.data(CheckpointTreeModel::PathRole).toString();
        s.kind = NodeKind(source.data(CheckpointTreeModel::NodeKindRole).toInt());
        s.tensorIndex = source.data(CheckpointTreeModel::TensorIndexRole).toInt();
        s.totals = s.value ? m_model->totals().of(s.value) : SubtreeTotals();
        if (source.data(CheckpointTreeModel::IsModuleRole).toBool()) {
            s.module = source.data(CheckpointTreeModel::KeyRole).toString();
            s.totals = { source.data(CheckpointTreeModel::TensorsRole).toLongLong(),
                source.data(CheckpointTreeModel::ParametersRole).toLongLong(),
                source.data(CheckpointTreeModel::BytesRole).toLongLong() };
        }
    }
    m_doc->setSelection(s);
}

bool TreePane::selectPath(const QString &slashPath)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->indexForPath(slashPath));
    if (!proxyIndex.isValid())
        return false;
    for (QModelIndex p = proxyIndex.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
    return true;
}

} // namespace ckpt
