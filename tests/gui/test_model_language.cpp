// The sentences the core builds (a finding's reason, the safety line, the run's best and
// its identical-weights warning) follow a language switch in an open window: they are
// Phrases, shown again on QEvent::LanguageChange. The German expected is the catalogue's
// own entry for the source, its placeholders matching anything, so the test holds
// whatever the translator writes; and the CLI's English (english()) stays as it was.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/convert/EditPlan.h"
#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/FindingsModel.h"
#include "model/runs/RunTableModel.h"
#include "widgets/convert/CastWarnings.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/merge/MergeDialog.h"
#include "widgets/runs/RunsDock.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <algorithm>

using namespace ckpt;

namespace {
// "%1 has the same weights as %2" -> ^(.+) has the same weights as (.+)$: a placeholder
// stands for whatever was filled in.
QRegularExpression patternOf(const QString &catalogueText)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d{1,2}|n)"));
    QString re;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(catalogueText); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        re += QRegularExpression::escape(catalogueText.mid(from, m.capturedStart() - from)) + QStringLiteral("(.+)");
        from = m.capturedEnd();
    }
    re += QRegularExpression::escape(catalogueText.mid(from));
    return QRegularExpression(
        QStringLiteral("^") + re + QStringLiteral("$"), QRegularExpression::DotMatchesEverythingOption);
}

bool matches(const QString &catalogueText, const QString &shown)
{
    return patternOf(catalogueText).match(shown).hasMatch();
}
} // namespace

class TestModelLanguage : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;
    QTranslator m_german, m_chinese;
    std::unique_ptr<MainWindow> w;

    RunsDock *runs() const { return w->findChild<RunsDock *>(QStringLiteral("runsDock")); }
    QString label(const char *name) const { return w->findChild<QLabel *>(QLatin1String(name))->text(); }
    QString findingWhy() const
    {
        auto *view = w->findChild<QTreeView *>(QStringLiteral("findingsView"));
        return view->model()->index(0, FindingsModel::DetailColumn).data().toString();
    }
    QString badgeTip() const { return w->findChild<QLabel *>(QStringLiteral("safetyBadge"))->toolTip(); }
    QString planStep(int row) const
    {
        return w->findChild<QListWidget *>(QStringLiteral("convertPlanList"))->item(row)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        guitest::isolateSettings(m_settings.path(), QStringLiteral("test_model_language"));
        // German, as Preferences › Language installs it.
        QVERIFY(m_german.load(QLocale(QStringLiteral("de_DE")), QStringLiteral("ckpt_inspector"), QStringLiteral("_"),
            QStringLiteral(":/i18n")));
        QVERIFY(m_chinese.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("ckpt_inspector"), QStringLiteral("_"),
            QStringLiteral(":/i18n")));
    }

    void openWindowRetranslatesModelSentences()
    {
        w = guitest::freshMainWindow();
        // A whole pickled model: every class it names needs code.
        QSignalSpy loaded(w.get(), &MainWindow::loadFinished);
        w->openFile(testpaths::fixture(QStringLiteral("legacy_whole_model.pt")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
        // A run whose safetensors copy has the same weights as its .pt.
        QSignalSpy analysed(runs(), &RunsDock::analysed);
        w->openSeries({ testpaths::fixture(QStringLiteral("runs/mixed")) });
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() == 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!runs()->isBusy(), 60000);

        const char *whySource = "%1 is not in PyTorch's weights_only allow-list: importing and calling `%2` is what "
                                "torch.load(weights_only=False) would do";
        const char *lineSource = "needs code: importing and calling %1 is what torch.load(weights_only=False) would do";
        const char *sameSource = "%1 has the same weights as %2 in another container (%3, %4)";
        const char *bestSource = "%1 (%2): %3; lowest of %n checkpoints with it: %4 in %5";
        const QString english = findingWhy(), englishLine = badgeTip(), englishBanner = label("runsWarningText"),
                      englishBest = label("runsBest");
        QVERIFY2(matches(QString::fromUtf8(whySource), english), qPrintable(english));
        QVERIFY2(matches(QString::fromUtf8(lineSource), englishLine), qPrintable(englishLine));
        QVERIFY2(matches(QString::fromUtf8(sameSource), englishBanner), qPrintable(englishBanner));
        const RunReport &report = runs()->report();
        QVERIFY(report.best.checkpoint >= 0);
        const QString bestFile = report.checkpoints[size_t(report.best.checkpoint)].file;
        QVERIFY2(englishBest.endsWith(QStringLiteral(" in ") + bestFile), qPrintable(englishBest));

        // German, as Preferences › Language installs it: the open window follows.
        QTranslator &german = m_german;
        const QString germanWhy = german.translate("ckpt::Safety", whySource);
        const QString germanLine = german.translate("ckpt::Summary", lineSource);
        const QString germanSame = german.translate("ckpt::Runs", sameSource);
        const QString germanBest = german.translate("ckpt::Runs", bestSource, nullptr, 2);
        for (const QString &t : { germanWhy, germanLine, germanSame, germanBest })
            QVERIFY2(!t.isEmpty(), "the German catalogue lacks a sentence");
        QCoreApplication::installTranslator(&german); // posts LanguageChange to every window
        QTRY_VERIFY2(matches(germanLine, badgeTip()), qPrintable(badgeTip()));
        QTRY_VERIFY2(matches(germanSame, label("runsWarningText")), qPrintable(label("runsWarningText")));
        QVERIFY2(matches(germanWhy, findingWhy()), qPrintable(findingWhy()));
        // "Bester: FILE. <the catalogue's sentence>"
        const QString best = label("runsBest");
        QVERIFY2(matches(QStringLiteral("%1. ") + germanBest, best), qPrintable(best));
        QVERIFY(best != englishBest);
        // The tooltip of the best row says it too.
        const QModelIndex bestRow = runs()->model()->index(report.best.checkpoint, 0);
        QVERIFY2(bestRow.data(Qt::ToolTipRole).toString().contains(report.best.why.text()),
            qPrintable(bestRow.data(Qt::ToolTipRole).toString()));
        // The CLI's and JSON's words do not follow the GUI's catalogue.
        QVERIFY(matches(QString::fromUtf8(bestSource), report.best.why.english()));

        QCoreApplication::removeTranslator(&german);
        QTRY_COMPARE(badgeTip(), englishLine);
        QTRY_COMPARE(label("runsBest"), englishBest);
        QCOMPARE(label("runsWarningText"), englishBanner);
        QCOMPARE(findingWhy(), english);
    }

    // The Convert dock's steps and what each did, and the readers' facts (model/convert and
    // model/formats build them) follow the language; `ckpt convert` keeps the English.
    void convertStepsAndFactsRetranslate()
    {
        w = guitest::freshMainWindow();
        QSignalSpy loaded(w.get(), &MainWindow::loadFinished);
        w->openFile(testpaths::fixture(QStringLiteral("state_dict.pt"))); // torch 1.13: no byteorder record
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
        CheckpointDocument *doc = w->document();
        doc->pushStep(EditOp::cast(DType::Float16)); // as the dock's Add does
        QTRY_VERIFY_WITH_TIMEOUT(doc->isPlanApplied() && doc->planResult().stepNotes.size() == 1, 60000);
        const QString note = doc->planResult().stepNotes[0].english();
        const QRegularExpressionMatch cast
            = QRegularExpression(QStringLiteral("^(\\d+) storages cast to float16$")).match(note);
        QVERIFY2(cast.hasMatch(), qPrintable(note));
        const int storages = cast.captured(1).toInt();
        QVERIFY(storages > 1);
        const QString englishStep = planStep(0);
        QVERIFY2(englishStep.startsWith(QStringLiteral("1. cast floating tensors to float16 — ") + note),
            qPrintable(englishStep));
        auto *facts = w->findChild<QLabel *>(QStringLiteral("summaryFacts"));
        const QString englishFacts = facts->text();
        QVERIFY2(englishFacts.contains(
                     QStringLiteral("byteorder: little (no record: written by PyTorch < 2.1)").toHtmlEscaped()),
            qPrintable(englishFacts));

        QTranslator &german = m_german;
        const QString germanStep = german.translate("ckpt::Convert", "cast floating tensors to %1", "a step");
        // QTranslator picks the plural form; QCoreApplication::translate then fills %n.
        const QString germanNote = german.translate("ckpt::Convert", "%n storages cast to %1", nullptr, storages)
                                       .replace(QLatin1String("%n"), QString::number(storages));
        const QString germanFact
            = german.translate("ckpt::SummaryHeader", "%1: %2", "a fact of the file: its name, then its value")
                  .arg(german.translate(
                           "ckpt::Formats", "byteorder", "a fact's name: the byte order of the tensor data"),
                      german.translate("ckpt::Formats", "little (no record: written by PyTorch < 2.1)"));
        for (const QString &t : { germanStep, germanNote, germanFact })
            QVERIFY2(!t.isEmpty() && !t.startsWith(QLatin1String(": ")), "the German catalogue lacks a sentence");
        QCoreApplication::installTranslator(&german);
        const QString expectedStep
            = QStringLiteral("1. %1 — %2")
                  .arg(germanStep.arg(QStringLiteral("float16")), germanNote.arg(QStringLiteral("float16")));
        QTRY_VERIFY2(planStep(0).startsWith(expectedStep), qPrintable(planStep(0)));
        QVERIFY(planStep(0) != englishStep);
        // The dock's own words too: a form row's label and a step kind.
        QCOMPARE(label("convertFormatLabel"), german.translate("ckpt::ConvertDock", "Save as:"));
        auto *kinds = w->findChild<QComboBox *>(QStringLiteral("convertStepKind"));
        QStringList kindTexts;
        for (int i = 0; i < kinds->count(); ++i)
            kindTexts << kinds->itemText(i);
        QVERIFY2(kindTexts.contains(german.translate("ckpt::ConvertDock", "Cast floating tensors")),
            qPrintable(kindTexts.join(QStringLiteral(", "))));
        QVERIFY(!kindTexts.contains(QStringLiteral("Cast floating tensors")));
        QTRY_VERIFY2(facts->text().contains(germanFact.toHtmlEscaped()), qPrintable(facts->text()));
        QCOMPARE(doc->planResult().stepNotes[0].english(), note); // the CLI's words
        QCOMPARE(doc->plan().ops[0].describe().english(), QStringLiteral("cast floating tensors to float16"));

        QCoreApplication::removeTranslator(&german);
        QTRY_COMPARE(planStep(0), englishStep);
        QTRY_COMPARE(facts->text(), englishFacts);
        QCOMPARE(label("convertFormatLabel"), QStringLiteral("Save as:"));
    }

    // With a cast's warnings shown, the Convert dock's body is no wider than the dock in a
    // 1400x900 window, in German and Chinese as in English: nothing is cut off at the right.
    void convertDockFitsInEveryLanguage()
    {
        w = guitest::freshMainWindow();
        w->resize(1400, 900);
        QSignalSpy loaded(w.get(), &MainWindow::loadFinished);
        w->openFile(testpaths::fixture(QStringLiteral("lightning_like.ckpt")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto *dock = w->findChild<QDockWidget *>(QStringLiteral("ConvertDock"));
        dock->show();
        dock->raise(); // its tab in front
        w->document()->pushStep(EditOp::cast(DType::Float16));
        auto *warnings = w->findChild<CastWarnings *>(QStringLiteral("castWarnings"));
        QTRY_VERIFY_WITH_TIMEOUT(!warnings->isHidden() && !warnings->isBusy() && !warnings->risks().empty(), 60000);
        auto *scroll = dock->findChild<QScrollArea *>(QStringLiteral("convertScroll"));
        QTRY_VERIFY(!scroll->visibleRegion().isEmpty());
        for (QTranslator *language : { static_cast<QTranslator *>(nullptr), &m_german, &m_chinese }) {
            if (language)
                QCoreApplication::installTranslator(language);
            QTRY_VERIFY(!language || label("convertFormatLabel") != QStringLiteral("Save as:"));
            QCoreApplication::processEvents();
            const int body = scroll->widget()->minimumSizeHint().width();
            // The room there is once the vertical scroll bar takes its share.
            const int room = scroll->viewport()->width()
                - (scroll->verticalScrollBar()->isVisible() ? 0 : scroll->verticalScrollBar()->sizeHint().width());
            QVERIFY2(body <= room,
                qPrintable(QStringLiteral("%1: %2 px wide, %3 px of room")
                               .arg(label("convertFormatLabel"))
                               .arg(body)
                               .arg(room)));
            if (language)
                QCoreApplication::removeTranslator(language);
        }
    }

    // The merge dialog's errors are the merge's Phrases and the layers' below them: a file
    // that does not open, keys that differ. They follow the language; English comes back.
    void mergeErrorsRetranslate()
    {
        w = guitest::freshMainWindow();
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("gone.pt"));
        w->showMergeDialog({ testpaths::fixture(QStringLiteral("state_dict.pt")), missing });
        MergeDialog *dialog = w->mergeDialog();
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("mergeSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
        const QString englishGone = summary->text();
        QCOMPARE(englishGone, QStringLiteral("Cannot merge: gone.pt: cannot open: No such file or directory"));

        QTranslator &german = m_german;
        const QString germanOpen = german.translate("ckpt::Io", "cannot open: No such file or directory");
        QVERIFY2(!germanOpen.isEmpty(), "the German catalogue lacks a sentence");
        const QString expectedGone
            = german.translate("ckpt::MergeDialog", "Cannot merge: %1: %2").arg(QStringLiteral("gone.pt"), germanOpen);
        QCoreApplication::installTranslator(&german);
        QTRY_COMPARE(summary->text(), expectedGone);

        // Keys that differ, found while German is installed.
        dialog->setInputs({ testpaths::fixture(QStringLiteral("state_dict.pt")),
            testpaths::fixture(QStringLiteral("diff/state_dict_edited.pt")) });
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
        auto *details = dialog->findChild<QPlainTextEdit *>(QStringLiteral("mergeDetails"));
        const QStringList keys = details->toPlainText().split(QLatin1Char('\n'));
        QVERIFY(keys.size() >= 2);
        const QString differ
            = german
                  .translate("ckpt::Merge",
                      "the checkpoints do not have the same tensors: %n keys differ (nothing was written)", nullptr,
                      int(keys.size()))
                  .replace(QLatin1String("%n"), QString::number(keys.size()));
        QVERIFY2(!differ.startsWith(QLatin1String("the checkpoints")), qPrintable(differ));
        QCOMPARE(summary->text(), german.translate("ckpt::MergeDialog", "Cannot merge: %1").arg(differ));
        const QString missingIn = german.translate(
            "ckpt::Merge", "%1: missing in %2", "a key of the first checkpoint, then the file without it");
        QVERIFY2(std::any_of(keys.begin(), keys.end(), [&](const QString &k) { return matches(missingIn, k); }),
            qPrintable(keys.join(QLatin1Char('|'))));

        QCoreApplication::removeTranslator(&german);
        QTRY_VERIFY2(
            summary->text().startsWith(QLatin1String("Cannot merge: the checkpoints do not have the same tensors: ")),
            qPrintable(summary->text()));
        QVERIFY2(details->toPlainText().contains(QLatin1String(": missing in ")), qPrintable(details->toPlainText()));
    }

    // A load error the readers build shows in the banner in the language of the moment.
    void loadErrorRetranslates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.pt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello, not a checkpoint");
        f.close();
        w = guitest::freshMainWindow();
        QSignalSpy loaded(w.get(), &MainWindow::loadFinished);
        w->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
        const QString bytes = QStringLiteral("68 65 6c 6c 6f 2c 20 6e");
        const QString englishBanner = label("messageBannerText");
        QCOMPARE(englishBanner,
            QStringLiteral("Could not open %1: not a checkpoint: starts with bytes %2")
                .arg(QFileInfo(path).absoluteFilePath(), bytes));

        QTranslator &german = m_german;
        const QString why = german.translate("ckpt::Formats", "not a checkpoint: starts with bytes %1").arg(bytes);
        const QString located
            = german.translate("ckpt::Formats", "%1: %2", "where a warning or error is from, then what it is")
                  .arg(QFileInfo(path).absoluteFilePath(), why);
        const QString expected = german.translate("ckpt::MainWindow", "Could not open %1").arg(located);
        QVERIFY2(!why.isEmpty() && !why.startsWith(QLatin1String("not a checkpoint")), qPrintable(why));
        QCoreApplication::installTranslator(&german);
        QTRY_COMPARE(label("messageBannerText"), expected);
        QCoreApplication::removeTranslator(&german);
        QTRY_COMPARE(label("messageBannerText"), englishBanner);
    }
};

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    TestModelLanguage t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_model_language.moc"
