// MainWindow's actions, menus and the file dialogs they open.
#include "widgets/mainwindow/MainWindow.h"

#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/CheckpointFilterProxy.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "model/itemmodels/TreeExport.h"
#include "widgets/common/FileDialog.h"
#include "widgets/common/FileFilters.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/common/MessageBox.h"
#include "widgets/convert/ConvertDock.h"
#include "widgets/details/DetailsDock.h"
#include "widgets/diff/CompareDock.h"
#include "widgets/help/HelpDialogs.h"
#include "widgets/merge/MergeDialog.h"
#include "widgets/preferences/PreferencesDialog.h"
#include "widgets/runs/RunsDock.h"
#include "widgets/safety/SafetyDock.h"
#include "widgets/stats/StatisticsDock.h"
#include "widgets/tree/CheckpointTreeView.h"
#include "widgets/tree/FilterBar.h"
#include "widgets/tree/TreePane.h"
#include "widgets/welcome/RecentFiles.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>

namespace ckpt {

void MainWindow::createActions()
{
    m_actions = std::make_unique<Actions>();
    Actions &a = *m_actions;
    auto make = [this](const char *name, QKeySequence key = QKeySequence()) {
        auto *act = new QAction(this);
        act->setObjectName(QLatin1String(name));
        act->setShortcut(key);
        return act;
    };
    // Every command has a key; the menus show it and Help > Keyboard Shortcuts lists them.
    a.open = make("actionOpen", QKeySequence::Open);
    a.openExample = make("actionOpenExample", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    a.openSeries = make("actionOpenSeries", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    a.openRunFolder = make("actionOpenRunFolder", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    a.compareWith = make("actionCompareWith", QKeySequence(Qt::CTRL | Qt::Key_D));
    a.reload = make("actionReload", QKeySequence::Refresh);
    a.close = make("actionClose", QKeySequence(Qt::CTRL | Qt::Key_W));
    a.quit = make("actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    a.exportCsv = make("actionExportCsv", QKeySequence(Qt::CTRL | Qt::Key_E));
    a.exportJson = make("actionExportJson", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    a.exportMarkdown = make("actionExportMarkdown", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    a.copyKey = make("actionCopyKey", QKeySequence::Copy);
    a.copyPath = make("actionCopyPath", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    a.find = make("actionFind", QKeySequence::Find);
    a.preferences = make("actionPreferences", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a.preferences->setMenuRole(QAction::PreferencesRole);
    a.expandAll = make("actionExpandAll", QKeySequence(Qt::CTRL | Qt::Key_Plus));
    a.collapseAll = make("actionCollapseAll", QKeySequence(Qt::CTRL | Qt::Key_Minus));
    a.fileOrder = make("actionFileOrder", QKeySequence(Qt::CTRL | Qt::Key_0));
    a.groupByModule = make("actionGroupByModule", QKeySequence(Qt::CTRL | Qt::Key_G));
    a.groupByModule->setCheckable(true);
    a.groupByModule->setChecked(QSettings().value(QStringLiteral("view/groupByModule"), true).toBool());
    m_treePane->setGroupByModule(a.groupByModule->isChecked());
    a.nextDock = make("actionNextDock", QKeySequence(Qt::CTRL | Qt::Key_Tab));
    a.previousDock = make("actionPreviousDock", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab));
    // Tools > Convert shows the Convert dock (a dock's own toggle would hide it again).
    a.convert = make("actionConvert", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    a.merge = make("actionMerge", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    a.keyboardShortcuts = make("actionKeyboardShortcuts", QKeySequence(Qt::CTRL | Qt::Key_Slash));
    a.about = make("actionAbout");
    a.about->setMenuRole(QAction::AboutRole);
    a.open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));

    connect(a.open, &QAction::triggered, this, &MainWindow::showOpenDialog);
    connect(a.openExample, &QAction::triggered, this, &MainWindow::openExample);
    connect(a.openSeries, &QAction::triggered, this, [this] { showOpenSeriesDialog(false); });
    connect(a.openRunFolder, &QAction::triggered, this, [this] { showOpenSeriesDialog(true); });
    connect(a.compareWith, &QAction::triggered, this, &MainWindow::showCompareDialog);
    connect(a.reload, &QAction::triggered, m_doc, &CheckpointDocument::reload);
    connect(a.close, &QAction::triggered, m_doc, &CheckpointDocument::close);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.exportCsv, &QAction::triggered, this, [this] { exportTo(int(ExportFormat::Csv)); });
    connect(a.exportJson, &QAction::triggered, this, [this] { exportTo(int(ExportFormat::Json)); });
    connect(a.exportMarkdown, &QAction::triggered, this, [this] { exportTo(int(ExportFormat::Markdown)); });
    CheckpointTreeView *tree = m_treePane->view();
    connect(a.copyKey, &QAction::triggered, tree, &CheckpointTreeView::copyKey);
    connect(a.copyPath, &QAction::triggered, tree, &CheckpointTreeView::copyPath);
    connect(a.find, &QAction::triggered, m_treePane->filterBar(), &FilterBar::focusPattern);
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a.expandAll, &QAction::triggered, this, [this, tree] {
        if (!tree->expandAllBounded())
            showStatus(
                [] {
                    return tr("Expanded %1 rows; expand deeper subtrees one by one")
                        .arg(CheckpointTreeView::kExpandBudget);
                },
                6000);
    });
    connect(a.collapseAll, &QAction::triggered, tree, &QTreeView::collapseAll);
    connect(a.fileOrder, &QAction::triggered, this, [this, tree] {
        m_treePane->proxy()->sort(-1);
        tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    });
    connect(a.groupByModule, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/groupByModule"), on);
        m_treePane->setGroupByModule(on);
    });
    connect(a.nextDock, &QAction::triggered, this, [this] { focusDock(1); });
    connect(a.previousDock, &QAction::triggered, this, [this] { focusDock(-1); });
    connect(a.convert, &QAction::triggered, this, [this] { showDock(QStringLiteral("convert")); });
    connect(a.merge, &QAction::triggered, this, [this] { showMergeDialog(); });
    connect(a.keyboardShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.about, &QAction::triggered, this,
        [this] { MessageBox::about(this, tr("About Checkpoint Inspector"), aboutText()); });
}

void MainWindow::createMenus()
{
    Actions &a = *m_actions;
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(a.open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recent = new RecentFiles(m_recentMenu, this);
    m_fileMenu->addAction(a.openExample);
    m_fileMenu->addAction(a.reload);
    m_fileMenu->addAction(a.close);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.openRunFolder);
    m_fileMenu->addAction(a.openSeries);
    m_fileMenu->addAction(a.compareWith);
    m_fileMenu->addSeparator();
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addAction(a.exportCsv);
    m_exportMenu->addAction(a.exportJson);
    m_exportMenu->addAction(a.exportMarkdown);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(a.copyKey);
    m_editMenu->addAction(a.copyPath);
    m_editMenu->addSeparator();
    m_editMenu->addAction(a.find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(a.preferences);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(a.expandAll);
    m_viewMenu->addAction(a.collapseAll);
    m_viewMenu->addAction(a.fileOrder);
    m_viewMenu->addAction(a.groupByModule);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_details->toggleViewAction());
    m_viewMenu->addAction(m_safety->toggleViewAction());
    m_viewMenu->addAction(m_stats->toggleViewAction());
    m_viewMenu->addAction(m_trainingDock->toggleViewAction());
    m_viewMenu->addAction(m_compare->toggleViewAction());
    m_viewMenu->addAction(m_runs->toggleViewAction());
    m_runs->toggleViewAction()->setObjectName(QStringLiteral("actionShowRuns"));
    m_stats->toggleViewAction()->setObjectName(QStringLiteral("actionShowStatistics"));
    m_trainingDock->toggleViewAction()->setObjectName(QStringLiteral("actionShowTraining"));

    m_viewMenu->addAction(m_convert->toggleViewAction());
    // Ctrl+1 ... in the order of the menu.
    const QList<QDockWidget *> docks { m_details, m_safety, m_stats, m_trainingDock, m_compare, m_runs, m_convert };
    for (int i = 0; i < docks.size(); ++i)
        docks[i]->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(a.nextDock);
    m_viewMenu->addAction(a.previousDock);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(a.convert);
    m_toolsMenu->addAction(a.merge);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(a.keyboardShortcuts);
    m_helpMenu->addAction(a.about);
}

void MainWindow::retranslateUi()
{
    Actions &a = *m_actions;
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_exportMenu->setTitle(tr("&Export Tree"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    a.open->setText(tr("&Open…"));
    a.openExample->setText(tr("Open E&xample Checkpoint"));
    a.openSeries->setText(tr("Open &Series…"));
    a.openSeries->setToolTip(tr("Plot training scalars across several checkpoints of one run"));
    a.openRunFolder->setText(tr("Open Run &Folder…"));
    a.openRunFolder->setToolTip(tr("List the checkpoints of a training run: metrics, the best one, identical "
                                   "weights, curves and drift"));
    m_trainingDock->setWindowTitle(tr("Training"));
    a.compareWith->setText(tr("Co&mpare With…"));
    a.compareWith->setToolTip(tr("Compare the open checkpoint's tensors with another file"));
    a.reload->setText(tr("Re&load"));
    a.close->setText(tr("&Close"));
    a.close->setToolTip(tr("Close the checkpoint and show the welcome page"));
    a.quit->setText(tr("&Quit"));
    a.exportCsv->setText(tr("As &CSV…"));
    a.exportJson->setText(tr("As &JSON…"));
    a.exportMarkdown->setText(tr("As &Markdown…"));
    a.copyKey->setText(tr("&Copy Key"));
    a.copyPath->setText(tr("Copy Full &Path"));
    a.find->setText(tr("&Filter…"));
    a.preferences->setText(tr("Pr&eferences…"));
    a.expandAll->setText(tr("&Expand All"));
    a.collapseAll->setText(tr("&Collapse All"));
    a.fileOrder->setText(tr("Sort in &File Order"));
    a.groupByModule->setText(tr("&Group Keys by Module"));
    a.groupByModule->setToolTip(tr("Show a state_dict's dotted keys as a tree of modules with their totals, "
                                   "or one row per key"));
    a.nextDock->setText(tr("&Next Panel"));
    a.previousDock->setText(tr("P&revious Panel"));
    a.convert->setText(tr("&Convert…"));
    a.convert->setToolTip(tr("Plan a conversion of the open checkpoint and write it"));
    a.merge->setText(tr("&Merge Checkpoints…"));
    a.merge->setToolTip(tr("Average checkpoints (a model soup, SWA of the last epochs) or add a difference"));
    a.keyboardShortcuts->setText(tr("&Keyboard Shortcuts"));
    a.about->setText(tr("&About Checkpoint Inspector"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop reading this file"));
    // What a screen reader calls the main widgets (found by object name: they live in the docks).
    const std::pair<const char *, QString> names[] = { { "checkpointTree", tr("Checkpoint tree") },
        { "summaryHeader", tr("File summary") }, { "messageBanner", tr("Message") },
        { "detailsText", tr("Details of the selected row") }, { "findingsView", tr("Safety findings") },
        { "safetyBadge", tr("Safety verdict") }, { "statisticsTabs", tr("Statistics") },
        { "tensorStatsPanel", tr("Statistics and histogram of the selected tensor") },
        { "modelStatsView", tr("Statistics of every tensor") }, { "trainingView", tr("Training scalars and curves") },
        { "compareSummary", tr("Comparison summary") }, { "compareTable", tr("Compared tensors") },
        { "compareCheckLists", tr("What load_state_dict reports") }, { "compareCheckMessage", tr("PyTorch's message") },
        { "compareHistogram", tr("Histograms of A and B") }, { "compareScalars", tr("Scalars that differ") },
        { "compareChart", tr("Relative difference of each tensor") }, { "convertPlanList", tr("Conversion steps") },
        { "convertFormat", tr("Output format") }, { "convertOutput", tr("Output file") },
        { "loadProgress", tr("Reading progress") }, { "centralPages", tr("Checkpoint Inspector") } };
    for (const auto &[name, text] : names)
        if (auto *widget = findChild<QWidget *>(QLatin1String(name)))
            widget->setAccessibleName(text);
    m_recent->retranslate();
    m_treePane->model()->retranslate();
    if (m_doc->filePath().isEmpty())
        setWindowTitle(tr("Checkpoint Inspector"));
}

// Dialogs start where the open file is.
QString MainWindow::dialogFolder() const
{
    const QString path = m_doc->filePath();
    return path.isEmpty() ? QDir::homePath() : QFileInfo(path).absolutePath();
}

void MainWindow::showOpenDialog()
{
    const QString path
        = FileDialog::openFile(this, tr("Open Checkpoint"), dialogFolder(), FileFilters::openCheckpoint());
    if (!path.isEmpty())
        openFile(path);
}

// With no file open, asks for both: the first opens, the second is compared with it.
void MainWindow::showCompareDialog()
{
    if (m_doc->filePath().isEmpty()) {
        const QString a = FileDialog::openFile(
            this, tr("Compare: First Checkpoint"), dialogFolder(), FileFilters::openCheckpoint());
        if (a.isEmpty())
            return;
        openAndCompare(
            a, FileDialog::openFile(this, tr("Compare With"), QFileInfo(a).absolutePath(), FileFilters::compareWith()));
        return;
    }
    compareWith(FileDialog::openFile(this, tr("Compare With"), dialogFolder(), FileFilters::compareWith()));
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(this);
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

// Ctrl+Tab: the keyboard focus goes round the tree and the docks on screen, in turn.
void MainWindow::focusDock(int step)
{
    QList<QWidget *> stops { m_treePane->view() };
    for (QDockWidget *d : findChildren<QDockWidget *>())
        if (d->isVisible() && !d->visibleRegion().isEmpty())
            stops << d;
    QWidget *focus = QApplication::focusWidget();
    int current = 0;
    for (int i = 0; i < stops.size(); ++i)
        if (focus && (stops[i] == focus || stops[i]->isAncestorOf(focus)))
            current = i;
    QWidget *next = stops[(current + step + stops.size()) % stops.size()];
    // A dock: its first widget that takes the keyboard focus.
    for (QWidget *w = next->nextInFocusChain(); w != next && next->isAncestorOf(w); w = w->nextInFocusChain())
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            next = w;
            break;
        }
    next->setFocus(Qt::ShortcutFocusReason);
}

// One dialog, kept: it shows the stored values each time it opens. Window-modal and
// not exec()'d, so tests reach it by its object name.
void MainWindow::showPreferences()
{
    if (!m_preferences)
        m_preferences = new PreferencesDialog(this);
    m_preferences->setWindowModality(Qt::WindowModal);
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::showMergeDialog(const QStringList &files)
{
    if (!m_mergeDialog) {
        m_mergeDialog = new MergeDialog(this);
        connect(m_mergeDialog, &MergeDialog::openRequested, this, &MainWindow::openFile);
    }
    if (!files.isEmpty())
        m_mergeDialog->setInputs(files);
    else if (m_mergeDialog->inputs().isEmpty() && m_doc->checkpoint())
        m_mergeDialog->setInputs({ m_doc->checkpoint()->file });
    m_mergeDialog->show();
    m_mergeDialog->raise();
    m_mergeDialog->activateWindow();
}

void MainWindow::showOpenSeriesDialog(bool folder)
{
    if (folder) {
        const QString chosen = FileDialog::existingFolder(this, tr("Open Run Folder"), dialogFolder());
        if (!chosen.isEmpty())
            openSeries({ chosen });
        return;
    }
    openSeries(FileDialog::openFiles(this, tr("Open Series"), dialogFolder(), FileFilters::openSeries()));
}

void MainWindow::openExample()
{
    // Readers map real files: copy the bundled example out of the resources once.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    const QString target = dir + QStringLiteral("/example.pt");
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(":/examples/example.pt"), target)) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("Could not write the example to %1").arg(target));
        return;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    openFile(target);
}

void MainWindow::exportTo(int format)
{
    if (!m_doc->checkpoint())
        return;
    const auto f = ExportFormat(format);
    const QFileInfo file(m_doc->filePath());
    const QString suggested = file.absolutePath() + QLatin1Char('/') + file.completeBaseName()
        + QStringLiteral("-tree.") + FileFilters::exportSuffix(f);
    const QString path = FileDialog::saveFile(this, tr("Export Tree"), suggested, FileFilters::exportTree(f));
    if (path.isEmpty())
        return;
    // The proxy: exactly the rows the filter keeps, in the order shown.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(exportTree(*m_treePane->proxy(), f)) < 0 || !out.commit()) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("%1: %2").arg(path, out.errorString()));
        return;
    }
    showStatus([path] { return tr("Exported to %1").arg(QDir::toNativeSeparators(path)); }, 6000);
}

} // namespace ckpt
