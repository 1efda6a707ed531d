// The Compare dock inside the real MainWindow (offscreen): two checkpoints of one run
// compared in the background, rows and chart as PyTorch's answers say, the status
// filters of the merged tree, a row selecting its key in the tree, the load check
// ("Loads into A?") against PyTorch's load_state_dict, Fix in Convert down to a file
// PyTorch loads with strict=True, the alignment controls and the overlaid histograms.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "model/itemmodels/DiffModel.h"
#include "model/itemmodels/DiffTreeModel.h"
#include "widgets/common/FileDialog.h"
#include "widgets/convert/ConvertDock.h"
#include "widgets/diff/AlignmentBar.h"
#include "widgets/diff/CompareDock.h"
#include "widgets/diff/DiffChart.h"
#include "widgets/diff/LoadCheckPanel.h"
#include "widgets/diff/ScalarChangesView.h"
#include "widgets/diff/StatusFilterBar.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/stats/HistogramPlot.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

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

    // PyTorch's answer for a case of check_expected.json.
    static QJsonObject checkCase(const QString &name)
    {
        for (const QJsonValue &c : testpaths::readJson(
                 testpaths::fixture(QStringLiteral("check/check_expected.json")))[QStringLiteral("cases")]
                                       .toArray())
            if (c[QStringLiteral("name")].toString() == name)
                return c.toObject();
        return {};
    }
    static QStringList strings(const QJsonValue &v)
    {
        QStringList out;
        for (const QJsonValue &x : v.toArray())
            out << x.toString();
        return out;
    }
    // The leaves the filtered tree shows.
    static int leaves(const QAbstractItemModel *m, const QModelIndex &parent = QModelIndex())
    {
        int n = 0;
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            n += m->rowCount(i) ? leaves(m, i) : 1;
        }
        return n;
    }
    // The children of the load check's group whose title starts with `title`.
    static QStringList group(LoadCheckPanel *panel, const QString &title)
    {
        QTreeWidget *lists = panel->lists();
        for (int i = 0; i < lists->topLevelItemCount(); ++i)
            if (lists->topLevelItem(i)->text(0).startsWith(title)) {
                QStringList out;
                for (int c = 0; c < lists->topLevelItem(i)->childCount(); ++c)
                    out << lists->topLevelItem(i)->child(c)->text(0);
                return out;
            }
        return {};
    }
    void compare(const QString &a, const QString &b)
    {
        open(a);
        QSignalSpy finished(w->compareDock(), &CompareDock::finished);
        w->compareWith(b);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1 && !w->compareDock()->isBusy(), 60000);
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
        QTreeView *table = dock->findChild<QTreeView *>(QStringLiteral("compareTable"));
        table->setCurrentIndex(dock->treeProxy()->mapFromSource(dock->treeModel()->indexOfRow(1)));
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
        QAbstractItemModelTester tester(dock->treeProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(leaves(dock->treeProxy()), expectedRows(QStringLiteral("edited")).size());
        // Each status has a toggle with its count; hiding "same" leaves the five that differ.
        StatusFilterBar *filter = dock->statusFilter();
        QCOMPARE(filter->count(DiffStatus::Changed) + filter->count(DiffStatus::DtypeMismatch)
                + filter->count(DiffStatus::ShapeMismatch) + filter->count(DiffStatus::OnlyA)
                + filter->count(DiffStatus::OnlyB),
            5);
        QVERIFY(filter->button(DiffStatus::Same)->text().contains(QString::number(filter->count(DiffStatus::Same))));
        dock->findChild<QToolButton *>(QStringLiteral("compareFilter_same"))->click();
        QCOMPARE(leaves(dock->treeProxy()), 5); // changed, dtype, shape, only in A, only in B
        dock->findChild<QToolButton *>(QStringLiteral("compareFilter_changed"))->click();
        QCOMPARE(leaves(dock->treeProxy()), 5 - filter->count(DiffStatus::Changed));
        dock->findChild<QToolButton *>(QStringLiteral("compareFilter_changed"))->click();
        // A reload of A (it changed on disk) compares it again with the same B.
        w->document()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 60000);
        QCOMPARE(leaves(dock->treeProxy()), 5);
        // Opening another A drops B: nothing of the last comparison stays on screen.
        open(testpaths::fixture(QStringLiteral("diff/state_dict_edited.pt")));
        QVERIFY(w->document()->partnerFile().isEmpty());
        QVERIFY(!dock->isBusy());
        QCOMPARE(dock->model()->rowCount(), 0);
        QCOMPARE(dock->chart()->pointCount(), 0);
        QCOMPARE(finished.count(), 2);
    }

    // "Loads into A?": A the model (its reference state_dict), B each case's checkpoint;
    // the lists and the message are PyTorch's own (check_expected.json).
    void loadCheckPanel_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : { "exact", "dataparallel", "compiled", "missing_head", "head10", "extra_keys",
                 "renamed_layer", "nested_training", "half" })
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void loadCheckPanel()
    {
        QFETCH(QString, name);
        const QJsonObject want = checkCase(name);
        QVERIFY(!want.isEmpty());
        compare(testpaths::fixture(QStringLiteral("check/ref_net5.pt")),
            testpaths::fixture(want[QStringLiteral("checkpoint")].toString()));
        LoadCheckPanel *panel = w->compareDock()->loadCheck();
        QCOMPARE(panel->direction(), CheckDirection::BIntoA);
        const bool loads = want[QStringLiteral("loads")].toBool();
        QCOMPARE(panel->verdict()->text().contains(QStringLiteral("does not load")), !loads);
        QCOMPARE(group(panel, QStringLiteral("Missing keys")), strings(want[QStringLiteral("missing")]));
        QCOMPARE(group(panel, QStringLiteral("Unexpected keys")), strings(want[QStringLiteral("unexpected")]));
        QStringList sizes;
        for (const QJsonValue &m : want[QStringLiteral("size_mismatch")].toArray()) {
            QStringList c, mo;
            for (const QJsonValue &d : m[QStringLiteral("checkpoint")].toArray())
                c << QString::number(d.toInt());
            for (const QJsonValue &d : m[QStringLiteral("model")].toArray())
                mo << QString::number(d.toInt());
            sizes << QStringLiteral("%1: [%2] in the checkpoint, [%3] in the model")
                         .arg(m[QStringLiteral("key")].toString(), c.join(QStringLiteral(", ")),
                             mo.join(QStringLiteral(", ")));
        }
        QCOMPARE(group(panel, QStringLiteral("Size mismatch")), sizes);
        QCOMPARE(group(panel, QStringLiteral("Dtype differences")).size(),
            want[QStringLiteral("dtype_mismatch")].toArray().size());
        if (!loads) {
            // A state_dict does not name its class: "Model" stands in for PyTorch's "Net".
            QString message = want[QStringLiteral("message")].toString();
            message.replace(QStringLiteral("state_dict for Net:"), QStringLiteral("state_dict for Model:"));
            QCOMPARE(panel->message()->toPlainText(), message);
        }
        QCOMPARE(panel->fixButton()->isEnabled(), !w->compareDock()->comparison().check.fixes.plan.ops.empty());
        QCOMPARE(panel->fixButton()->isEnabled(), !loads && name != QLatin1String("missing_head"));
    }

    // Fix in Convert: B (DataParallel weights nested in a training checkpoint) becomes the
    // document, its plan the fixes, the tree previews them, the check says it loads now,
    // and the converted file loads into Net(5) with strict=True in PyTorch.
    void fixInConvert()
    {
        const QString ref = testpaths::fixture(QStringLiteral("check/ref_net5.pt"));
        const QString nested = testpaths::fixture(QStringLiteral("check/nested_training.pt"));
        compare(ref, nested);
        CompareDock *dock = w->compareDock();
        QVERIFY(dock->loadCheck()->verdict()->text().contains(QStringLiteral("does not load")));
        QSignalSpy checked(dock, &CompareDock::checked);
        QSignalSpy loaded(w.get(), &MainWindow::loadFinished);
        dock->findChild<QPushButton *>(QStringLiteral("compareFixInConvert"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
        QCOMPARE(QFileInfo(w->document()->filePath()), QFileInfo(nested));
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(w->document()->partnerFile()), QFileInfo(ref), 60000);
        QVERIFY(!w->document()->plan().ops.empty());
        QVERIFY(w->document()->previewInTree());
        QVERIFY(w->convertDock()->isVisible());
        QCOMPARE(dock->loadCheck()->direction(), CheckDirection::AIntoB);
        QTRY_VERIFY2_WITH_TIMEOUT(w->document()->isPlanApplied() && !dock->isBusy()
                && dock->loadCheck()->verdict()->text().contains(QStringLiteral("A loads into B with strict=True")),
            qPrintable(dock->loadCheck()->verdict()->text()), 60000);
        // The tree shows the fixed file: the weights at the root, without module. (grouped
        // by module, as state_dicts are shown: fc1 holds fc1.weight).
        auto *tree = w->findChild<QTreeView *>(QStringLiteral("checkpointTree"));
        QStringList top;
        for (int r = 0; r < tree->model()->rowCount(); ++r)
            top << tree->model()->index(r, 0).data().toString();
        QVERIFY2(top.contains(QStringLiteral("fc1")), qPrintable(top.join(QLatin1Char(' '))));
        QVERIFY(!top.contains(QStringLiteral("module")));
        QVERIFY(!top.contains(QStringLiteral("model_state_dict")));

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fixed.pt"));
        w->findChild<QLineEdit *>(QStringLiteral("convertOutput"))->setText(out);
        QSignalSpy converted(w->convertDock(), &ConvertDock::converted);
        QTRY_VERIFY(w->findChild<QPushButton *>(QStringLiteral("convertRun"))->isEnabled());
        w->findChild<QPushButton *>(QStringLiteral("convertRun"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(converted.count() == 1, 60000);
        QVERIFY(converted.first().at(0).toBool());
        const QString models = QFINDTESTDATA("fixtures/check_models.py");
        QVERIFY(!models.isEmpty());
        // PyTorch: strict=True into the model class, and the values are the source's, bit for bit.
        const QString script = QStringLiteral("import sys, torch\n"
                                              "sys.path.insert(0, sys.argv[1])\n"
                                              "from check_models import Net\n"
                                              "sd = torch.load(sys.argv[2])\n"
                                              "Net(5).load_state_dict(sd, strict=True)\n"
                                              "src = torch.load(sys.argv[3])['model_state_dict']\n"
                                              "src = {k[len('module.'):]: v for k, v in src.items()}\n"
                                              "assert list(sd) == list(src), (list(sd), list(src))\n"
                                              "assert all(torch.equal(sd[k], src[k]) for k in sd)\n");
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(QStringLiteral("/usr/bin/python3"),
            { QStringLiteral("-c"), script, QFileInfo(models).absolutePath(), out, nested });
        QVERIFY(check.waitForFinished(120000));
        QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, check.readAll().constData());
    }

    // The alignment controls: found automatically (root model_state_dict, prefix module.),
    // then chosen by hand: no root matches nothing and says so; back to Auto.
    void alignmentControls()
    {
        compare(testpaths::fixture(QStringLiteral("check/ref_net5.pt")),
            testpaths::fixture(QStringLiteral("check/nested_training.pt")));
        CompareDock *dock = w->compareDock();
        AlignmentBar *bar = dock->alignment();
        QCOMPARE(bar->alignmentB().root, QStringLiteral("model_state_dict"));
        QCOMPARE(bar->alignmentB().strip, QStringLiteral("module."));
        QVERIFY(bar->rootCombo(1)->findData(QStringLiteral("optimizer_state_dict")) >= 0);
        QVERIFY(bar->prefixCombo(1)->findData(QStringLiteral("module.")) >= 0);
        const DiffSummary aligned = dock->model()->result().summary();
        QCOMPARE(aligned.onlyA + aligned.onlyB, 0); // every key of Net(5) on both sides
        QVERIFY(aligned.changed > 0);

        QSignalSpy finished(dock, &CompareDock::finished);
        bar->choosePrefix(1, QString());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && !dock->isBusy(), 60000);
        const DiffSummary none = dock->model()->result().summary();
        QCOMPARE(none.same + none.changed + none.shapeMismatch + none.dtypeMismatch, 0);
        QVERIFY(dock->findChild<QLabel *>(QStringLiteral("compareSummary"))->text().contains(QStringLiteral("No key")));
        QVERIFY(dock->chart()->message().contains(QStringLiteral("No key")));

        w->findChild<QToolButton *>(QStringLiteral("compareAutoAlign"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 && !dock->isBusy(), 60000);
        QCOMPARE(bar->alignmentB().strip, QStringLiteral("module."));
        QCOMPARE(dock->model()->result().summary().onlyA, 0);

        // The histogram of a key: A and B on the same bins, each side counting all its values.
        QSignalSpy drawn(dock, &CompareDock::histogramShown);
        QVERIFY(dock->showHistogramOf(QStringLiteral("fc1.weight")));
        QTRY_VERIFY_WITH_TIMEOUT(drawn.count() >= 1, 60000);
        HistogramPlot *h = dock->histogram();
        QCOMPARE(h->bars()->data()->size(), h->barsB()->data()->size());
        double countA = 0, countB = 0;
        for (auto it = h->bars()->data()->constBegin(); it != h->bars()->data()->constEnd(); ++it)
            countA += it->value;
        for (auto it = h->barsB()->data()->constBegin(); it != h->barsB()->data()->constEnd(); ++it)
            countB += it->value;
        QCOMPARE(countA, 8.0 * 16); // fc1 is Linear(16, 8)
        QCOMPARE(countB, 8.0 * 16);
    }

    // The same weights with other metadata (best.pt holds epoch 6's weights, as PyTorch
    // finds them): a warning, not a green "same"; the scalars that differ in plain view.
    void sameWeightsDifferentMetadata()
    {
        const QString a = testpaths::fixture(QStringLiteral("runs/plain/epoch_6.pt"));
        const QString b = testpaths::fixture(QStringLiteral("runs/plain/best.pt"));
        QProcess oracle;
        oracle.start(QStringLiteral("/usr/bin/python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import sys, torch\n"
                               "a, b = (torch.load(f)['model_state_dict'] for f in sys.argv[1:])\n"
                               "sys.exit(0 if list(a) == list(b) and all(torch.equal(a[k], b[k]) for k in a) else 1)"),
                a, b });
        QVERIFY(oracle.waitForFinished(120000));
        QCOMPARE(oracle.exitCode(), 0);
        compare(a, b);
        CompareDock *dock = w->compareDock();
        const DiffResult &r = dock->model()->result();
        const DiffSummary sum = r.summary();
        QVERIFY(sum.same > 0); // every weight both hold is identical
        QCOMPARE(sum.changed + sum.shapeMismatch + sum.dtypeMismatch + sum.error, 0);
        QVERIFY(sum.onlyA > 0); // epoch_6.pt has its optimizer state, best.pt has not
        QVERIFY(sum.scalarsChanged > 0); // train_loss, lr ... only in A
        QVERIFY(dock->findChild<QLabel *>(QStringLiteral("compareSummary"))
                    ->text()
                    .contains(QStringLiteral("Same weights, different metadata")));
        QCOMPARE(dock->scalars()->changedCount(), r.summary().scalarsChanged);
        QVERIFY(dock->chart()->message().contains(QStringLiteral("identical")));
    }
};

QTEST_MAIN(TestMainWindowDiff)
#include "test_mainwindow_diff.moc"
