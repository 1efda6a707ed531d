// MainWindow's docks: creation, default layout, the statistics and training wiring, and
// the conversion plan fed from the tree and previewed in it.
#include "widgets/mainwindow/MainWindow.h"

#include "widgets/convert/ConvertDock.h"
#include "widgets/diff/CompareDock.h"
#include "widgets/training/TrainingDock.h"

#include "model/checkpoint/TensorInfo.h"
#include "model/itemmodels/CheckpointFilterProxy.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "widgets/details/DetailsDock.h"
#include "widgets/safety/SafetyDock.h"
#include "widgets/stats/StatisticsDock.h"
#include "widgets/tree/CheckpointTreeView.h"
#include "widgets/tree/FilterBar.h"
#include "widgets/tree/FilterRunner.h"
#include "widgets/tree/SummaryHeader.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QVBoxLayout>

namespace ckpt {

void MainWindow::createDocks()
{
    // Statistics (issue 4) and Training: their own classes, computing only when shown.
    m_stats = new StatisticsDock(this);
    m_training = new TrainingDock;
    m_training->setObjectName(QStringLiteral("trainingView"));
    m_trainingDock = new QDockWidget(this);
    m_trainingDock->setObjectName(QStringLiteral("trainingDock"));
    auto *trainingBody = new QWidget(m_trainingDock);
    auto *trainingLayout = new QVBoxLayout(trainingBody);
    trainingLayout->setContentsMargins(4, 0, 4, 4);
    trainingLayout->addWidget(m_training);
    m_trainingDock->setWidget(trainingBody);
    // Convert panel (issue 5): hidden until Tools > Convert; opens its result in one click.
    m_convert = new ConvertDock(this);
    // Compare: hidden until File > Compare With…; under the tree beside Training, since
    // its chart and table want width.
    m_compare = new CompareDock(this);

    // Default layout: the tree is the main thing. On the right, Details above a tab group
    // of Safety (raised) and Statistics, so a tensor's details and histogram show together
    // once Statistics is raised. Training curves want width: under the tree, hidden until asked.
    addDockWidget(Qt::RightDockWidgetArea, m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_stats);
    addDockWidget(Qt::RightDockWidgetArea, m_safety);
    tabifyDockWidget(m_stats, m_safety); // the one tabified last is the current tab
    addDockWidget(Qt::RightDockWidgetArea, m_convert);
    m_convert->hide();
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea); // the right column keeps its height
    addDockWidget(Qt::BottomDockWidgetArea, m_trainingDock);
    m_trainingDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_compare);
    tabifyDockWidget(m_trainingDock, m_compare);
    m_compare->hide();
    resizeDocks({ m_details }, { 460 }, Qt::Horizontal);
    resizeDocks({ m_details, m_stats }, { 395, 385 }, Qt::Vertical);
    resizeDocks({ m_trainingDock, m_compare }, { 340, 340 }, Qt::Vertical);

    connect(m_convert, &ConvertDock::openRequested, this, &MainWindow::openFile);
    connect(m_convert, &ConvertDock::previewChanged, this, &MainWindow::updateTreePreview);
    connect(m_convert, &ConvertDock::previewInTreeToggled, this, &MainWindow::updateTreePreview);
    connect(m_tree, &CheckpointTreeView::editRequested, this, [this](const EditOp &op) {
        m_convert->show();
        m_convert->raise();
        m_convert->pushOp(op);
    });
    connect(this, &MainWindow::loadFinished, m_compare, [this] { m_compare->setCheckpoint(m_ckpt); });
    connect(m_compare, &CompareDock::keyActivated, this, &MainWindow::selectPath);
    connect(m_training, &TrainingDock::fileActivated, this, &MainWindow::openFile);
    connect(m_stats, &StatisticsDock::tensorActivated, this, [this](int index) {
        if (m_ckpt && index >= 0 && size_t(index) < m_ckpt->tensors.size())
            selectPath(pathToString(m_ckpt->tensors[size_t(index)].path));
    });
}

// Swaps the tree model's checkpoint only: m_ckpt, the loader, the recent files and the
// other docks keep the file, so a preview is never taken for a load.
void MainWindow::updateTreePreview()
{
    const bool on = m_ckpt && m_convert->previewInTree() && !m_convert->plan().ops.empty() && m_convert->preview();
    const CheckpointPtr shown = on ? m_convert->preview() : m_ckpt;
    m_header->setPreview(on ? shown : nullptr);
    if (m_model->checkpoint() == shown)
        return;
    const QString reselect = m_reselect;
    m_filter->cancel();
    m_details->clear();
    m_proxy->setFilterResult(nullptr);
    // A plan touches metadata only, and so do its totals: cheap enough for this thread.
    m_model->setCheckpoint(shown, on ? TreeTotals::compute(*shown) : m_realTotals);
    if (shown && shown->tensors.size() <= 200)
        m_tree->expandToDepth(0);
    if (!m_filterBar->spec().isEmpty())
        m_filter->run(shown, m_filterBar->spec());
    if (!reselect.isEmpty())
        selectPath(reselect);
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
    showDock(QStringLiteral("training"));
    if (paths.size() == 1 && QFileInfo(paths.first()).isDir())
        m_training->openSeriesFolder(paths.first());
    else
        m_training->openSeries(paths);
}

void MainWindow::compareWith(const QString &path)
{
    showDock(QStringLiteral("compare"));
    m_compare->compareWith(path);
}

void MainWindow::showCompareDialog()
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString filters = tr("Checkpoints (*.pt *.pth *.bin *.ckpt *.tar *.pkl *.safetensors *.json);;All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare With"), dir, filters);
    if (!path.isEmpty())
        compareWith(path);
}

void MainWindow::showOpenSeriesDialog(bool folder)
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    if (folder) {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Open Series Folder"), dir);
        if (!chosen.isEmpty())
            openSeries({ chosen });
        return;
    }
    const QString filters
        = tr("Checkpoints of one run (*.pt *.pth *.bin *.ckpt *.tar *.pkl *.safetensors trainer_state.json);;"
             "All files (*)");
    openSeries(QFileDialog::getOpenFileNames(this, tr("Open Series"), dir, filters));
}

} // namespace ckpt
