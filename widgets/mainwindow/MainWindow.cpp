#include "widgets/mainwindow/MainWindow.h"

#include "widgets/convert/ConvertDock.h"

#include "model/itemmodels/CheckpointFilterProxy.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/details/DetailsDock.h"
#include "widgets/mainwindow/CheckpointLoader.h"
#include "widgets/mainwindow/RecentFiles.h"
#include "widgets/safety/SafetyDock.h"
#include "widgets/stats/StatisticsDock.h"
#include "widgets/training/TrainingDock.h"
#include "widgets/tree/CheckpointTreeView.h"
#include "widgets/tree/FilterBar.h"
#include "widgets/tree/FilterRunner.h"
#include "widgets/tree/SummaryHeader.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QMimeData>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ckpt {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new CheckpointTreeModel(this)), m_proxy(new CheckpointFilterProxy(this)),
      m_tree(new CheckpointTreeView), m_filterBar(new FilterBar), m_banner(new MessageBanner),
      m_header(new SummaryHeader), m_details(new DetailsDock(this)), m_safety(new SafetyDock(this)),
      m_loader(new CheckpointLoader(this)), m_filter(new FilterRunner(this)), m_watcher(new QFileSystemWatcher(this)),
      m_reloadTimer(new QTimer(this)), m_progress(new QProgressBar), m_cancelButton(new QToolButton)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->applyDefaultColumnWidths();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tree, 1);
    setCentralWidget(central);
    createDocks();

    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 0); // the readers report no progress: a busy indicator
    m_progress->setMaximumWidth(160);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    setBusy(false, QString());

    createActions();
    createMenus();
    retranslateUi();

    connect(m_loader, &CheckpointLoader::started, this, &MainWindow::onLoadStarted);
    connect(m_loader, &CheckpointLoader::finished, this, &MainWindow::onLoaded);
    connect(m_loader, &CheckpointLoader::cancelled, this, &MainWindow::onLoadCancelled);
    connect(m_cancelButton, &QToolButton::clicked, m_loader, &CheckpointLoader::cancel);
    // The filter runs on what the tree shows: the file, or the conversion preview.
    connect(m_filterBar, &FilterBar::specChanged, this,
        [this](const FilterSpec &spec) { m_filter->run(m_model->checkpoint(), spec); });
    connect(m_filter, &FilterRunner::started, this, [this] { m_filterBar->setResult(-1, QString(), true); });
    connect(m_filter, &FilterRunner::finished, this, &MainWindow::onFilterFinished);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentChanged);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);

    // Editors and trainers replace files in several steps: reload once things settle.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(400);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::onFileChangedOnDisk);

    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::openFile(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (abs != m_path)
        m_reselect.clear();
    m_path = abs;
    m_loader->open(abs);
}

bool MainWindow::isLoading() const
{
    return m_loader->isBusy();
}

void MainWindow::setBusy(bool busy, const QString &message)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (!message.isEmpty())
        statusBar()->showMessage(message, busy ? 0 : 8000);
}

void MainWindow::onLoadStarted(const QString &path)
{
    m_header->setLoading(path);
    m_banner->clear();
    setBusy(true, tr("Reading %1…").arg(QFileInfo(path).fileName()));
}

void MainWindow::onLoadCancelled()
{
    setBusy(false, tr("Loading cancelled"));
    m_header->setCheckpoint(m_ckpt);
}

void MainWindow::onLoaded(const LoadResult &result)
{
    m_ckpt = result.ckpt;
    m_realTotals = result.totals;
    m_convert->setPreviewInTree(false); // a load shows the file, never a preview of the last one
    m_filter->cancel();
    m_details->clear();
    m_proxy->setFilterResult(nullptr);
    m_model->setCheckpoint(m_ckpt, result.totals);
    m_header->setCheckpoint(m_ckpt);
    m_safety->setCheckpoint(m_ckpt);
    m_convert->setCheckpoint(m_ckpt);
    m_stats->setCheckpoint(m_ckpt);
    m_training->setCheckpoint(m_ckpt);
    if (m_ckpt->worstVerdict() == Verdict::Dangerous)
        m_safety->raise(); // it may sit behind the Statistics tab; the header badge says the rest
    setWindowFilePath(result.path);
    setWindowTitle(tr("%1 — Checkpoint Inspector").arg(QFileInfo(result.path).fileName()));

    QSet<QString> dtypes, devices;
    for (const TensorInfo &t : m_ckpt->tensors) {
        dtypes.insert(dtypeName(t.dtype));
        devices.insert(deviceOf(*m_ckpt, t));
    }
    QStringList dl(dtypes.begin(), dtypes.end()), vl(devices.begin(), devices.end());
    dl.sort();
    vl.sort();
    m_filterBar->setChoices(dl, vl);

    if (!m_ckpt->ok())
        m_banner->showMessage(
            MessageBanner::Level::Error, tr("%1 — what could be read is shown below.").arg(describeError(*m_ckpt)));
    else if (!m_ckpt->warnings.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning,
            m_ckpt->warnings.size() == 1
                ? m_ckpt->warnings.first()
                : tr("%1 (and %2 more warnings)").arg(m_ckpt->warnings.first()).arg(m_ckpt->warnings.size() - 1),
            m_ckpt->warnings.join(QLatin1Char('\n')));
    if (QFileInfo::exists(result.path)) {
        if (!m_watcher->files().isEmpty())
            m_watcher->removePaths(m_watcher->files());
        m_watcher->addPath(result.path);
        m_recent->add(result.path);
    }
    // A small tree opens expanded two levels; a large one stays collapsed.
    // A whole pickled model opens at its submodules.
    if (m_ckpt->root && m_ckpt->root->kind == Value::Kind::Object) {
        m_tree->expand(m_proxy->index(0, 0));
        m_tree->expand(m_proxy->mapFromSource(m_model->indexForPath(QStringLiteral("_modules"))));
    } else if (m_ckpt->tensors.size() <= 200) {
        m_tree->expandToDepth(0);
    }
    // Long state_dict keys ("base_model.model.transformer.h.0.attn...") need room.
    m_tree->resizeColumnToContents(CheckpointTreeModel::KeyColumn);
    m_tree->setColumnWidth(CheckpointTreeModel::KeyColumn,
        qBound(250, m_tree->columnWidth(CheckpointTreeModel::KeyColumn), m_tree->viewport()->width() * 34 / 100));
    setBusy(false, tr("Opened %1 in the background").arg(QFileInfo(result.path).fileName()));
    if (!m_filterBar->spec().isEmpty())
        m_filter->run(m_ckpt, m_filterBar->spec());
    if (!m_reselect.isEmpty())
        selectPath(m_reselect);
    Q_EMIT loadFinished(m_ckpt->ok());
}

void MainWindow::onFilterFinished(std::shared_ptr<const FilterResult> result)
{
    if (result && !result->error.isEmpty()) {
        m_filterBar->setResult(-1, result->error, false);
        return; // keep showing the last good filter while the pattern is being typed
    }
    m_proxy->setFilterResult(result);
    m_filterBar->setResult(result ? result->matches : -1, QString(), false);
    // Show where the matches are, within the expand budget.
    if (result)
        m_tree->expandAllBounded();
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current.siblingAtColumn(0));
    if (!source.isValid() || !m_ckpt) {
        m_details->clear();
        m_stats->setCurrentTensor(-1);
        return;
    }
    const Value *v = m_model->valueAt(source);
    const QString path = source.data(CheckpointTreeModel::PathRole).toString();
    m_reselect = path;
    // m_ckpt even in the preview (tensor indexes are shared): values are read from the
    // file in its own dtypes, not in the ones a planned cast would write.
    m_details->showNode(m_ckpt, v, path, NodeKind(source.data(CheckpointTreeModel::NodeKindRole).toInt()),
        v ? m_model->totals().of(v) : SubtreeTotals());
    m_stats->setCurrentTensor(source.data(CheckpointTreeModel::TensorIndexRole).toInt());
}

bool MainWindow::selectPath(const QString &slashPath)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->indexForPath(slashPath));
    if (!proxyIndex.isValid())
        return false;
    for (QModelIndex p = proxyIndex.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(proxyIndex);
    m_tree->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
    return true;
}

void MainWindow::onFileChangedOnDisk()
{
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return;
    statusBar()->showMessage(tr("%1 changed on disk: reloading").arg(QFileInfo(m_path).fileName()), 5000);
    m_loader->open(m_path);
}

void MainWindow::restoreLayout()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 820);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_tree->header()->restoreState(s.value(QStringLiteral("window/treeHeader")).toByteArray());
    // No remembered sort: file order.
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/treeHeader"), m_tree->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_loader->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace ckpt
