// Drives the real MainWindow by object name on the offscreen platform: open, totals,
// filter, select, details, safety, a 100k-key file, the example and export.
#include "tests/gui/GuiTestSupport.h"

#include "model/checkpoint/Summary.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "model/itemmodels/FindingsModel.h"
#include "model/itemmodels/TreeExport.h"
#include "model/itemmodels/TreeFilter.h"
#include "widgets/details/DetailsDock.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QtEndian>

using namespace ckpt;
using M = CheckpointTreeModel;

namespace {
QString fixture(const QString &name)
{
    return qEnvironmentVariable("CKPT_FIXTURE_DIR") + QLatin1Char('/') + name;
}

QJsonArray expectedTensors(const QString &name)
{
    QFile f(fixture(name) + QStringLiteral(".expected.json"));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("tensors")).toArray();
}

// Row `key` under `parent` in the view's model, by display text of column 0.
QModelIndex row(const QAbstractItemModel *m, const QString &key, const QModelIndex &parent = QModelIndex())
{
    for (int i = 0; i < m->rowCount(parent); ++i)
        if (m->index(i, 0, parent).data().toString() == key)
            return m->index(i, 0, parent);
    return QModelIndex();
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_settings;
    QTreeView *tree() { return w->findChild<QTreeView *>(QStringLiteral("checkpointTree")); }
    QString label(const char *name) { return w->findChild<QLabel *>(QLatin1String(name))->text(); }

    void open(const QString &path)
    {
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        w->openFile(path);
        QVERIFY(w->isLoading()); // the GUI thread never parses
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
    }

    // View > Group Keys by Module off: one row per stored key.
    void flatKeys() { w->findChild<QAction *>(QStringLiteral("actionGroupByModule"))->setChecked(false); }

private Q_SLOTS:
    // Settings and recent files go to a temporary folder, never the user's.
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_mainwindow")); }

    void init()
    {
        w = std::make_unique<MainWindow>();
        w->resize(1200, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }

    void cleanup() { w.reset(); }

    void opensAndShowsTotals()
    {
        flatKeys(); // the rows as stored (the grouped view: test_mainwindow_workflows)
        open(fixture(QStringLiteral("train_adam.pt")));
        QAbstractItemModelTester tester(tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QAbstractItemModel *m = tree()->model();
        QCOMPARE(m->rowCount(), 4);
        qint64 modelParams = 0, modelBytes = 0, optParams = 0;
        for (const QJsonValue &v : expectedTensors(QStringLiteral("train_adam.pt"))) {
            const QJsonObject t = v.toObject();
            const QString top = t.value(QStringLiteral("path")).toArray().first().toString();
            (top == QLatin1String("model_state_dict") ? modelParams : optParams)
                += qint64(t.value(QStringLiteral("numel")).toDouble());
            if (top == QLatin1String("model_state_dict"))
                modelBytes += qint64(t.value(QStringLiteral("nbytes")).toDouble());
        }
        const QModelIndex msd = row(m, QStringLiteral("model_state_dict"));
        QVERIFY(msd.isValid());
        QCOMPARE(cell(msd, M::ParametersColumn), formatCount(modelParams));
        QCOMPARE(cell(msd, M::BytesColumn), formatBytes(modelBytes));
        QCOMPARE(msd.data(M::BytesRole).toLongLong(), modelBytes);
        QCOMPARE(row(m, QStringLiteral("optimizer_state_dict")).data(M::ParametersRole).toLongLong(), optParams);
        QCOMPARE(m->rowCount(msd), 11);
        QCOMPARE(cell(row(m, QStringLiteral("fc1.weight"), msd), M::ShapeColumn), QStringLiteral("[4, 8]"));
        QVERIFY(label("summaryTotals").contains(formatCount(modelParams + optParams)));
        QCOMPARE(label("safetyBadge"), QStringLiteral("SAFE"));
        QVERIFY(!w->findChild<QWidget *>(QStringLiteral("messageBanner"))->isVisible());
        // torch 1.13's own weights_only load of this file fails (BINFLOAT, recorded by the
        // fixture generator): the dock's yes must not claim every release.
        QFile expected(fixture(QStringLiteral("train_adam.pt.expected.json")));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(expected.readAll()).object().value(QStringLiteral("weights_only_loadable")),
            QJsonValue(false));
        QVERIFY2(label("weightsOnlyLabel").contains(QStringLiteral("1.13 refuses it")),
            qPrintable(label("weightsOnlyLabel")));
    }

    // The pre-1.6 tar layout: torch >= 2.6 refuses it under weights_only (its default), 1.13
    // loads it (torch 1.13's torch.load(weights_only=True) of this fixture returns its dict):
    // the dock's no says which release refuses and which accepts.
    void tarLayoutNamesTheReleases()
    {
        open(fixture(QStringLiteral("legacy_tar/legacy_tar_views.pt")));
        const QString text = label("weightsOnlyLabel");
        QVERIFY2(text.contains(QStringLiteral(">=2.6")) && text.contains(QStringLiteral("refuses this file"))
                && text.contains(QStringLiteral("1.13")),
            qPrintable(text));
    }

    void filters()
    {
        flatKeys(); // the rows as stored (the grouped view: test_mainwindow_workflows)
        open(fixture(QStringLiteral("train_adam.pt")));
        QAbstractItemModelTester tester(tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *edit = w->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        edit->setText(QStringLiteral("EXP_AVG"));
        QTRY_COMPARE(label("matchCountLabel"), QStringLiteral("16 matches"));
        QCOMPARE(tree()->model()->rowCount(), 1); // only optimizer_state_dict keeps a match
        w->findChild<QComboBox *>(QStringLiteral("filterMode"))->setCurrentIndex(int(FilterSpec::Mode::Regex));
        edit->setText(QStringLiteral("^fc\\d\\.(weight|bias)$"));
        QTRY_COMPARE(label("matchCountLabel"), QStringLiteral("4 matches"));
        edit->setText(QStringLiteral("fc("));
        QTRY_COMPARE(label("matchCountLabel").contains(QStringLiteral("invalid")), true);
        edit->clear();
        auto *dtype = w->findChild<QComboBox *>(QStringLiteral("dtypeFilter"));
        const int int64 = dtype->findData(QStringLiteral("int64"));
        QVERIFY(int64 > 0);
        dtype->setCurrentIndex(int64);
        QTRY_COMPARE(label("matchCountLabel"), QStringLiteral("1 match"));
        const QModelIndex msd = row(tree()->model(), QStringLiteral("model_state_dict"));
        QCOMPARE(tree()->model()->rowCount(msd), 1);
        QCOMPARE(tree()->model()->index(0, 0, msd).data().toString(), QStringLiteral("bn.num_batches_tracked"));
        dtype->setCurrentIndex(0);
        QTRY_COMPARE(tree()->model()->rowCount(), 4);
    }

    void selectShowsTensorDetails()
    {
        open(fixture(QStringLiteral("train_adam.pt")));
        QVERIFY(w->selectPath(QStringLiteral("model_state_dict/fc1.weight")));
        QTRY_VERIFY(!w->detailsDock()->isBusy());
        const QString text = w->findChild<QTextBrowser *>(QStringLiteral("detailsText"))->toPlainText();
        for (const char *s :
            { "float32", "[4, 8]", "[8, 1]", "requires_grad", "storage key", "First values", "24 of 32 shown" })
            QVERIFY2(text.contains(QLatin1String(s)), s);
        QVERIFY(!w->selectPath(QStringLiteral("model_state_dict/nope")));
    }

    // A LoRA adapter (the real PEFT one of the corpus) says what it holds in the header: its
    // modules, rank (lora_A's first dimension, read from the safetensors header here) and
    // PEFT's default alpha of 8 with no adapter_config.json beside it.
    void loraAdapterSummary()
    {
        const QString adapter = QDir(qEnvironmentVariable("CKPT_CORPUS_DIR"))
                                    .filePath(QStringLiteral("real/peft-gpt2/adapter_model.safetensors"));
        if (!QFile::exists(adapter))
            QSKIP("corpus not present");
        QFile f(adapter);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(8);
        const qint64 n = qFromLittleEndian<qint64>(head.constData());
        const QJsonObject header = QJsonDocument::fromJson(f.read(n)).object();
        QSet<qint64> ranks;
        int modules = 0;
        for (auto it = header.begin(); it != header.end(); ++it)
            if (it.key().endsWith(QStringLiteral("lora_A.weight"))) {
                ++modules;
                ranks.insert(qint64(it.value().toObject().value(QStringLiteral("shape")).toArray().at(0).toDouble()));
            }
        QCOMPARE(ranks.size(), 1);
        open(adapter);
        const QString text = label("summaryLora");
        QVERIFY2(text.contains(QStringLiteral("LoRA adapter")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 modules").arg(modules)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("rank %1 ").arg(*ranks.begin())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("alpha 8 (default)")), qPrintable(text));
        // A checkpoint that is no adapter has no such line.
        open(fixture(QStringLiteral("train_adam.pt")));
        QVERIFY(!w->findChild<QLabel *>(QStringLiteral("summaryLora"))->isVisible());
    }

    // What cannot be read has its own badge: it is neither safe nor "needs code".
    void unreadableHasItsOwnBadge()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("picture.pt"));
        QFile f(png);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8));
        f.close();
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        w->openFile(png);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
        QCOMPARE(label("safetyBadge"), QStringLiteral("UNREADABLE"));
        QVERIFY(label("weightsOnlyLabel").contains(QStringLiteral("Cannot be judged")));
    }

    void wholeModelShowsObjectAndSafety()
    {
        open(fixture(QStringLiteral("legacy_whole_model.pt")));
        QCOMPARE(label("safetyBadge"), QStringLiteral("NEEDS CODE"));
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("safetyBanner"))->isVisible());
        QVERIFY(label("weightsOnlyLabel").contains(QStringLiteral("would not accept")));
        auto *findings = w->findChild<QTreeView *>(QStringLiteral("findingsView"))->model();
        QAbstractItemModelTester tester(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(findings->index(0, FindingsModel::GlobalColumn).data().toString(), QStringLiteral("__main__.Net"));
        // The Why column elides; the worst finding's whole reason is written out below it,
        // and follows the selection.
        auto *view = w->findChild<QTreeView *>(QStringLiteral("findingsView"));
        auto *why = w->findChild<QLabel *>(QStringLiteral("findingWhy"));
        QVERIFY(!why->isHidden());
        const QString reason0 = findings->index(0, FindingsModel::DetailColumn).data().toString();
        QVERIFY(!reason0.isEmpty());
        QVERIFY2(why->text().contains(reason0.toHtmlEscaped()), qPrintable(why->text()));
        if (findings->rowCount() > 1) {
            view->setCurrentIndex(findings->index(1, 0));
            QVERIFY(why->text().contains(
                findings->index(1, FindingsModel::DetailColumn).data().toString().toHtmlEscaped()));
        }
        QVERIFY(w->selectPath(QString())); // the root object row
        QTRY_VERIFY(!w->detailsDock()->isBusy());
        const QString text = w->detailsDock()->plainText();
        QVERIFY(text.contains(QStringLiteral("__main__.Net")));
        if (!w->checkpoint()->moduleSources.isEmpty())
            QVERIFY(text.contains(QStringLiteral("Source embedded in the file")));
    }

    // A TorchScript archive: the selected module's class in its code/ file, read-only, and
    // a constant's op and line (tests/fixtures/make_script_code_fixtures.py).
    void torchScriptShowsCode()
    {
        QFile manifestFile(fixture(QStringLiteral("script_code/manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        open(fixture(QStringLiteral("script_code/model.pt")));
        QVERIFY(w->selectPath(QStringLiteral("offset")));
        QTRY_VERIFY(!w->detailsDock()->isBusy());
        QCOMPARE(w->detailsDock()->codeFile(), QStringLiteral("code/__torch__.py"));
        QVERIFY(w->detailsDock()->codeText().contains(QStringLiteral("class Offset(Module):")));
        QVERIFY(w->findChild<QPlainTextEdit *>(QStringLiteral("detailsCode"))->isReadOnly());
        QCOMPARE(w->findChild<QComboBox *>(QStringLiteral("detailsCodeFiles"))->count(),
            manifest.value(QStringLiteral("code_files")).toArray().size());
        QVERIFY(w->detailsDock()->plainText().contains(QStringLiteral("TorchScript code")));
        // constants.pkl is a row beside the root object, which paths start below.
        const QModelIndex constants = row(tree()->model(), QStringLiteral("constants.pkl"));
        QVERIFY(constants.isValid());
        tree()->expand(constants);
        QVERIFY(tree()->model()->rowCount(constants) == 1);
        tree()->setCurrentIndex(tree()->model()->index(0, 0, constants));
        QTRY_VERIFY(!w->detailsDock()->isBusy());
        const QJsonObject use = manifest.value(QStringLiteral("constant_uses"))
                                    .toObject()
                                    .value(QStringLiteral("0"))
                                    .toArray()
                                    .first()
                                    .toObject();
        const QString text = w->detailsDock()->plainText();
        QVERIFY2(text.contains(QStringLiteral("%1:%2")
                                   .arg(use.value(QStringLiteral("file")).toString())
                                   .arg(use.value(QStringLiteral("line")).toInt())),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("torch.add")));
        auto *code = w->findChild<QPlainTextEdit *>(QStringLiteral("detailsCode"));
        QCOMPARE(code->textCursor().blockNumber() + 1, use.value(QStringLiteral("line")).toInt());
        // Other formats keep the code panel hidden.
        open(fixture(QStringLiteral("train_adam.pt")));
        QVERIFY(w->selectPath(QStringLiteral("model_state_dict")));
        QVERIFY(w->detailsDock()->codeFile().isEmpty());
    }

    void loadErrorShowsBanner()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.pt"));
        QFile src(fixture(QStringLiteral("train_adam.pt")));
        QVERIFY(src.open(QIODevice::ReadOnly));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(src.read(src.size() / 2)); // truncated: the zip directory is gone
        out.close();
        open(bad);
        QVERIFY(!w->checkpoint()->ok());
        QTRY_VERIFY(w->findChild<QWidget *>(QStringLiteral("messageBanner"))->isVisible());
        QVERIFY(label("messageBannerText").contains(QStringLiteral("broken.pt")));
        // Cut after data.pkl: the tree its local headers still hold is shown, and the verdict
        // says the file cannot be judged (no loader reads it as it is).
        QVERIFY(label("messageBannerText").contains(QStringLiteral("truncated zip")));
        QCOMPARE(tree()->model()->rowCount(), 4);
        QCOMPARE(label("safetyBadge"), QStringLiteral("UNREADABLE"));
    }

    void cancelDropsTheResult()
    {
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        w->openFile(fixture(QStringLiteral("many_keys.pt")));
        QVERIFY(w->isLoading());
        auto *cancel = w->findChild<QAbstractButton *>(QStringLiteral("cancelLoadButton"));
        QVERIFY(cancel->isVisible());
        cancel->click();
        QVERIFY(!w->isLoading());
        QTest::qWait(500); // the worker finishes; its stale result must not show
        QCOMPARE(done.count(), 0);
        QVERIFY(!w->checkpoint());
        open(fixture(QStringLiteral("state_dict.pt"))); // and the next load still works
        QVERIFY(w->checkpoint()->ok());
    }

    void reloadsWhenTheFileChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.pt"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("state_dict.pt")), path));
        open(path);
        QVERIFY(w->selectPath(QStringLiteral("fc1.weight")));
        const qint64 before = w->checkpoint()->tensors.size();
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        {
            QFile src(fixture(QStringLiteral("train_adam.pt")));
            QVERIFY(src.open(QIODevice::ReadOnly));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(src.readAll());
        }
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1, 20000);
        QTRY_VERIFY(!w->isLoading());
        QVERIFY(qint64(w->checkpoint()->tensors.size()) != before);
        QCOMPARE(tree()->model()->rowCount(), 4);
    }

    void openExampleAndExport()
    {
        flatKeys(); // the rows as stored (the grouped view: test_mainwindow_workflows)
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        w->openExample();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
        QVERIFY(w->checkpoint()->ok());
        const QModelIndex msd = row(tree()->model(), QStringLiteral("model_state_dict"));
        QCOMPARE(tree()->model()->rowCount(msd), 18);
        const QJsonArray json = QJsonDocument::fromJson(exportTree(*tree()->model(), ExportFormat::Json)).array();
        QCOMPARE(json.size(), 5);
    }

    // 100k keys, written as a safetensors file: opens in the background, filters on a worker.
    void hundredThousandKeys()
    {
        flatKeys(); // the rows as stored (the grouped view: test_mainwindow_workflows)
        QTemporaryDir dir;
        const int n = 100000;
        QByteArray header = "{";
        for (int i = 0; i < n; ++i)
            header += "\"blocks." + QByteArray::number(i / 1000) + ".w" + QByteArray::number(i % 1000)
                + "\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[" + QByteArray::number(i * 4) + ","
                + QByteArray::number(i * 4 + 4) + "]}" + (i + 1 < n ? "," : "}");
        while (header.size() % 8)
            header += ' ';
        QByteArray size(8, '\0');
        qToLittleEndian<quint64>(quint64(header.size()), size.data());
        const QString path = dir.filePath(QStringLiteral("big.safetensors"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(size + header + QByteArray(n * 4, '\0'));
        f.close();

        open(path);
        QCOMPARE(tree()->model()->rowCount(), n);
        QVERIFY(label("summaryTotals").contains(QStringLiteral("100000")));
        w->findChild<QComboBox *>(QStringLiteral("filterMode"))->setCurrentIndex(int(FilterSpec::Mode::Glob));
        w->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("blocks.4?.w7"));
        QTRY_COMPARE_WITH_TIMEOUT(label("matchCountLabel"), QStringLiteral("10 matches"), 60000);
        QCOMPARE(tree()->model()->rowCount(), 10);
        QVERIFY(w->selectPath(QStringLiteral("blocks.42.w7")));
        QTRY_VERIFY(!w->detailsDock()->isBusy());
        QVERIFY(w->detailsDock()->plainText().contains(QStringLiteral("float16")));
    }
};

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    TestMainWindow t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_mainwindow.moc"
