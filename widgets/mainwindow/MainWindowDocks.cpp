// MainWindow's docks: creation, default layout, and the few links between them that
// are not the document's (a point or row picked in one dock selects a key in the tree).
#include "widgets/mainwindow/MainWindow.h"

#include "model/checkpoint/TensorInfo.h"
#include "model/document/CheckpointDocument.h"
#include "widgets/convert/ConvertDock.h"
#include "widgets/details/DetailsDock.h"
#include "widgets/diff/CompareDock.h"
#include "widgets/runs/RunsDock.h"
#include "widgets/safety/SafetyDock.h"
#include "widgets/stats/StatisticsDock.h"
#include "widgets/training/TrainingDock.h"
#include "widgets/tree/CheckpointTreeView.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QVBoxLayout>

namespace ckpt {

void MainWindow::createDocks()
{
    m_details = new DetailsDock(m_doc, this);
    m_safety = new SafetyDock(m_doc, this);
    // Statistics and Training: their own classes, computing only when shown.
    m_stats = new StatisticsDock(m_doc, this);
    m_training = new TrainingDock(m_doc);
    m_training->setObjectName(QStringLiteral("trainingView"));
    m_trainingDock = new QDockWidget(this);
    m_trainingDock->setObjectName(QStringLiteral("trainingDock"));
    auto *trainingBody = new QWidget(m_trainingDock);
    auto *trainingLayout = new QVBoxLayout(trainingBody);
    trainingLayout->setContentsMargins(4, 0, 4, 4);
    trainingLayout->addWidget(m_training);
    m_trainingDock->setWidget(trainingBody);
    // Convert: hidden until Tools > Convert; opens its result in one click.
    m_convert = new ConvertDock(m_doc, this);
    // Compare: hidden until File > Compare With…; under the tree beside Training, since
    // its chart and table want width.
    m_compare = new CompareDock(m_doc, this);
    // Runs: hidden until File > Open Run Folder…; beside Training and Compare.
    m_runs = new RunsDock(m_doc, this);

    // Default layout: the tree is the main thing. On the right, Details above a tab group
    // of Safety (raised), Statistics and Convert, so a tensor's details and histogram show together
    // once Statistics is raised. Training curves want width: under the tree, hidden until asked.
    addDockWidget(Qt::RightDockWidgetArea, m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_stats);
    addDockWidget(Qt::RightDockWidgetArea, m_safety);
    tabifyDockWidget(m_stats, m_safety);
    // Convert: a tab of that group, so it gets the column's lower part when it opens
    // (not a third, squeezed pane under them).
    tabifyDockWidget(m_safety, m_convert);
    m_convert->hide();
    m_safety->raise(); // the current tab
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea); // the right column keeps its height
    addDockWidget(Qt::BottomDockWidgetArea, m_trainingDock);
    m_trainingDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_compare);
    tabifyDockWidget(m_trainingDock, m_compare);
    m_compare->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_runs);
    tabifyDockWidget(m_compare, m_runs);
    m_runs->hide();
    resizeDocks({ m_details }, { 460 }, Qt::Horizontal);
    resizeDocks({ m_details, m_stats }, { 330, 450 }, Qt::Vertical);
    resizeDocks({ m_trainingDock, m_compare }, { 340, 340 }, Qt::Vertical);

    connect(m_convert, &ConvertDock::openRequested, this, &MainWindow::openFile);
    m_convert->setTreeActions({ treeView()->dropAction(), treeView()->keepAction(), treeView()->extractAction() });
    // The tree's context menu puts its step into the plan, and shows where it went.
    connect(treeView(), &CheckpointTreeView::editRequested, this, [this](const EditOp &op) {
        showDock(QStringLiteral("convert"));
        m_doc->pushStep(op);
    });
    connect(m_compare, &CompareDock::keyActivated, this, &MainWindow::selectPath);
    // Fix in Convert: the file that is loaded becomes the document, its plan the fixes.
    connect(m_compare, &CompareDock::openRequested, this, &MainWindow::openAndCompare);
    connect(m_compare, &CompareDock::fixesQueued, this, [this] { showDock(QStringLiteral("convert")); });
    connect(m_runs, &RunsDock::openRequested, this, &MainWindow::openFile);
    connect(m_runs, &RunsDock::compareRequested, this, &MainWindow::openAndCompare);
    connect(m_runs, &RunsDock::mergeRequested, this, &MainWindow::showMergeDialog);
    connect(m_stats, &StatisticsDock::tensorActivated, this, [this](int index) {
        const CheckpointPtr ckpt = m_doc->checkpoint();
        if (ckpt && index >= 0 && size_t(index) < ckpt->tensors.size())
            selectPath(pathToString(ckpt->tensors[size_t(index)].path));
    });
}

bool MainWindow::showDock(const QString &name)
{
    // Dock object names are "statisticsDock" ... and, from before, "ConvertDock".
    auto *dock = findChild<QDockWidget *>(name + QStringLiteral("Dock"));
    if (!dock && !name.isEmpty())
        dock = findChild<QDockWidget *>(name.left(1).toUpper() + name.mid(1) + QStringLiteral("Dock"));
    if (!dock)
        return false;
    dock->show();
    dock->raise();
    return true;
}

void MainWindow::openSeries(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    showDock(QStringLiteral("runs"));
    m_doc->setSeries(RunSeries::fromPaths(paths));
}

void MainWindow::openAndCompare(const QString &a, const QString &b)
{
    if (m_doc->filePath() == a && !m_doc->isLoading()) {
        compareWith(b);
        return;
    }
    // The partner belongs to the file: set it once `a` is the document's.
    connect(
        m_doc, &CheckpointDocument::loadFinished, this,
        [this, a, b](bool) {
            if (m_doc->filePath() == a)
                compareWith(b);
        },
        Qt::SingleShotConnection);
    if (m_doc->loadingPath() != a)
        openFile(a);
}

void MainWindow::compareWith(const QString &path)
{
    if (path.isEmpty())
        return;
    showDock(QStringLiteral("compare"));
    m_doc->setPartnerFile(path);
}

} // namespace ckpt
