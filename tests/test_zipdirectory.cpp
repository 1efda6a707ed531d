// ByteSource and ZipDirectory: hand-made zips (stored, zip64, deflated, damaged) and the corpus.
#include "model/io/ByteSource.h"
#include "model/io/ZipDirectory.h"

#include "tests/ZipBuilder.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ckpt;
using namespace ckpttest;

namespace {
QList<ZipRecord> twoRecords()
{
    return { { "archive/data.pkl", QByteArray("\x80\x02}q\x00.", 6) }, { "archive/data/0", QByteArray(48, '\x11') } };
}

ByteSourcePtr src(const QByteArray &b)
{
    return ByteSource::fromBytes(b, QStringLiteral("test.zip"));
}
} // namespace

class TestZipDirectory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void byteSourceOpen();
    void byteSourceBounds();
    void storedTwoEntries_data();
    void storedTwoEntries();
    void deflatedEntry();
    void deflatedSizeMismatch();
    void crcMismatch();
    void unsupportedMethod();
    void emptyArchive();
    void noPrefix();
    void commentWithFakeSignature();
    void truncatedEverywhere();
    void sizePastEof();
    void localHeaderPastEof();
    void bogusEntryCount();
    void inflateLimits();
    void randomCorruptionNeverCrashes();
    void corpusZips();
    void zipfileRulesMatchPython();
};

void TestZipDirectory::byteSourceOpen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Phrase error;
    QVERIFY(!ByteSource::open(dir.path(), &error));
    QCOMPARE(error.english(), QStringLiteral("is a directory"));
    QVERIFY(!ByteSource::open(dir.filePath(QStringLiteral("nope")), &error));
    QCOMPARE(error.english(), QStringLiteral("cannot open: No such file or directory"));
    QVERIFY(!ByteSource::open(QStringLiteral("/dev/null"), &error));
    QCOMPARE(error.english(), QStringLiteral("is not a regular file"));

    const QString empty = dir.filePath(QStringLiteral("empty"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto s = ByteSource::open(empty, &error);
    QVERIFY2(s, qPrintable(error.english()));
    QCOMPARE(s->size(), 0);
    QCOMPARE(s->path(), empty);

    const QString full = dir.filePath(QStringLiteral("full"));
    QFile g(full);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("hello world");
    g.close();
    s = ByteSource::open(full, &error);
    QVERIFY(s);
    QCOMPARE(s->size(), 11);
    QCOMPARE(s->bytes(6, 5), QByteArray("world"));

    if (::geteuid() != 0) { // root reads anything
        QVERIFY(g.setPermissions(QFileDevice::Permissions()));
        QVERIFY(!ByteSource::open(full, &error));
        QCOMPARE(error.english(), QStringLiteral("cannot open: Permission denied"));
    }
}

void TestZipDirectory::byteSourceBounds()
{
    auto s = src(QByteArray("0123456789"));
    QVERIFY(s->contains(0, 10));
    QVERIFY(s->contains(10, 0));
    QVERIFY(!s->contains(5, 6));
    QVERIFY(!s->contains(-1, 1));
    QVERIFY(!s->contains(2, std::numeric_limits<qint64>::max()));
    QCOMPARE(s->view(2, 3), QByteArray("234"));
    QCOMPARE(s->view(2, 3).constData(), reinterpret_cast<const char *>(s->data() + 2));
    QVERIFY(s->bytes(8, 3).isEmpty());
    QVERIFY(s->view(11, 0).isEmpty());
}

void TestZipDirectory::storedTwoEntries_data()
{
    QTest::addColumn<bool>("zip64");
    QTest::newRow("zip32") << false;
    QTest::newRow("zip64") << true;
}

void TestZipDirectory::storedTwoEntries()
{
    QFETCH(bool, zip64);
    const QList<ZipRecord> recs = twoRecords();
    const QByteArray bytes = buildZip(recs, zip64);
    auto s = src(bytes);
    QVERIFY(ZipDirectory::looksLikeZip(*s));
    ZipDirectory zip;
    QVERIFY2(zip.read(s), qPrintable(zip.error().english()));
    QCOMPARE(zip.entries().size(), size_t(2));
    QCOMPARE(zip.prefix(), QStringLiteral("archive/"));
    QVERIFY(zip.warnings().isEmpty());
    for (int i = 0; i < 2; ++i) {
        const ZipEntry *e = zip.find(QString::fromLatin1(recs[i].name.mid(8)));
        QVERIFY(e);
        QCOMPARE(e->name, QString::fromLatin1(recs[i].name));
        QCOMPARE(e->method, quint16(0));
        QCOMPARE(e->flags, quint16(0x0808));
        QCOMPARE(e->uncompressedSize, qint64(recs[i].data.size()));
        QCOMPARE(e->dataOffset % 64, 0); // the 'FB' padding of the local header counted
        QCOMPARE(bytes.mid(e->dataOffset, e->compressedSize), recs[i].data);
        QByteArray out;
        Phrase error;
        QVERIFY2(zip.readEntry(*e, &out, &error, true), qPrintable(error.english()));
        QCOMPARE(out, recs[i].data);
        QVERIFY(zip.crcMatches(*e));
    }
    QVERIFY(!zip.find(QStringLiteral("version")));
}

void TestZipDirectory::deflatedEntry()
{
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "line " + QByteArray::number(i) + '\n';
    const QByteArray bytes = buildZip({ { "m/data.pkl", text, true }, { "m/data/0", QByteArray(8, 'x') } });
    ZipDirectory zip;
    QVERIFY2(zip.read(src(bytes)), qPrintable(zip.error().english()));
    const ZipEntry *e = zip.find(QStringLiteral("data.pkl"));
    QVERIFY(e);
    QCOMPARE(e->method, quint16(8));
    QVERIFY(e->compressedSize < e->uncompressedSize);
    QByteArray out;
    Phrase error;
    QVERIFY2(zip.readEntry(*e, &out, &error, true), qPrintable(error.english()));
    QCOMPARE(out, text);
    QVERIFY(zip.crcMatches(*e));
}

void TestZipDirectory::deflatedSizeMismatch()
{
    const QByteArray text(5000, 'a');
    ZipLayout l;
    QByteArray bytes = buildZip({ { "m/data.pkl", text, true } }, false, {}, &l);
    for (quint32 claimed : { 4999u, 5001u }) {
        set32(bytes, l.central[0] + 24, claimed);
        ZipDirectory zip;
        QVERIFY(zip.read(src(bytes)));
        QByteArray out;
        Phrase error;
        QVERIFY(!zip.readEntry(zip.entries()[0], &out, &error));
        QVERIFY2(error.english().contains(QStringLiteral("the directory says")), qPrintable(error.english()));
        QVERIFY(out.isEmpty());
    }
    // A deflate stream cut short.
    set32(bytes, l.central[0] + 24, 5000);
    set32(bytes, l.central[0] + 20, 3);
    ZipDirectory zip;
    QVERIFY(zip.read(src(bytes)));
    QByteArray out;
    Phrase error;
    QVERIFY(!zip.readEntry(zip.entries()[0], &out, &error));
    QVERIFY(!error.isEmpty());
}

void TestZipDirectory::crcMismatch()
{
    ZipLayout l;
    QByteArray bytes = buildZip(twoRecords(), false, {}, &l);
    set32(bytes, l.central[1] + 16, 0xDEADBEEF);
    ZipDirectory zip;
    QVERIFY(zip.read(src(bytes)));
    const ZipEntry &e = zip.entries()[1];
    QVERIFY(!zip.crcMatches(e));
    QByteArray out;
    Phrase error;
    QVERIFY(zip.readEntry(e, &out, &error, false));
    QVERIFY(!zip.readEntry(e, &out, &error, true));
    QVERIFY2(error.english().contains(QStringLiteral("directory says 0xdeadbeef")), qPrintable(error.english()));
}

void TestZipDirectory::unsupportedMethod()
{
    ZipLayout l;
    QByteArray bytes = buildZip(twoRecords(), false, {}, &l);
    bytes[l.central[0] + 10] = char(12); // bzip2
    ZipDirectory zip;
    QVERIFY(zip.read(src(bytes)));
    QByteArray out;
    Phrase error;
    QVERIFY(!zip.readEntry(zip.entries()[0], &out, &error));
    QCOMPARE(error.english(), QStringLiteral("record 'archive/data.pkl' uses unsupported compression method 12"));
}

void TestZipDirectory::emptyArchive()
{
    const QByteArray bytes = buildZip({});
    QCOMPARE(bytes.size(), 22);
    auto s = src(bytes);
    QVERIFY(ZipDirectory::looksLikeZip(*s));
    ZipDirectory zip;
    QVERIFY2(zip.read(s), qPrintable(zip.error().english()));
    QVERIFY(zip.entries().empty());
    QVERIFY(zip.prefix().isEmpty());
    QVERIFY(!zip.find(QStringLiteral("data.pkl")));
}

void TestZipDirectory::noPrefix()
{
    ZipDirectory zip;
    QVERIFY(zip.read(src(buildZip({ { "data.pkl", "x." } }))));
    QVERIFY(zip.prefix().isEmpty());
    QVERIFY(zip.find(QStringLiteral("data.pkl")));
}

void TestZipDirectory::commentWithFakeSignature()
{
    // miniz (and zipfile) take the LAST end signature with 22 bytes after it, even one inside
    // the comment: this file is, to torch.load, an empty archive, and so it is to us.
    QByteArray comment("PK\x05\x06", 4);
    comment += QByteArray(40, '\0');
    ZipDirectory zip;
    QVERIFY2(zip.read(src(buildZip(twoRecords(), false, comment))), qPrintable(zip.error().english()));
    QCOMPARE(zip.entries().size(), size_t(0));
}

void TestZipDirectory::truncatedEverywhere()
{
    for (bool zip64 : { false, true }) {
        const QByteArray bytes = buildZip(twoRecords(), zip64);
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            ZipDirectory zip;
            QVERIFY2(!zip.read(src(bytes.left(n))), qPrintable(QString::number(n)));
            QVERIFY(!zip.error().isEmpty());
        }
    }
}

void TestZipDirectory::sizePastEof()
{
    ZipLayout l;
    QByteArray bytes = buildZip(twoRecords(), true, {}, &l);
    // zip64 extra of record 1: header 46 + name 14, then id+len, usize, csize.
    set64(bytes, l.central[1] + 46 + 14 + 4 + 8, quint64(1) << 40);
    ZipDirectory zip;
    QVERIFY(!zip.read(src(bytes)));
    QVERIFY2(zip.error().english().startsWith(
                 QStringLiteral("zip record 'archive/data/0' claims 1099511627776 bytes at byte ")),
        qPrintable(zip.error().english()));
    QVERIFY(zip.error().english().endsWith(QStringLiteral(", past the end of the file (%1 bytes)").arg(bytes.size())));

    // The 32-bit form: a size just past the end.
    QByteArray small = buildZip(twoRecords(), false, {}, &l);
    set32(small, l.central[1] + 20, quint32(small.size()));
    QVERIFY(!zip.read(src(small)));
    QVERIFY2(
        zip.error().english().contains(QStringLiteral("past the end of the file")), qPrintable(zip.error().english()));
}

void TestZipDirectory::localHeaderPastEof()
{
    ZipLayout l;
    QByteArray bytes = buildZip(twoRecords(), false, {}, &l);
    set32(bytes, l.central[1] + 42, 0x7FFFFFF0);
    ZipDirectory zip;
    QVERIFY(!zip.read(src(bytes)));
    QVERIFY2(zip.error().english().contains(QStringLiteral("local header at byte 2147483632")),
        qPrintable(zip.error().english()));
    // Pointing at something that is not a local header.
    set32(bytes, l.central[1] + 42, 10);
    QVERIFY(!zip.read(src(bytes)));
    QVERIFY2(zip.error().english().contains(QStringLiteral("no local header at byte 10")),
        qPrintable(zip.error().english()));
}

void TestZipDirectory::bogusEntryCount()
{
    ZipLayout l;
    QByteArray bytes = buildZip(twoRecords(), false, {}, &l);
    bytes[l.eocd + 8] = bytes[l.eocd + 10] = char(0x60);
    bytes[l.eocd + 9] = bytes[l.eocd + 11] = char(0xEA); // 60000 entries in a ~140-byte directory
    ZipDirectory zip;
    QVERIFY(!zip.read(src(bytes)));
    QVERIFY2(zip.error().english().contains(QStringLiteral("lists 60000 records")), qPrintable(zip.error().english()));

    bytes = buildZip(twoRecords(), true, {}, &l);
    const qsizetype end64 = bytes.indexOf(QByteArray("PK\x06\x06", 4));
    set64(bytes, end64 + 32, 5000000000ull);
    QVERIFY(!zip.read(src(bytes)));
    QVERIFY2(zip.error().english().contains(QStringLiteral("more than the limit")), qPrintable(zip.error().english()));
}

void TestZipDirectory::inflateLimits()
{
    const QByteArray zeros(1 << 20, '\0');
    ZipLayout l;
    QByteArray bytes = buildZip({ { "m/data.pkl", zeros, true } }, false, {}, &l);
    ZipDirectory zip;
    QVERIFY(zip.read(src(bytes)));
    QByteArray out;
    Phrase error;
    zip.setMaxInflatedSize(1000);
    QVERIFY(!zip.readEntry(zip.entries()[0], &out, &error));
    QVERIFY2(
        error.english().contains(QStringLiteral("more than the limit of 1000 bytes")), qPrintable(error.english()));
    zip.setMaxInflatedSize(ZipDirectory::kDefaultMaxInflated);
    QVERIFY2(zip.readEntry(zip.entries()[0], &out, &error, true), qPrintable(error.english()));
    QCOMPARE(out, zeros);
    // A claim no deflate stream of this length can meet is refused before inflating.
    set32(bytes, l.central[0] + 24, 0xF0000000u);
    QVERIFY(zip.read(src(bytes)));
    QVERIFY(!zip.readEntry(zip.entries()[0], &out, &error));
    QVERIFY2(error.english().contains(QStringLiteral("more than deflate can produce")), qPrintable(error.english()));
}

void TestZipDirectory::randomCorruptionNeverCrashes()
{
    QByteArray text;
    for (int i = 0; i < 300; ++i)
        text += "row " + QByteArray::number(i * 7) + '\n';
    const QByteArray good = buildZip({ { "a/data.pkl", text, true }, { "a/data/0", QByteArray(100, 'q') } }, true);
    QRandomGenerator rng(1234);
    for (int round = 0; round < 250; ++round) {
        QByteArray bytes = good;
        const int flips = 1 + int(rng.bounded(4));
        for (int f = 0; f < flips; ++f)
            bytes[qsizetype(rng.bounded(quint32(bytes.size())))] = char(rng.bounded(256));
        ZipDirectory zip;
        if (!zip.read(src(bytes))) {
            QVERIFY(!zip.error().isEmpty());
            continue;
        }
        for (const ZipEntry &e : zip.entries()) {
            QVERIFY(e.dataOffset >= 0 && e.dataOffset + e.compressedSize <= bytes.size());
            QByteArray out;
            Phrase error;
            if (zip.readEntry(e, &out, &error, true))
                QCOMPARE(out.size(), e.uncompressedSize);
            else
                QVERIFY(!error.isEmpty());
        }
    }
}

void TestZipDirectory::corpusZips()
{
    const QString corpus = qEnvironmentVariable("CKPT_CORPUS_DIR");
    if (corpus.isEmpty() || !QFileInfo::exists(corpus))
        QSKIP("CKPT_CORPUS_DIR not set");
    int zips = 0;
    QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        Phrase error;
        auto s = ByteSource::open(path, &error);
        QVERIFY2(s, qPrintable(path + QStringLiteral(": ") + error.english()));
        if (!ZipDirectory::looksLikeZip(*s))
            continue;
        ++zips;
        const bool real = path.contains(QStringLiteral("/real/"));
        ZipDirectory zip;
        QVERIFY2(zip.read(s), qPrintable(path + QStringLiteral(": ") + zip.error().english()));
        QVERIFY(!zip.entries().empty());
        if (real) {
            // Every torch file keeps its records under one folder and has a data.pkl.
            QVERIFY2(!zip.prefix().isEmpty(), qPrintable(path));
            QVERIFY2(zip.find(QStringLiteral("data.pkl")), qPrintable(path));
            for (const ZipEntry &e : zip.entries())
                QVERIFY2(zip.crcMatches(e), qPrintable(path + QStringLiteral(": ") + e.name));
        }
        if (path.endsWith(QStringLiteral("malicious1_crc.zip")))
            QVERIFY(!zip.crcMatches(zip.entries().front()));
    }
    QVERIFY(zips >= 18); // 15 real, 3 malicious
}

// ZipDirectory's PythonZipfile rules against Python's own zipfile (tests/fixtures/zipfile_view.py) on
// every zip among the fixtures and the corpus, on zips with data prepended, and on random damage
// to the directory of a plain zip and of one whose two readings differ.
void TestZipDirectory::zipfileRulesMatchPython()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QStringList files;
    for (const QString &root : { qEnvironmentVariable("CKPT_FIXTURE_DIR"), qEnvironmentVariable("CKPT_CORPUS_DIR") }) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (!root.isEmpty() && it.hasNext()) {
            QFile f(it.next());
            if (f.size() < (qint64(64) << 20) && f.open(QIODevice::ReadOnly) && f.read(2) == "PK")
                files << f.fileName();
        }
    }
    QVERIFY2(files.size() >= 50, "too few zips among the fixtures");
    const QByteArray plain = buildZip(twoRecords(), false);
    QFile twoReadings(QDir(qEnvironmentVariable("CKPT_FIXTURE_DIR"))
                          .filePath(QStringLiteral("hostile/zip_prepended_zipfile_payload.pt")));
    QVERIFY(twoReadings.open(QIODevice::ReadOnly));
    QList<QByteArray> made { QByteArray(100, 'x') + plain, "PK\x03\x04" + QByteArray(7, '\0') + plain };
    QRandomGenerator rng(4321);
    for (const QByteArray &base : { plain, twoReadings.readAll() }) {
        for (int round = 0; round < 250; ++round) {
            QByteArray b = base;
            const int flips = 1 + int(rng.bounded(3));
            for (int i = 0; i < flips; ++i) // the directory and end record, where the rules live
                b[qsizetype(b.size() - 1 - rng.bounded(qMin<int>(int(b.size()), 200)))] = char(rng.bounded(256));
            if (round % 5 == 0)
                b.truncate(b.size() - qsizetype(rng.bounded(30)));
            made << b;
        }
    }
    for (int i = 0; i < made.size(); ++i) {
        QFile f(tmp.filePath(QStringLiteral("made%1.zip").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(made[i]);
        files << f.fileName();
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), QStringList { QFINDTESTDATA("fixtures/zipfile_view.py") } + files);
    QVERIFY(python.waitForFinished(120000));
    const QJsonObject views = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(views.size(), files.size());
    int disagreeing = 0;
    for (const QString &path : files) {
        const QJsonObject view = views.value(path).toObject();
        Phrase error;
        auto s = ByteSource::open(path, &error);
        QVERIFY2(s, qPrintable(error.english()));
        ZipDirectory zip(ZipDirectory::Rules::PythonZipfile);
        const bool ok = zip.read(s);
        QVERIFY2(ok == !view.contains(QStringLiteral("error")),
            qPrintable(QStringLiteral("%1: zipfile says '%2', we say '%3'")
                           .arg(path, view.value(QStringLiteral("error")).toString(),
                               ok ? QString() : zip.error().english())));
        if (!ok)
            continue;
        const QJsonArray records = view.value(QStringLiteral("records")).toArray();
        QCOMPARE(qsizetype(zip.entries().size()), records.size());
        auto offsetLike = [&](double pythonOffset) { // outside the file: we say -1
            return pythonOffset >= 0 && pythonOffset < double(s->size()) ? qint64(pythonOffset) : qint64(-1);
        };
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonArray r = records[i].toArray();
            const ZipEntry &e = zip.entries()[size_t(i)];
            const QString where = QStringLiteral("%1: record %2").arg(path).arg(i);
            QVERIFY2(e.name == r[0].toString(), qPrintable(where + QStringLiteral(" name ") + e.name));
            QVERIFY2(e.localHeaderOffset == offsetLike(r[1].toDouble()), qPrintable(where));
            // Flag bits 0, 5, 6 and methods other than stored and deflated are left to the scan.
            const bool plainRecord = (r[3].toInt() & 0x61) == 0 && (r[4].toInt() == 0 || r[4].toInt() == 8);
            if (plainRecord)
                QVERIFY2(!e.openError == r[5].toBool(),
                    qPrintable(where + QLatin1Char(' ') + (e.openError ? e.openError->english() : QString())));
        }
        const QJsonObject lookup = view.value(QStringLiteral("lookup")).toObject();
        for (auto it = lookup.begin(); it != lookup.end(); ++it) {
            const ZipEntry *e = zip.findFull(it.key());
            QVERIFY2(e && e->localHeaderOffset == offsetLike(it.value().toDouble()), qPrintable(path + it.key()));
        }
        ZipDirectory miniz;
        disagreeing += !miniz.read(s) || zip.concatOffset() != 0;
    }
    QVERIFY2(disagreeing >= 5, "the cases where the readings differ are missing");
}

QTEST_GUILESS_MAIN(TestZipDirectory)
#include "test_zipdirectory.moc"
