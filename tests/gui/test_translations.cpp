// The German and Chinese catalogues as the app loads them (from :/i18n, by locale), on
// the real MainWindow: they translate the menus, every menu keeps one mnemonic per entry
// the English one has, no letter twice in a menu, Chinese as "文件(&F)".
#include "tests/gui/GuiTestSupport.h"

#include "widgets/mainwindow/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ckpt;

namespace {
struct Menu {
    QString path;
    QStringList texts; // one per action, separators left out
};

void collect(const QWidget *menu, const QString &path, QList<Menu> &out)
{
    const qsizetype index = out.size();
    out.append(Menu { path, {} });
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        out[index].texts << a->text();
        if (a->menu())
            collect(a->menu(), path + QStringLiteral(" > ") + a->text(), out);
    }
}

QList<Menu> menusOf(const MainWindow &w)
{
    QList<Menu> menus;
    collect(w.menuBar(), QStringLiteral("menu bar"), menus);
    return menus;
}

// The letter Alt selects, or an empty string without a mnemonic.
QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString();
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_translations")); }

    void menus_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("German") << QStringLiteral("de_DE");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN");
    }

    void menus()
    {
        QFETCH(QString, locale);
        const auto english = guitest::freshMainWindow();
        const QList<Menu> englishMenus = menusOf(*english);
        const QString englishFilter = english->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->placeholderText();

        // Loaded the way main.cpp loads it: by locale, from the embedded catalogues.
        QTranslator translator;
        QVERIFY(translator.load(
            QLocale(locale), QStringLiteral("ckpt_inspector"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QApplication::installTranslator(&translator);
        const auto translated = guitest::freshMainWindow();
        const QList<Menu> menus = menusOf(*translated);
        QApplication::removeTranslator(&translator);

        QVERIFY(translated->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->placeholderText() != englishFilter);
        QCOMPARE(menus.size(), englishMenus.size());
        const QRegularExpression chineseMnemonic(QStringLiteral("\\(&[A-Z0-9]\\)"));
        for (qsizetype i = 0; i < menus.size(); ++i) {
            const Menu &m = menus[i];
            QCOMPARE(m.texts.size(), englishMenus[i].texts.size());
            QStringList letters;
            for (qsizetype j = 0; j < m.texts.size(); ++j) {
                const QString &text = m.texts[j];
                const QString letter = mnemonicOf(text);
                if (i == 0) // the menu bar: every title translated
                    QVERIFY2(text != englishMenus[i].texts[j], qPrintable(text));
                QVERIFY2(letter.isEmpty() == mnemonicOf(englishMenus[i].texts[j]).isEmpty(),
                    qPrintable(m.path + QStringLiteral(": ") + text));
                if (letter.isEmpty())
                    continue;
                QVERIFY2(!letters.contains(letter), qPrintable(m.path + QStringLiteral(": ") + text));
                letters << letter;
                if (locale.startsWith(QLatin1String("zh")))
                    QVERIFY2(text.contains(chineseMnemonic), qPrintable(text));
            }
        }
    }
};

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    TestTranslations t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_translations.moc"
