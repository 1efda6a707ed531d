#include "widgets/preferences/Appearance.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

#include <memory>

namespace ckpt::Appearance {

namespace {

const QString kCatalogue = QStringLiteral("ckpt_inspector");

QPalette darkPalette()
{
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(128, 128, 128);
    const QColor highlight(53, 132, 228);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(90, 90, 95));
    p.setColor(QPalette::Dark, QColor(20, 20, 22));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return p;
}

// The style the platform chose, remembered before the first forced theme replaces it.
QString systemStyleName()
{
    static const QString name = QApplication::style()->name();
    return name;
}

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

// Where the package puts the catalogues, relative to the binary (bin/../share/...).
QString installedCatalogueDir()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/ckpt-inspector/translations"));
}

} // namespace

void applyTheme(Theme theme)
{
    const QString systemStyle = systemStyleName();
    if (theme == Theme::System) {
        if (QApplication::style()->name() != systemStyle)
            QApplication::setStyle(systemStyle);
        // A palette with nothing set resolves to the platform's, and keeps following it.
        QApplication::setPalette(QPalette());
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

void applyLanguage(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Numbers and dates in the language shown.
    QLocale::setDefault(locale);
    for (auto *slot : { &appTranslator(), &qtTranslator() })
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    auto app = std::make_unique<QTranslator>();
    // A language without a catalogue (and the C locale) gets the English one: the source
    // strings are English, but their plural forms ("%n tensor(s)") live there.
    auto load = [&app](const QLocale &l) {
        return app->load(l, kCatalogue, QStringLiteral("_"), installedCatalogueDir())
            || app->load(l, kCatalogue, QStringLiteral("_"), QStringLiteral(":/i18n"));
    };
    if (load(locale) || load(QLocale(QLocale::English))) {
        QCoreApplication::installTranslator(app.get());
        appTranslator() = std::move(app);
    }
}

QStringList availableLanguages()
{
    QStringList codes;
    const QString prefix = kCatalogue + QLatin1Char('_');
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({ prefix + QStringLiteral("*.qm") }))
        codes << file.mid(prefix.size()).chopped(3);
    codes.sort();
    return codes;
}

void follow()
{
    static bool following = false;
    if (following)
        return;
    following = true;
    // Only what changed: a new catalogue retranslates every open window.
    static Preferences::Values applied = Preferences::instance()->values();
    applyTheme(applied.theme);
    applyLanguage(applied.language);
    QObject::connect(Preferences::instance(), &Preferences::changed, qApp, [] {
        const Preferences::Values v = Preferences::instance()->values();
        if (v.theme != applied.theme)
            applyTheme(v.theme);
        if (v.language != applied.language)
            applyLanguage(v.language);
        applied = v;
    });
}

} // namespace ckpt::Appearance
