#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/itemmodels/TreeTotals.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QProgressBar;
class QTimer;
class QToolButton;

namespace ckpt {

class CheckpointFilterProxy;
class CheckpointLoader;
class CheckpointTreeModel;
class CheckpointTreeView;
class CompareDock;
class ConvertDock;
class DetailsDock;
class FilterBar;
class FilterRunner;
class MessageBanner;
class RecentFiles;
class SafetyDock;
class StatisticsDock;
class SummaryHeader;
class TrainingDock;
struct FilterResult;
struct LoadResult;

// The composition root of the GUI: builds the widgets, docks and menus, and wires them
// to the loader, the filter runner and the tree model. Holds no checkpoint logic itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    void openExample();
    bool isLoading() const;
    CheckpointPtr checkpoint() const { return m_ckpt; }
    // Selects "a/b/c" (expanding its ancestors); false if there is no such row.
    bool selectPath(const QString &slashPath);
    DetailsDock *detailsDock() const { return m_details; }
    StatisticsDock *statisticsDock() const { return m_stats; }
    TrainingDock *trainingView() const { return m_training; }
    CompareDock *compareDock() const { return m_compare; }
    CheckpointTreeView *treeView() const { return m_tree; }
    // Curves across checkpoints of a run: several files, or one folder. Shows the Training dock.
    void openSeries(const QStringList &paths);
    // Compares the open checkpoint (A) with another file in the Compare dock.
    void compareWith(const QString &path);
    // Shows and raises a dock by name: "details", "statistics", "safety", "training", "convert", "compare".
    bool showDock(const QString &name);

Q_SIGNALS:
    // A load finished and its result is shown (ok: the file was read without error).
    void loadFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void retranslateUi();
    void restoreLayout();
    void saveLayout();

    void onLoadStarted(const QString &path);
    void onLoaded(const LoadResult &result);
    void onLoadCancelled();
    void onFilterFinished(std::shared_ptr<const FilterResult> result);
    void onCurrentChanged(const QModelIndex &current);
    void onFileChangedOnDisk();
    void showOpenDialog();
    void showOpenSeriesDialog(bool folder);
    void showCompareDialog();
    void exportTo(int format);
    void setBusy(bool busy, const QString &message);
    void updateTreePreview();

    CheckpointPtr m_ckpt; // the file; the tree may show the conversion preview instead
    TreeTotals m_realTotals; // the file's, to restore after a preview
    QString m_path;
    QString m_reselect; // path to select again after a reload

    CheckpointTreeModel *m_model;
    CheckpointFilterProxy *m_proxy;
    CheckpointTreeView *m_tree;
    FilterBar *m_filterBar;
    MessageBanner *m_banner;
    SummaryHeader *m_header;
    DetailsDock *m_details;
    SafetyDock *m_safety;
    ConvertDock *m_convert = nullptr;
    StatisticsDock *m_stats = nullptr;
    TrainingDock *m_training = nullptr;
    CompareDock *m_compare = nullptr;
    QDockWidget *m_trainingDock = nullptr;
    CheckpointLoader *m_loader;
    FilterRunner *m_filter;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    RecentFiles *m_recent = nullptr;

    struct Actions {
        QAction *open, *openExample, *openSeries, *openSeriesFolder, *compareWith, *reload, *quit;
        QAction *exportCsv, *exportJson, *exportMarkdown;
        QAction *copyKey, *copyPath, *find;
        QAction *expandAll, *collapseAll, *fileOrder;
        QAction *about;
    };
    std::unique_ptr<Actions> m_actions;
    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_exportMenu = nullptr;
    QMenu *m_editMenu = nullptr, *m_viewMenu = nullptr, *m_helpMenu = nullptr;
};

} // namespace ckpt
