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
#include "widgets/mainwindow/RecentFiles.h"
#include "widgets/runs/RunsDock.h"
#include "widgets/safety/SafetyDock.h"
#include "widgets/stats/StatisticsDock.h"
#include "widgets/tree/CheckpointTreeView.h"
#include "widgets/tree/FilterBar.h"
#include "widgets/tree/TreePane.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QSaveFile>
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
    a.open = make("actionOpen", QKeySequence::Open);
    a.openExample = make("actionOpenExample");
    a.openSeries = make("actionOpenSeries");
    a.openRunFolder = make("actionOpenRunFolder");
    a.compareWith = make("actionCompareWith", QKeySequence(Qt::CTRL | Qt::Key_D));
    a.reload = make("actionReload", QKeySequence::Refresh);
    a.quit = make("actionQuit", QKeySequence::Quit);
    a.exportCsv = make("actionExportCsv");
    a.exportJson = make("actionExportJson");
    a.exportMarkdown = make("actionExportMarkdown");
    a.copyKey = make("actionCopyKey", QKeySequence::Copy);
    a.copyPath = make("actionCopyPath", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    a.find = make("actionFind", QKeySequence::Find);
    a.expandAll = make("actionExpandAll", QKeySequence(Qt::CTRL | Qt::Key_Plus));
    a.collapseAll = make("actionCollapseAll", QKeySequence(Qt::CTRL | Qt::Key_Minus));
    a.fileOrder = make("actionFileOrder");
    // Tools > Convert shows the Convert dock (a dock's own toggle would hide it again).
    a.convert = make("actionConvert", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    a.about = make("actionAbout");
    a.open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));

    connect(a.open, &QAction::triggered, this, &MainWindow::showOpenDialog);
    connect(a.openExample, &QAction::triggered, this, &MainWindow::openExample);
    connect(a.openSeries, &QAction::triggered, this, [this] { showOpenSeriesDialog(false); });
    connect(a.openRunFolder, &QAction::triggered, this, [this] { showOpenSeriesDialog(true); });
    connect(a.compareWith, &QAction::triggered, this, &MainWindow::showCompareDialog);
    connect(a.reload, &QAction::triggered, m_doc, &CheckpointDocument::reload);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.exportCsv, &QAction::triggered, this, [this] { exportTo(int(ExportFormat::Csv)); });
    connect(a.exportJson, &QAction::triggered, this, [this] { exportTo(int(ExportFormat::Json)); });
    connect(a.exportMarkdown, &QAction::triggered, this, [this] { exportTo(int(ExportFormat::Markdown)); });
    CheckpointTreeView *tree = m_treePane->view();
    connect(a.copyKey, &QAction::triggered, tree, &CheckpointTreeView::copyKey);
    connect(a.copyPath, &QAction::triggered, tree, &CheckpointTreeView::copyPath);
    connect(a.find, &QAction::triggered, m_treePane->filterBar(), &FilterBar::focusPattern);
    connect(a.expandAll, &QAction::triggered, this, [this, tree] {
        if (!tree->expandAllBounded())
            statusBar()->showMessage(
                tr("Expanded %1 rows; expand deeper subtrees one by one").arg(CheckpointTreeView::kExpandBudget), 6000);
    });
    connect(a.collapseAll, &QAction::triggered, tree, &QTreeView::collapseAll);
    connect(a.fileOrder, &QAction::triggered, this, [this, tree] {
        m_treePane->proxy()->sort(-1);
        tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    });
    connect(a.convert, &QAction::triggered, this, [this] { showDock(QStringLiteral("convert")); });
    connect(a.about, &QAction::triggered, this, [this] {
        MessageBox::about(this, tr("About Checkpoint Inspector"),
            tr("<b>Checkpoint Inspector</b> %1<p>Look inside PyTorch checkpoints without running them: "
               "nothing in a file is ever imported or executed.</p>")
                .arg(QApplication::applicationVersion()));
    });
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

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(a.expandAll);
    m_viewMenu->addAction(a.collapseAll);
    m_viewMenu->addAction(a.fileOrder);
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

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(a.convert);

    m_helpMenu = menuBar()->addMenu(QString());
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
    a.openExample->setText(tr("Open &Example Checkpoint"));
    a.openSeries->setText(tr("Open &Series…"));
    a.openSeries->setToolTip(tr("Plot training scalars across several checkpoints of one run"));
    a.openRunFolder->setText(tr("Open Run &Folder…"));
    a.openRunFolder->setToolTip(tr("List the checkpoints of a training run: metrics, the best one, identical "
                                   "weights, curves and drift"));
    m_trainingDock->setWindowTitle(tr("Training"));
    a.compareWith->setText(tr("&Compare With…"));
    a.compareWith->setToolTip(tr("Compare the open checkpoint's tensors with another file"));
    a.reload->setText(tr("Re&load"));
    a.quit->setText(tr("&Quit"));
    a.exportCsv->setText(tr("As &CSV…"));
    a.exportJson->setText(tr("As &JSON…"));
    a.exportMarkdown->setText(tr("As &Markdown…"));
    a.copyKey->setText(tr("&Copy Key"));
    a.copyPath->setText(tr("Copy Full &Path"));
    a.find->setText(tr("&Filter…"));
    a.expandAll->setText(tr("&Expand All"));
    a.collapseAll->setText(tr("&Collapse All"));
    a.fileOrder->setText(tr("Sort in &File Order"));
    a.convert->setText(tr("&Convert…"));
    a.convert->setToolTip(tr("Plan a conversion of the open checkpoint and write it"));
    a.about->setText(tr("&About Checkpoint Inspector"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop reading this file"));
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

void MainWindow::showCompareDialog()
{
    compareWith(FileDialog::openFile(this, tr("Compare With"), dialogFolder(), FileFilters::compareWith()));
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
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

} // namespace ckpt
