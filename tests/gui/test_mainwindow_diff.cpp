// The Compare dock inside the real MainWindow (offscreen): two checkpoints of one run
// compared in the background, rows and chart as PyTorch's answers say, the "only
// different" filter, and a row selecting its key in the tree.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "model/itemmodels/DiffModel.h"
#include "widgets/common/FileDialog.h"
#include "widgets/diff/CompareDock.h"
#include "widgets/diff/DiffChart.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ckpt;

class TestMainWindowDiff : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_settings;

    void open(const QString &path)
    {
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        w->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
    }
    // PyTorch's rows for a named pair of diff_expected.json.
    static QJsonArray expectedRows(const QString &name)
    {
        for (const QJsonValue &p :
            testpaths::readJson(testpaths::fixture(QStringLiteral("diff_expected.json")))[QStringLiteral("pairs")]
                .toArray())
            if (p[QStringLiteral("name")].toString() == name)
                return p[QStringLiteral("tensors")].toArray();
        return {};
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_mainwindow_diff")); }

    void init()
    {
        w = guitest::freshMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }

    void cleanup() { w.reset(); }

    void hiddenUntilAsked()
    {
        QVERIFY(w->findChild<QAction *>(QStringLiteral("actionCompareWith")));
        QVERIFY(!w->findChild<QDockWidget *>(QStringLiteral("compareDock"))->isVisible());
    }

    void seriesPair()
    {
        open(testpaths::fixture(QStringLiteral("series/checkpoint_epoch_1.pt")));
        CompareDock *dock = w->compareDock();
        QSignalSpy finished(dock, &CompareDock::finished);
        // File > Compare With…, its dialog answered in advance.
        FileDialog::setNextFileName(testpaths::fixture(QStringLiteral("series/checkpoint_epoch_6.pt")));
        w->findChild<QAction *>(QStringLiteral("actionCompareWith"))->trigger();
        QVERIFY(!FileDialog::hasPendingAnswers());
        QVERIFY(dock->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QVERIFY(!dock->isBusy());

        const QJsonArray want = expectedRows(QStringLiteral("series"));
        QVERIFY(!want.isEmpty());
        DiffModel *model = dock->model();
        QCOMPARE(model->rowCount(), want.size());
        for (int r = 0; r < want.size(); ++r) {
            QCOMPARE(
                model->index(r, DiffModel::KeyColumn).data().toString(), want[r][QStringLiteral("path")].toString());
            QCOMPARE(diffStatusName(DiffStatus(model->index(r, 0).data(DiffModel::StatusRole).toInt())),
                want[r][QStringLiteral("status")].toString());
            const double rel = model->index(r, DiffModel::RelL2Column).data(DiffModel::SortRole).toDouble();
            QVERIFY(std::abs(rel - want[r][QStringLiteral("rel_l2")].toDouble()) < 1e-9);
        }
        QCOMPARE(dock->chart()->pointCount(), want.size()); // every tensor of the run changed

        // Choosing a row selects A's tensor in the tree.
        QTableView *table = dock->findChild<QTableView *>(QStringLiteral("compareTable"));
        table->setCurrentIndex(table->model()->index(1, 0));
        auto *tree = w->findChild<QTreeView *>(QStringLiteral("checkpointTree"));
        // (grouped by module: the row "bias" under "hidden", at the stored key's path)
        QCOMPARE(tree->currentIndex().siblingAtColumn(0).data(ckpt::CheckpointTreeModel::PathRole).toString(),
            QStringLiteral("model_state_dict/hidden.bias"));
    }

    void onlyDifferentAndReopen()
    {
        open(testpaths::fixture(QStringLiteral("state_dict.pt")));
        CompareDock *dock = w->compareDock();
        QSignalSpy finished(dock, &CompareDock::finished);
        w->compareWith(testpaths::fixture(QStringLiteral("diff/state_dict_edited.pt")));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QCOMPARE(dock->model()->rowCount(), expectedRows(QStringLiteral("edited")).size());
        dock->findChild<QCheckBox *>(QStringLiteral("compareOnlyDifferent"))->setChecked(true);
        QCOMPARE(dock->proxy()->rowCount(), 5); // changed, dtype, shape, only in A, only in B
        // A reload of A (it changed on disk) compares it again with the same B.
        w->document()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 60000);
        QCOMPARE(dock->proxy()->rowCount(), 5);
        // Opening another A drops B: nothing of the last comparison stays on screen.
        open(testpaths::fixture(QStringLiteral("diff/state_dict_edited.pt")));
        QVERIFY(w->document()->partnerFile().isEmpty());
        QVERIFY(!dock->isBusy());
        QCOMPARE(dock->model()->rowCount(), 0);
        QCOMPARE(dock->chart()->pointCount(), 0);
        QCOMPARE(finished.count(), 2);
    }
};

QTEST_MAIN(TestMainWindowDiff)
#include "test_mainwindow_diff.moc"
