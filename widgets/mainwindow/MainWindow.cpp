#include "widgets/mainwindow/MainWindow.h"

#include "model/checkpoint/ReadState.h"
#include "model/document/CheckpointDocument.h"
#include "model/formats/CheckpointReader.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/preferences/Appearance.h"
#include "widgets/tree/CheckpointTreeView.h"
#include "widgets/tree/SummaryHeader.h"
#include "widgets/tree/TreePane.h"
#include "widgets/welcome/RecentFiles.h"
#include "widgets/welcome/WelcomePage.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ckpt {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_doc(new CheckpointDocument(this)), m_treePane(new TreePane(m_doc)),
      m_banner(new MessageBanner), m_header(new SummaryHeader(m_doc)), m_watcher(new QFileSystemWatcher(this)),
      m_reloadTimer(new QTimer(this)), m_progress(new QProgressBar), m_cancelButton(new QToolButton)
{
    setObjectName(QStringLiteral("MainWindow"));
    Appearance::follow(); // the stored theme and language, before anything is shown
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    m_documentPage = new QWidget(this);
    m_documentPage->setObjectName(QStringLiteral("documentPage"));
    auto *layout = new QVBoxLayout(m_documentPage);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_treePane, 1);
    createDocks();

    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 0); // the readers report no progress: a busy indicator
    m_progress->setMaximumWidth(160);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    setBusy(false);

    createActions();
    createMenus();
    createPages();
    retranslateUi();

    connect(m_doc, &CheckpointDocument::loadStarted, this, &MainWindow::onLoadStarted);
    connect(m_doc, &CheckpointDocument::loadCancelled, this, &MainWindow::onLoadCancelled);
    connect(m_doc, &CheckpointDocument::loadFinished, this, &MainWindow::onLoaded);
    connect(m_doc, &CheckpointDocument::closed, this, &MainWindow::onClosed);
    connect(m_cancelButton, &QToolButton::clicked, m_doc, &CheckpointDocument::cancelLoad);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);
    connect(m_recent, &RecentFiles::openFolderRequested, this, [this](const QString &path) { openSeries({ path }); });

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
    // A folder of checkpoints (dropped, recent, on the command line) is a run, not one file.
    if (QFileInfo(path).isDir() && !isCheckpointFolder(path))
        openSeries({ path });
    else
        m_doc->open(path);
}

bool MainWindow::isLoading() const
{
    return m_doc->isLoading();
}

CheckpointPtr MainWindow::checkpoint() const
{
    return m_doc->checkpoint();
}

CheckpointTreeView *MainWindow::treeView() const
{
    return m_treePane->view();
}

bool MainWindow::selectPath(const QString &slashPath)
{
    return m_treePane->selectPath(slashPath);
}

void MainWindow::setBusy(bool busy, std::function<QString()> message)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (message)
        showStatus(std::move(message), busy ? 0 : 8000);
}

void MainWindow::showStatus(std::function<QString()> message, int timeout)
{
    m_status = std::move(message);
    m_statusTimeout = timeout;
    statusBar()->showMessage(m_status(), timeout);
}

// The welcome page holds the window while no file is open or being read.
void MainWindow::createPages()
{
    const Actions &a = *m_actions;
    m_welcome = new WelcomePage({ a.open, a.compareWith, a.openRunFolder, a.openExample }, m_recent, this);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openFile);
    connect(m_welcome, &WelcomePage::openFolderRequested, this, [this](const QString &path) { openSeries({ path }); });
    connect(m_welcome, &WelcomePage::compareRequested, this, &MainWindow::openAndCompare);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("centralPages"));
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_documentPage);
    setCentralWidget(m_pages);
    showPage();
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::showPage()
{
    const bool empty = m_doc->filePath().isEmpty() && !m_doc->isLoading();
    QWidget *shown = empty ? static_cast<QWidget *>(m_welcome) : m_documentPage;
    m_pages->setCurrentWidget(shown);
    // The page not shown does not hold the window wider than the shown one needs.
    for (QWidget *page : { static_cast<QWidget *>(m_welcome), m_documentPage })
        page->setSizePolicy(page == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            page == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_actions->close->setEnabled(!empty);
    m_actions->reload->setEnabled(!m_doc->filePath().isEmpty());
}

void MainWindow::onClosed()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_banner->clear();
    setWindowFilePath(QString());
    setWindowTitle(tr("Checkpoint Inspector"));
    setBusy(false);
    showPage();
}

void MainWindow::onLoadStarted(const QString &path)
{
    m_banner->clear();
    showPage();
    setBusy(true, [name = QFileInfo(path).fileName()] { return tr("Reading %1…").arg(name); });
}

void MainWindow::onLoadCancelled()
{
    setBusy(false, [] { return tr("Loading cancelled"); });
    showPage();
}

void MainWindow::onLoaded(bool ok)
{
    const CheckpointPtr ckpt = m_doc->checkpoint();
    const QString path = m_doc->filePath();
    const QString name = QFileInfo(path).fileName();
    const ReadState state = readState(*ckpt);
    setWindowFilePath(path);
    setWindowTitle(tr("%1 — Checkpoint Inspector").arg(name));
    showLoadProblems();
    if (QFileInfo::exists(path)) {
        if (!m_watcher->files().isEmpty())
            m_watcher->removePaths(m_watcher->files());
        m_watcher->addPath(path); // a file being written may become readable: reload then
        if (state != ReadState::Failed)
            m_recent->add(path, formatName(ckpt->format));
    }
    showPage();
    switch (state) {
    case ReadState::Complete:
        setBusy(false, [name] { return tr("Opened %1").arg(name); });
        break;
    case ReadState::Partial:
        setBusy(false, [name] { return tr("Opened %1 in part").arg(name); });
        break;
    case ReadState::Failed:
        setBusy(false, [name] { return tr("Could not open %1").arg(name); });
        break;
    }
    Q_EMIT loadFinished(ok);
}

void MainWindow::onFileChangedOnDisk()
{
    const QString path = m_doc->filePath();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    showStatus([name = QFileInfo(path).fileName()] { return tr("%1 changed on disk: reloading").arg(name); }, 5000);
    m_doc->reload();
}

// A layout saved by a version with another default layout is not restored: 2 made
// Convert a tab beside Safety and Statistics.
static constexpr int kLayoutVersion = 2;

void MainWindow::restoreLayout()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 820);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
    QHeaderView *header = m_treePane->view()->header();
    header->restoreState(s.value(QStringLiteral("window/treeHeader")).toByteArray());
    // No remembered sort: file order.
    header->setSortIndicator(-1, Qt::AscendingOrder);
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
    s.setValue(QStringLiteral("window/treeHeader"), m_treePane->view()->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_doc->cancelLoad();
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

void MainWindow::showLoadProblems()
{
    const CheckpointPtr ckpt = m_doc->checkpoint();
    m_loadProblems.clear();
    if (!ckpt)
        return;
    const ReadState state = readState(*ckpt);
    const QString error = describeError(*ckpt).text();
    if (state == ReadState::Failed) {
        m_loadProblems = tr("Could not open %1").arg(error);
        m_banner->showMessage(MessageBanner::Level::Error, m_loadProblems);
    } else if (state == ReadState::Partial) {
        m_loadProblems = hasTree(*ckpt)
            ? tr("%1 — read in part: what could be read is shown below.").arg(error)
            : tr("%1 — no tree could be read; the globals its pickle names are graded in Safety.").arg(error);
        m_banner->showMessage(MessageBanner::Level::Error, m_loadProblems);
    } else if (!ckpt->warnings.isEmpty()) {
        const QStringList warnings = textOf(ckpt->warnings);
        m_loadProblems = warnings.size() == 1
            ? warnings.first()
            : tr("%1 (and %2 more warnings)").arg(warnings.first()).arg(warnings.size() - 1);
        m_banner->showMessage(MessageBanner::Level::Warning, m_loadProblems, warnings.join(QLatin1Char('\n')));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The banner says the load's problems again, unless it was closed or says something else.
        if (!m_loadProblems.isEmpty() && m_banner->text() == m_loadProblems)
            showLoadProblems();
        // A message still shown is said again (its time starts over).
        if (m_status && !statusBar()->currentMessage().isEmpty())
            statusBar()->showMessage(m_status(), m_statusTimeout);
    }
    QMainWindow::changeEvent(event);
}

} // namespace ckpt
