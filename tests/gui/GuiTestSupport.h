#pragma once

// Shared set-up of the GUI suites that drive the real main window.
#include "widgets/mainwindow/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace guitest {

// Settings, layout, recent files and the cache (the example copied out of the
// resources) go to `dir`, never to the user's own nor to a path other suites share.
inline void isolateSettings(const QString &dir, const QString &appName)
{
    for (const char *var : { "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME" }) {
        const QString sub = dir + QLatin1Char('/') + QString::fromLatin1(var).toLower();
        QDir().mkpath(sub);
        qputenv(var, QFile::encodeName(sub));
    }
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QApplication::setOrganizationName(QStringLiteral("CheckpointInspectorTest"));
    QApplication::setApplicationName(appName);
}

// A fresh main window with default settings, shown at a fixed size.
inline std::unique_ptr<ckpt::MainWindow> freshMainWindow()
{
    QSettings().clear();
    auto w = std::make_unique<ckpt::MainWindow>();
    w->resize(1300, 820);
    w->show();
    return w;
}

} // namespace guitest
