// The real MainWindow (offscreen) driven through its real actions, with every file
// dialog and message box answered in advance: Open, Compare With, Open Series Folder,
// Export Tree, the Convert dock's Browse and Convert (the written file checked by
// PyTorch), Export Histogram and About; and opening a second file leaves nothing of the
// first behind.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/document/CheckpointDocument.h"
#include "model/formats/CheckpointReader.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "model/itemmodels/DiffModel.h"
#include "model/itemmodels/FindingsModel.h"
#include "model/itemmodels/TreeExport.h"
#include "model/stats/StatsRunner.h"
#include "model/training/TrainingScalars.h"
#include "widgets/common/FileDialog.h"
#include "widgets/common/MessageBox.h"
#include "widgets/common/Qcp.h"
#include "widgets/convert/ConvertDock.h"
#include "widgets/details/DetailsDock.h"
#include "widgets/diff/CompareDock.h"
#include "widgets/diff/DiffChart.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/runs/RunsDock.h"
#include "widgets/stats/ModelStatsView.h"
#include "widgets/stats/StatisticsDock.h"
#include "widgets/stats/TensorStatsPanel.h"
#include "widgets/training/RunCurvesView.h"
#include "widgets/training/TrainingDock.h"
#include "widgets/tree/CheckpointTreeView.h"
#include "widgets/tree/SummaryHeader.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <cmath>

using namespace ckpt;

class TestMainWindowDocument : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_settings;

    QAction *action(const char *name) const { return w->findChild<QAction *>(QLatin1String(name)); }
    template <typename T> T *child(const char *name) const { return w->findChild<T *>(QLatin1String(name)); }
    QString label(const char *name) const { return child<QLabel>(name)->text(); }

    // File › Open, the dialog answered with `path`.
    void openThroughTheMenu(const QString &path)
    {
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        FileDialog::setNextFileName(path);
        action("actionOpen")->trigger();
        QVERIFY(!FileDialog::hasPendingAnswers());
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
    }
    bool hasTopRow(const QString &key) const
    {
        const QAbstractItemModel *m = w->treeView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(CheckpointTreeModel::KeyRole).toString() == key)
                return true;
        return false;
    }
    TensorStatsPanel *panel() const { return w->statisticsDock()->tensorPanel(); }
    ModelStatsView *wholeModel() const { return w->statisticsDock()->modelView(); }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_mainwindow_document")); }

    void init()
    {
        w = guitest::freshMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }

    void cleanup()
    {
        w.reset();
        QVERIFY(!FileDialog::hasPendingAnswers()); // every answer was asked for
    }

    void aCancelledDialogDoesNothing()
    {
        QSignalSpy started(w->document(), &CheckpointDocument::loadStarted);
        FileDialog::setNextFileName(QString());
        action("actionOpen")->trigger();
        FileDialog::setNextFileName(QString());
        action("actionCompareWith")->trigger();
        FileDialog::setNextDirectory(QString());
        action("actionOpenRunFolder")->trigger();
        QCOMPARE(started.count(), 0);
        QVERIFY(w->document()->partnerFile().isEmpty());
        QVERIFY(w->document()->series().isEmpty());
        QCOMPARE(FileDialog::lastRequest().caption, QStringLiteral("Open Run Folder"));
    }

    void secondFileLeavesNothingOfTheFirst()
    {
        CheckpointDocument *doc = w->document();
        openThroughTheMenu(testpaths::fixture(QStringLiteral("train_adam.pt")));
        QVERIFY(FileDialog::lastRequest().filters.contains(QStringLiteral("*.safetensors")));
        QCOMPARE(label("safetyBadge"), QStringLiteral("SAFE"));

        // Everything the first file can put on screen.
        w->showDock(QStringLiteral("statistics"));
        QVERIFY(w->selectPath(QStringLiteral("model_state_dict/fc1.weight")));
        QTRY_VERIFY_WITH_TIMEOUT(panel()->hasStats(), 60000);
        QTRY_VERIFY(!w->detailsDock()->isBusy());
        QVERIFY(w->detailsDock()->plainText().contains(QStringLiteral("fc1.weight")));
        // The whole model's tab, as a user raises it (a hidden tab lists nothing yet).
        w->statisticsDock()->findChild<QTabWidget *>(QStringLiteral("statisticsTabs"))->setCurrentWidget(wholeModel());
        QSignalSpy computed(wholeModel(), &ModelStatsView::computed);
        wholeModel()->findChild<QPushButton *>(QStringLiteral("computeModelStats"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() >= 1, 60000);
        QVERIFY(wholeModel()->chart()->graph(0)->dataCount() > 0);
        // The key-order axis counts tensors: whole-number ticks only, also zoomed in on a few.
        wholeModel()->chart()->xAxis->setRange(0, 3);
        wholeModel()->chart()->replot();
        const QVector<double> ticks = wholeModel()->chart()->xAxis->tickVector();
        QVERIFY(!ticks.isEmpty());
        for (double t : ticks)
            QCOMPARE(t, std::round(t));

        QVERIFY(w->selectPath(QStringLiteral("optimizer_state_dict")));
        action("dropFromConversionAction")->trigger();
        QVERIFY(w->convertDock()->isVisible());
        child<QCheckBox>("convertPreviewToggle")->setChecked(true);
        QTRY_VERIFY(!hasTopRow(QStringLiteral("optimizer_state_dict")));

        QSignalSpy compared(w->compareDock(), &CompareDock::finished);
        FileDialog::setNextFileName(testpaths::fixture(QStringLiteral("train_sgd.pt")));
        action("actionCompareWith")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(compared.count() == 1, 60000);
        QVERIFY(w->compareDock()->model()->rowCount() > 0);

        FileDialog::setNextDirectory(testpaths::fixture(QStringLiteral("series")));
        action("actionOpenRunFolder")->trigger();
        RunCurvesView *run = w->runsDock()->curves();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isLoading() && run->run().size() == 6, 60000);
        QVERIFY(run->plot()->graphCount() > 0);
        w->showDock(QStringLiteral("statistics"));

        // The second file: another format, other keys, another safety verdict.
        const QString second = testpaths::fixture(QStringLiteral("legacy_whole_model.pt"));
        openThroughTheMenu(second);
        const CheckpointPtr now = doc->checkpoint();
        QCOMPARE(now->file, QFileInfo(second).absoluteFilePath());
        QVERIFY(w->windowTitle().contains(QStringLiteral("legacy_whole_model.pt")));

        // The plan, its history and the preview.
        QVERIFY(doc->plan().ops.empty());
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->previewInTree());
        QVERIFY(!child<QCheckBox>("convertPreviewToggle")->isChecked());
        QCOMPARE(child<QListWidget>("convertPlanList")->count(), 0);
        QVERIFY(!child<QPushButton>("convertUndo")->isEnabled());
        QVERIFY(child<QLineEdit>("convertOutput")->text().contains(QStringLiteral("legacy_whole_model_converted")));
        for (const QLabel *l : w->findChildren<SummaryHeader *>().first()->findChildren<QLabel *>())
            QVERIFY(!l->text().contains(QStringLiteral("Preview of the conversion")));

        // The tree, the selection and Details.
        auto *treeModel = qobject_cast<const QAbstractProxyModel *>(w->treeView()->model());
        QVERIFY(treeModel);
        QCOMPARE(static_cast<CheckpointTreeModel *>(treeModel->sourceModel())->checkpoint(), now);
        QVERIFY(!hasTopRow(QStringLiteral("model_state_dict")));
        QVERIFY(!w->treeView()->currentIndex().isValid());
        QVERIFY(doc->selection().isEmpty());
        QVERIFY(!w->detailsDock()->isBusy());
        QVERIFY(w->detailsDock()->plainText().contains(QStringLiteral("Select a row")));

        // Safety and the header: the new file's verdict and findings.
        QCOMPARE(label("safetyBadge"), QStringLiteral("NEEDS CODE"));
        QVERIFY(label("weightsOnlyLabel").contains(QStringLiteral("would not accept")));
        auto *findings = child<QTreeView>("findingsView")->model();
        QCOMPARE(findings->rowCount(), int(now->findings.size()));
        QCOMPARE(findings->index(0, FindingsModel::GlobalColumn).data().toString(), QStringLiteral("__main__.Net"));

        // Statistics: no tensor, the whole-model table lists the new file's tensors, no values.
        QVERIFY(!panel()->hasStats());
        QVERIFY(!panel()->isComputing());
        const std::vector<int> statsIndexes = statsTensorIndexes(*now);
        QAbstractItemModel *table = wholeModel()->model();
        QCOMPARE(table->rowCount(), int(statsIndexes.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->index(r, ModelStatsTable::ColTensor).data().toString(),
                pathToString(now->tensors[size_t(statsIndexes[size_t(r)])].path));
            QVERIFY(!table->index(r, ModelStatsTable::ColMean).data(Qt::DisplayRole).isValid());
        }
        QCOMPARE(wholeModel()->chart()->graph(0)->dataCount(), 0);
        QCOMPARE(wholeModel()->chart()->graph(1)->dataCount(), 0);
        QCOMPARE(wholeModel()->chart()->xAxis->range().upper, double(statsIndexes.size()) - 1);

        // Compare: the partner is dropped, nothing of the comparison is shown.
        QVERIFY(doc->partnerFile().isEmpty());
        QVERIFY(!w->compareDock()->isBusy());
        QCOMPARE(w->compareDock()->model()->rowCount(), 0);
        QCOMPARE(w->compareDock()->chart()->pointCount(), 0);
        QVERIFY(label("compareSummary").isEmpty());
        QVERIFY(!label("compareFiles").contains(QStringLiteral("train_sgd")));

        // Training: the series was not this file's; the metadata is the new file's.
        QVERIFY(doc->series().isEmpty());
        QVERIFY(run->run().empty());
        QCOMPARE(run->plot()->graphCount(), 0);
        QCOMPARE(run->metricList()->count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!w->trainingView()->isBusy(), 60000);
        QCOMPARE(w->trainingView()->info().scalars.size(), scanTraining(*now).scalars.size());
        QCOMPARE(w->trainingView()->scalarTable()->rowCount(), int(scanTraining(*now).scalars.size()));
    }

    void exportTreeWritesWhatTheTreeShows()
    {
        openThroughTheMenu(testpaths::fixture(QStringLiteral("train_adam.pt")));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("tree.json"));
        FileDialog::setNextFileName(out);
        action("actionExportJson")->trigger();
        QVERIFY(FileDialog::lastRequest().dir.endsWith(QStringLiteral("train_adam-tree.json")));
        QVERIFY(FileDialog::lastRequest().filters.contains(QStringLiteral("*.json")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QCOMPARE(written, exportTree(*w->treeView()->model(), ExportFormat::Json));
        QCOMPARE(QJsonDocument::fromJson(written).array().size(), 4); // epoch, model, optimizer, loss
    }

    void convertThroughTheDockIsCheckedByPyTorch()
    {
        openThroughTheMenu(testpaths::fixture(QStringLiteral("train_adam.pt")));
        action("actionConvert")->trigger();
        QVERIFY(w->convertDock()->isVisible());
        action("actionConvert")->trigger(); // shows it, never hides it
        QVERIFY(w->convertDock()->isVisible());

        // A step typed in the dock's field, and one from the tree's context menu.
        auto *kind = child<QComboBox>("convertStepKind");
        kind->setCurrentIndex(kind->findText(QStringLiteral("Drop (glob)")));
        child<QLineEdit>("convertStepText")->setText(QStringLiteral("optimizer_state_dict"));
        child<QPushButton>("convertAddStep")->click();
        QCOMPARE(w->document()->plan().ops.size(), size_t(1));
        QTRY_VERIFY(child<QPushButton>("convertRun")->isEnabled());

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("slim.pt"));
        FileDialog::setNextFileName(out);
        child<QPushButton>("convertBrowse")->click();
        QCOMPARE(child<QLineEdit>("convertOutput")->text(), out);
        QVERIFY(FileDialog::lastRequest().filters.contains(QStringLiteral("*.pt")));
        QSignalSpy converted(w->convertDock(), &ConvertDock::converted);
        child<QPushButton>("convertRun")->click();
        QTRY_VERIFY2_WITH_TIMEOUT(converted.count() == 1,
            qPrintable(QStringLiteral("no result; status '%1', Convert enabled %2, plan applied %3, busy %4")
                           .arg(label("convertStatus"))
                           .arg(child<QPushButton>("convertRun")->isEnabled())
                           .arg(w->document()->isPlanApplied())
                           .arg(w->convertDock()->isBusy())),
            60000);
        QVERIFY2(converted.first().at(0).toBool(), qPrintable(label("convertStatus")));
        QVERIFY(label("convertStatus").contains(QStringLiteral("Wrote")));

        // PyTorch loads it and finds the source minus the dropped key, bit for bit.
        const QString script = QFINDTESTDATA("convert/check_output.py");
        QVERIFY(!script.isEmpty());
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(QStringLiteral("/usr/bin/python3"),
            { script, testpaths::fixture(QStringLiteral("train_adam.pt")), out, QStringLiteral("--drop"),
                QStringLiteral("optimizer_state_dict") });
        QVERIFY(check.waitForFinished(120000));
        QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, check.readAll().constData());

        // Converting again to the same file asks first; No keeps it as it is.
        const QDateTime written = QFileInfo(out).lastModified();
        MessageBox::setNextAnswer(QMessageBox::No);
        child<QPushButton>("convertRun")->click();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("slim.pt already exists")));
        QVERIFY(!w->convertDock()->isBusy());
        QVERIFY(label("convertStatus").contains(QStringLiteral("exists and was kept")));
        QCOMPARE(converted.count(), 1);
        QCOMPARE(QFileInfo(out).lastModified(), written);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>("convertRun")->click();
        QTRY_VERIFY2_WITH_TIMEOUT(converted.count() == 2, qPrintable(label("convertStatus")), 60000);
        QVERIFY(converted.last().at(0).toBool());

        // One click opens the result: a new file, so the plan is gone.
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        child<QPushButton>("convertOpenResult")->click();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
        QCOMPARE(w->document()->filePath(), out);
        QVERIFY(w->document()->plan().ops.empty());
        QVERIFY(!hasTopRow(QStringLiteral("optimizer_state_dict")));
    }

    void exportHistogramAndAbout()
    {
        openThroughTheMenu(testpaths::fixture(QStringLiteral("state_dict.pt")));
        w->showDock(QStringLiteral("statistics"));
        QVERIFY(w->selectPath(QStringLiteral("fc1.weight")));
        QTRY_VERIFY_WITH_TIMEOUT(panel()->hasStats(), 60000);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("fc1.png"));
        FileDialog::setNextFileName(png);
        panel()->findChild<QToolButton *>(QStringLiteral("histogramExport"))->click();
        QCOMPARE(FileDialog::lastRequest().dir, QStringLiteral("fc1.weight.png"));
        QFile f(png);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(8), QByteArray("\x89PNG\r\n\x1a\n"));

        // A box answered in advance never blocks the window.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action("actionAbout")->trigger();
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("About Checkpoint Inspector"));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Checkpoint Inspector")));
    }
};

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    TestMainWindowDocument t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_mainwindow_document.moc"
