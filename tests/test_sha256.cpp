// Our SHA-256 (the SHA-extension path on this CPU, and the portable one) against
// QCryptographicHash and FIPS 180-2's examples, at every length around the block edges.
#include "model/io/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>

using namespace ckpt;

class TestSha256 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data()
    {
        QTest::addColumn<bool>("portable");
        QTest::newRow("as this CPU allows") << false;
        QTest::newRow("portable") << true;
    }
    void everyLengthAndSplitAsQt_data() { knownAnswers_data(); }
    void init()
    {
        QFETCH(bool, portable);
        Sha256::setPortableOnly(portable);
    }
    void cleanup() { Sha256::setPortableOnly(false); }

    void knownAnswers()
    {
        // FIPS 180-2 appendix B.1 and B.2.
        Sha256 abc;
        abc.addData("abc", 3);
        QCOMPARE(abc.hexResult(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Sha256 two;
        const QByteArray msg("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        two.addData(msg.constData(), msg.size());
        QCOMPARE(two.hexResult(), QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        qInfo("SHA extensions used: %s", Sha256::usesShaExtensions() ? "yes" : "no");
    }

    void everyLengthAndSplitAsQt()
    {
        QByteArray data(4096 + 131, Qt::Uninitialized);
        QRandomGenerator rng(12345);
        for (char &c : data)
            c = char(rng.bounded(256));
        for (int n = 0; n <= 300; ++n) {
            const QByteArray part = data.left(n);
            Sha256 whole;
            whole.addData(part.constData(), n);
            QCOMPARE(whole.result(), QCryptographicHash::hash(part, QCryptographicHash::Sha256));
            // Fed in two pieces at every split of a few lengths.
            if (n % 37 == 0)
                for (int cut = 0; cut <= n; ++cut) {
                    Sha256 split;
                    split.addData(part.constData(), cut);
                    split.addData(part.constData() + cut, n - cut);
                    QCOMPARE(split.result(), QCryptographicHash::hash(part, QCryptographicHash::Sha256));
                }
        }
        Sha256 big;
        big.addData(data.constData(), data.size());
        QCOMPARE(big.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "test_sha256.moc"
