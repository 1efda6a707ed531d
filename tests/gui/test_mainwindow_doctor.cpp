// The weights_only doctor in the real MainWindow (offscreen, issue 18): the Safety dock lists
// every global torch 1.13 refuses (its own allow-list's answer, from the fixture manifest),
// each with its class and sentence; Copy puts the snippet on the clipboard; "Make
// weights-only loadable" adds the Convert step, which writes a file PyTorch loads with
// weights_only=True (checked by /usr/bin/python3 in the doctor_pytorch test's way), and which
// refuses, naming the class, while a custom class remains.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/document/CheckpointDocument.h"
#include "widgets/convert/ConvertDock.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/safety/SafetyDock.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ckpt;

class TestMainWindowDoctor : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_settings;

    template <typename T> T *child(const char *name) const { return w->findChild<T *>(QLatin1String(name)); }
    void open(const QString &path)
    {
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        w->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
    }
    static QString doctorFixture(const QString &name)
    {
        return QDir(testpaths::fixture(QStringLiteral("doctor"))).filePath(name);
    }
    // What torch 1.13's own allow-list refuses in the file (written by make_doctor_fixtures.py).
    static QStringList refusedBy113(const QString &name)
    {
        QFile f(doctorFixture(QStringLiteral("manifest.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QJsonArray all = QJsonDocument::fromJson(f.readAll()).array();
        for (const QJsonValue &m : all)
            if (m[QStringLiteral("file")].toString() == name) {
                QStringList out;
                for (const QJsonValue &g : m[QStringLiteral("refused_113")].toArray())
                    out << g.toString();
                out.sort();
                return out;
            }
        return {};
    }
    QStringList listed(int column = 0) const
    {
        QStringList out;
        auto *tree = child<QTreeWidget>("weightsOnlyRefused");
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out << tree->topLevelItem(i)->text(column);
        return out;
    }
    QString classOf(const QString &global) const
    {
        auto *tree = child<QTreeWidget>("weightsOnlyRefused");
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0) == global)
                return tree->topLevelItem(i)->data(1, Qt::UserRole).toString();
        return QString();
    }
    bool convertTo(const QString &out)
    {
        child<QLineEdit>("convertOutput")->setText(out);
        if (!QTest::qWaitFor([&] { return w->document()->isPlanApplied(); }, 60000))
            return false;
        QSignalSpy converted(w->convertDock(), &ConvertDock::converted);
        child<QPushButton>("convertRun")->click();
        if (!QTest::qWaitFor([&] { return converted.count() == 1; }, 120000))
            return false;
        return converted.first().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_mainwindow_doctor")); }
    void init()
    {
        w = guitest::freshMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }
    void cleanup() { w.reset(); }

    void explainsCopiesAndConverts()
    {
        open(doctorFixture(QStringLiteral("training.pt")));
        QVERIFY(child<QTreeWidget>("weightsOnlyRefused")->isVisible());
        // Every global 1.13 refuses is listed (the union over releases holds no others here
        // but what 2.x also refuses), each with a sentence.
        QStringList ours = listed();
        ours.sort();
        QCOMPARE(ours, refusedBy113(QStringLiteral("training.pt")));
        for (const QString &why : listed(3))
            QVERIFY(!why.isEmpty());
        QCOMPARE(classOf(QStringLiteral("argparse.Namespace")), QStringLiteral("data"));
        QVERIFY(child<QLabel>("weightsOnlyReleases")->text().contains(QStringLiteral("2.6+: refuses")));

        // Copy: the snippet, on the clipboard.
        const QString snippet = child<QPlainTextEdit>("allowSnippet")->toPlainText();
        QVERIFY(snippet.contains(QStringLiteral("torch.serialization.add_safe_globals(")));
        QVERIFY(snippet.contains(QStringLiteral("argparse.Namespace")));
        QApplication::clipboard()->clear();
        child<QPushButton>("copyAllowSnippet")->click();
        QCOMPARE(QApplication::clipboard()->text(), snippet);

        // The way out: the Convert step, written and loaded by PyTorch with weights_only=True.
        child<QPushButton>("addWeightsOnlySafeStep")->click();
        QCOMPARE(w->document()->plan().ops.size(), size_t(1));
        QCOMPARE(w->document()->plan().ops[0].kind, EditOp::Kind::WeightsOnlySafe);
        child<QPushButton>("addWeightsOnlySafeStep")->click(); // once is enough
        QCOMPARE(w->document()->plan().ops.size(), size_t(1));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("safe.pt"));
        QVERIFY2(convertTo(out), qPrintable(child<QLabel>("convertStatus")->text()));
        // 1.13's weights_only lacks BINFLOAT (the file holds floats): its own allow-list, with
        // the opcode read as 2.x reads it, as tests/convert/run_doctor_tests.py does.
        QProcess py;
        const QString loader = QFINDTESTDATA("convert/doctor_load.py");
        QVERIFY(!loader.isEmpty());
        py.start(QStringLiteral("/usr/bin/python3"), { loader, out });
        QVERIFY(py.waitForFinished(120000));
        const QString said = QString::fromUtf8(py.readAllStandardOutput() + py.readAllStandardError());
        QVERIFY2(py.exitCode() == 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("'args'")) && said.contains(QStringLiteral("'model_state_dict'")),
            qPrintable(said));
    }

    void refusesWhileCodeRemains()
    {
        open(doctorFixture(QStringLiteral("custom_class.pt")));
        QCOMPARE(classOf(QStringLiteral("__main__.RunInfo")), QStringLiteral("code"));
        QVERIFY(
            child<QPlainTextEdit>("allowSnippet")->toPlainText().contains(QStringLiteral("__main__.RunInfo (code)")));
        auto *kind = child<QComboBox>("convertStepKind");
        kind->setCurrentIndex(kind->findText(QStringLiteral("Make weights-only loadable")));
        QVERIFY(kind->currentIndex() >= 0);
        child<QPushButton>("convertAddStep")->click();
        QCOMPARE(w->document()->plan().ops.size(), size_t(1));
        QTRY_VERIFY_WITH_TIMEOUT(w->document()->isPlanApplied(), 60000);
        QVERIFY(!w->document()->planResult().ok());
        QVERIFY2(w->document()->planResult().error.english().contains(QStringLiteral("__main__.RunInfo")),
            qPrintable(w->document()->planResult().error.english()));
    }
};

QTEST_MAIN(TestMainWindowDoctor)
#include "test_mainwindow_doctor.moc"
