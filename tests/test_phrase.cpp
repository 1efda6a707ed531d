// Phrase: a sentence kept as its English source and arguments, translated when shown.
// english() is what the CLI and JSON print whatever catalogue is installed; text() follows
// the catalogue installed now, also for a Phrase built before it was.
#include "model/common/Phrase.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace ckpt;

namespace {
// German for two sources, with plural forms as a catalogue holds them.
class Catalogue : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (qstrcmp(context, "test") != 0)
            return {};
        if (qstrcmp(source, "%1 has the same weights as %2") == 0)
            return QStringLiteral("%2 hat dieselben Gewichte wie %1"); // the order changes
        if (qstrcmp(source, "all %n checkpoints") == 0)
            return n == 1 ? QStringLiteral("der eine Checkpoint") : QStringLiteral("alle %n Checkpoints");
        if (qstrcmp(source, "lowest") == 0)
            return QStringLiteral("niedrigster");
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestPhrase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void englishFillsArgumentsAsQStringArg()
    {
        const Phrase p = Phrase::translate("test", "%1 has the same weights as %2").arg(QStringLiteral("a.pt"), 3);
        QCOMPARE(p.english(), QStringLiteral("a.pt has the same weights as 3"));
        QCOMPARE(p.text(), p.english()); // no catalogue installed
        // The lowest number takes the first argument, wherever it stands.
        QCOMPARE(Phrase(QStringLiteral("%3 then %1")).arg(QStringLiteral("x"), QStringLiteral("y")).english(),
            QStringLiteral("y then x"));
        // One pass: an argument's own placeholder is not filled by the next argument.
        QCOMPARE(Phrase(QStringLiteral("%1 / %2")).arg(QStringLiteral("50%2"), QStringLiteral("b")).english(),
            QStringLiteral("50%2 / b"));
        QCOMPARE(Phrase(QStringLiteral("%1 and %10")).arg(QStringLiteral("a"), QStringLiteral("b")).english(),
            QStringLiteral("a and b"));
        QCOMPARE(Phrase(QStringLiteral("%1 and %2")).arg(QStringLiteral("a")).english(), QStringLiteral("a and %2"));
        QCOMPARE(Phrase(QStringLiteral("100% sure")).english(), QStringLiteral("100% sure"));
        // Without arguments a verbatim text is never scanned: a file named "%1.pt" stays.
        QCOMPARE(Phrase(QStringLiteral("%1.pt")).english(), QStringLiteral("%1.pt"));
    }

    void pluralWithoutCatalogueIsTheSource()
    {
        QCOMPARE(
            Phrase::translate("test", "all %n checkpoints", nullptr, 1).english(), QStringLiteral("all 1 checkpoints"));
        QCOMPARE(
            Phrase::translate("test", "all %n checkpoints", nullptr, 4).text(), QStringLiteral("all 4 checkpoints"));
    }

    void translatedWhenShownNotWhenBuilt()
    {
        const Phrase inner = Phrase::translate("test", "lowest");
        const Phrase p = Phrase::translate("test", "%1 has the same weights as %2").arg(inner, QStringLiteral("b.pt"));
        const Phrase plural = Phrase::translate("test", "all %n checkpoints", nullptr, 1);
        Catalogue german;
        QCoreApplication::installTranslator(&german);
        QCOMPARE(p.text(), QStringLiteral("b.pt hat dieselben Gewichte wie niedrigster"));
        QCOMPARE(p.english(), QStringLiteral("lowest has the same weights as b.pt"));
        QCOMPARE(plural.text(), QStringLiteral("der eine Checkpoint"));
        QCOMPARE(
            Phrase::translate("test", "all %n checkpoints", nullptr, 3).text(), QStringLiteral("alle 3 Checkpoints"));
        QCOMPARE(Phrase::translate("test", "not in the catalogue %1").arg(2).text(),
            QStringLiteral("not in the catalogue 2"));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(p.text(), p.english());
    }

    void equality()
    {
        const Phrase a = Phrase::translate("test", "%1 has the same weights as %2").arg(QStringLiteral("a"), 1);
        QVERIFY(a == Phrase::translate("test", "%1 has the same weights as %2").arg(QStringLiteral("a"), 1));
        QVERIFY(a != Phrase::translate("test", "%1 has the same weights as %2").arg(QStringLiteral("a"), 2));
        QVERIFY(a != Phrase(a.english())); // a verbatim copy is another phrase
        QVERIFY(Phrase().isEmpty());
        QVERIFY(!Phrase::translate("test", "lowest").isEmpty());
        QVERIFY(Phrase(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhrase)
#include "test_phrase.moc"
