// The sentences the core builds (a finding's reason, the safety line, the run's best and
// its identical-weights warning) follow a language switch in an open window: they are
// Phrases, shown again on QEvent::LanguageChange. The German expected is the catalogue's
// own entry for the source, its placeholders matching anything, so the test holds
// whatever the translator writes; and the CLI's English (english()) stays as it was.
#include "tests/TestPaths.h"
#include "tests/gui/GuiTestSupport.h"

#include "model/itemmodels/FindingsModel.h"
#include "model/runs/RunTableModel.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/runs/RunsDock.h"

#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

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
    std::unique_ptr<MainWindow> w;

    RunsDock *runs() const { return w->findChild<RunsDock *>(QStringLiteral("runsDock")); }
    QString label(const char *name) const { return w->findChild<QLabel *>(QLatin1String(name))->text(); }
    QString findingWhy() const
    {
        auto *view = w->findChild<QTreeView *>(QStringLiteral("findingsView"));
        return view->model()->index(0, FindingsModel::DetailColumn).data().toString();
    }
    QString badgeTip() const { return w->findChild<QLabel *>(QStringLiteral("safetyBadge"))->toolTip(); }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(m_settings.path(), QStringLiteral("test_model_language")); }

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
        QTranslator german;
        QVERIFY(german.load(QLocale(QStringLiteral("de_DE")), QStringLiteral("ckpt_inspector"), QStringLiteral("_"),
            QStringLiteral(":/i18n")));
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
};

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    TestModelLanguage t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_model_language.moc"
