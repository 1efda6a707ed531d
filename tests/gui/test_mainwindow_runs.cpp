// The Runs view in the real MainWindow (offscreen), driven through its actions: File ›
// Open Run Folder on run folders written by PyTorch; the table sorted, the best row
// marked, the identical-weights warning at the top, a click opening a checkpoint, two
// rows opening a comparison, the drift heatmap computed and cancelled, an unrelated
// file clearing the run.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/DiffModel.h"
#include "model/runs/RunTableModel.h"
#include "widgets/common/FileDialog.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/common/Qcp.h"
#include "widgets/diff/CompareDock.h"
#include "widgets/runs/DriftHeatmap.h"
#include "widgets/runs/RunsDock.h"
#include "widgets/training/RunCurvesView.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ckpt;

namespace {
QJsonObject expectedCase(const QString &name)
{
    return testpaths::readJson(testpaths::fixture(QStringLiteral("runs/runs_expected.json")))
        .value(QStringLiteral("cases"))
        .toObject()
        .value(name)
        .toObject();
}
} // namespace

class TestMainWindowRuns : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_settings;

    QAction *action(const char *name) const { return w->findChild<QAction *>(QLatin1String(name)); }
    RunsDock *runs() const { return w->findChild<RunsDock *>(QStringLiteral("runsDock")); }
    QTableView *table() const { return runs()->table(); }

    void openRunFolder(const QString &name)
    {
        QSignalSpy analysed(runs(), &RunsDock::analysed);
        FileDialog::setNextDirectory(testpaths::fixture(QStringLiteral("runs/") + name));
        action("actionOpenRunFolder")->trigger();
        QVERIFY(!FileDialog::hasPendingAnswers());
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() == 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!runs()->isBusy(), 60000);
    }
    int viewRowOf(const QString &file) const
    {
        for (int r = 0; r < table()->model()->rowCount(); ++r) {
            const int source = table()->model()->index(r, 0).data(RunTableModel::RowRole).toInt();
            if (runs()->report().checkpoints[size_t(source)].file == file)
                return r;
        }
        return -1;
    }
    void clickRow(int viewRow, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QRect rect = table()->visualRect(table()->model()->index(viewRow, 0));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_mainwindow_runs")); }
    void init()
    {
        w = guitest::freshMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(!runs()->isVisible()); // hidden until a run is opened
    }
    void cleanup()
    {
        w.reset();
        QVERIFY(!FileDialog::hasPendingAnswers());
    }

    void tableBestAndWarning()
    {
        openRunFolder(QStringLiteral("plain"));
        QVERIFY(runs()->isVisible());
        QCOMPARE(FileDialog::lastRequest().caption, QStringLiteral("Open Run Folder"));
        const QJsonObject e = expectedCase(QStringLiteral("plain"));
        const QJsonArray rows = e.value(QStringLiteral("checkpoints")).toArray();
        QCOMPARE(table()->model()->rowCount(), rows.size());
        // The best row: marked in its cell, bold, and named with why above the table.
        const QString best = e.value(QStringLiteral("best")).toObject().value(QStringLiteral("file")).toString();
        const QModelIndex bestCell = table()->model()->index(viewRowOf(best), 0);
        QVERIFY(bestCell.data().toString().startsWith(QStringLiteral("★ ")));
        QVERIFY(bestCell.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(runs()->findChild<QLabel *>(QStringLiteral("runsBest"))->text().contains(best));
        // The identical-weights warning comes first.
        QVERIFY2(runs()->banner()->isVisible(), "no warning shown");
        QVERIFY2(runs()->banner()->text().startsWith(QStringLiteral("best.pt has the same weights as epoch_6.pt")),
            qPrintable(runs()->banner()->text()));

        // Sorting by the validation loss puts the best first (it is the minimum).
        const QStringList metrics = runs()->model()->metricColumns();
        const int valLoss = RunTableModel::ColFirstMetric + int(metrics.indexOf(QStringLiteral("val_loss")));
        QVERIFY(valLoss >= RunTableModel::ColFirstMetric);
        table()->horizontalHeader()->setSortIndicator(valLoss, Qt::AscendingOrder);
        // Equal values (best.pt records epoch 5's loss): either may come first; both lead.
        QStringList firstTwo;
        for (int r = 0; r < 2; ++r)
            firstTwo << runs()
                            ->report()
                            .checkpoints[size_t(table()->model()->index(r, 0).data(RunTableModel::RowRole).toInt())]
                            .file;
        QVERIFY2(firstTwo.contains(best), qPrintable(firstTwo.join(QLatin1Char(','))));
        // By epoch, descending: epoch_6.pt first.
        table()->horizontalHeader()->setSortIndicator(RunTableModel::ColEpoch, Qt::DescendingOrder);
        QCOMPARE(table()->model()->index(0, 0).data(RunTableModel::SortRole).toString(), QStringLiteral("epoch_6.pt"));

        // The curves of the run are beside the table.
        QTRY_VERIFY_WITH_TIMEOUT(!runs()->curves()->isLoading(), 60000);
        QVERIFY(runs()->curves()->plot()->graphCount() > 0);
        // Its legend sits below the axes, never over a curve.
        QCustomPlot *plot = runs()->curves()->plot();
        plot->replot();
        QVERIFY(plot->legend->visible());
        QVERIFY(!plot->legend->outerRect().intersects(plot->axisRect()->rect()));
        // The plot names the run it shows.
        QVERIFY2(runs()->curves()->sourceTitle().contains(QStringLiteral("plain")),
            qPrintable(runs()->curves()->sourceTitle()));
        // A point two files share (best.pt records epoch 5's epoch and loss) names both.
        RunCurvesView *curves = runs()->curves();
        bool shared = false;
        for (size_t c = 0; c < curves->curves().size(); ++c) {
            const auto &points = curves->curves()[c].points;
            for (size_t i = 0; i < points.size(); ++i) {
                const QString file = QFileInfo(curves->run()[size_t(points[i].run)].file).fileName();
                for (size_t j = 0; j < points.size(); ++j)
                    if (j != i && points[j].x == points[i].x && points[j].y == points[i].y) {
                        const QString other = QFileInfo(curves->run()[size_t(points[j].run)].file).fileName();
                        const QString text = curves->pointText(int(c), int(i));
                        QVERIFY2(text.contains(file) && text.contains(other), qPrintable(text));
                        shared = true;
                    }
            }
        }
        QVERIFY(shared);
        // In file order the axis names the files.
        auto *axis = curves->findChild<QComboBox *>();
        QVERIFY(axis);
        axis->setCurrentIndex(axis->findData(int(RunAxis::FileOrder)));
        auto ticker = plot->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        QVERIFY(ticker->ticks().values().contains(QFileInfo(curves->run().front().file).fileName()));
    }

    // A folder given to openFile (the command line, a drop, a recent folder) is a run.
    void openFileOnAFolderOpensTheRun()
    {
        QSignalSpy analysed(runs(), &RunsDock::analysed);
        w->openFile(testpaths::fixture(QStringLiteral("runs/plain")));
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() == 1, 60000);
        QVERIFY(runs()->isVisible());
        QCOMPARE(table()->model()->rowCount(),
            expectedCase(QStringLiteral("plain")).value(QStringLiteral("checkpoints")).toArray().size());
        QVERIFY(!w->checkpoint() || w->checkpoint()->ok()); // no "is a directory" error
    }

    void clickOpensTwoRowsCompare()
    {
        openRunFolder(QStringLiteral("trainer"));
        QSignalSpy loaded(w.get(), &MainWindow::loadFinished);
        clickRow(viewRowOf(QStringLiteral("checkpoint-4")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
        // A Trainer folder opens whole, a node per file.
        QVERIFY(w->checkpoint()->file.endsWith(QStringLiteral("checkpoint-4")));
        QCOMPARE(w->checkpoint()->format, Format::Trainer);
        QVERIFY(w->checkpoint()->root->child(QStringLiteral("optimizer.pt")));
        // The opened checkpoint belongs to the run: the table stays.
        QCOMPARE(table()->model()->rowCount(), 3);
        QVERIFY(!w->document()->series().isEmpty());

        QSignalSpy compared(w->compareDock(), &CompareDock::finished);
        clickRow(viewRowOf(QStringLiteral("checkpoint-12")), Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(compared.count() >= 1, 60000);
        QVERIFY(w->compareDock()->isVisible());
        QVERIFY(w->checkpoint()->file.endsWith(QStringLiteral("checkpoint-4/model.safetensors")));
        QVERIFY(w->document()->partnerFile().endsWith(QStringLiteral("checkpoint-12/model.safetensors")));
        QVERIFY(w->compareDock()->model()->rowCount() > 0);
    }

    void driftHeatmap()
    {
        openRunFolder(QStringLiteral("plain"));
        auto *heat = runs()->findChild<DriftHeatmap *>(QStringLiteral("runsDrift"));
        QVERIFY(heat);
        QSignalSpy computed(heat, &DriftHeatmap::computed);
        runs()->findChild<QToolButton *>(QStringLiteral("runsDriftCompute"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() == 1 && !heat->isBusy(), 60000);
        const RunDrift &d = heat->drift();
        // epoch_1 .. epoch_6 (best.pt holds epoch 6's weights and is left out): 5 pairs.
        QCOMPARE(int(d.columns.size()), 5);
        QCOMPARE(d.layers.size(), 4);
        const int frozen = int(d.layers.indexOf(QStringLiteral("embed.weight")));
        const int head = int(d.layers.indexOf(QStringLiteral("head.weight")));
        QVERIFY(frozen >= 0 && head >= 0);
        for (size_t c = 0; c < d.columns.size(); ++c) {
            QCOMPARE(d.change[size_t(frozen)][c], 0.0); // the frozen layer never moves
            QVERIFY(d.change[size_t(head)][c] > 0);
        }
        QVERIFY(heat->describeCell(0, head).contains(QStringLiteral("epoch_1.pt")));
    }

    // A folder of runs (version_0/, version_1/): drift is within one run, chosen in the tab.
    void driftOfEachNestedRun()
    {
        openRunFolder(QStringLiteral("nested"));
        auto *heat = runs()->findChild<DriftHeatmap *>(QStringLiteral("runsDrift"));
        auto *chooser = heat->findChild<QComboBox *>(QStringLiteral("runsDriftRun"));
        QVERIFY(chooser);
        QCOMPARE(chooser->count(), 2);
        QVERIFY(!chooser->isHidden());
        for (int run = 0; run < 2; ++run) {
            heat->setRun(run);
            const QString folder = chooser->itemText(run);
            QSignalSpy computed(heat, &DriftHeatmap::computed);
            runs()->findChild<QToolButton *>(QStringLiteral("runsDriftCompute"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(computed.count() == 1 && !heat->isBusy(), 60000);
            QVERIFY2(!heat->drift().columns.empty(), qPrintable(folder));
            // Every pair compares two checkpoints of the chosen run's folder.
            const QString text = heat->describeCell(0, 0);
            QVERIFY2(text.count(folder + QLatin1Char('/')) == 2, qPrintable(text));
        }
    }

    void unrelatedFileClearsTheRun()
    {
        openRunFolder(QStringLiteral("mixed"));
        QVERIFY(table()->model()->rowCount() > 0);
        QSignalSpy loaded(w.get(), &MainWindow::loadFinished);
        w->openFile(testpaths::fixture(QStringLiteral("state_dict.pt")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
        QVERIFY(w->document()->series().isEmpty());
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(!runs()->banner()->isVisible());
    }
};

QTEST_MAIN(TestMainWindowRuns)
#include "test_mainwindow_runs.moc"
