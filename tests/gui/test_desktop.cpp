// The window as a desktop citizen, driven by object names on the offscreen platform: the
// welcome page (buttons, recent files with format and size, drag and drop), File > Close,
// keyboard (a key for every command, unique mnemonics, Down from the filter, Ctrl+Tab),
// accessible names, Help > Keyboard Shortcuts and Help > About.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/document/CheckpointDocument.h"
#include "widgets/common/FileDialog.h"
#include "widgets/common/MessageBox.h"
#include "widgets/help/BuildInfo.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <QtGlobal>

using namespace ckpt;

namespace {
// The letter after a single '&' ("Re&load" -> 'l'); 0 if none.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return QChar();
}
} // namespace

class TestDesktop : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_settings;

    QAction *action(const char *name) { return w->findChild<QAction *>(QLatin1String(name)); }
    void open(const QString &path)
    {
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        w->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
    }
    QTreeWidget *recent() { return w->findChild<QTreeWidget *>(QStringLiteral("welcomeRecent")); }
    void drop(const QStringList &paths)
    {
        QWidget *page = w->findChild<QWidget *>(QStringLiteral("welcomePage"));
        auto *mime = new QMimeData;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls << QUrl::fromLocalFile(p);
        mime->setUrls(urls);
        const QPoint at = page->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
        delete mime;
    }

    // Every menu reachable from the menu bar, submenus included.
    QList<QMenu *> menus()
    {
        QList<QMenu *> all;
        std::function<void(QMenu *)> walk = [&](QMenu *m) {
            all << m;
            for (QAction *a : m->actions())
                if (a->menu())
                    walk(a->menu());
        };
        for (QAction *a : w->menuBar()->actions())
            walk(a->menu());
        return all;
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_desktop")); }
    void init()
    {
        w = guitest::freshMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }
    void cleanup() { w.reset(); }

    void welcomePageUntilAFileIsOpen()
    {
        QVERIFY(w->isWelcomeShown());
        // Its buttons are the window's actions.
        for (const char *name : { "actionOpen", "actionCompareWith", "actionOpenRunFolder", "actionOpenExample" }) {
            auto *b = w->findChild<QToolButton *>(QStringLiteral("welcome_") + QLatin1String(name));
            QVERIFY2(b && b->defaultAction() == action(name), name);
        }
        QVERIFY(!action("actionClose")->isEnabled());
        QVERIFY(recent()->isHidden()); // nothing opened yet

        // Open through the welcome page's button (the dialog answered in advance).
        const QString a = testpaths::fixture(QStringLiteral("state_dict.pt"));
        const QString b = testpaths::fixture(QStringLiteral("mixed.safetensors"));
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        FileDialog::setNextFileName(a);
        w->findChild<QToolButton *>(QStringLiteral("welcome_actionOpen"))->click();
        QVERIFY(!w->isWelcomeShown()); // reading: the tree's page says so
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
        QVERIFY(!w->isWelcomeShown());
        open(b);

        // File > Close: back to the welcome page, nothing of the file left.
        action("actionClose")->trigger();
        QVERIFY(w->isWelcomeShown());
        QVERIFY(!w->checkpoint());
        QVERIFY(w->document()->filePath().isEmpty());
        QVERIFY(!action("actionClose")->isEnabled());
        QCOMPARE(w->windowTitle(), QStringLiteral("Checkpoint Inspector"));

        // The recent files, newest first, with the format they were read as and their size.
        QVERIFY(recent()->isVisible());
        QCOMPARE(recent()->topLevelItemCount(), 2);
        QTreeWidgetItem *first = recent()->topLevelItem(0), *second = recent()->topLevelItem(1);
        QCOMPARE(first->text(0), QStringLiteral("mixed.safetensors"));
        QCOMPARE(first->text(1), QStringLiteral("safetensors"));
        QCOMPARE(second->text(0), QStringLiteral("state_dict.pt"));
        QVERIFY2(second->text(1).contains(QLatin1String("torch"), Qt::CaseInsensitive), qPrintable(second->text(1)));
        QCOMPARE(second->text(2), QLocale().formattedDataSize(QFileInfo(a).size(), 1, QLocale::DataSizeSIFormat));

        // Enter on a recent file opens it.
        recent()->setCurrentItem(second);
        recent()->setFocus();
        QSignalSpy reopened(w.get(), &MainWindow::loadFinished);
        QTest::keyClick(recent(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(reopened.count() == 1, 60000);
        QCOMPARE(w->document()->filePath(), QFileInfo(a).absoluteFilePath());
    }

    void dropOntoTheWelcomePage()
    {
        const QString a = testpaths::fixture(QStringLiteral("state_dict.pt"));
        const QString b = testpaths::fixture(QStringLiteral("legacy_state_dict.pt"));
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        drop({ a });
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
        QCOMPARE(w->document()->filePath(), QFileInfo(a).absoluteFilePath());

        // Two files: the first opens and is compared with the second.
        action("actionClose")->trigger();
        QSignalSpy partner(w->document(), &CheckpointDocument::partnerChanged);
        drop({ a, b });
        QTRY_VERIFY_WITH_TIMEOUT(partner.count() == 1, 60000);
        QCOMPARE(w->document()->partnerFile(), b);
        QVERIFY(w->findChild<QDockWidget *>(QStringLiteral("compareDock"))->isVisible());
    }

    void compareWithNoFileOpenAsksForBoth()
    {
        const QString a = testpaths::fixture(QStringLiteral("state_dict.pt"));
        const QString b = testpaths::fixture(QStringLiteral("legacy_state_dict.pt"));
        QSignalSpy partner(w->document(), &CheckpointDocument::partnerChanged);
        FileDialog::setNextFileNames({ a });
        FileDialog::setNextFileName(b);
        w->findChild<QToolButton *>(QStringLiteral("welcome_actionCompareWith"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(partner.count() == 1, 60000);
        QCOMPARE(w->document()->filePath(), QFileInfo(a).absoluteFilePath());
        QCOMPARE(w->document()->partnerFile(), b);
    }

    void everyCommandHasAKeyAndEveryMenuUniqueLetters()
    {
        QHash<QString, QString> owner; // shortcut -> action
        for (QMenu *menu : menus()) {
            QHash<QChar, QString> letters;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || a->text().isEmpty())
                    continue;
                const QChar letter = mnemonic(a->text());
                if (!letter.isNull()) {
                    QVERIFY2(!letters.contains(letter),
                        qPrintable(QStringLiteral("'%1' in %2: %3 and %4")
                                       .arg(letter, menu->title(), letters.value(letter), a->text())));
                    letters.insert(letter, a->text());
                }
                for (const QKeySequence &k : a->shortcuts()) {
                    const QString key = k.toString();
                    QVERIFY2(!owner.contains(key) || owner.value(key) == a->text(),
                        qPrintable(QStringLiteral("%1: %2 and %3").arg(key, owner.value(key), a->text())));
                    owner.insert(key, a->text());
                }
            }
        }
        // The menu bar's own letters.
        QHash<QChar, QString> bar;
        for (QAction *a : w->menuBar()->actions()) {
            const QChar letter = mnemonic(a->text());
            QVERIFY2(!letter.isNull() && !bar.contains(letter), qPrintable(a->text()));
            bar.insert(letter, a->text());
        }
        // Every command in the menus (not the lists in submenus) has a key, About aside.
        for (QAction *top : w->menuBar()->actions())
            for (QAction *a : top->menu()->actions())
                if (!a->isSeparator() && !a->menu() && a->isVisible() && a->menuRole() != QAction::AboutRole)
                    QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
    }

    void mainWidgetsHaveAccessibleNames()
    {
        for (const char *name : { "checkpointTree", "filterEdit", "summaryHeader", "detailsText", "findingsView",
                 "safetyBadge", "statisticsTabs", "tensorStatsPanel", "modelStatsView", "trainingView", "compareTable",
                 "compareChart", "convertPlanList", "welcomeRecent", "centralPages" }) {
            QWidget *widget = w->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }

    void downFromTheFilterIntoTheResults()
    {
        open(testpaths::fixture(QStringLiteral("state_dict.pt")));
        action("actionFind")->trigger();
        auto *edit = w->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("fc2"));
        auto *tree = w->findChild<QTreeView *>(QStringLiteral("checkpointTree"));
        QTRY_VERIFY(tree->model()->rowCount() > 0);
        QTest::keyClick(edit, Qt::Key_Down);
        QVERIFY(tree->hasFocus());
        QVERIFY(tree->currentIndex().isValid());
        // And on down the results, from the keyboard.
        const QModelIndex before = tree->currentIndex();
        QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(tree->currentIndex() != before);
    }

    void ctrlTabGoesRoundTheDocks()
    {
        open(testpaths::fixture(QStringLiteral("state_dict.pt")));
        auto *tree = w->findChild<QTreeView *>(QStringLiteral("checkpointTree"));
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QSet<QDockWidget *> visited;
        for (int i = 0; i < 6; ++i) {
            action("actionNextDock")->trigger();
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            for (QDockWidget *d : w->findChildren<QDockWidget *>())
                if (d->isAncestorOf(focus))
                    visited.insert(d);
        }
        // Details and Safety are on screen by default; both take the focus in turn.
        QVERIFY(visited.contains(w->findChild<QDockWidget *>(QStringLiteral("detailsDock"))));
        QVERIFY(visited.contains(w->findChild<QDockWidget *>(QStringLiteral("safetyDock"))));
        QVERIFY(tree->hasFocus() || !visited.isEmpty());
    }

    void keyboardShortcutsListEveryAction()
    {
        action("actionKeyboardShortcuts")->trigger();
        auto *table = w->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table && table->isVisible());
        QStringList listed;
        for (int r = 0; r < table->rowCount(); ++r)
            listed << table->item(r, 1)->text();
        for (QAction *a : w->findChildren<QAction *>())
            if (!a->shortcut().isEmpty() && !a->text().isEmpty())
                QVERIFY2(listed.contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(a->text()));
        QVERIFY(listed.contains(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    }

    void aboutNamesTheVersions()
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action("actionAbout")->trigger();
        const QString text = MessageBox::lastText();
        QVERIFY(text.contains(QApplication::applicationVersion()));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("QCustomPlot")));
        QVERIFY(text.contains(QStringLiteral("LibTorch")));
        // The commit the build was configured from, as git prints it short.
        const QString commit = QString::fromLatin1(buildCommit());
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{12}$")).match(commit).hasMatch()
                || commit == QLatin1String("unknown"),
            qPrintable(commit));
        QVERIFY(text.contains(commit));
    }
};

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    TestDesktop t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_desktop.moc"
