// Switching the language at run time: every open window, dock, menu and dialog takes the
// new catalogue's text on QEvent::LanguageChange, and the old text when it is removed.
// A pseudo-translator marks every string it translates, so the test needs no finished
// catalogue and sees any string that did not go through tr() again.
#include "tests/gui/GuiTestSupport.h"

#include "widgets/mainwindow/MainWindow.h"
#include "widgets/preferences/PreferencesDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ckpt;

namespace {
// "Statistics" -> "[Statistics]"; %1 and the like kept, so arguments still fill in.
class PseudoTranslator : public QTranslator {
public:
    QString translate(const char *, const char *source, const char * = nullptr, int = -1) const override
    {
        return QStringLiteral("[%1]").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

bool marked(const QString &text)
{
    return text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'));
}
} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_settings;

    // The texts that must follow the language: menus, their actions, docks, the dialogs.
    QStringList texts()
    {
        QStringList list;
        for (QAction *menu : w->menuBar()->actions()) {
            list << menu->text();
            for (QAction *a : menu->menu()->actions())
                if (!a->isSeparator() && a->menu() == nullptr && !a->objectName().isEmpty())
                    list << a->text();
        }
        for (QDockWidget *dock : w->findChildren<QDockWidget *>())
            list << dock->windowTitle();
        auto *prefs = w->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
        list << prefs->windowTitle();
        for (QGroupBox *box : prefs->findChildren<QGroupBox *>())
            list << box->title();
        auto *welcome = w->findChild<QWidget *>(QStringLiteral("welcomePage"));
        for (QLabel *label : welcome->findChildren<QLabel *>())
            if (!label->text().isEmpty())
                list << label->text();
        // Every text the Convert dock, the statistics panels and the drift view set
        // themselves (with no file open none of them shows data).
        for (const char *name : { "ConvertDock", "tensorStatsPanel", "modelStatsView", "runsDrift" })
            list << widgetTexts(w->findChild<QWidget *>(QLatin1String(name)));
        return list;
    }

    // Labels, buttons, group titles, tooltips, placeholders and the items of the choice
    // boxes whose items are words (not dtypes, devices or sizes from the file).
    static QStringList widgetTexts(QWidget *root)
    {
        QStringList list;
        auto add = [&list](const QString &t) {
            if (!t.isEmpty())
                list << t;
        };
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *c : widgets) {
            if (c->objectName().startsWith(QLatin1String("qt_")))
                continue; // Qt's own (a dock's float button)
            add(c->toolTip());
            if (auto *l = qobject_cast<QLabel *>(c))
                add(l->text());
            if (auto *b = qobject_cast<QAbstractButton *>(c))
                add(b->text());
            if (auto *g = qobject_cast<QGroupBox *>(c))
                add(g->title());
            if (auto *e = qobject_cast<QLineEdit *>(c))
                add(e->placeholderText());
        }
        for (const char *name : { "convertStepKind", "convertFormat" }) {
            auto *box = root->findChild<QComboBox *>(QLatin1String(name));
            for (int i = 0; box && i < box->count(); ++i)
                list << box->itemText(i);
        }
        if (auto *shards = root->findChild<QComboBox *>(QStringLiteral("convertShardSize")))
            list << shards->itemText(0); // "One file"; the sizes are sizes
        return list;
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_language")); }

    void everyWindowRetranslates()
    {
        w = guitest::freshMainWindow();
        w->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger(); // an open dialog too
        const QStringList english = texts();
        QVERIFY(english.size() > 100);
        for (const QString &t : english)
            QVERIFY2(!marked(t), qPrintable(t));

        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo); // posts LanguageChange to every window
        QTRY_VERIFY(marked(w->menuBar()->actions().constFirst()->text()));
        QCoreApplication::processEvents();
        const QStringList translated = texts();
        QCOMPARE(translated.size(), english.size());
        for (int i = 0; i < translated.size(); ++i) {
            // Menu titles and actions keep their mnemonic inside the marks: "[&File]".
            QVERIFY2(marked(translated[i]), qPrintable(QStringLiteral("not retranslated: %1").arg(english[i])));
        }

        QCoreApplication::removeTranslator(&pseudo);
        QTRY_VERIFY(!marked(w->menuBar()->actions().constFirst()->text()));
        QCoreApplication::processEvents();
        QCOMPARE(texts(), english);
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
