#pragma once

#include "widgets/preferences/Preferences.h"

#include <QStringList>

namespace ckpt {

// The application-wide look and language the preferences ask for.
namespace Appearance {

// System: the platform's style and palette (dark if the desktop is dark, following its
// changes). Light and Dark: the Fusion style with a light or dark palette.
void applyTheme(Theme theme);

// Installs the catalogues of `language` ("de", "zh_CN"; empty: the system locale's) for
// the app and Qt's own strings; open widgets get QEvent::LanguageChange. The app's
// catalogue is taken from the installed share/ckpt-inspector/translations first, then
// from the one embedded at :/i18n.
void applyLanguage(const QString &language);

// Languages the app has a catalogue for ("de", "en", "zh_CN"), from the embedded ones.
QStringList availableLanguages();

// Applies the stored theme and language now and again whenever the preferences change.
void follow();

} // namespace Appearance
} // namespace ckpt
