// safetensors reader, HF sharded index reader and format detection.
#include "model/formats/FormatRegistry.h"

#include "model/checkpoint/TreeWalk.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <QTest>

using namespace ckpt;

namespace {
QByteArray le64(quint64 v)
{
    QByteArray b;
    for (int i = 0; i < 8; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
    return b;
}

// N, the header padded with spaces to a multiple of 8 (as the writer does), the data.
// The `format` name of the reader the registry picks for the bytes ("" if none).
QString detected(const ByteSourcePtr &src)
{
    const FormatReader *r = detectFormat(src);
    return r ? r->name() : QString();
}

bool readAs(Format f, const ByteSourcePtr &src, Checkpoint &c)
{
    return findReader(f)->read(src, c);
}

QByteArray makeSt(QByteArray header, const QByteArray &data)
{
    while (header.size() % 8)
        header.append(' ');
    return le64(quint64(header.size())) + header + data;
}

ByteSourcePtr bytesSrc(const QByteArray &b)
{
    return ByteSource::fromBytes(b, QStringLiteral("t.safetensors"));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString pathText(const Path &p)
{
    QStringList parts;
    for (const PathPart &part : p)
        parts << part.toString();
    return parts.join(QLatin1Char('/'));
}

ValuePtr entry(const ValuePtr &dict, const QString &key)
{
    for (const auto &[k, v] : dict->entries)
        if (k->kind == Value::Kind::String && k->text == key)
            return v;
    return nullptr;
}

QString fact(const Checkpoint &c, const QString &name)
{
    for (const auto &f : c.facts)
        if (f.first.english() == name)
            return f.second.english();
    return QString();
}

const char kGood[] = R"({"__metadata__":{"format":"pt","k":"v"},)"
                     R"("z.weight":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]},)"
                     R"("a.bias":{"dtype":"BF16","shape":[3],"data_offsets":[24,30]},)"
                     R"("empty":{"dtype":"I64","shape":[0,4],"data_offsets":[30,30]},)"
                     R"("scalar":{"dtype":"U8","shape":[],"data_offsets":[30,31]}})";
} // namespace

class TestSafetensors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsValidFile();
    void packedDtype();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void keepsWhatWasRead();
    void shardedIndex();
    void detect_data();
    void detect();
    void corpus();
    void corpusTorchShard();
};

void TestSafetensors::readsValidFile()
{
    const QByteArray file = makeSt(kGood, QByteArray(31, '\x01'));
    const qint64 dataStart = file.size() - 31;
    Checkpoint c;
    QVERIFY2(readAs(Format::Safetensors, bytesSrc(file), c), qPrintable(c.error.english()));
    QCOMPARE(c.format, Format::Safetensors);
    QCOMPARE(c.tensors.size(), size_t(4));
    QCOMPARE(c.storages.size(), size_t(4));
    // Header order as written, not sorted by name.
    const QStringList names { QStringLiteral("z.weight"), QStringLiteral("a.bias"), QStringLiteral("empty"),
        QStringLiteral("scalar") };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(pathText(c.tensors[size_t(i)].path), names[i]);
        QCOMPARE(c.tensors[size_t(i)].storageIndex, i);
        QCOMPARE(c.storages[size_t(i)].key, names[i]);
        QCOMPARE(c.storages[size_t(i)].device, QStringLiteral("cpu"));
    }
    const TensorInfo &w = c.tensors[0];
    QCOMPARE(w.dtype, DType::Float32);
    QCOMPARE(w.shape, (std::vector<qint64> { 2, 3 }));
    QCOMPARE(w.strides, (std::vector<qint64> { 3, 1 }));
    QCOMPARE(c.tensors[1].dtype, DType::BFloat16);
    QCOMPARE(c.tensors[2].strides, (std::vector<qint64> { 4, 1 }));
    QVERIFY(c.tensors[3].shape.empty());
    QCOMPARE(c.storages[0].fileOffset, dataStart);
    QCOMPARE(c.storages[0].nbytes, 24);
    QCOMPARE(c.storages[0].numel, 6);
    QCOMPARE(c.storages[1].fileOffset, dataStart + 24);
    QCOMPARE(c.storages[2].nbytes, 0);
    QCOMPARE(c.storages[3].fileOffset, dataStart + 30);

    QCOMPARE(fact(c, QStringLiteral("header bytes")), QString::number(dataStart - 8));
    QCOMPARE(fact(c, QStringLiteral("metadata format")), QStringLiteral("pt"));
    QCOMPARE(fact(c, QStringLiteral("metadata k")), QStringLiteral("v"));

    QVERIFY(c.root);
    QCOMPARE(c.root->kind, Value::Kind::Dict);
    QVERIFY(c.root->className.isEmpty());
    QCOMPARE(c.root->entries.size(), size_t(5));
    const ValuePtr meta = entry(c.root, QStringLiteral("__metadata__"));
    QVERIFY(meta && meta->kind == Value::Kind::Dict);
    QCOMPARE(entry(meta, QStringLiteral("format"))->text, QStringLiteral("pt"));
    const ValuePtr bias = entry(c.root, QStringLiteral("a.bias"));
    QVERIFY(bias && bias->kind == Value::Kind::Tensor);
    QCOMPARE(bias->tensorIndex, 1);
    QVERIFY(c.warnings.isEmpty());
}

void TestSafetensors::packedDtype()
{
    const QByteArray file = makeSt(R"({"q":{"dtype":"F4","shape":[2,2],"data_offsets":[0,2]}})", "ab");
    Checkpoint c;
    QVERIFY2(readAs(Format::Safetensors, bytesSrc(file), c), qPrintable(c.error.english()));
    QCOMPARE(c.tensors.size(), size_t(1));
    QCOMPARE(c.tensors[0].dtype, DType::Unknown);
    QCOMPARE(c.storages[0].nbytes, 2);
    QVERIFY(englishOf(c.warnings).join(QLatin1Char(' ')).contains(QStringLiteral("F4")));
}

void TestSafetensors::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error");
    auto t = [](const char *dtype, const char *shape, const char *offsets) {
        return QByteArray(R"({"dtype":")") + dtype + R"(","shape":)" + shape + R"(,"data_offsets":)" + offsets + '}';
    };
    const QByteArray f4 = t("F32", "[1]", "[0,4]");
    QTest::newRow("tiny") << QByteArray("abcd") << "too small";
    QTest::newRow("header too big") << le64(100000001) + QByteArray("{}      ") << "more than the limit of 100000000";
    QTest::newRow("N past EOF") << le64(1000) + QByteArray("{}      ")
                                << "header claims 1000 bytes at byte 8, past the end of the file (16 bytes)";
    QTest::newRow("not JSON") << makeSt("{not json}", {}) << "not valid JSON";
    QTest::newRow("no brace") << makeSt(" {}", {}) << "does not start with '{'";
    QTest::newRow("hole") << makeSt("{\"a\":" + f4 + ",\"b\":" + t("F32", "[1]", "[8,12]") + "}", QByteArray(12, 0))
                          << "hole: bytes 4..8 of the buffer belong to no tensor (before 'b')";
    QTest::newRow("starts late") << makeSt("{\"a\":" + t("F32", "[1]", "[4,8]") + "}", QByteArray(8, 0))
                                 << "hole: bytes 0..4";
    QTest::newRow("overlap") << makeSt(
        "{\"a\":" + t("F32", "[2]", "[0,8]") + ",\"b\":" + t("F32", "[1]", "[4,8]") + "}", QByteArray(8, 0))
                             << "tensor 'b' (bytes 4..8) overlaps tensor 'a'";
    QTest::newRow("size mismatch") << makeSt("{\"a\":" + t("F32", "[3]", "[0,8]") + "}", QByteArray(8, 0))
                                   << "tensor 'a' is F32 [3] (12 bytes) but its data_offsets span 8 bytes";
    QTest::newRow("trailing bytes") << makeSt("{\"a\":" + f4 + "}", QByteArray(8, 0))
                                    << "4 bytes after the last tensor";
    QTest::newRow("tensor past EOF") << makeSt("{\"a\":" + t("F32", "[2]", "[0,8]") + "}", QByteArray(4, 0))
                                     << "tensor 'a' claims 8 bytes at byte 64, past the end of the file (68 bytes)";
    QTest::newRow("duplicate key") << makeSt("{\"a\":" + f4 + ",\"a\":" + f4 + "}", QByteArray(4, 0))
                                   << "has the key 'a' twice";
    QTest::newRow("negative dim") << makeSt("{\"a\":" + t("F32", "[-1]", "[0,4]") + "}", QByteArray(4, 0))
                                  << "not a non-negative integer";
    QTest::newRow("fractional dim") << makeSt("{\"a\":" + t("F32", "[1.5]", "[0,4]") + "}", QByteArray(4, 0))
                                    << "not a non-negative integer";
    QTest::newRow("unknown dtype") << makeSt("{\"a\":" + t("Q9", "[1]", "[0,4]") + "}", QByteArray(4, 0))
                                   << "unknown dtype 'Q9'";
    QTest::newRow("reversed offsets") << makeSt("{\"a\":" + t("F32", "[0]", "[4,0]") + "}", QByteArray(4, 0))
                                      << "end (0) before they begin (4)";
    QTest::newRow("one offset") << makeSt("{\"a\":" + t("F32", "[1]", "[4]") + "}", QByteArray(4, 0))
                                << "needs data_offsets";
    QTest::newRow("numel overflow") << makeSt("{\"a\":" + t("F32", "[4294967296,4294967296,16]", "[0,4]") + "}",
        QByteArray(4, 0)) << "overflows";
    QTest::newRow("bits overflow") << makeSt("{\"a\":" + t("F64", "[4611686018427387904]", "[0,4]") + "}",
        QByteArray(4, 0)) << "overflows";
    QTest::newRow("partial byte") << makeSt("{\"a\":" + t("F4", "[3]", "[0,1]") + "}", QByteArray(1, 0))
                                  << "not a whole number of bytes";
    QTest::newRow("no dtype") << makeSt(R"({"a":{"shape":[1],"data_offsets":[0,4]}})", QByteArray(4, 0))
                              << "has no dtype";
    QTest::newRow("entry not object") << makeSt(R"({"a":[1,2]})", {}) << "entry is not a JSON object";
    QTest::newRow("metadata not object") << makeSt(R"({"__metadata__":"x"})", {})
                                         << "__metadata__ is not a JSON object";
}

void TestSafetensors::rejectsBadFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, error);
    Checkpoint c;
    QVERIFY(!readAs(Format::Safetensors, bytesSrc(file), c));
    QVERIFY2(c.error.english().contains(error), qPrintable(c.error.english()));
    QVERIFY(!c.error.english().contains(QLatin1Char('\n')));
    for (const StorageInfo &s : c.storages) // never point outside the file
        QVERIFY(s.fileOffset < 0 || s.fileOffset + s.nbytes <= file.size());
}

void TestSafetensors::keepsWhatWasRead()
{
    // A trailing payload is an error, but the tensors stay browsable.
    const QByteArray file = makeSt(kGood, QByteArray(31, 0) + "#!/bin/sh\n");
    Checkpoint c;
    QVERIFY(!readAs(Format::Safetensors, bytesSrc(file), c));
    QCOMPARE(c.tensors.size(), size_t(4));
    QCOMPARE(c.root->entries.size(), size_t(5));
}

void TestSafetensors::shardedIndex()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString s1 = QStringLiteral("model-00001-of-00002.safetensors");
    const QString s2 = QStringLiteral("model-00002-of-00002.safetensors");
    QVERIFY(writeFile(dir.filePath(s1),
        makeSt(
            R"({"b":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F16","shape":[2],"data_offsets":[4,8]}})",
            QByteArray(8, 0))));
    QVERIFY(writeFile(
        dir.filePath(s2), makeSt(R"({"c":{"dtype":"I8","shape":[3],"data_offsets":[0,3]}})", QByteArray(3, 0))));
    const QByteArray index = R"({"metadata": {"total_size": 15},
        "weight_map": {"b": "model-00001-of-00002.safetensors", "a": "model-00001-of-00002.safetensors",
                       "c": "model-00002-of-00002.safetensors", "d": "../escape.safetensors"}})";
    const QString indexPath = dir.filePath(QStringLiteral("model.safetensors.index.json"));
    QVERIFY(writeFile(indexPath, index));

    Phrase err;
    auto src = ByteSource::open(indexPath, &err);
    QVERIFY(src);
    QCOMPARE(detected(src), QStringLiteral("sharded"));
    Checkpoint c;
    QVERIFY2(readAs(Format::Sharded, src, c), qPrintable(c.error.english()));
    assignTensorPaths(c); // openCheckpoint does this for every format
    QCOMPARE(c.format, Format::Sharded);
    QCOMPARE(c.tensors.size(), size_t(3));
    // One merged state dict: paths are the tensor names, as in a single-file checkpoint.
    QCOMPARE(pathText(c.tensors[0].path), QStringLiteral("b"));
    QCOMPARE(pathText(c.tensors[2].path), QStringLiteral("c"));
    QCOMPARE(c.tensors[2].storageIndex, 2);
    QCOMPARE(c.storages[2].file, dir.filePath(s2));
    QCOMPARE(c.storages[0].file, dir.filePath(s1));
    QCOMPARE(fact(c, QStringLiteral("shards")), QStringLiteral("2 of 3 present"));
    QCOMPARE(fact(c, QStringLiteral("total_size")), QStringLiteral("15"));
    QVERIFY2(englishOf(c.warnings)
                 .join(QLatin1Char(' '))
                 .contains(QStringLiteral("'../escape.safetensors' is not a plain file name")),
        qPrintable(englishOf(c.warnings).join(QLatin1Char('|'))));

    QCOMPARE(c.root->entries.front().first->text, QStringLiteral("b")); // weight_map order kept
    QCOMPARE(c.sideTrees.back().first, QStringLiteral("index metadata"));
    QCOMPARE(entry(c.sideTrees.back().second, QStringLiteral("total_size"))->integer, 15);
    QCOMPARE(entry(c.root, QStringLiteral("c"))->tensorIndex, 2); // re-based into the merged table

    QVERIFY(QFile::remove(dir.filePath(s2)));
    Checkpoint d;
    QVERIFY(readAs(Format::Sharded, ByteSource::open(indexPath, &err), d));
    QCOMPARE(d.tensors.size(), size_t(2));
    QVERIFY(englishOf(d.warnings).contains(QStringLiteral("shard model-00002-of-00002.safetensors is missing")));
    QCOMPARE(fact(d, QStringLiteral("shards")), QStringLiteral("1 of 3 present"));

    Checkpoint bad;
    QVERIFY(!readAs(Format::Sharded, bytesSrc(R"({"metadata": {}})"), bad));
    QVERIFY(bad.error.english().contains(QStringLiteral("weight_map")));
}

void TestSafetensors::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("zip") << QByteArray("PK\x03\x04rest", 8) << QStringLiteral("torch-zip");
    QTest::newRow("empty zip") << QByteArray("PK\x05\x06", 4) + QByteArray(18, 0) << QStringLiteral("torch-zip");
    QTest::newRow("legacy") << QByteArray("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.", 15)
                            << QStringLiteral("torch-legacy");
    QTest::newRow("pickle 2") << QByteArray("\x80\x02}q\x00.", 6) << QStringLiteral("pickle");
    QTest::newRow("pickle 4") << QByteArray("\x80\x04\x95\x05\x00", 5) << QStringLiteral("pickle");
    QTest::newRow("pickle 9?") << QByteArray("\x80\x09\x00", 3) << QString();
    QTest::newRow("protocol 0 global") << QByteArray("cos\nsystem\n(S'ls'\ntR.") << QStringLiteral("pickle");
    QTest::newRow("protocol 0 dict") << QByteArray("(dp0\nS'a'\np1\nI1\ns.\n") << QStringLiteral("pickle");
    QTest::newRow("protocol 1 dict") << QByteArray("}q\x00.", 4) << QStringLiteral("pickle");
    QTest::newRow("safetensors") << makeSt("{}", {}) << QStringLiteral("safetensors");
    QTest::newRow("safetensors N=128") << makeSt(QByteArray("{}") + QByteArray(126, ' '), {})
                                       << QStringLiteral("safetensors");
    QTest::newRow("index") << QByteArray(" \n{\"metadata\": {}, \"weight_map\": {}}") << QStringLiteral("sharded");
    QTest::newRow("other json") << QByteArray("{\"a\": 1}") << QString();
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QString();
    QTest::newRow("text") << QByteArray("hello world\n") << QString();
    QTest::newRow("class word") << QByteArray("class Foo:\n    pass\n") << QString();
}

void TestSafetensors::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(detected(bytesSrc(bytes)), expected);
}

void TestSafetensors::corpus()
{
    const QString corpus = qEnvironmentVariable("CKPT_CORPUS_DIR");
    if (corpus.isEmpty() || !QFileInfo::exists(corpus))
        QSKIP("CKPT_CORPUS_DIR not set");
    // Tensor counts from corpus/SOURCES.md.
    const QHash<QString, int> counts { { QStringLiteral("silero_vad_16k.safetensors"), 15 },
        { QStringLiteral("Model-Saving-Test-Repo/model.safetensors"), 4 },
        { QStringLiteral("mnist-tinygrad/model.safetensors"), 2 },
        { QStringLiteral("adapter_model.safetensors"), 25 } };
    int seen = 0;
    QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        Phrase err;
        auto src = ByteSource::open(path, &err);
        QVERIFY2(src, qPrintable(err.english()));
        const QString d = detected(src);
        if (path.endsWith(QStringLiteral(".md")))
            continue;
        if (path.endsWith(QStringLiteral(".safetensors"))) {
            QCOMPARE(d, QStringLiteral("safetensors"));
            Checkpoint c;
            QVERIFY2(readAs(Format::Safetensors, src, c), qPrintable(path + QStringLiteral(": ") + c.error.english()));
            for (auto k = counts.constBegin(); k != counts.constEnd(); ++k)
                if (path.endsWith(k.key())) {
                    QCOMPARE(int(c.tensors.size()), k.value());
                    ++seen;
                }
            for (const StorageInfo &s : c.storages)
                QVERIFY(s.fileOffset >= 0 && s.fileOffset + s.nbytes <= src->size());
            if (path.contains(QStringLiteral("Model-Saving-Test-Repo"))) {
                QCOMPARE(fact(c, QStringLiteral("metadata git_tag")), QStringLiteral("v1.45"));
                QCOMPARE(fact(c, QStringLiteral("metadata version")), QStringLiteral("1.0"));
            }
        } else if (path.endsWith(QStringLiteral(".index.json"))) {
            QCOMPARE(d, QStringLiteral("sharded"));
            Checkpoint c;
            QVERIFY2(readAs(Format::Sharded, src, c), qPrintable(c.error.english()));
            const bool phi = path.contains(QStringLiteral("Phi-2"));
            QCOMPARE(fact(c, QStringLiteral("weight_map entries")), QString::number(phi ? 325 : 323));
            QCOMPARE(fact(c, QStringLiteral("shards")),
                phi ? QStringLiteral("0 of 2 present") : QStringLiteral("0 of 7 present"));
            QCOMPARE(c.warnings.size(), phi ? 2 : 7);
            if (phi)
                QCOMPARE(fact(c, QStringLiteral("total_size")), QStringLiteral("11118735360"));
        } else if (path.contains(QStringLiteral("/malicious/"))
            && (path.endsWith(QStringLiteral(".pkl")) || path.endsWith(QStringLiteral("GHSA-jgw4-cr84-mqxg.bin"))
                || path.endsWith(QStringLiteral("pytorch_magic_bypass.pt")))) {
            QVERIFY2(d == QLatin1String("pickle"), qPrintable(path));
        } else if (path.endsWith(QStringLiteral(".npy"))) {
            QVERIFY2(d == QLatin1String("numpy"), qPrintable(path)); // issue 6: .npy is scanned
        } else if (path.endsWith(QStringLiteral("bad_pytorch.pt"))) {
            QVERIFY2(d.isEmpty(), qPrintable(path));
        } else {
            // Every other real file is a torch zip or a legacy stack of pickles.
            QVERIFY2(d == QLatin1String("torch-zip") || d == QLatin1String("torchscript")
                    || d == QLatin1String("torch-legacy"),
                qPrintable(path));
        }
    }
    QCOMPARE(seen, 4);
}

// A .bin shard goes through the torch zip reader and is merged like a safetensors one.
void TestSafetensors::corpusTorchShard()
{
    const QString corpus = qEnvironmentVariable("CKPT_CORPUS_DIR");
    if (corpus.isEmpty() || !QFileInfo::exists(corpus))
        QSKIP("CKPT_CORPUS_DIR not set");
    QTemporaryDir dir;
    const QString shard = QStringLiteral("pytorch_model-00001-of-00001.bin");
    QVERIFY(QFile::copy(corpus + QStringLiteral("/real/PyTorchLite_Demo/model.pkl"), dir.filePath(shard)));
    QByteArray map;
    for (int i = 0; i < 6; ++i)
        for (const char *kind : { "weight", "bias" })
            map += "\"MLP." + QByteArray::number(i) + '.' + kind + "\": \"pytorch_model-00001-of-00001.bin\",";
    map.chop(1);
    const QString index = dir.filePath(QStringLiteral("pytorch_model.bin.index.json"));
    QVERIFY(writeFile(index, "{\"metadata\": {\"total_size\": 1}, \"weight_map\": {" + map + "}}"));
    Phrase err;
    Checkpoint c;
    QVERIFY2(readAs(Format::Sharded, ByteSource::open(index, &err), c), qPrintable(c.error.english()));
    assignTensorPaths(c);
    QVERIFY2(c.warnings.isEmpty(), qPrintable(englishOf(c.warnings).join(QLatin1Char('|'))));
    QCOMPARE(c.tensors.size(), size_t(12));
    QCOMPARE(pathText(c.tensors[0].path), QStringLiteral("MLP.0.weight"));
    for (const StorageInfo &s : c.storages)
        QCOMPARE(s.file, dir.filePath(shard));
    QCOMPARE(fact(c, QStringLiteral("shards")), QStringLiteral("1 of 1 present"));
}

QTEST_GUILESS_MAIN(TestSafetensors)
#include "test_safetensors.moc"
