// The conversion plan fed from the tree and previewed in it, inside the real MainWindow
// (offscreen): the context-menu actions push exact-path steps, "Preview in Tree" swaps
// the tree to the planned result and back, and undo removes the step.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "widgets/convert/CastWarnings.h"
#include "widgets/convert/ConvertDock.h"
#include "widgets/details/DetailsDock.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/tree/CheckpointTreeView.h"
#include "widgets/tree/SummaryHeader.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ckpt;

class TestMainWindowConvert : public QObject {
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
    // Is there a top-level row with this key in the tree as shown?
    bool hasTopRow(const QString &key) const
    {
        const QAbstractItemModel *m = w->treeView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(CheckpointTreeModel::KeyRole).toString() == key)
                return true;
        return false;
    }
    bool headerSaysPreview() const
    {
        for (const QLabel *l : w->findChildren<SummaryHeader *>().first()->findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("Preview of the conversion")))
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_mainwindow_convert")); }

    void init()
    {
        w = guitest::freshMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }

    void cleanup() { w.reset(); }

    // A cast to float16 in the plan: the dock lists what PyTorch's .half() does to each
    // tensor's values (overflows to inf, non-zero values to 0), most harmful first, and
    // "Keep These in Their dtype" leaves the harmed ones as they are.
    void castWarningsAreWhatPyTorchCounts()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ranges.pt"));
        QProcess py;
        py.setProcessChannelMode(QProcess::MergedChannels);
        py.start(QStringLiteral("/usr/bin/python3"),
            { QStringLiteral("-c"),
                QStringLiteral(
                    "import sys, torch\n"
                    "torch.manual_seed(0)\n"
                    "sd = {'big': torch.tensor([1e5, -7e4, 1.0, 2.0]), 'tiny': torch.tensor([1e-9, 3e-8, 0.5]),"
                    " 'fine': torch.randn(64)}\n"
                    "torch.save(sd, sys.argv[1])\n"
                    "for k, t in sd.items():\n"
                    "    h = t.half().float()\n"
                    "    print(k, int((torch.isinf(h) & torch.isfinite(t)).sum()),"
                    " int(((h == 0) & (t != 0)).sum()))\n"),
                file });
        QVERIFY(py.waitForFinished(60000));
        const QByteArray expected = py.readAll();
        QVERIFY2(py.exitCode() == 0, expected.constData());
        QHash<QString, std::pair<qint64, qint64>> want;
        for (const QByteArray &line : expected.trimmed().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            want.insert(QString::fromLatin1(f[0]), { f[1].toLongLong(), f[2].toLongLong() });
        }
        open(file);
        CheckpointDocument *doc = w->document();
        CastWarnings *warnings = w->convertDock()->castWarnings();
        QVERIFY(!warnings->isVisible() || warnings->risks().empty()); // no cast, nothing shown
        w->showDock(QStringLiteral("convert"));
        doc->pushStep(EditOp::cast(DType::Float16));
        QTRY_VERIFY_WITH_TIMEOUT(doc->isPlanApplied() && !warnings->isBusy() && warnings->risks().size() == 3, 60000);
        QVERIFY(warnings->isVisible());
        for (const CastRisk &r : warnings->risks()) {
            QVERIFY2(want.contains(r.path), qPrintable(r.path));
            QCOMPARE(r.overflow, want.value(r.path).first);
            QCOMPARE(r.underflow, want.value(r.path).second);
        }
        // Most harmful first, as the table shows them.
        QCOMPARE(warnings->risks().front().path, QStringLiteral("big"));
        QCOMPARE(warnings->table()->topLevelItem(0)->text(0), QStringLiteral("big"));
        QVERIFY(
            warnings->findChild<QLabel *>(QStringLiteral("castSummary"))->text().startsWith(QStringLiteral("2 of")));

        auto *keep = warnings->findChild<QPushButton *>(QStringLiteral("castKeepHarmed"));
        QVERIFY(keep->isEnabled());
        keep->click();
        QCOMPARE(doc->plan().ops.size(), size_t(2));
        QCOMPARE(doc->plan().ops.back().kind, EditOp::Kind::KeepDType);
        QTRY_VERIFY_WITH_TIMEOUT(doc->isPlanApplied() && !warnings->isBusy() && warnings->risks().size() == 1, 60000);
        QCOMPARE(warnings->risks().front().path, QStringLiteral("fine")); // the others stay float32
        QVERIFY(!keep->isEnabled());
    }

    void dropPreviewUndo()
    {
        open(testpaths::fixture(QStringLiteral("train_adam.pt")));
        CheckpointDocument *doc = w->document();
        auto *dock = w->findChild<ConvertDock *>();
        QVERIFY(dock);
        QVERIFY(w->treeView()->selectionMode() == QAbstractItemView::ExtendedSelection);
        QVERIFY(w->selectPath(QStringLiteral("optimizer_state_dict")));

        auto *drop = w->findChild<QAction *>(QStringLiteral("dropFromConversionAction"));
        QVERIFY(drop);
        const size_t before = doc->plan().ops.size();
        drop->trigger();
        QCOMPARE(doc->plan().ops.size(), before + 1);
        const EditOp &op = doc->plan().ops.back();
        QCOMPARE(op.kind, EditOp::Kind::Drop);
        QCOMPARE(op.syntax, EditOp::Syntax::Exact);
        QCOMPARE(op.patterns, QStringList { QStringLiteral("optimizer_state_dict") });
        QVERIFY(dock->isVisible());
        QCOMPARE(doc->undoStack()->count(), 1);

        // Preview on: the tree shows the plan's result, the file stays the window's checkpoint.
        auto *toggle = w->findChild<QCheckBox *>(QStringLiteral("convertPreviewToggle"));
        QVERIFY(toggle);
        QSignalSpy loads(w.get(), &MainWindow::loadFinished);
        const CheckpointPtr file = w->checkpoint();
        toggle->setChecked(true);
        QTRY_VERIFY(!hasTopRow(QStringLiteral("optimizer_state_dict")));
        QVERIFY(hasTopRow(QStringLiteral("model_state_dict")));
        QVERIFY(headerSaysPreview());
        QCOMPARE(w->checkpoint(), file);
        QCOMPARE(loads.count(), 0);

        // Selection and Details keep working on the preview.
        QVERIFY(w->selectPath(QStringLiteral("model_state_dict/fc1.weight")));
        QTRY_VERIFY(!w->detailsDock()->isBusy());
        QVERIFY(w->detailsDock()->plainText().contains(QStringLiteral("fc1.weight")));
        QVERIFY(w->selectPath(QStringLiteral("model_state_dict")));

        QTemporaryDir shots; // the window renders the preview (a picture, never a fixed path)
        QVERIFY(w->grab().save(shots.filePath(QStringLiteral("preview.png"))));
        QVERIFY(QFileInfo(shots.filePath(QStringLiteral("preview.png"))).size() > 0);

        toggle->setChecked(false);
        QTRY_VERIFY(hasTopRow(QStringLiteral("optimizer_state_dict")));
        QVERIFY(!headerSaysPreview());

        // Preview on again, then undo empties the plan: the file is shown again.
        toggle->setChecked(true);
        QTRY_VERIFY(!hasTopRow(QStringLiteral("optimizer_state_dict")));
        doc->undoStack()->undo();
        QCOMPARE(doc->plan().ops.size(), before);
        QTRY_VERIFY(hasTopRow(QStringLiteral("optimizer_state_dict")));
    }

    void multiSelectionIsOneExactStep()
    {
        // Several rows become one step; exact paths, so no glob can match a sibling.
        open(testpaths::fixture(QStringLiteral("train_adam.pt")));
        CheckpointDocument *doc = w->document();
        QVERIFY(w->selectPath(QStringLiteral("optimizer_state_dict")));
        QTest::keyClick(w->treeView(), Qt::Key_Down, Qt::ShiftModifier);
        const QStringList paths = w->treeView()->selectedPaths();
        QCOMPARE(paths.size(), 2);
        w->findChild<QAction *>(QStringLiteral("keepInConversionAction"))->trigger();
        QCOMPARE(doc->plan().ops.size(), size_t(1));
        QCOMPARE(doc->plan().ops.back().kind, EditOp::Kind::Keep);
        QCOMPARE(doc->plan().ops.back().patterns, paths);
        QCOMPARE(doc->undoStack()->count(), 1);
    }

    void extractAsNewRoot()
    {
        open(testpaths::fixture(QStringLiteral("train_adam.pt")));
        CheckpointDocument *doc = w->document();
        QVERIFY(w->selectPath(QStringLiteral("model_state_dict")));
        w->findChild<QAction *>(QStringLiteral("extractAsRootAction"))->trigger();
        QCOMPARE(doc->plan().ops.size(), size_t(1));
        QCOMPARE(doc->plan().ops.back().kind, EditOp::Kind::Extract);
        QCOMPARE(doc->plan().ops.back().from, QStringLiteral("model_state_dict"));
        doc->setPreviewInTree(true);
        // The new root is a state_dict: grouped by module, fc1.weight under fc1.
        QTRY_VERIFY(hasTopRow(QStringLiteral("fc1")));
        QVERIFY(!hasTopRow(QStringLiteral("model_state_dict")));
        QVERIFY(w->selectPath(QStringLiteral("fc1.weight")));
    }

    void reloadKeepsThePlanOpeningStartsAfresh()
    {
        open(testpaths::fixture(QStringLiteral("train_adam.pt")));
        CheckpointDocument *doc = w->document();
        QVERIFY(w->selectPath(QStringLiteral("optimizer_state_dict")));
        w->findChild<QAction *>(QStringLiteral("dropFromConversionAction"))->trigger();
        doc->setPreviewInTree(true);
        QTRY_VERIFY(!hasTopRow(QStringLiteral("optimizer_state_dict")));

        // A reload (the file changed on disk) keeps the plan and the preview, applied again.
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        w->findChild<QAction *>(QStringLiteral("actionReload"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
        QCOMPARE(doc->plan().ops.size(), size_t(1));
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->previewInTree());
        QTRY_VERIFY(doc->isPreviewShown());
        QVERIFY(!hasTopRow(QStringLiteral("optimizer_state_dict")));
        QVERIFY(hasTopRow(QStringLiteral("model_state_dict")));

        // Opening a file, even this one again, starts afresh: no plan, no history, the file.
        open(testpaths::fixture(QStringLiteral("train_adam.pt")));
        QVERIFY(doc->plan().ops.empty());
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->previewInTree());
        QVERIFY(!w->findChild<QCheckBox *>(QStringLiteral("convertPreviewToggle"))->isChecked());
        QVERIFY(hasTopRow(QStringLiteral("optimizer_state_dict")));
    }
};

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(resources); // icons live in the static ckpt_resources library
    QApplication app(argc, argv);
    TestMainWindowConvert t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_mainwindow_convert.moc"
