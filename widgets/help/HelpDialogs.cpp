#include "widgets/help/HelpDialogs.h"

#include "model/backend/TorchBackend.h"
#include "widgets/common/Qcp.h"
#include "widgets/help/BuildInfo.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ckpt {

QString aboutText()
{
    const QString torch = torchBackendLoaded() && torchBackend()
        ? torchBackend()->torchVersion()
        : QApplication::translate("HelpDialogs", "not loaded (nothing has needed it yet)");
    return QApplication::translate("HelpDialogs",
        "<b>Checkpoint Inspector</b> %1<p>Look inside PyTorch checkpoints without running them: "
        "nothing in a file is ever imported or executed.</p>"
        "<table><tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
        "<tr><td>QCustomPlot</td><td>%4</td></tr>"
        "<tr><td>LibTorch</td><td>%5</td></tr>"
        "<tr><td>Commit</td><td>%6</td></tr></table>")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
            QStringLiteral(QCUSTOMPLOT_VERSION_STR), torch, QString::fromLatin1(buildCommit()));
}

namespace {
QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}
} // namespace

// "Export Tree › As CSV" for an entry of a submenu; "Details panel" for a dock's toggle.
QString ShortcutsDialog::commandName(const QAction *a) const
{
    if (qobject_cast<const QDockWidget *>(a->parent()))
        return tr("%1 panel (show or hide)").arg(plain(a->text()));
    for (const QObject *o : a->associatedObjects())
        if (const auto *menu = qobject_cast<const QMenu *>(o))
            for (const QObject *up : menu->menuAction()->associatedObjects())
                if (qobject_cast<const QMenu *>(up))
                    return QStringLiteral("%1 › %2").arg(plain(menu->title()), plain(a->text()));
    return plain(a->text());
}

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window), m_window(window), m_intro(new QLabel(this)), m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 560);
    refresh();
}

void ShortcutsDialog::refresh()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("Every command with a key. The menus show the same keys beside their entries."));
    m_table->setHorizontalHeaderLabels({ tr("Command"), tr("Keys") });
    struct Row {
        QString command, keys;
    };
    std::vector<Row> rows;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows.push_back({ commandName(a), keys.join(tr(" or ")) });
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.command < b.command; });
    // Keys that are not actions: handled by the widgets they concern.
    rows.push_back({ tr("From the filter field, move into the results"), QKeySequence(Qt::Key_Down).toString() });
    rows.push_back({ tr("Open the selected recent file (welcome page)"), QKeySequence(Qt::Key_Return).toString() });
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows[size_t(r)].command));
        m_table->setItem(r, 1, new QTableWidgetItem(rows[size_t(r)].keys));
    }
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QDialog::changeEvent(event);
}

} // namespace ckpt
