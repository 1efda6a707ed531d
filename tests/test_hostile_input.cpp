// Cut files, foreign files and the public corpus: everything opens or fails with one
// clear line; nothing crashes or hangs; nothing under malicious/ is ever executed.
#include "model/checkpoint/TreeWalk.h"
#include "model/formats/CheckpointReader.h"
#include "model/io/ZipDirectory.h"
#include "tests/TestPaths.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace ckpt;

class TestHostileInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void truncationSweep_data();
    void truncationSweep();
    void truncatedZipIsRecovered_data();
    void truncatedZipIsRecovered();
    void foreignFiles_data();
    void foreignFiles();
    void realCorpusOpens_data();
    void realCorpusOpens();
    void maliciousCorpusIsRefusedOrFlagged_data();
    void maliciousCorpusIsRefusedOrFlagged();

private:
    QTemporaryDir m_tmp;
};

void TestHostileInput::truncationSweep_data()
{
    QTest::addColumn<QString>("file");
    for (const QJsonValue &v : testpaths::manifest()) {
        const QString file = v.toObject().value(QStringLiteral("file")).toString();
        if (!file.endsWith(QLatin1String(".json"))) // an index's shards are other files
            QTest::newRow(qPrintable(file)) << file;
    }
}

void TestHostileInput::truncationSweep()
{
    QFETCH(QString, file);
    QFile in(testpaths::fixture(file));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const QString cut = m_tmp.filePath(QStringLiteral("cut.bin"));
    // 64 cut points spread over the file, plus the first and last bytes.
    for (int i = 0; i <= 64; ++i) {
        const qint64 size = i == 64 ? bytes.size() - 1 : qint64(bytes.size()) * i / 64;
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes.constData(), size);
        out.close();
        CheckpointPtr ckpt = openCheckpoint(cut);
        QVERIFY2(
            !ckpt->ok(), qPrintable(QStringLiteral("%1 cut to %2 bytes opened without an error").arg(file).arg(size)));
        QVERIFY2(!ckpt->error.english().contains(QLatin1Char('\n')), qPrintable(ckpt->error.english()));
        QVERIFY(!ckpt->error.english().trimmed().isEmpty());
    }
}

// A torch zip cut after its data.pkl (a download or a write that stopped): no loader reads
// it, but its local headers still hold the object tree and the storages before the cut.
// Every tensor path PyTorch lists is shown, each storage record before the cut where the
// whole file's directory puts it, the rest named as missing.
void TestHostileInput::truncatedZipIsRecovered_data()
{
    QTest::addColumn<QString>("file");
    for (const QJsonValue &v : testpaths::manifest()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("format")).toString() == QLatin1String("torch-zip")
            && !o.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("compressed")))
            QTest::newRow(qPrintable(o.value(QStringLiteral("file")).toString()))
                << o.value(QStringLiteral("file")).toString();
    }
}

void TestHostileInput::truncatedZipIsRecovered()
{
    QFETCH(QString, file);
    const QString path = testpaths::fixture(file);
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    Phrase error;
    const ByteSourcePtr whole = ByteSource::open(path, &error);
    ZipDirectory zip;
    QVERIFY2(whole && zip.read(whole), qPrintable(zip.error().english()));
    const ZipEntry *pkl = zip.find(QStringLiteral("data.pkl"));
    QVERIFY(pkl);
    // Past data.pkl and its descriptor, before the central directory.
    const qint64 after = pkl->dataOffset + pkl->compressedSize + 24;
    const qint64 cut = std::max(after, qint64(bytes.size()) * 3 / 4);
    if (cut >= bytes.size() - 22)
        QSKIP("too small to cut between data.pkl and the end");
    const QString cutPath = m_tmp.filePath(QStringLiteral("recovered.pt"));
    QFile out(cutPath);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes.constData(), cut);
    out.close();

    CheckpointPtr ckpt = openCheckpoint(cutPath);
    QVERIFY(!ckpt->ok());
    QVERIFY2(ckpt->error.english().startsWith(QLatin1String("truncated zip")), qPrintable(ckpt->error.english()));
    QVERIFY(ckpt->root);
    qsizetype expected = 0;
    for (const QJsonValue &t : testpaths::readJson(testpaths::fixture(file + QStringLiteral(".expected.json")))
                                   .value(QStringLiteral("tensors"))
                                   .toArray())
        expected += t[QStringLiteral("paths")].isArray() ? t[QStringLiteral("paths")].toArray().size() : 1;
    qsizetype ours = 0;
    for (const auto &paths : tensorPaths(*ckpt))
        ours += qsizetype(paths.size());
    QCOMPARE(ours, expected);
    int located = 0, missing = 0;
    for (const StorageInfo &s : ckpt->storages) {
        if (s.inlineBytes) { // a numpy array's bytes, inside data.pkl
            ++located;
            continue;
        }
        const ZipEntry *e = zip.find(QStringLiteral("data/") + s.key);
        QVERIFY(e);
        if (e->dataOffset + e->compressedSize + 16 <= cut) {
            QCOMPARE(s.fileOffset, e->dataOffset);
            ++located;
        } else if (s.fileOffset < 0) {
            ++missing;
        }
    }
    QCOMPARE(located + missing, int(ckpt->storages.size()));
}

void TestHostileInput::foreignFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("PNG");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("text") << QByteArray("hello world\n") << QStringLiteral("not a checkpoint");
    QTest::newRow("zip without data.pkl")
        << QByteArray("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 22) << QStringLiteral("data.pkl");
    QTest::newRow("unknown opcode") << QByteArray("\x80\x02\xff.", 4) << QStringLiteral("unknown opcode 0xff");
    QTest::newRow("dangling memo") << QByteArray("\x80\x02h\x07.", 5) << QStringLiteral("memo key 7");
    QTest::newRow("length past end") << QByteArray("\x80\x02X\xff\xff\xff\x7f"
                                                   "abc.",
        12) << QStringLiteral("declares");
    QTest::newRow("no STOP") << QByteArray("\x80\x02K\x01", 4) << QStringLiteral("without STOP");
    QTest::newRow("deep nesting") << QByteArray("\x80\x02") + QByteArray(100000, ']') + QByteArray(99999, 'a') + '.'
                                  << QString();
}

void TestHostileInput::foreignFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = m_tmp.filePath(QStringLiteral("foreign.pt"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes);
    out.close();
    CheckpointPtr ckpt = openCheckpoint(path);
    if (expected.isEmpty())
        return; // only must not crash (the nesting case)
    QVERIFY(!ckpt->ok());
    QVERIFY2(ckpt->error.english().contains(expected), qPrintable(ckpt->error.english()));
    QVERIFY(!describeError(*ckpt).english().contains(QLatin1Char('\n')));
    QVERIFY(describeError(*ckpt).english().startsWith(path));
}

namespace {
void addCorpusRows(const QString &sub)
{
    QTest::addColumn<QString>("path");
    const QString dir = QDir(testpaths::corpusDir()).filePath(sub);
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &f : files)
        QTest::newRow(qPrintable(QDir(dir).relativeFilePath(f))) << f;
}
} // namespace

void TestHostileInput::realCorpusOpens_data()
{
    addCorpusRows(QStringLiteral("real"));
}

void TestHostileInput::realCorpusOpens()
{
    QFETCH(QString, path);
    CheckpointPtr ckpt = openCheckpoint(path);
    QVERIFY2(ckpt->ok(), qPrintable(describeError(*ckpt).english()));
    QVERIFY(ckpt->root);
    QVERIFY2(ckpt->worstVerdict() != Verdict::Dangerous, qPrintable(path));
    if (!path.endsWith(QLatin1String(".json")) && !path.endsWith(QLatin1String("training_args.bin")))
        QVERIFY2(!ckpt->tensors.empty(), "a real checkpoint with no tensors found");
}

void TestHostileInput::maliciousCorpusIsRefusedOrFlagged_data()
{
    addCorpusRows(QStringLiteral("malicious"));
}

void TestHostileInput::maliciousCorpusIsRefusedOrFlagged()
{
    QFETCH(QString, path);
    CheckpointPtr ckpt = openCheckpoint(path);
    const Verdict v = ckpt->worstVerdict();
    QVERIFY2(!ckpt->ok() || v == Verdict::Dangerous || v == Verdict::Invalid,
        qPrintable(QStringLiteral("%1 opened as harmless").arg(path)));
    QVERIFY(!ckpt->error.english().contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "test_hostile_input.moc"
