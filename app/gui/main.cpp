// ckpt-inspector: parses the command line and shows the main window. Nothing else.
#include "model/formats/CheckpointReader.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/mainwindow/ResponsivenessMonitor.h"
#include "widgets/mainwindow/ScreenshotRunner.h"
#include "widgets/preferences/Appearance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Checkpoint Inspector"));
    QApplication::setOrganizationName(QStringLiteral("CheckpointInspector"));
    QApplication::setOrganizationDomain(QStringLiteral("checkpointinspector.github.io"));
    QApplication::setApplicationVersion(QStringLiteral(CKPT_APP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.checkpointinspector.CheckpointInspector"));

    // The system's language for --help; the chosen one once the settings are known.
    ckpt::Appearance::applyLanguage(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Look inside PyTorch checkpoints without running them."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"), QApplication::translate("main", "Checkpoint to open."), QStringLiteral("[file]"));
    parser.addPositionalArgument(QStringLiteral("other"),
        QApplication::translate("main", "A second checkpoint: compare the first with it (as --compare OTHER)."),
        QStringLiteral("[other]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Open FILE, save a PNG of the window to PATH and quit."),
        QStringLiteral("PATH"));
    const QCommandLineOption select(QStringLiteral("select"),
        QApplication::translate(
            "main", "Select the row at KEY, a slash-joined path such as model_state_dict/fc1.weight."),
        QStringLiteral("KEY"));
    const QCommandLineOption series(QStringLiteral("series"),
        QApplication::translate("main",
            "Plot training scalars across the checkpoints of a run in the Training dock: "
            "a folder (its checkpoints and trainer_state.json), or repeat for several files."),
        QStringLiteral("PATH"));
    const QCommandLineOption dock(QStringLiteral("dock"),
        QApplication::translate("main",
            "Show and raise a dock: details, statistics, safety, training, convert or compare. "
            "Repeatable; for screenshots."),
        QStringLiteral("NAME"));
    const QCommandLineOption compare(QStringLiteral("compare"),
        QApplication::translate("main", "Compare the file with OTHER in the Compare dock."), QStringLiteral("OTHER"));
    const QCommandLineOption responsiveness(QStringLiteral("responsiveness"),
        QApplication::translate("main",
            "Write to PATH, when the app quits, how long the first paint took from the process's start "
            "(also once the file is shown) and every stall of the event loop over 50 ms (JSON; for benchmarks)."),
        QStringLiteral("PATH"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QApplication::translate("main", "Use THEME for this run: system, light or dark."), QStringLiteral("THEME"));
    const QCommandLineOption language(QStringLiteral("language"),
        QApplication::translate("main", "Show the interface in LANGUAGE for this run, such as de or zh_CN."),
        QStringLiteral("LANGUAGE"));
    parser.addOption(theme);
    parser.addOption(language);
    parser.addOption(screenshot);
    parser.addOption(responsiveness);
    parser.addOption(compare);
    parser.addOption(select);
    parser.addOption(series);
    parser.addOption(dock);
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 2) {
        std::fprintf(stderr, "ckpt-inspector: one file to open, or two to compare\n");
        return 2;
    }
    if (files.size() == 2 && parser.isSet(compare)) {
        std::fprintf(stderr, "ckpt-inspector: two files, or --compare: not both\n");
        return 2;
    }

    // Screenshots neither read nor touch the user's saved layout and recent files.
    QTemporaryDir screenshotSettings;
    if (parser.isSet(screenshot)) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotSettings.path());
    }

    ckpt::Appearance::follow(); // the stored theme and language (screenshots: the defaults)
    if (parser.isSet(theme)) {
        const QString name = parser.value(theme);
        if (name != QLatin1String("system") && name != QLatin1String("light") && name != QLatin1String("dark")) {
            std::fprintf(stderr, "ckpt-inspector: --theme wants system, light or dark, not '%s'\n", qPrintable(name));
            return 2;
        }
        ckpt::Appearance::applyTheme(name == QLatin1String("dark") ? ckpt::Theme::Dark
                : name == QLatin1String("light")                   ? ckpt::Theme::Light
                                                                   : ckpt::Theme::System);
    }
    if (parser.isSet(language))
        ckpt::Appearance::applyLanguage(parser.value(language));
    // A folder of checkpoints opens as a run (the Runs dock): no file load to wait for.
    const bool runFolder
        = !files.isEmpty() && QFileInfo(files.first()).isDir() && !ckpt::isCheckpointFolder(files.first());
    ckpt::MainWindow window;
    ckpt::ResponsivenessMonitor *monitor = parser.isSet(responsiveness)
        ? new ckpt::ResponsivenessMonitor(&window, parser.value(responsiveness), &window)
        : nullptr;
    if (parser.isSet(screenshot)) {
        if (files.isEmpty() && !parser.isSet(series)) {
            std::fprintf(stderr, "ckpt-inspector: --screenshot needs a file (or --series) to open\n");
            return 2;
        }
        window.resize(1400, 860); // a fixed size: screenshots do not depend on saved layouts
        auto *runner = new ckpt::ScreenshotRunner(
            &window, parser.value(screenshot), parser.value(select), !files.isEmpty() && !runFolder, &window);
        if (monitor)
            QObject::connect(runner, &ckpt::ScreenshotRunner::capturing, monitor,
                [monitor] { monitor->mark(QStringLiteral("screenshot"), false); });
    }
    window.show();
    for (const QString &name : parser.values(dock))
        if (!window.showDock(name)) {
            std::fprintf(stderr, "ckpt-inspector: no dock named %s\n", qPrintable(name));
            return 2;
        }
    // The series and the comparison partner belong to the file: set once it is open
    // (opening a file drops the partner of the last one).
    const QStringList seriesPaths = parser.values(series);
    const QString other = files.size() == 2 ? files[1] : parser.value(compare);
    auto afterOpen = [&window, seriesPaths, other, monitor] {
        if (monitor)
            monitor->mark(QStringLiteral("loaded"));
        if (!seriesPaths.isEmpty())
            window.openSeries(seriesPaths);
        if (!other.isEmpty()) {
            if (monitor)
                monitor->mark(QStringLiteral("compare"));
            window.compareWith(other);
        }
    };
    if (files.isEmpty() || runFolder) {
        if (runFolder)
            window.openFile(files.first());
        afterOpen();
    } else {
        if (monitor) {
            QObject::connect(&window, &ckpt::MainWindow::loadFinished, monitor, &ckpt::ResponsivenessMonitor::loaded,
                Qt::SingleShotConnection);
            monitor->mark(QStringLiteral("open"));
        }
        QObject::connect(&window, &ckpt::MainWindow::loadFinished, &window, afterOpen, Qt::SingleShotConnection);
        window.openFile(files.first());
    }
    return app.exec();
}
