// Issue 16's workflows, clicked through the real MainWindow (offscreen): the module tree
// and its View toggle and export, the Convert dock's dtype and device choices and its
// buttons for the tree's selection, the inference package's fields, and "Save as" that
// keeps the format and the file name's extension in step. Every written checkpoint is
// loaded by PyTorch.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/convert/EditPlanParse.h"
#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "widgets/common/FileDialog.h"
#include "widgets/convert/ConvertDock.h"
#include "widgets/details/DetailsDock.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/tree/CheckpointTreeView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ckpt;
using M = CheckpointTreeModel;

class TestMainWindowWorkflows : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_settings;

    QAction *action(const char *name) const { return w->findChild<QAction *>(QLatin1String(name)); }
    template <typename T> T *child(const char *name) const { return w->findChild<T *>(QLatin1String(name)); }
    QString label(const char *name) const { return child<QLabel>(name)->text(); }

    void openThroughTheMenu(const QString &path)
    {
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        FileDialog::setNextFileName(path);
        action("actionOpen")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
    }
    QStringList topRows() const
    {
        QStringList rows;
        const QAbstractItemModel *m = w->treeView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            rows << m->index(r, 0).data().toString();
        return rows;
    }
    // /usr/bin/python3 with torch runs `code`; its output on failure.
    static QByteArray python(const QString &code, const QStringList &args, bool *ok)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("/usr/bin/python3"), QStringList { QStringLiteral("-c"), code } + args);
        *ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        return p.readAll();
    }
    static QByteArray checkOutput(const QStringList &args, bool *ok)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("/usr/bin/python3"), QStringList { QFINDTESTDATA("convert/check_output.py") } + args);
        *ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        return p.readAll();
    }
    void convertTo(const QString &out)
    {
        child<QLineEdit>("convertOutput")->setText(out);
        QTRY_VERIFY_WITH_TIMEOUT(w->document()->isPlanApplied(), 20000);
        QTRY_VERIFY(child<QPushButton>("convertRun")->isEnabled());
        QSignalSpy converted(w->convertDock(), &ConvertDock::converted);
        child<QPushButton>("convertRun")->click();
        QTRY_VERIFY2_WITH_TIMEOUT(converted.count() == 1, qPrintable(label("convertStatus")), 60000);
        QVERIFY2(converted.first().at(0).toBool(), qPrintable(label("convertStatus")));
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_mainwindow_workflows")); }

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

    // A state_dict opens grouped by module with the totals PyTorch gives each module;
    // View > Group Keys by Module switches to one row per key and back; the export nests.
    void moduleTree()
    {
        const QString file = testpaths::fixture(QStringLiteral("many_keys.pt"));
        openThroughTheMenu(file);
        QAction *group = action("actionGroupByModule");
        QVERIFY(group && group->isCheckable() && group->isChecked());
        QCOMPARE(topRows(), QStringList { QStringLiteral("blocks") });
        QVERIFY(w->selectPath(QStringLiteral("blocks.3.bias")));
        const QModelIndex bias = w->treeView()->currentIndex();
        QCOMPARE(bias.data().toString(), QStringLiteral("bias"));
        QCOMPARE(bias.data(M::PathRole).toString(), QStringLiteral("blocks.3.bias"));
        const QModelIndex block3 = bias.parent();
        QCOMPARE(block3.data(M::PathRole).toString(), QStringLiteral("blocks.3"));
        // English plurals come from the English catalogue, whatever the locale (C here).
        const QString kind = block3.siblingAtColumn(M::KindColumn).data().toString();
        QVERIFY2(kind.startsWith(QStringLiteral("module · ")) && kind.endsWith(QStringLiteral(" tensors"))
                && !kind.contains(QStringLiteral("(s)")),
            qPrintable(kind));

        // PyTorch's count of the elements under "blocks.3." and "blocks.".
        bool ok = false;
        const QByteArray sums
            = python(QStringLiteral("import sys, torch\n"
                                    "d = torch.load(sys.argv[1])\n"
                                    "print(sum(v.numel() for k, v in d.items() if k.startswith('blocks.3.')),"
                                    " sum(v.numel() * v.element_size() for k, v in d.items()),"
                                    " sum(1 for k in d if k.startswith('blocks.3.')))"),
                { file }, &ok);
        QVERIFY2(ok, sums.constData());
        const QList<QByteArray> numbers = sums.trimmed().split(' ');
        QCOMPARE(block3.data(M::ParametersRole).toLongLong(), numbers.at(0).toLongLong());
        QCOMPARE(w->treeView()->model()->index(0, 0).data(M::BytesRole).toLongLong(), numbers.at(1).toLongLong());

        // Details of a module row: its prefix and what PyTorch counts under it.
        w->treeView()->setCurrentIndex(block3);
        QTRY_VERIFY(w->detailsDock()->plainText().startsWith(QStringLiteral("Module")));
        const QString details = w->detailsDock()->plainText();
        QVERIFY2(details.contains(QStringLiteral("tensors below\n%1\n").arg(QString::fromLatin1(numbers.at(2)))),
            qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("(%1)").arg(QString::fromLatin1(numbers.at(0)))), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("'blocks.3.'")));

        // Drop on a module row drops the keys below it (exact paths).
        QVERIFY(action("dropFromConversionAction")->isEnabled());
        QVERIFY(!action("extractAsRootAction")->isEnabled()); // a module is not a subtree of the file
        action("dropFromConversionAction")->trigger();
        QCOMPARE(w->document()->plan().ops.size(), size_t(1));
        QCOMPARE(w->document()->plan().ops.back().patterns.size(), 4);

        // The export follows the tree: nested by module.
        QTemporaryDir dir;
        FileDialog::setNextFileName(dir.filePath(QStringLiteral("tree.json")));
        action("actionExportJson")->trigger();
        QFile f(dir.filePath(QStringLiteral("tree.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray json = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(json.size(), 1);
        QVERIFY(json.at(0).toObject().value(QStringLiteral("module")).toBool());
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("children")).toArray().size(), 500);

        // The selected key stays selected through the switch.
        QVERIFY(w->selectPath(QStringLiteral("blocks.3.bias")));
        group->trigger(); // flat
        QCOMPARE(w->treeView()->model()->rowCount(), 2000);
        QCOMPARE(w->treeView()->currentIndex().data().toString(), QStringLiteral("blocks.3.bias"));
        group->trigger();
        QCOMPARE(topRows(), QStringList { QStringLiteral("blocks") });
    }

    // Tools > Convert; dtype and device are picked from choices that say what the file
    // holds; the tree's actions are buttons in the dock too.
    void convertInputs()
    {
        const QString file = testpaths::fixture(QStringLiteral("gpu_tagged.pt"));
        openThroughTheMenu(file);
        action("actionConvert")->trigger();
        QVERIFY(w->convertDock()->isVisible());
        auto *kind = child<QComboBox>("convertStepKind");
        auto *choice = child<QComboBox>("convertStepChoice");
        kind->setCurrentIndex(kind->findData(int(StepForm::MapDevice)));
        QVERIFY(choice->isVisible());
        QVERIFY(!child<QLineEdit>("convertStepText")->isVisible());
        QStringList devices;
        for (int i = 0; i < choice->count(); ++i)
            devices << choice->itemData(i).toString();
        QVERIFY2(devices.contains(QStringLiteral("cpu")), qPrintable(devices.join(QLatin1Char(' '))));
        QVERIFY2(devices.contains(QStringLiteral("cuda:1=cpu")), qPrintable(devices.join(QLatin1Char(' '))));
        choice->setCurrentIndex(0); // every storage to cpu
        child<QPushButton>("convertAddStep")->click();
        QCOMPARE(w->document()->plan().ops.size(), size_t(1));
        QCOMPARE(w->document()->plan().ops.back().kind, EditOp::Kind::RemapDevice);

        kind->setCurrentIndex(kind->findData(int(StepForm::Cast)));
        QVERIFY(!choice->isEditable());
        QCOMPARE(choice->count(), 3);
        QVERIFY(choice->itemText(choice->findData(QStringLiteral("float32"))).contains(QStringLiteral("holds")));
        choice->setCurrentIndex(choice->findData(QStringLiteral("float16")));
        child<QPushButton>("convertAddStep")->click();
        QCOMPARE(w->document()->plan().ops.size(), size_t(2));
        QCOMPARE(w->document()->plan().ops.back().dtype, DType::Float16);

        // The dock's button for the tree's Keep Only: the selected row.
        auto *keep = child<QToolButton>("keepInConversionActionButton");
        QVERIFY(keep && keep->isVisible());
        QVERIFY(w->selectPath(QStringLiteral("on_cuda1")));
        QVERIFY(keep->isEnabled());
        keep->click();
        QCOMPARE(w->document()->plan().ops.size(), size_t(3));
        QCOMPARE(w->document()->plan().ops.back().kind, EditOp::Kind::Keep);
        QVERIFY(child<QToolButton>("dropFromConversionActionButton"));
        QVERIFY(child<QToolButton>("extractAsRootActionButton"));
    }

    // The inference package made by clicking: class names typed, the model config picked
    // from the checkpoint's own subtree, preprocessing typed as JSON; PyTorch checks it.
    void inferencePackage()
    {
        const QString file = testpaths::fixture(QStringLiteral("inference_package.pt"));
        openThroughTheMenu(file);
        action("actionConvert")->trigger();
        auto *format = child<QComboBox>("convertFormat");
        format->setCurrentIndex(format->findData(QStringLiteral("package")));
        QVERIFY(child<QWidget>("convertPackageFields")->isVisible());
        auto *config = child<QComboBox>("packageConfig");
        QVERIFY(config->findText(QStringLiteral("model_config")) >= 0);
        config->setCurrentIndex(config->findText(QStringLiteral("model_config")));
        QVERIFY(child<QComboBox>("packageClassNames")->findText(QStringLiteral("class_names")) >= 0);
        child<QComboBox>("packageClassNames")->setEditText(QStringLiteral("ant, bee,wasp"));
        child<QComboBox>("packagePreprocessing")
            ->setEditText(QStringLiteral("{\"mean\": [0.5, 0.25], \"std\": [0.125], \"size\": 4}"));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("pkg.pt"));
        convertTo(out);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("pkg_metadata.json"))));

        bool ok = false;
        const QByteArray checked = checkOutput({ file, out, QStringLiteral("--format"), QStringLiteral("package"),
                                                   QStringLiteral("--class-names"), QStringLiteral("ant,bee,wasp") },
            &ok);
        QVERIFY2(ok, checked.constData());
        const QByteArray fields
            = python(QStringLiteral("import sys, json, torch\n"
                                    "src = torch.load(sys.argv[1])\n"
                                    "pkg = torch.load(sys.argv[2])\n"
                                    "side = json.load(open(sys.argv[3]))\n"
                                    "assert pkg['model_config'] == src['model_config'], pkg['model_config']\n"
                                    "assert pkg['preprocessing'] == {'mean': [0.5, 0.25], 'std': [0.125], 'size': 4}, "
                                    "pkg['preprocessing']\n"
                                    "assert pkg['class_names'] == ['ant', 'bee', 'wasp'], pkg['class_names']\n"
                                    "assert side['class_names'] == pkg['class_names']\n"
                                    "assert side['model_config'] == src['model_config']\n"),
                { file, out, dir.filePath(QStringLiteral("pkg_metadata.json")) }, &ok);
        QVERIFY2(ok, fields.constData());

        // A field that is neither JSON nor a path says so, and nothing is written.
        config->setEditText(QStringLiteral("no_such_subtree"));
        const QString bad = dir.filePath(QStringLiteral("bad.pt"));
        child<QLineEdit>("convertOutput")->setText(bad);
        QSignalSpy converted(w->convertDock(), &ConvertDock::converted);
        child<QPushButton>("convertRun")->click();
        QTRY_VERIFY_WITH_TIMEOUT(converted.count() == 1, 60000);
        QVERIFY(!converted.first().at(0).toBool());
        QVERIFY(label("convertStatus").contains(QStringLiteral("no_such_subtree")));
        QVERIFY(!QFile::exists(bad));
    }

    // A DCP folder by clicking: "Save as" names a folder (no extension), the folder is
    // written and read back by PyTorch as DCP's reader does (plain pickle of .metadata with
    // the fixtures' stand-ins, each item by torch.load), and "Open converted file" opens it.
    void dcpFolder()
    {
        const QString file = testpaths::fixture(QStringLiteral("train_adam.pt"));
        openThroughTheMenu(file);
        action("actionConvert")->trigger();
        auto *format = child<QComboBox>("convertFormat");
        format->setCurrentIndex(format->findData(QStringLiteral("dcp")));
        QVERIFY(format->currentIndex() >= 0);
        QVERIFY2(child<QLineEdit>("convertOutput")->text().endsWith(QStringLiteral("/train_adam_converted")),
            qPrintable(child<QLineEdit>("convertOutput")->text()));
        // A folder's dots are part of its name: back to torch, the whole name gets ".pt".
        QTemporaryDir dir;
        child<QLineEdit>("convertOutput")->setText(dir.filePath(QStringLiteral("run.v2")));
        format->setCurrentIndex(format->findData(QStringLiteral("torch")));
        QCOMPARE(child<QLineEdit>("convertOutput")->text(), dir.filePath(QStringLiteral("run.v2.pt")));
        format->setCurrentIndex(format->findData(QStringLiteral("dcp")));
        QCOMPARE(child<QLineEdit>("convertOutput")->text(), dir.filePath(QStringLiteral("run.v2")));
        const QString out = dir.filePath(QStringLiteral("train_dcp"));
        convertTo(out);
        QVERIFY2(label("convertStatus").contains(QStringLiteral("torch.distributed.checkpoint")),
            qPrintable(label("convertStatus")));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden),
            QStringList({ QStringLiteral(".metadata"), QStringLiteral("__0_0.distcp") }));
        bool ok = false;
        const QByteArray checked
            = python(QStringLiteral("import os, sys, torch\n"
                                    "sys.path.insert(0, os.path.dirname(sys.argv[1]))\n"
                                    "import dcp_standins as d\n"
                                    "values, planner, meta = d.read_dcp(sys.argv[3])\n"
                                    "flat, want = d.flatten(torch.load(sys.argv[2]))\n"
                                    "assert list(values) == list(flat), (list(values), list(flat))\n"
                                    "assert planner == want, planner\n"
                                    "for k, v in flat.items():\n"
                                    "    g = values[k]\n"
                                    "    if isinstance(v, torch.Tensor):\n"
                                    "        assert g.dtype == v.dtype and torch.equal(g, v), k\n"
                                    "    else:\n"
                                    "        assert g == v and type(g) == type(v), k\n"),
                { QFINDTESTDATA("fixtures/dcp_standins.py"), file, out }, &ok);
        QVERIFY2(ok, checked.constData());
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        child<QPushButton>("convertOpenResult")->click();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
        QCOMPARE(w->document()->checkpoint()->format, Format::Dcp);
    }

    // The default layout gives Convert the right column's lower part (a tab beside Safety
    // and Statistics), and the window still works at 800x500: every dock's controls are
    // on screen or scroll there.
    void layoutAt800x500()
    {
        openThroughTheMenu(testpaths::fixture(QStringLiteral("train_adam.pt")));
        action("actionConvert")->trigger();
        QVERIFY(w->convertDock()->isVisible());
        QVERIFY(w->tabifiedDockWidgets(w->convertDock()).size() >= 2);
        QVERIFY2(w->convertDock()->height() >= 350, qPrintable(QString::number(w->convertDock()->height())));
        w->resize(800, 500);
        QTRY_COMPARE(w->size(), QSize(800, 500));
        QVERIFY(w->minimumSizeHint().width() <= 800 && w->minimumSizeHint().height() <= 500);
        QVERIFY(!w->treeView()->visibleRegion().isEmpty());
        auto *run = child<QPushButton>("convertRun");
        QVERIFY(run->isVisible());
        QVERIFY(w->rect().contains(QRect(run->mapTo(w.get(), QPoint(0, 0)), run->size()))
            || child<QWidget>("convertScroll"));
        w->resize(1300, 820);
    }

    // "Save as" and the file name stay in step: the extension follows the format, the
    // format the extension, and both survive opening another file.
    void saveAsFollowsTheExtension()
    {
        openThroughTheMenu(testpaths::fixture(QStringLiteral("state_dict.pt")));
        action("actionConvert")->trigger();
        auto *format = child<QComboBox>("convertFormat");
        auto *output = child<QLineEdit>("convertOutput");
        format->setCurrentIndex(format->findData(QStringLiteral("safetensors")));
        QVERIFY2(output->text().endsWith(QStringLiteral(".safetensors")), qPrintable(output->text()));

        openThroughTheMenu(testpaths::fixture(QStringLiteral("dtypes.pt")));
        QCOMPARE(format->currentData().toString(), QStringLiteral("safetensors"));
        QVERIFY2(output->text().endsWith(QStringLiteral("dtypes_converted.safetensors")), qPrintable(output->text()));

        // Typing a .pt name picks torch; a .safetensors name picks safetensors again.
        QTemporaryDir dir;
        output->setText(dir.filePath(QStringLiteral("typed.pt")));
        QMetaObject::invokeMethod(output, "editingFinished");
        QCOMPARE(format->currentData().toString(), QStringLiteral("torch"));
        QCOMPARE(output->text(), dir.filePath(QStringLiteral("typed.pt")));
        const QString st = dir.filePath(QStringLiteral("typed.safetensors"));
        FileDialog::setNextFileName(st);
        child<QPushButton>("convertBrowse")->click();
        QCOMPARE(format->currentData().toString(), QStringLiteral("safetensors"));
        convertTo(st);
        bool ok = false;
        const QByteArray checked = checkOutput({ testpaths::fixture(QStringLiteral("dtypes.pt")), st,
                                                   QStringLiteral("--format"), QStringLiteral("safetensors") },
            &ok);
        QVERIFY2(ok, checked.constData());
    }
};

QTEST_MAIN(TestMainWindowWorkflows)
#include "test_mainwindow_workflows.moc"
