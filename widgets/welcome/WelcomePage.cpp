#include "widgets/welcome/WelcomePage.h"

#include "model/formats/FormatRegistry.h"
#include "widgets/welcome/RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ckpt {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kFolderRole = Qt::UserRole + 2;
enum Column { ColName, ColFormat, ColSize, ColFolder };

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}
} // namespace

WelcomePage::WelcomePage(const QList<QAction *> &actions, RecentFiles *recent, QWidget *parent)
    : QWidget(parent), m_recent(recent), m_title(new QLabel(this)), m_tagline(new QLabel(this)),
      m_recentLabel(new QLabel(this)), m_dropHint(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setAcceptDrops(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    m_tagline->setWordWrap(true);
    m_dropHint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : actions) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("welcome_") + action->objectName());
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setMinimumHeight(36);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    m_list->setObjectName(QStringLiteral("welcomeRecent"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(4);
    m_list->header()->setSectionResizeMode(ColName, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ColFormat, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ColSize, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_recentLabel->setBuddy(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_tagline);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_list, 10);
    layout->addWidget(m_dropHint);
    layout->addStretch(1); // holds the page up when there is no list

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(ColName, kPathRole).toString();
        if (item->data(ColName, kFolderRole).toBool())
            Q_EMIT openFolderRequested(path);
        else
            Q_EMIT openRequested(path);
    });
    connect(m_recent, &RecentFiles::changed, this, &WelcomePage::rebuildRecent);
    retranslateUi();
}

void WelcomePage::rebuildRecent()
{
    m_list->clear();
    for (const RecentFiles::Entry &e : m_recent->entries()) {
        const QFileInfo info(e.path);
        const FormatReader *reader = findReader(e.format);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ColName, info.fileName());
        item->setIcon(ColName, QIcon(QStringLiteral(":/icons/kind-dict.svg")));
        item->setText(ColFormat, reader ? reader->displayName() : QString());
        // A stat, not a read: cheap enough for the GUI thread.
        item->setText(ColSize,
            info.exists() ? QLocale().formattedDataSize(info.size(), 1, QLocale::DataSizeSIFormat) : tr("missing"));
        item->setTextAlignment(ColSize, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ColFolder, QDir::toNativeSeparators(info.absolutePath()));
        item->setToolTip(ColName, QDir::toNativeSeparators(e.path));
        item->setData(ColName, kPathRole, e.path);
    }
    for (const QString &path : m_recent->folders()) {
        const QFileInfo info(path);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ColName, info.fileName() + QLatin1Char('/'));
        item->setIcon(ColName, QIcon(QStringLiteral(":/icons/kind-list.svg")));
        item->setText(ColFormat, tr("Folder of checkpoints"));
        item->setText(ColFolder, QDir::toNativeSeparators(info.absolutePath()));
        item->setToolTip(ColName, QDir::toNativeSeparators(path));
        item->setData(ColName, kPathRole, path);
        item->setData(ColName, kFolderRole, true);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_recentLabel->setText(
        m_list->topLevelItemCount() > 0 ? tr("&Recent files and folders:") : tr("No recent files yet."));
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Checkpoint Inspector"));
    m_tagline->setText(tr("Look inside PyTorch checkpoints without running them: nothing in a file is ever "
                          "imported or executed."));
    m_dropHint->setText(tr("Drop a checkpoint here to open it, or two to compare them."));
    m_list->setHeaderLabels({ tr("Name"), tr("Format"), tr("Size"), tr("Folder") });
    m_list->setAccessibleName(tr("Recent files and folders"));
    rebuildRecent();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void WelcomePage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    if (paths.size() >= 2)
        Q_EMIT compareRequested(paths[0], paths[1]);
    else if (QFileInfo(paths[0]).isDir())
        Q_EMIT openFolderRequested(paths[0]);
    else
        Q_EMIT openRequested(paths[0]);
}

} // namespace ckpt
