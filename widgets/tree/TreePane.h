#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QWidget>

#include <memory>

class QModelIndex;

namespace ckpt {

class CheckpointDocument;
class CheckpointFilterProxy;
class CheckpointTreeModel;
class CheckpointTreeView;
class FilterBar;
class FilterRunner;
struct FilterResult;

// The filter bar over the checkpoint tree, showing what the document shows (the file or
// the conversion preview) and telling the document which row is current.
class TreePane : public QWidget {
    Q_OBJECT
public:
    explicit TreePane(CheckpointDocument *doc, QWidget *parent = nullptr);

    // Selects "a/b/c" (expanding its ancestors); false if there is no such row.
    bool selectPath(const QString &slashPath);
    CheckpointTreeView *view() const { return m_view; }
    CheckpointTreeModel *model() const { return m_model; }
    CheckpointFilterProxy *proxy() const { return m_proxy; }
    FilterBar *filterBar() const { return m_filterBar; }
    // View > Group Keys by Module: a state_dict's dotted keys as tree levels (the default).
    void setGroupByModule(bool on);
    bool groupByModule() const;

private:
    void onCheckpointChanged();
    void onShownChanged();
    void runFilter(const CheckpointPtr &ckpt);
    void onFilterFinished(std::shared_ptr<const FilterResult> result);
    void onCurrentChanged(const QModelIndex &current);

    CheckpointDocument *m_doc;
    CheckpointTreeModel *m_model;
    CheckpointFilterProxy *m_proxy;
    CheckpointTreeView *m_view;
    FilterBar *m_filterBar;
    FilterRunner *m_filter;
    bool m_newFile = false; // the next shown tree is a file just read: lay it out afresh
};

} // namespace ckpt
