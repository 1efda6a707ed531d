// Our zip directory reader must list the same records at the same offsets as
// LibTorch's own PyTorchStreamReader, on every fixture, every corpus zip and the
// archives our ZipWriter writes (plain and with zip64 fields forced on).
#include "model/backend/TorchBackend.h"
#include "model/io/ZipDirectory.h"
#include "model/io/ZipWriter.h"
#include "tests/TestPaths.h"

#include <QDirIterator>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace ckpt;

class TestZipVsLibTorch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameRecords_data();
    void sameRecords();

private:
    QTemporaryDir m_dir;
    QStringList m_written;
};

void TestZipVsLibTorch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray pkl("\x80\x02}q\x00.", 6); // an empty dict, as torch.save pickles it
    const QByteArray big(3 << 20, '\x5a');
    // Zip64 forced on every field (threshold 0). A partial threshold would give records with
    // a zip64 offset but a 32-bit size, which miniz rejects unless the offset really is past
    // 4 GiB (it adds 0xFFFFFFFF to the size as a bound check); test_zipwriter covers those.
    for (quint64 threshold : { quint64(0xFFFFFFFFu), quint64(0) }) {
        const QString path = m_dir.filePath(QStringLiteral("zip64_%1.pt").arg(threshold));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        ZipWriter zip(ZipWriter::archiveNameFor(path), [&f](const char *d, qint64 n) { return f.write(d, n) == n; });
        zip.setZip64Threshold(threshold);
        QVERIFY(zip.writeRecord(QStringLiteral("data.pkl"), pkl.constData(), pkl.size()));
        QVERIFY(zip.writeRecord(QStringLiteral("byteorder"), "little", 6));
        QVERIFY(zip.writeRecord(QStringLiteral("data/0"), big.constData(), 1000));
        QVERIFY(zip.writeRecord(QStringLiteral("data/1"), big.constData(), 0));
        QVERIFY(zip.writeRecord(QStringLiteral("data/2"), big.constData(), big.size()));
        QVERIFY(zip.writeRecord(QStringLiteral("version"), "3\n", 2));
        QVERIFY2(zip.finish(), qPrintable(zip.error().english()));
        m_written << path;
    }
}

void TestZipVsLibTorch::sameRecords_data()
{
    QTest::addColumn<QString>("path");
    for (const QJsonValue &v : testpaths::manifest()) {
        const QString f = testpaths::fixture(v.toObject().value(QStringLiteral("file")).toString());
        // Offsets of deflated records mean nothing to mapping; test_fixtures covers them.
        if (v.toObject().value(QStringLiteral("tags")).toArray().contains(QStringLiteral("compressed")))
            continue;
        QFile file(f);
        if (file.open(QIODevice::ReadOnly) && file.read(2) == "PK")
            QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("file")).toString())) << f;
    }
    for (const QString &f : m_written)
        QTest::newRow(qPrintable(QStringLiteral("ZipWriter/") + QFileInfo(f).fileName())) << f;
    QDirIterator it(
        QDir(testpaths::corpusDir()).filePath(QStringLiteral("real")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        QFile file(f);
        if (file.open(QIODevice::ReadOnly) && file.read(2) == "PK")
            QTest::newRow(qPrintable(
                QStringLiteral("corpus/") + it.fileInfo().dir().dirName() + QLatin1Char('/') + it.fileName()))
                << f;
    }
}

void TestZipVsLibTorch::sameRecords()
{
    QFETCH(QString, path);
    QString error;
    TorchBackend *torch = torchBackend(&error);
    QVERIFY2(torch, qPrintable(error));
    std::vector<TorchBackend::ZipRecord> theirs;
    QVERIFY2(torch->listZipRecords(path, &theirs, &error), qPrintable(error));

    Phrase why;
    auto src = ByteSource::open(path, &why);
    QVERIFY2(src, qPrintable(why.english()));
    ZipDirectory zip;
    QVERIFY2(zip.read(src), qPrintable(zip.error().english()));
    QMap<QString, const ZipEntry *> ours;
    for (const ZipEntry &e : zip.entries())
        ours.insert(e.name.mid(zip.prefix().size()), &e);
    QCOMPARE(qsizetype(theirs.size()), ours.size());
    for (const TorchBackend::ZipRecord &r : theirs) {
        QVERIFY2(ours.contains(r.name), qPrintable(r.name));
        const ZipEntry *e = ours.value(r.name);
        QCOMPARE(e->dataOffset, r.offset);
        QCOMPARE(e->uncompressedSize, r.size);
    }
}

QTEST_GUILESS_MAIN(TestZipVsLibTorch)
#include "test_zip_vs_libtorch.moc"
