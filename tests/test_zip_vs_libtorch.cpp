// Our zip directory reader must list the same records at the same offsets as
// LibTorch's own PyTorchStreamReader, on every fixture and every corpus zip.
#include "TestPaths.h"
#include "TorchBackend.h"
#include "io/ZipDirectory.h"

#include <QDirIterator>
#include <QMap>
#include <QTest>

using namespace ckpt;

class TestZipVsLibTorch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameRecords_data();
    void sameRecords();
};

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
    QDirIterator it(QDir(testpaths::corpusDir()).filePath(QStringLiteral("real")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        QFile file(f);
        if (file.open(QIODevice::ReadOnly) && file.read(2) == "PK")
            QTest::newRow(qPrintable(QStringLiteral("corpus/") + it.fileInfo().dir().dirName() + QLatin1Char('/') + it.fileName())) << f;
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

    auto src = ByteSource::open(path, &error);
    QVERIFY2(src, qPrintable(error));
    ZipDirectory zip;
    QVERIFY2(zip.read(src), qPrintable(zip.error()));
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
