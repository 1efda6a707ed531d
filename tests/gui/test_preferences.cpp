// Edit > Preferences on the real main window: every setting takes effect where it is
// used and is still there in a new window (QSettings); Restore Defaults; the dark theme
// reaches the plots.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/formats/CheckpointReader.h"
#include "widgets/common/ThemeColors.h"
#include "widgets/convert/ConvertDock.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/preferences/Preferences.h"
#include "widgets/preferences/PreferencesDialog.h"
#include "widgets/stats/HistogramPlot.h"
#include "widgets/stats/StatisticsDock.h"
#include "widgets/stats/TensorStatsPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace ckpt;

class TestPreferences : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_settings;

    template <class T> T *child(const char *name) { return w->findChild<T *>(QLatin1String(name)); }
    // Edit > Preferences, through its action.
    PreferencesDialog *openPreferences()
    {
        child<QAction>("actionPreferences")->trigger();
        auto *dialog = child<PreferencesDialog>("preferencesDialog");
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }
    void press(PreferencesDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("prefButtons"))->button(which)->click();
    }
    template <class T> T *field(PreferencesDialog *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
    // A combo box of the dialog, or of the window without one.
    void choose(PreferencesDialog *dialog, const char *combo, const QVariant &data)
    {
        auto *c = dialog ? field<QComboBox>(dialog, combo) : child<QComboBox>(combo);
        const int i = c->findData(data);
        QVERIFY2(i >= 0, combo);
        c->setCurrentIndex(i);
    }
    void open(const QString &path)
    {
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        w->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
    }
    // A new window over the same settings: what persisted.
    void reopenWindow()
    {
        w.reset();
        w = std::make_unique<MainWindow>();
        w->resize(1300, 820);
        w->show();
    }
    // The colour the plot paints its corner with.
    static QColor renderedBackground(HistogramPlot *plot)
    {
        return plot->toPixmap(300, 200).toImage().pixelColor(1, 1);
    }
    QStringList recentEntries()
    {
        QStringList files;
        for (QAction *a : child<QMenu>("recentMenu")->actions())
            if (!a->isSeparator() && !a->statusTip().isEmpty())
                files << a->statusTip();
        return files;
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_preferences")); }

    void init()
    {
        w = guitest::freshMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }

    void cleanup()
    {
        w.reset();
        Preferences::instance()->setValues(Preferences::defaults()); // theme and language back
    }

    void histogramBinsAndBinning()
    {
        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        QCOMPARE(field<QSpinBox>(dialog, "prefHistogramBins")->value(), 64);
        field<QSpinBox>(dialog, "prefHistogramBins")->setValue(17);
        press(dialog, QDialogButtonBox::Ok);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(child<QSpinBox>("histogramBins")->value(), 17);

        // The histogram computed has the preferred bins, and still counts every value.
        open(testpaths::fixture(QStringLiteral("state_dict.pt")));
        QVERIFY(w->selectPath(QStringLiteral("fc1.weight")));
        QVERIFY(w->showDock(QStringLiteral("statistics")));
        TensorStatsPanel *panel = w->statisticsDock()->tensorPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasStats(), 60000);
        const Histogram &h = panel->stats().histogram;
        QCOMPARE(h.counts.size(), size_t(17));
        QCOMPARE(std::accumulate(h.counts.begin(), h.counts.end(), qint64(0)), panel->stats().numel);

        // Exponential binning: TensorBoard's edges, each 1.1 times the last.
        dialog = openPreferences();
        choose(dialog, "prefBinning", int(BinMode::Exponential));
        press(dialog, QDialogButtonBox::Ok);
        QVERIFY(child<QCheckBox>("histogramExponential")->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasStats() && panel->stats().histogram.counts.size() != 17, 60000);
        const std::vector<double> &edges = panel->stats().histogram.edges;
        QVERIFY(edges.size() > 3);
        const double e = edges[edges.size() - 1], d = edges[edges.size() - 2];
        QVERIFY2(d > 0 && std::fabs(e / d - 1.1) < 1e-9, qPrintable(QStringLiteral("%1 %2").arg(d).arg(e)));

        reopenWindow();
        QCOMPARE(child<QSpinBox>("histogramBins")->value(), 17);
        QVERIFY(child<QCheckBox>("histogramExponential")->isChecked());
        QCOMPARE(Preferences::instance()->values().histogramBins, 17);
    }

    void saveFormatAndVerify()
    {
        QCOMPARE(child<QComboBox>("convertFormat")->currentData().toString(), QStringLiteral("torch"));
        QVERIFY(!child<QCheckBox>("convertVerify")->isChecked());
        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        choose(dialog, "prefSaveFormat", QStringLiteral("safetensors"));
        field<QCheckBox>(dialog, "prefVerifyAfterWriting")->setChecked(true);
        press(dialog, QDialogButtonBox::Apply); // Apply: stored, dialog stays
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QComboBox>("convertFormat")->currentData().toString(), QStringLiteral("safetensors"));
        QVERIFY(child<QCheckBox>("convertVerify")->isChecked());
        press(dialog, QDialogButtonBox::Cancel);

        reopenWindow();
        QCOMPARE(child<QComboBox>("convertFormat")->currentData().toString(), QStringLiteral("safetensors"));
        QVERIFY(child<QCheckBox>("convertVerify")->isChecked());
    }

    void castAndShardSize()
    {
        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        choose(dialog, "prefCastDType", QStringLiteral("bfloat16"));
        field<QComboBox>(dialog, "prefShardSize")->setEditText(QStringLiteral("10KB"));
        press(dialog, QDialogButtonBox::Ok);
        reopenWindow(); // what persisted
        auto *shards = child<QComboBox>("convertShardSize");
        QCOMPARE(shards->currentText(), QStringLiteral("10KB"));
        open(testpaths::fixture(QStringLiteral("many_keys.pt")));
        // The cast step offers the preferred dtype first.
        auto *kind = child<QComboBox>("convertStepKind");
        for (int i = 0; i < kind->count(); ++i)
            if (kind->itemText(i).contains(QLatin1String("Cast"), Qt::CaseInsensitive))
                kind->setCurrentIndex(i);
        QCOMPARE(child<QComboBox>("convertStepChoice")->currentData().toString(), QStringLiteral("bfloat16"));

        // Convert writes shards of at most 10,000 bytes (many_keys.pt holds 26 kB) (a larger tensor alone) and their
        // index.
        QTemporaryDir out;
        choose(nullptr, "convertFormat", QStringLiteral("safetensors"));
        QVERIFY(shards->isEnabled());
        child<QLineEdit>("convertOutput")->setText(out.filePath(QStringLiteral("model.safetensors")));
        QSignalSpy converted(w->findChild<ConvertDock *>(), &ConvertDock::converted);
        QTRY_VERIFY(child<QPushButton>("convertRun")->isEnabled()); // once the plan is applied
        child<QPushButton>("convertRun")->click();
        QTRY_VERIFY_WITH_TIMEOUT(converted.count() == 1, 60000);
        QVERIFY2(converted.first().first().toBool(), qPrintable(child<QLabel>("convertStatus")->text()));
        const CheckpointPtr source = w->checkpoint();
        const CheckpointPtr index = openCheckpoint(out.filePath(QStringLiteral("model.safetensors.index.json")));
        QVERIFY2(index->ok() && index->warnings.isEmpty(), qPrintable(describeError(*index).english()));
        QCOMPARE(index->tensors.size(), source->tensors.size());
        const QStringList files = QDir(out.path()).entryList({ QStringLiteral("model-*-of-*.safetensors") });
        QVERIFY2(files.size() > 1, qPrintable(files.join(QLatin1Char(' '))));
        for (const QString &f : files) {
            const CheckpointPtr shard = openCheckpoint(out.filePath(f));
            qint64 bytes = 0;
            for (const TensorInfo &t : shard->tensors)
                bytes += t.nbytes();
            QVERIFY2(bytes <= 10000 || shard->tensors.size() == 1, qPrintable(f));
        }

        // Anything but a size is refused before writing, with the reason.
        shards->setEditText(QStringLiteral("lots"));
        QTRY_VERIFY(child<QPushButton>("convertRun")->isEnabled()); // once the plan is applied
        child<QPushButton>("convertRun")->click();
        QVERIFY(child<QLabel>("convertStatus")->text().contains(QLatin1String("'lots' is not a shard size")));
    }

    void recentFilesCount()
    {
        const QStringList files { QStringLiteral("state_dict.pt"), QStringLiteral("legacy_state_dict.pt"),
            QStringLiteral("mixed.safetensors") };
        for (const QString &f : files)
            open(testpaths::fixture(f));
        QCOMPARE(recentEntries().size(), 3);
        PreferencesDialog *dialog = openPreferences();
        field<QSpinBox>(dialog, "prefRecentFilesCount")->setValue(2);
        press(dialog, QDialogButtonBox::Ok);
        // The two most recent, newest first.
        QCOMPARE(recentEntries(),
            (QStringList { QDir::toNativeSeparators(testpaths::fixture(files[2])),
                QDir::toNativeSeparators(testpaths::fixture(files[1])) }));
        open(testpaths::fixture(files[0]));
        QCOMPARE(recentEntries().size(), 2);
        reopenWindow();
        QCOMPARE(recentEntries().size(), 2);
        QCOMPARE(recentEntries().first(), QDir::toNativeSeparators(testpaths::fixture(files[0])));
    }

    void darkThemeReachesThePlots()
    {
        HistogramPlot *plot = w->statisticsDock()->tensorPanel()->plot();
        PreferencesDialog *dialog = openPreferences();
        choose(dialog, "prefTheme", int(Theme::Dark));
        press(dialog, QDialogButtonBox::Ok);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QVERIFY(isDark(QApplication::palette()));
        // The plot re-coloured itself from the palette: background, axes, bars.
        QTRY_COMPARE(renderedBackground(plot), QApplication::palette().color(QPalette::Base));
        QCOMPARE(plot->xAxis->tickLabelColor(), QApplication::palette().color(QPalette::WindowText));
        QCOMPARE(plot->xAxis->basePen().color(), QApplication::palette().color(QPalette::WindowText));
        QCOMPARE(plot->bars()->pen().color(), toneColor(Tone::Primary, QApplication::palette()));

        reopenWindow();
        QCOMPARE(Preferences::instance()->values().theme, Theme::Dark);

        dialog = openPreferences();
        choose(dialog, "prefTheme", int(Theme::Light));
        press(dialog, QDialogButtonBox::Ok);
        QVERIFY(!isDark(QApplication::palette()));
        plot = w->statisticsDock()->tensorPanel()->plot();
        QTRY_COMPARE(renderedBackground(plot), QApplication::palette().color(QPalette::Base));
        QCOMPARE(plot->xAxis->tickLabelColor(), QApplication::palette().color(QPalette::WindowText));
    }

    void languageIsStoredAndSetsTheLocale()
    {
        PreferencesDialog *dialog = openPreferences();
        choose(dialog, "prefLanguage", QStringLiteral("de"));
        press(dialog, QDialogButtonBox::Ok);
        QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
        reopenWindow();
        QCOMPARE(Preferences::instance()->values().language, QStringLiteral("de"));
        dialog = openPreferences();
        QCOMPARE(field<QComboBox>(dialog, "prefLanguage")->currentData().toString(), QStringLiteral("de"));
    }

    void restoreDefaults()
    {
        PreferencesDialog *dialog = openPreferences();
        field<QSpinBox>(dialog, "prefHistogramBins")->setValue(9);
        field<QSpinBox>(dialog, "prefRecentFilesCount")->setValue(3);
        choose(dialog, "prefTheme", int(Theme::Dark));
        press(dialog, QDialogButtonBox::Ok);
        QVERIFY(Preferences::instance()->values() != Preferences::defaults());

        dialog = openPreferences();
        QCOMPARE(field<QSpinBox>(dialog, "prefHistogramBins")->value(), 9);
        press(dialog, QDialogButtonBox::RestoreDefaults);
        QCOMPARE(field<QSpinBox>(dialog, "prefHistogramBins")->value(), 64);
        press(dialog, QDialogButtonBox::Ok);
        QVERIFY(Preferences::instance()->values() == Preferences::defaults());
        QCOMPARE(child<QSpinBox>("histogramBins")->value(), 64);
        QVERIFY(!isDark(QApplication::palette()));
    }
};

QTEST_MAIN(TestPreferences)
#include "test_preferences.moc"
