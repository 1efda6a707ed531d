// Tensor statistics against PyTorch's own answers (the fixtures' expected JSON), for
// every dtype and layout the generator writes, with every way the work can be split;
// plus the reader's element order, cancel, progress and the CLI.
#include "tests/StatsOracle.h"
#include "tests/TestPaths.h"

#include "model/backend/TorchBackend.h"
#include "model/tensor/StridedSource.h"
#include "model/tensor/TensorData.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace ckpt;

namespace {

// How many tensors an expected JSON lists (each one must be checked).
int expectedCount(const QJsonObject &expected)
{
    return expected.value(QStringLiteral("tensors")).toArray().size();
}

// A checkpoint of one float32 storage of `bytes` in a file of its own, holding one tensor.
CheckpointPtr oneStorage(const QString &file, const QByteArray &bytes, std::vector<qint64> shape, bool bigEndian)
{
    QFile f(file);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    f.close();
    auto c = std::make_shared<Checkpoint>();
    c->file = file;
    StorageInfo s;
    s.key = QStringLiteral("0");
    s.dtype = DType::Float32;
    s.numel = bytes.size() / 4;
    s.nbytes = bytes.size();
    s.fileOffset = 0;
    s.bigEndian = bigEndian;
    c->storages.push_back(s);
    TensorInfo t;
    t.reached = true;
    t.dtype = DType::Float32;
    t.shape = shape;
    t.strides.assign(shape.size(), 1);
    for (size_t d = shape.size(); d-- > 1;)
        t.strides[d - 1] = t.strides[d] * shape[d];
    t.storageIndex = 0;
    c->tensors.push_back(t);
    return c;
}

} // namespace

class TestStats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(!testpaths::manifest().isEmpty()); }

    void matchesPyTorch_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("blockElements");
        QTest::addColumn<qint64>("collectLimit");
        for (const QJsonValue &f : testpaths::manifest()) {
            const QString file = f.toObject().value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(file)) << file << qint64(0) << qint64(-1);
            // No value kept: every rank is narrowed by radix passes down to its whole key.
            QTest::newRow(qPrintable(file + QStringLiteral(" (radix selection)"))) << file << qint64(0) << qint64(0);
            // Tiny blocks on two threads: every block boundary and the ordered merge; the
            // selection keeps at most 5 values, so narrowing passes run down to full keys.
            QTest::newRow(qPrintable(file + QStringLiteral(" (tiny blocks)"))) << file << qint64(3) << qint64(5);
        }
    }
    void matchesPyTorch()
    {
        QFETCH(QString, file);
        QFETCH(qint64, blockElements);
        QFETCH(qint64, collectLimit);
        const QJsonObject expected = testpaths::readJson(testpaths::fixture(file + QStringLiteral(".expected.json")));
        StatsOptions options;
        if (blockElements > 0) {
            options.blockElements = blockElements;
            options.threads = 2;
        }
        if (collectLimit >= 0)
            options.collectLimit = collectLimit;
        QString why;
        const int checked = statsoracle::compareWithPyTorch(testpaths::fixture(file), expected, options, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(checked, expectedCount(expected));
        QVERIFY2(!torchBackendLoaded(), "statistics must not load LibTorch");
    }

    void everyDtypeCovered()
    {
        // Every dtype torch 1.13 can save, quantized per tensor and per channel, packed 4- and 2-bit.
        const QJsonObject e = testpaths::readJson(testpaths::fixture(QStringLiteral("dtypes.pt.expected.json")));
        QString why;
        QCOMPARE(statsoracle::compareWithPyTorch(testpaths::fixture(QStringLiteral("dtypes.pt")), e, {}, &why), 19);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QJsonObject st
            = testpaths::readJson(testpaths::fixture(QStringLiteral("mixed.safetensors.expected.json")));
        QCOMPARE(statsoracle::compareWithPyTorch(testpaths::fixture(QStringLiteral("mixed.safetensors")), st, {}, &why),
            expectedCount(st));
        QVERIFY(expectedCount(st) >= 10);
    }

    void storageOrderReadsTransposesInOneRun()
    {
        // A transposed 300x100 matrix (strides 1, 300) walks the storage as one run.
        const std::vector<StrideDim> t = reduceDims({ 100, 300 }, { 1, 100 }, ElementOrder::Storage);
        QCOMPARE(t.size(), size_t(1));
        QCOMPARE(t[0].size, qint64(30000));
        QCOMPARE(t[0].stride, qint64(1));
        // In row-major order it stays two dimensions.
        QCOMPARE(reduceDims({ 100, 300 }, { 1, 100 }, ElementOrder::RowMajor).size(), size_t(2));
        // Expanded (stride 0) dims keep counting repeated elements; size-1 dims vanish.
        const std::vector<StrideDim> e = reduceDims({ 4, 1, 5 }, { 0, 7, 1 }, ElementOrder::Storage);
        QCOMPARE(e.size(), size_t(2));
        QCOMPARE(e[0].size * e[1].size, qint64(20));
        QVERIFY(reduceDims({}, {}, ElementOrder::RowMajor).empty());
    }

    void exponentialBins()
    {
        const std::vector<double> edges = exponentialEdges();
        QVERIFY(std::is_sorted(edges.begin(), edges.end()));
        QCOMPARE(edges.size() % 2, size_t(1));
        QCOMPARE(edges[edges.size() / 2], 0.0);
        QCOMPARE(edges.back(), -edges.front());
        const CheckpointPtr c = openCheckpoint(testpaths::fixture(QStringLiteral("dtypes.pt")));
        StatsOptions o;
        o.binMode = BinMode::Exponential;
        std::vector<TensorStats> st;
        QString error;
        const std::vector<int> idx = statsTensorIndexes(*c);
        QVERIFY(computeTensorStats(*c, idx, o, StatsControl(), &st, &error));
        QCOMPARE(st.size(), size_t(19));
        for (const TensorStats &s : st) {
            QVERIFY2(s.ok, qPrintable(s.error.english()));
            qint64 sum = 0;
            for (qint64 n : s.histogram.counts)
                sum += n;
            QCOMPARE(sum, s.finite); // nothing in the fixtures is beyond ±1e20
            QVERIFY(s.histogram.counts.empty() || (s.histogram.counts.front() > 0 && s.histogram.counts.back() > 0));
            QCOMPARE(s.histogram.edges.size(), s.histogram.counts.size() + (s.histogram.counts.empty() ? 0 : 1));
            for (size_t k = 0; k < s.histogram.counts.size(); ++k) // each bin edge is one of TensorBoard's
                QVERIFY(std::binary_search(edges.begin(), edges.end(), s.histogram.edges[k]));
        }
    }

    void bigEndianBytes()
    {
        // Three float32 values stored big-endian, as a byteorder "big" archive holds them.
        QTemporaryDir dir;
        QByteArray bytes(12, '\0');
        const float vals[] = { 1.5f, -2.0f, 0.0f };
        for (int i = 0; i < 3; ++i)
            qToBigEndian(vals[i], bytes.data() + 4 * i);
        const CheckpointPtr c = oneStorage(dir.filePath(QStringLiteral("be.bin")), bytes, { 3 }, true);
        std::vector<TensorStats> out;
        QString error;
        QVERIFY(computeTensorStats(*c, { 0 }, StatsOptions(), StatsControl(), &out, &error));
        QVERIFY2(out[0].ok, qPrintable(out[0].error.english()));
        QCOMPARE(out[0].min, -2.0);
        QCOMPARE(out[0].max, 1.5);
        QCOMPARE(out[0].zeros, qint64(1));
        std::vector<double> v;
        Phrase why;
        QVERIFY(TensorData(*c).values(0, &v, &why));
        QCOMPARE(v, (std::vector<double> { 1.5, -2.0, 0.0 }));
    }

    void unreadableTensorGetsTheLayersSentence()
    {
        QTemporaryDir dir;
        const CheckpointPtr c
            = oneStorage(dir.filePath(QStringLiteral("short.bin")), QByteArray(8, '\0'), { 4 }, false);
        std::vector<TensorStats> out;
        QString error;
        Phrase why;
        QVERIFY(computeTensorStats(*c, { 0 }, StatsOptions(), StatsControl(), &out, &error));
        QVERIFY(!out[0].ok);
        QVERIFY(!TensorData(*c).reader(0, &why));
        QCOMPARE(out[0].error, why);
        QCOMPARE(why.english(), QStringLiteral("tensor reaches past the end of its storage"));
    }

    void cancelAndProgress()
    {
        const CheckpointPtr c = openCheckpoint(testpaths::fixture(QStringLiteral("many_keys.pt")));
        const std::vector<int> idx = statsTensorIndexes(*c);
        QVERIFY(idx.size() >= 2000);
        std::atomic_bool cancel { true };
        StatsControl control;
        control.cancel = &cancel;
        std::vector<TensorStats> st;
        QString error;
        QVERIFY(!computeTensorStats(*c, idx, StatsOptions(), control, &st, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));

        cancel = false;
        std::atomic<qint64> last { 0 }, total { 0 }, calls { 0 };
        control.progress = [&](qint64 done, qint64 all) {
            QVERIFY(done >= last.load()); // serialised and never backwards
            last = done;
            total = all;
            ++calls;
        };
        QVERIFY(computeTensorStats(*c, idx, StatsOptions(), control, &st, &error));
        QVERIFY(total > 0);
        QVERIFY(calls > 1);
        QCOMPARE(last.load(), total.load());
    }

    void zeroDimValueReadWithoutTorch()
    {
        // train_sgd.pt's loss is a 0-d tensor: the tensor layer reads it.
        const CheckpointPtr c = openCheckpoint(testpaths::fixture(QStringLiteral("train_sgd.pt")));
        const std::vector<int> idx = statsTensorIndexes(*c, QStringLiteral("loss"));
        QCOMPARE(idx.size(), size_t(1));
        std::vector<double> v;
        Phrase error;
        QVERIFY2(TensorData(*c).values(idx[0], &v, &error), qPrintable(error.english()));
        QCOMPARE(v.size(), size_t(1));
        const QJsonObject e = testpaths::readJson(testpaths::fixture(QStringLiteral("train_sgd.pt.expected.json")));
        int found = 0;
        for (const QJsonValue &t : e.value(QStringLiteral("tensors")).toArray())
            if (t.toObject().value(QStringLiteral("path")).toArray() == QJsonArray { QStringLiteral("loss") }) {
                QCOMPARE(v[0],
                    t.toObject().value(QStringLiteral("stats")).toObject().value(QStringLiteral("min")).toDouble());
                ++found;
            }
        QCOMPARE(found, 1);
    }

    void cliJsonAndMatch()
    {
        QProcess p;
        p.start(testpaths::binDir() + QStringLiteral("/ckpt"),
            { QStringLiteral("stats"), testpaths::fixture(QStringLiteral("state_dict.pt")), QStringLiteral("--json"),
                QStringLiteral("--match"), QStringLiteral("*.weight"), QStringLiteral("--bins"), QStringLiteral("8") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonArray tensors = doc.value(QStringLiteral("tensors")).toArray();
        const QJsonObject e = testpaths::readJson(testpaths::fixture(QStringLiteral("state_dict.pt.expected.json")));
        int weights = 0;
        for (const QJsonValue &t : e.value(QStringLiteral("tensors")).toArray())
            weights += t.toObject()
                           .value(QStringLiteral("path"))
                           .toArray()
                           .last()
                           .toString()
                           .endsWith(QStringLiteral(".weight"));
        QCOMPARE(tensors.size(), weights);
        for (const QJsonValue &t : tensors) {
            const QJsonArray path = t.toObject().value(QStringLiteral("path")).toArray();
            QVERIFY(path.last().toString().endsWith(QStringLiteral(".weight")));
            const QJsonObject s = t.toObject().value(QStringLiteral("stats")).toObject();
            const QJsonObject h = s.value(QStringLiteral("histogram")).toObject();
            QCOMPARE(h.value(QStringLiteral("counts")).toArray().size(), 8);
            QCOMPARE(h.value(QStringLiteral("edges")).toArray().size(), 9);
            // std is torch.std's (n - 1), std_population the other: their ratio is sqrt(n / (n - 1)).
            const double n = s.value(QStringLiteral("finite")).toDouble();
            const double std = s.value(QStringLiteral("std")).toDouble();
            const double population = s.value(QStringLiteral("std_population")).toDouble();
            QVERIFY(population > 0 ? std::fabs(std / population - std::sqrt(n / (n - 1))) < 1e-12 : std == 0);
            QCOMPARE(s.value(QStringLiteral("percentiles_exact")).toBool(), true);
        }
        p.start(testpaths::binDir() + QStringLiteral("/ckpt"),
            { QStringLiteral("stats"), QStringLiteral("/nonexistent.pt") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().startsWith("ckpt: /nonexistent.pt: "));
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "test_stats.moc"
