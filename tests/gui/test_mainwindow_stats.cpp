// The Statistics and Training docks inside the real MainWindow (offscreen): statistics
// are computed only while the dock is shown and match PyTorch's histogram; a series
// folder fills the training dock; a run's point opens its checkpoint; the layout persists.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "widgets/common/FileDialog.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/runs/RunsDock.h"
#include "widgets/stats/HistogramPlot.h"
#include "widgets/stats/ModelStatsView.h"
#include "widgets/stats/StatisticsDock.h"
#include "widgets/stats/TensorStatsPanel.h"
#include "widgets/training/RunCurvesView.h"
#include "widgets/training/TrainingDock.h"

#include "widgets/common/Qcp.h"
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ckpt;

namespace {
QJsonObject expectedStats(const QString &file, const QString &key)
{
    const QJsonObject e = testpaths::readJson(testpaths::fixture(file + QStringLiteral(".expected.json")));
    for (const QJsonValue &t : e.value(QStringLiteral("tensors")).toArray())
        if (t.toObject().value(QStringLiteral("path")).toArray() == QJsonArray { key })
            return t.toObject().value(QStringLiteral("stats")).toObject();
    return {};
}

QString currentPath(MainWindow *w)
{
    auto *tree = w->findChild<QTreeView *>(QStringLiteral("checkpointTree"));
    return tree->currentIndex().siblingAtColumn(0).data(ckpt::CheckpointTreeModel::PathRole).toString();
}
} // namespace

class TestMainWindowStats : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_settings;

    TensorStatsPanel *panel() { return w->statisticsDock()->tensorPanel(); }
    QDockWidget *dock(const char *name) { return w->findChild<QDockWidget *>(QLatin1String(name)); }

    // The Whole Model tab, as a user raises it: a hidden tab lists nothing yet.
    ModelStatsView *raiseWholeModel()
    {
        ModelStatsView *view = w->statisticsDock()->modelView();
        w->statisticsDock()->findChild<QTabWidget *>(QStringLiteral("statisticsTabs"))->setCurrentWidget(view);
        return view;
    }

    void open(const QString &path)
    {
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        w->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_mainwindow_stats")); }

    void init()
    {
        w = guitest::freshMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }

    void cleanup() { w.reset(); }

    void defaultLayout()
    {
        // The tree stays the main thing: Statistics waits behind Safety, Training is closed.
        QVERIFY(dock("detailsDock")->isVisible());
        QVERIFY(dock("safetyDock")->isVisible());
        QVERIFY(!w->statisticsDock()->isOnScreen()); // behind the Safety tab
        // Convert (closed) is the group's third tab: it opens with the column's lower part.
        QCOMPARE(w->tabifiedDockWidgets(dock("safetyDock")),
            (QList<QDockWidget *> { dock("statisticsDock"), dock("ConvertDock") }));
        QVERIFY(!dock("trainingDock")->isVisible());
        QVERIFY(w->findChild<QAction *>(QStringLiteral("actionShowStatistics")));
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("actionShowTraining"))->isChecked());
        QVERIFY(w->findChild<QAction *>(QStringLiteral("actionOpenSeries")));
        QVERIFY(w->findChild<QAction *>(QStringLiteral("actionOpenRunFolder")));
        QVERIFY(!dock("runsDock")->isVisible());
    }

    void histogramOfTheSelectedTensor()
    {
        open(testpaths::fixture(QStringLiteral("state_dict.pt")));
        // Hidden: selecting a tensor computes nothing (LibTorch stays unloaded).
        QVERIFY(w->selectPath(QStringLiteral("fc1.weight")));
        QVERIFY(!panel()->isComputing());
        QVERIFY(!panel()->hasStats());
        QVERIFY(!w->statisticsDock()->isBusy());

        // Shown: the current selection's statistics come in.
        QVERIFY(w->showDock(QStringLiteral("statistics")));
        QVERIFY(w->statisticsDock()->isOnScreen());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->hasStats(), 60000);
        QVERIFY(!w->statisticsDock()->isBusy());
        const QJsonObject e = expectedStats(QStringLiteral("state_dict.pt"), QStringLiteral("fc1.weight"));
        const QJsonArray counts
            = e.value(QStringLiteral("histogram")).toObject().value(QStringLiteral("counts")).toArray();
        QVERIFY(!counts.isEmpty());
        QCPBarsDataContainer *bars = panel()->plot()->bars()->data().data();
        QCOMPARE(bars->size(), counts.size());
        for (int i = 0; i < counts.size(); ++i)
            QCOMPARE(bars->at(i)->value, counts[i].toDouble());
        QCOMPARE(panel()->stats().min, e.value(QStringLiteral("min")).toDouble());

        // Another row while shown: follows the selection.
        QVERIFY(w->selectPath(QStringLiteral("fc2.weight")));
        QTRY_VERIFY_WITH_TIMEOUT(panel()->hasStats() && panel()->stats().numel == 3 * 4, 60000);

        // Closed again: the selection waits until the dock is back.
        dock("statisticsDock")->toggleViewAction()->trigger();
        QVERIFY(!w->statisticsDock()->isOnScreen());
        QVERIFY(w->selectPath(QStringLiteral("fc1.bias")));
        QVERIFY(!panel()->isComputing());
        QCOMPARE(panel()->stats().numel, qint64(3 * 4)); // still fc2.weight
        dock("statisticsDock")->toggleViewAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(panel()->hasStats() && panel()->stats().numel == 4, 60000);
    }

    void wholeModelPicksATreeRow()
    {
        open(testpaths::fixture(QStringLiteral("state_dict.pt")));
        w->showDock(QStringLiteral("statistics"));
        ModelStatsView *view = raiseWholeModel();
        QVERIFY(view->model()->rowCount() > 0);
        const int fc2 = view->model()
                            ->match(view->model()->index(0, ModelStatsTable::ColTensor), Qt::DisplayRole,
                                QStringLiteral("fc2.bias"), 1, Qt::MatchExactly)
                            .value(0)
                            .row();
        QVERIFY(fc2 >= 0);
        const int tensorIndex = view->model()->index(fc2, ModelStatsTable::ColTensor).data(Qt::UserRole + 1).toInt();
        Q_EMIT view->tensorActivated(tensorIndex);
        QCOMPARE(currentPath(w.get()), QStringLiteral("fc2.bias"));
        QTRY_VERIFY_WITH_TIMEOUT(panel()->hasStats() && panel()->stats().numel == 3, 60000);
    }

    // A file opened while the dock is closed: the previous file's list goes at once, the new
    // one's is made when the tab is shown again (as many rows as PyTorch saved tensors).
    void wholeModelListWaitsForTheDock()
    {
        open(testpaths::fixture(QStringLiteral("state_dict.pt")));
        w->showDock(QStringLiteral("statistics"));
        ModelStatsView *view = raiseWholeModel();
        QVERIFY(view->model()->rowCount() > 0);
        dock("statisticsDock")->toggleViewAction()->trigger();
        QVERIFY(!w->statisticsDock()->isOnScreen());
        open(testpaths::fixture(QStringLiteral("many_keys.pt")));
        QCOMPARE(view->model()->rowCount(), 0);
        const QJsonObject e = testpaths::readJson(testpaths::fixture(QStringLiteral("many_keys.pt.expected.json")));
        dock("statisticsDock")->toggleViewAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            view->model()->rowCount(), int(e.value(QStringLiteral("tensors")).toArray().size()), 10000);
    }

    void runFolderFillsTheRunsDock()
    {
        // File > Open Run Folder…, its dialog answered in advance.
        FileDialog::setNextDirectory(testpaths::fixture(QStringLiteral("series")));
        w->findChild<QAction *>(QStringLiteral("actionOpenRunFolder"))->trigger();
        QVERIFY(!FileDialog::hasPendingAnswers());
        QVERIFY(dock("runsDock")->isVisible());
        QVERIFY(w->findChild<QAction *>(QStringLiteral("actionShowRuns"))->isChecked());
        RunCurvesView *run = w->runsDock()->curves();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isLoading(), 60000);
        QCOMPARE(run->run().size(), size_t(6));
        QVERIFY(run->plot()->graphCount() > 0);
        bool val = false;
        for (const MetricCurve &c : run->curves())
            val |= c.name == QLatin1String("val_loss") && c.points.size() == 6;
        QVERIFY(val);

        // A point of the run opens its checkpoint, whose own metadata fills the first tab.
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        const QString epoch3 = run->run()[2].file;
        Q_EMIT w->runsDock()->openRequested(epoch3);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
        QCOMPARE(w->checkpoint()->file, QFileInfo(epoch3).absoluteFilePath());
        QTRY_VERIFY_WITH_TIMEOUT(!w->trainingView()->isBusy(), 60000);
        QCOMPARE(w->trainingView()->info().epoch(), 3.0);
        // That file belongs to the run: the curves stay.
        QCOMPARE(run->run().size(), size_t(6));
        QVERIFY(!w->document()->series().isEmpty());
    }

    void layoutIsRemembered()
    {
        w->showDock(QStringLiteral("statistics"));
        w->showDock(QStringLiteral("training"));
        w->close();
        w = std::make_unique<MainWindow>();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->statisticsDock()->isOnScreen());
        QVERIFY(dock("trainingDock")->isVisible());
    }
};

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    TestMainWindowStats t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_mainwindow_stats.moc"
