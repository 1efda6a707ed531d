// Tools › Merge Checkpoints in the real MainWindow (offscreen): rows of a run averaged
// with weights through Runs › Average Selected, the result checked by PyTorch in float64;
// the preflight naming the keys that stop a merge, before anything is written.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/document/CheckpointDocument.h"
#include "model/runs/RunTableModel.h"
#include "widgets/common/FileDialog.h"
#include "widgets/merge/MergeDialog.h"
#include "widgets/runs/RunsDock.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace ckpt;

class TestMergeDialog : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_settings;

    QAction *action(const char *name) const { return w->findChild<QAction *>(QLatin1String(name)); }
    RunsDock *runs() const { return w->findChild<RunsDock *>(QStringLiteral("runsDock")); }
    MergeDialog *dialog() const { return w->mergeDialog(); }
    template <typename T> T *child(const char *name) const { return dialog()->findChild<T *>(QLatin1String(name)); }
    QString summary() const { return child<QLabel>("mergeSummary")->text(); }
    static QString runFile(const QString &name) { return testpaths::fixture(QStringLiteral("runs/plain/") + name); }

    void waitForPreview() { QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isBusy(), 60000); }
    // Selects these files' rows of the run at once (one selection change, no comparison).
    void selectRuns(const QStringList &files)
    {
        QTableView *table = runs()->table();
        QItemSelection selection;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const int source = table->model()->index(r, 0).data(RunTableModel::RowRole).toInt();
            if (files.contains(runs()->report().checkpoints[size_t(source)].file))
                selection.select(table->model()->index(r, 0), table->model()->index(r, 0));
        }
        table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_merge_dialog")); }
    void init()
    {
        w = guitest::freshMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }
    void cleanup()
    {
        w.reset();
        QVERIFY(!FileDialog::hasPendingAnswers());
    }

    void averageSelectedRowsIsCheckedByPyTorch()
    {
        QSignalSpy analysed(runs(), &RunsDock::analysed);
        FileDialog::setNextDirectory(testpaths::fixture(QStringLiteral("runs/plain")));
        action("actionOpenRunFolder")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() == 1, 60000);
        auto *average = runs()->findChild<QToolButton *>(QStringLiteral("runsAverage"));
        QVERIFY(!average->isEnabled()); // nothing selected
        const QStringList picked { QStringLiteral("epoch_4.pt"), QStringLiteral("epoch_5.pt"),
            QStringLiteral("epoch_6.pt") };
        selectRuns(picked);
        QVERIFY(average->isEnabled());
        average->click();
        QVERIFY(dialog() && dialog()->isVisible());
        QCOMPARE(dialog()->inputs(),
            QStringList({ runFile(picked[0]), runFile(picked[1]), runFile(picked[2]) })); // the run's order
        waitForPreview();
        QVERIFY2(summary().contains(QStringLiteral("uniform average of 3 checkpoints")), qPrintable(summary()));
        QVERIFY(child<QPlainTextEdit>("mergeDetails")->toPlainText().contains(QStringLiteral("'model_state_dict'")));

        // Weights 1, 1, 2: the last epoch counts twice.
        child<QDoubleSpinBox>("mergeWeight2")->setValue(2.0);
        waitForPreview();
        QVERIFY2(summary().contains(QStringLiteral("weighted average")), qPrintable(summary()));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("soup.pt"));
        FileDialog::setNextFileName(out);
        child<QPushButton>("mergeBrowse")->click();
        QCOMPARE(child<QLineEdit>("mergeOutput")->text(), out);
        QVERIFY(child<QPushButton>("mergeRun")->isEnabled());
        QSignalSpy merged(dialog(), &MergeDialog::merged);
        child<QPushButton>("mergeRun")->click();
        QTRY_VERIFY_WITH_TIMEOUT(merged.count() == 1, 60000);
        QVERIFY2(merged.first().at(0).toBool(), qPrintable(summary()));
        QVERIFY2(summary().startsWith(QStringLiteral("Wrote ")), qPrintable(summary()));
        QVERIFY(QFileInfo::exists(out + QStringLiteral(".merge.json"))); // the recipe beside a torch file

        const QString script = QFINDTESTDATA("merge/check_merged.py");
        QVERIFY(!script.isEmpty());
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(QStringLiteral("/usr/bin/python3"),
            { script, out, QStringLiteral("1,1,2"), runFile(picked[0]), runFile(picked[1]), runFile(picked[2]) });
        QVERIFY(check.waitForFinished(120000));
        QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, check.readAll().constData());

        // Open Result opens the merged file in the window.
        QSignalSpy loaded(w.get(), &MainWindow::loadFinished);
        child<QPushButton>("mergeOpenResult")->click();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
        QCOMPARE(w->checkpoint()->file, out);
    }

    void preflightNamesTheKeysBeforeWriting()
    {
        QSignalSpy loaded(w.get(), &MainWindow::loadFinished);
        w->openFile(testpaths::fixture(QStringLiteral("train_adam.pt")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
        action("actionMerge")->trigger();
        QVERIFY(dialog()->isVisible());
        QCOMPARE(dialog()->inputs(), QStringList { testpaths::fixture(QStringLiteral("train_adam.pt")) });
        waitForPreview();
        QVERIFY(summary().contains(QStringLiteral("two or more")));
        QVERIFY(!child<QPushButton>("mergeRun")->isEnabled());

        // Another model's checkpoint: refused, with the keys named, and nothing written.
        FileDialog::setNextFileNames({ runFile(QStringLiteral("epoch_1.pt")) });
        child<QPushButton>("mergeAdd")->click();
        QCOMPARE(dialog()->inputs().size(), 2);
        waitForPreview();
        QVERIFY2(summary().startsWith(QStringLiteral("Cannot merge:")), qPrintable(summary()));
        QVERIFY2(summary().contains(QStringLiteral("keys differ")), qPrintable(summary()));
        const QString keys = child<QPlainTextEdit>("mergeDetails")->toPlainText();
        QVERIFY2(keys.contains(QStringLiteral("embed.weight: only in epoch_1.pt")), qPrintable(keys));
        QVERIFY(!child<QPushButton>("mergeRun")->isEnabled());
        const QString out = child<QLineEdit>("mergeOutput")->text();
        QVERIFY(!QFileInfo::exists(out));

        // Add difference takes exactly three: the weights go, the reason shows.
        auto *method = child<QComboBox>("mergeMethod");
        method->setCurrentIndex(method->findData(int(MergeMethod::AddDifference)));
        waitForPreview();
        QVERIFY(child<QTableWidget>("mergeInputs")->isColumnHidden(1));
        QVERIFY(child<QDoubleSpinBox>("mergeAlpha")->isEnabled());
        QVERIFY2(summary().contains(QStringLiteral("exactly three")), qPrintable(summary()));

        // Removing the other model leaves one input: the hint again.
        child<QTableWidget>("mergeInputs")->selectRow(1);
        child<QPushButton>("mergeRemove")->click();
        waitForPreview();
        QCOMPARE(dialog()->inputs().size(), 1);
        QVERIFY(summary().contains(QStringLiteral("two or more")));
    }
};

QTEST_MAIN(TestMergeDialog)
#include "test_merge_dialog.moc"
