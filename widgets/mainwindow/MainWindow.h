#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QFileSystemWatcher;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace ckpt {

class CheckpointDocument;
class CheckpointTreeView;
class CompareDock;
class ConvertDock;
class DetailsDock;
class MergeDialog;
class MessageBanner;
class PreferencesDialog;
class RecentFiles;
class RunsDock;
class SafetyDock;
class ShortcutsDialog;
class StatisticsDock;
class SummaryHeader;
class TrainingDock;
class TreePane;
class WelcomePage;

// The composition root of the GUI: builds the document, the widgets, docks and menus and
// lays them out. The docks listen to the document themselves; this class keeps only the
// window's own chrome in step (title, status bar, banner, recent files, file watcher).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    CheckpointDocument *document() const { return m_doc; }
    void openFile(const QString &path);
    void openExample();
    bool isLoading() const;
    CheckpointPtr checkpoint() const;
    // Selects "a/b/c" (expanding its ancestors); false if there is no such row.
    bool selectPath(const QString &slashPath);
    DetailsDock *detailsDock() const { return m_details; }
    StatisticsDock *statisticsDock() const { return m_stats; }
    TrainingDock *trainingView() const { return m_training; }
    CompareDock *compareDock() const { return m_compare; }
    ConvertDock *convertDock() const { return m_convert; }
    RunsDock *runsDock() const { return m_runs; }
    CheckpointTreeView *treeView() const;
    // A run: one folder (its table, best, identical weights, curves, drift) or several
    // files (their curves). Shows the Runs dock.
    void openSeries(const QStringList &paths);
    // Compares the open checkpoint (A) with another file in the Compare dock.
    void compareWith(const QString &path);
    // The welcome page (no file open) or the checkpoint's tree.
    bool isWelcomeShown() const;
    // Tools › Merge Checkpoints with these inputs (none: the open checkpoint first).
    void showMergeDialog(const QStringList &files = {});
    MergeDialog *mergeDialog() const { return m_mergeDialog; }
    // Shows and raises a dock by name: "details", "statistics", "safety", "training", "convert", "compare", "runs".
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
    void createPages();
    void showPage();
    void onClosed();
    void focusDock(int step);
    void showShortcuts();
    void retranslateUi();
    void restoreLayout();
    void saveLayout();

    void onLoadStarted(const QString &path);
    void onLoadCancelled();
    void onLoaded(bool ok);
    // The load's error or warnings in the banner, in the language installed now.
    void showLoadProblems();
    void onFileChangedOnDisk();
    void showOpenDialog();
    void showOpenSeriesDialog(bool folder);
    // Opens `a` unless it is open, then compares it with `b`.
    void openAndCompare(const QString &a, const QString &b);
    void showCompareDialog();
    void showPreferences();
    void exportTo(int format);
    void setBusy(bool busy, std::function<QString()> message = nullptr);
    // A status bar message for `timeout` ms (0: until replaced), made again on LanguageChange.
    void showStatus(std::function<QString()> message, int timeout);
    QString dialogFolder() const;

    CheckpointDocument *m_doc;
    TreePane *m_treePane;
    MessageBanner *m_banner;
    QString m_loadProblems; // what showLoadProblems() put in the banner
    std::function<QString()> m_status; // what the status bar says, and for how long
    int m_statusTimeout = 0;
    SummaryHeader *m_header;
    DetailsDock *m_details = nullptr;
    SafetyDock *m_safety = nullptr;
    ConvertDock *m_convert = nullptr;
    StatisticsDock *m_stats = nullptr;
    TrainingDock *m_training = nullptr;
    CompareDock *m_compare = nullptr;
    RunsDock *m_runs = nullptr;
    QDockWidget *m_trainingDock = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_documentPage = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    RecentFiles *m_recent = nullptr;
    PreferencesDialog *m_preferences = nullptr;
    MergeDialog *m_mergeDialog = nullptr;

    struct Actions {
        QAction *open, *openExample, *openSeries, *openRunFolder, *compareWith, *reload, *close, *quit;
        QAction *exportCsv, *exportJson, *exportMarkdown;
        QAction *copyKey, *copyPath, *find, *preferences;
        QAction *expandAll, *collapseAll, *fileOrder, *groupByModule;
        QAction *nextDock, *previousDock;
        QAction *convert, *merge;
        QAction *keyboardShortcuts, *about;
    };
    std::unique_ptr<Actions> m_actions;
    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_exportMenu = nullptr;
    QMenu *m_editMenu = nullptr, *m_viewMenu = nullptr, *m_toolsMenu = nullptr, *m_helpMenu = nullptr;
};

} // namespace ckpt
