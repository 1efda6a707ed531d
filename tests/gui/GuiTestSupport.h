#pragma once

// Shared set-up of the GUI suites that drive the real main window.
#include "widgets/mainwindow/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace guitest {

// Settings, layout and recent files go to `dir`, never to the user's own.
inline void isolateSettings(const QString &dir, const QString &appName)
{
    QStandardPaths::setTestModeEnabled(true);
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
