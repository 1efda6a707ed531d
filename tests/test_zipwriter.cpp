// ZipWriter: torch.save's zip layout, read back by our ZipDirectory; byte-identical to
// what PyTorch wrote for every torch-zip fixture; zip64 fields with a lowered threshold;
// the folded CRC-32 against zlib's. (LibTorch's own reader: test_zip_vs_libtorch.)
#include "model/io/Crc32.h"
#include "model/io/ZipDirectory.h"
#include "model/io/ZipWriter.h"
#include "tests/TestPaths.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace ckpt;

class TestZipWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crcMatchesZlib();
    void archiveName_data();
    void archiveName();
    void roundTrip_data();
    void roundTrip();
    void sameBytesAsTorchSave_data();
    void sameBytesAsTorchSave();
    void zip64PastFourGiB();
    void sinkFailureStops();
    void refusesDuplicatesAndLateRecords();
    void streamedRecordsAreTheSameBytes();
};

namespace {
struct Record {
    QString name;
    QByteArray data;
};

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (char &c : b)
        c = char(rng.generate() & 0xFF);
    return b;
}

QByteArray writeArchive(
    const QString &archive, const std::vector<Record> &records, quint64 zip64Threshold = 0xFFFFFFFFu)
{
    QByteArray out;
    ZipWriter zip(archive, [&out](const char *d, qint64 n) {
        out.append(d, qsizetype(n));
        return true;
    });
    zip.setZip64Threshold(zip64Threshold);
    for (const Record &r : records)
        if (!zip.writeRecord(r.name, r.data.constData(), r.data.size()))
            return QByteArray();
    if (!zip.finish() || zip.position() != out.size())
        return QByteArray();
    return out;
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(uchar(b[at])) | quint32(uchar(b[at + 1])) << 8 | quint32(uchar(b[at + 2])) << 16
        | quint32(uchar(b[at + 3])) << 24;
}
} // namespace

void TestZipWriter::crcMatchesZlib()
{
    const QByteArray data = randomBytes(qsizetype(3) << 20, 7);
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    QRandomGenerator rng(11);
    // Every small length and misalignment around the 64-byte folding steps, then random spans.
    for (qint64 n = 0; n < 600; ++n)
        for (qint64 off : { 0, 1, 15, 63 }) {
            const quint32 start = rng.generate();
            QCOMPARE(crc32Update(start, p + off, n), crc32Zlib(start, p + off, n));
        }
    for (int i = 0; i < 200; ++i) {
        const qint64 off = rng.bounded(4096);
        const qint64 n = rng.bounded(data.size() - 4096);
        QCOMPARE(crc32Update(0, p + off, n), crc32Zlib(0, p + off, n));
    }
    // Split anywhere, continued: the same as one call.
    const quint32 whole = crc32Update(0, p, data.size());
    QCOMPARE(crc32Update(crc32Update(0, p, 1000001), p + 1000001, data.size() - 1000001), whole);
    QCOMPARE(crc32Update(0, "123456789", 9), 0xCBF43926u); // the standard check value
}

void TestZipWriter::archiveName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("archive");
    QTest::newRow("extension") << QStringLiteral("/tmp/out/model.pt") << QStringLiteral("model");
    QTest::newRow("last dot only") << QStringLiteral("run.v2.pth") << QStringLiteral("run.v2");
    QTest::newRow("no extension") << QStringLiteral("/a.b/weights") << QStringLiteral("weights");
    QTest::newRow("backslash") << QStringLiteral("x\\y.bin") << QStringLiteral("y");
    QTest::newRow("dot file") << QStringLiteral("/tmp/.pt") << QStringLiteral("archive");
    QTest::newRow("non-ascii") << QStringLiteral("/tmp/mod\u00e8le.pt") << QStringLiteral("archive");
}

void TestZipWriter::archiveName()
{
    QFETCH(QString, path);
    QFETCH(QString, archive);
    QCOMPARE(ZipWriter::archiveNameFor(path), archive);
}

void TestZipWriter::roundTrip_data()
{
    QTest::addColumn<quint64>("threshold");
    QTest::newRow("plain") << quint64(0xFFFFFFFFu);
    // Sizes and offsets past 300 bytes take the zip64 path (local, central and end fields).
    QTest::newRow("zip64 forced") << quint64(300);
    QTest::newRow("zip64 everywhere") << quint64(0);
}

void TestZipWriter::roundTrip()
{
    QFETCH(quint64, threshold);
    std::vector<Record> records { { QStringLiteral("data.pkl"), randomBytes(239, 1) },
        { QStringLiteral("byteorder"), QByteArrayLiteral("little") },
        { QStringLiteral("data/0"), randomBytes(4000, 2) }, { QStringLiteral("data/1"), QByteArray() },
        { QStringLiteral("data/10"), randomBytes(301, 3) },
        { QStringLiteral("data/2"), randomBytes(ZipWriter::kChunk + 77, 4) },
        { QStringLiteral("version"), QByteArrayLiteral("3\n") } };
    const QByteArray bytes = writeArchive(QStringLiteral("model"), records, threshold);
    QVERIFY(!bytes.isEmpty());
    // Miniz's end: zip64 end record, locator, end record; counts in all three.
    QCOMPARE(le32(bytes, bytes.size() - 22), 0x06054b50u);
    QCOMPARE(le32(bytes, bytes.size() - 42), 0x07064b50u);
    QCOMPARE(le32(bytes, bytes.size() - 98), 0x06064b50u);
    QCOMPARE(le32(bytes, bytes.size() - 6) == 0xFFFFFFFFu, threshold < quint64(bytes.size())); // directory offset

    ZipDirectory zip;
    QVERIFY2(zip.read(ByteSource::fromBytes(bytes, QStringLiteral("written"))), qPrintable(zip.error().english()));
    QCOMPARE(zip.prefix(), QStringLiteral("model/"));
    QCOMPARE(zip.entries().size(), records.size());
    QVERIFY(zip.warnings().isEmpty());
    for (size_t i = 0; i < records.size(); ++i) {
        const ZipEntry &e = zip.entries()[i];
        QCOMPARE(e.name, QStringLiteral("model/") + records[i].name);
        QCOMPARE(e.method, quint16(0));
        QCOMPARE(e.flags, quint16(records[i].data.isEmpty() ? 0x0800 : 0x0808));
        QCOMPARE(e.dataOffset % 64, qint64(0));
        QCOMPARE(e.uncompressedSize, qint64(records[i].data.size()));
        QVERIFY2(zip.crcMatches(e), qPrintable(e.name));
        QCOMPARE(e.crc32, crc32Zlib(0, records[i].data.constData(), records[i].data.size()));
        QCOMPARE(bytes.mid(e.dataOffset, e.uncompressedSize), records[i].data);
        if (threshold == 0)
            QCOMPARE(le32(bytes, e.localHeaderOffset + 30 + e.name.size()) & 0xFFFF, 0x0001u); // zip64 extra first
        // The 'FB' field fills exactly the gap to the data.
        const qsizetype fb = bytes.indexOf("FB", e.localHeaderOffset + 30 + e.name.size());
        QVERIFY(fb > 0 && fb < e.dataOffset);
        QCOMPARE(qint64(fb + 4 + (uchar(bytes[fb + 2]) | uchar(bytes[fb + 3]) << 8)), e.dataOffset);
    }
}

void TestZipWriter::sameBytesAsTorchSave_data()
{
    QTest::addColumn<QString>("path");
    for (const QJsonValue &v : testpaths::manifest()) {
        const QJsonObject o = v.toObject();
        // Only what torch.save wrote as it is: not re-zipped or rewritten, not renamed.
        const QJsonArray tags = o.value(QStringLiteral("tags")).toArray();
        if (o.value(QStringLiteral("format")).toString() != QLatin1String("torch-zip")
            || tags.contains(QStringLiteral("compressed")) || tags.contains(QStringLiteral("rewritten"))
            || tags.contains(QStringLiteral("archive-name")))
            continue;
        const QString file = o.value(QStringLiteral("file")).toString();
        QTest::newRow(qPrintable(file)) << testpaths::fixture(file);
    }
}

// Replaying each record PyTorch wrote, in its order, must reproduce the file exactly.
void TestZipWriter::sameBytesAsTorchSave()
{
    QFETCH(QString, path);
    Phrase error;
    ByteSourcePtr src = ByteSource::open(path, &error);
    QVERIFY2(src, qPrintable(error.english()));
    ZipDirectory zip;
    QVERIFY2(zip.read(src), qPrintable(zip.error().english()));
    std::vector<Record> records;
    for (const ZipEntry &e : zip.entries())
        records.push_back({ e.name.mid(zip.prefix().size()), src->bytes(e.dataOffset, e.uncompressedSize) });
    const QString archive = zip.prefix().chopped(1);
    QCOMPARE(archive, ZipWriter::archiveNameFor(path)); // torch.save named it after the file
    const QByteArray ours = writeArchive(archive, records);
    const QByteArray theirs = src->bytes(0, src->size());
    QCOMPARE(ours.size(), theirs.size());
    if (ours != theirs) {
        qsizetype i = 0;
        while (ours[i] == theirs[i])
            ++i;
        QFAIL(qPrintable(QStringLiteral("first different byte at %1").arg(i)));
    }
}

// A real zip64 archive without 4 GiB of disk: the big record is zeros from an anonymous
// mapping, and the sink leaves a hole for them. The records after it sit past 4 GiB.
void TestZipWriter::zip64PastFourGiB()
{
    const qint64 big = (qint64(4) << 30) + 100;
    void *map = ::mmap(nullptr, size_t(big), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    QVERIFY(map != MAP_FAILED);
    const char *zeros = static_cast<const char *>(map);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.pt"));
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    QVERIFY(fd >= 0);
    ZipWriter zip(ZipWriter::archiveNameFor(path), [&](const char *d, qint64 n) {
        if (d >= zeros && d < zeros + big)
            return ::lseek(fd, off_t(n), SEEK_CUR) >= 0;
        return ::write(fd, d, size_t(n)) == n;
    });
    const QByteArray tail = randomBytes(10, 9);
    const bool written = zip.writeRecord(QStringLiteral("data.pkl"), "\x80\x02}.", 4)
        && zip.writeRecord(QStringLiteral("data/0"), zeros, big)
        && zip.writeRecord(QStringLiteral("data/1"), tail.constData(), 10)
        && zip.writeRecord(QStringLiteral("version"), "3\n", 2) && zip.finish();
    ::close(fd);
    ::munmap(map, size_t(big));
    QVERIFY2(written, qPrintable(zip.error().english()));

    Phrase error;
    ByteSourcePtr src = ByteSource::open(path, &error);
    QVERIFY2(src, qPrintable(error.english()));
    ZipDirectory dirRead;
    QVERIFY2(dirRead.read(src), qPrintable(dirRead.error().english()));
    QCOMPARE(dirRead.entries().size(), size_t(4));
    for (const ZipEntry &e : dirRead.entries())
        QCOMPARE(e.dataOffset % 64, qint64(0));
    const ZipEntry *bigEntry = dirRead.find(QStringLiteral("data/0"));
    const ZipEntry *after = dirRead.find(QStringLiteral("data/1"));
    QVERIFY(bigEntry && after);
    QCOMPARE(bigEntry->uncompressedSize, big);
    QVERIFY(after->localHeaderOffset > qint64(0xFFFFFFFFu));
    QCOMPARE(src->bytes(after->dataOffset, 10), tail);
    QVERIFY(dirRead.crcMatches(*after));
    QVERIFY(dirRead.crcMatches(*dirRead.find(QStringLiteral("version"))));
}

void TestZipWriter::sinkFailureStops()
{
    // A sink that refuses after 100 bytes, like a full disk: everything after fails too.
    qint64 taken = 0;
    ZipWriter zip(QStringLiteral("a"), [&taken](const char *, qint64 n) {
        if (taken + n > 100)
            return false;
        taken += n;
        return true;
    });
    const QByteArray data = randomBytes(500, 5);
    QVERIFY(zip.writeRecord(QStringLiteral("data.pkl"), data.constData(), 2));
    QVERIFY(!zip.writeRecord(QStringLiteral("data/0"), data.constData(), data.size()));
    QCOMPARE(zip.error().english(), QStringLiteral("writing stopped"));
    QVERIFY(!zip.writeRecord(QStringLiteral("version"), "3\n", 2));
    QVERIFY(!zip.finish());
    QVERIFY(taken <= 100);
}

void TestZipWriter::refusesDuplicatesAndLateRecords()
{
    QByteArray out;
    ZipWriter zip(QStringLiteral("a"), [&out](const char *d, qint64 n) {
        out.append(d, qsizetype(n));
        return true;
    });
    QVERIFY(zip.writeRecord(QStringLiteral("data/0"), "x", 1));
    QVERIFY(!zip.writeRecord(QStringLiteral("data/0"), "y", 1));
    QCOMPARE(zip.error().english(), QStringLiteral("duplicate record 'data/0'"));

    ZipWriter done(QStringLiteral("a"), [](const char *, qint64) { return true; });
    QVERIFY(done.finish());
    QVERIFY(!done.writeRecord(QStringLiteral("late"), "x", 1));
}

void TestZipWriter::streamedRecordsAreTheSameBytes()
{
    // A record handed over in uneven pieces (a tensor read block by block) is byte for byte
    // the record written whole, with a lowered zip64 threshold too.
    const QByteArray data = randomBytes(100000, 11);
    for (quint64 threshold : { quint64(0xFFFFFFFFu), quint64(50000) }) {
        const QByteArray whole = writeArchive(QStringLiteral("archive"),
            { { QStringLiteral("data.pkl"), QByteArrayLiteral("\x80\x02}.") }, { QStringLiteral("data/0"), data } },
            threshold);
        QByteArray streamed;
        ZipWriter zip(QStringLiteral("archive"), [&streamed](const char *d, qint64 n) {
            streamed.append(d, qsizetype(n));
            return true;
        });
        zip.setZip64Threshold(threshold);
        QVERIFY(zip.writeRecord(QStringLiteral("data.pkl"), "\x80\x02}.", 4));
        QVERIFY(zip.beginRecord(QStringLiteral("data/0"), data.size()));
        for (qsizetype at = 0, step = 1; at < data.size(); at += step, step = step * 3 + 1)
            QVERIFY(zip.appendData(data.constData() + at, std::min(step, data.size() - at)));
        QVERIFY(zip.endRecord());
        QVERIFY(zip.finish());
        QCOMPARE(streamed, whole);
    }
    // More or fewer bytes than announced, or a record left open, fail with a sentence.
    auto sink = [](const char *, qint64) { return true; };
    ZipWriter more(QStringLiteral("a"), sink);
    QVERIFY(more.beginRecord(QStringLiteral("data/0"), 3));
    QVERIFY(!more.appendData("abcd", 4));
    QVERIFY(more.error().english().contains(QLatin1String("more data")));
    ZipWriter fewer(QStringLiteral("a"), sink);
    QVERIFY(fewer.beginRecord(QStringLiteral("data/0"), 3) && fewer.appendData("ab", 2));
    QVERIFY(!fewer.endRecord());
    QVERIFY(fewer.error().english().contains(QLatin1String("2 of its 3 bytes")));
    ZipWriter open(QStringLiteral("a"), sink);
    QVERIFY(open.beginRecord(QStringLiteral("data/0"), 1));
    QVERIFY(!open.writeRecord(QStringLiteral("data/1"), "x", 1));
    QVERIFY(!open.finish());
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "test_zipwriter.moc"
