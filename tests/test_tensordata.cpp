// The tensor-data layer's own pieces: the parallel-for (every item once, cancel,
// exceptions, progress), the decoder's vector paths against its scalar one, byte swapping,
// strided reads against index arithmetic, and the sentences for unreadable tensors.
// (Values against PyTorch are checked by test_stats and test_tensor_variants.)
#include "model/tensor/ElementDecode.h"
#include "model/tensor/FileCache.h"
#include "model/tensor/ParallelFor.h"
#include "model/tensor/TensorData.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <set>
#include <stdexcept>

#include <unistd.h>

using namespace ckpt;

namespace {

// A checkpoint over one storage of `bytes` in its own file.
std::shared_ptr<Checkpoint> withStorage(const QString &file, const QByteArray &bytes, DType dtype)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return nullptr;
    f.close();
    auto c = std::make_shared<Checkpoint>();
    c->file = file;
    StorageInfo s;
    s.key = QStringLiteral("0");
    s.dtype = dtype;
    s.nbytes = bytes.size();
    s.numel = bytes.size() / elementSize(dtype);
    s.fileOffset = 0;
    c->storages.push_back(s);
    return c;
}

TensorInfo view(DType dtype, std::vector<qint64> shape, std::vector<qint64> strides, qint64 offset)
{
    TensorInfo t;
    t.dtype = dtype;
    t.shape = std::move(shape);
    t.strides = std::move(strides);
    t.storageOffset = offset;
    t.storageIndex = 0;
    return t;
}

// How many of the pages under [data, data + size) this process has mapped (pagemap's
// "present" bit), or -1 when /proc/self/pagemap cannot be read.
qint64 pagesMapped(const uchar *data, qint64 size)
{
    const quintptr page = quintptr(::sysconf(_SC_PAGESIZE));
    QFile pagemap(QStringLiteral("/proc/self/pagemap"));
    if (!pagemap.open(QIODevice::ReadOnly))
        return -1;
    qint64 mapped = 0;
    for (quintptr p = quintptr(data) / page; p <= (quintptr(data) + quintptr(size) - 1) / page; ++p) {
        quint64 entry = 0;
        if (!pagemap.seek(qint64(p * 8)) || pagemap.read(reinterpret_cast<char *>(&entry), 8) != 8)
            return -1;
        mapped += entry >> 63;
    }
    return mapped;
}

bool sameDouble(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class TestTensorData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parallelForRunsEveryItemOnce()
    {
        std::vector<std::atomic<int>> hits(1000);
        std::set<int> workers;
        std::mutex m;
        QVERIFY(parallelFor(1000, 3, [&](qint64 i, int w) {
            ++hits[size_t(i)];
            std::lock_guard<std::mutex> lock(m);
            workers.insert(w);
        }));
        for (const auto &h : hits)
            QCOMPARE(h.load(), 1);
        QVERIFY(*workers.rbegin() < 3);
        QVERIFY(parallelFor(0, 2, [](qint64, int) { QFAIL("no items"); }));
    }

    void parallelForCancelsAndRethrows()
    {
        std::atomic_bool cancel { false };
        std::atomic<int> ran { 0 };
        QVERIFY(!parallelFor(
            100000, 2,
            [&](qint64 i, int) {
                if (i == 10)
                    cancel = true;
                ++ran;
            },
            &cancel));
        QVERIFY(ran < 100000);
        bool thrown = false;
        try {
            parallelFor(100, 2, [](qint64 i, int) {
                if (i == 7)
                    throw std::runtime_error("item 7");
            });
        } catch (const std::runtime_error &e) {
            thrown = QByteArray(e.what()) == "item 7";
        }
        QVERIFY(thrown);
    }

    void progressIsSerialAndComplete()
    {
        WorkControl control;
        qint64 last = -1, total = 0;
        int calls = 0;
        control.progress = [&](qint64 done, qint64 all) {
            QVERIFY(done > last);
            last = done;
            total = all;
            ++calls;
        };
        Progress p(control, 5000);
        parallelFor(1000, 2, [&](qint64, int) { p.advance(4); });
        p.finish();
        QCOMPARE(last, qint64(5000));
        QCOMPARE(total, qint64(5000));
        QVERIFY(calls > 1);
    }

    void vectorDecodersMatchTheScalarOne_data()
    {
        QTest::addColumn<int>("dtype");
        for (DType t : { DType::Float64, DType::Float32, DType::Float16, DType::BFloat16, DType::Float8_E5M2,
                 DType::Float8_E4M3FN, DType::Float8_E5M2FNUZ, DType::Float8_E4M3FNUZ, DType::Float8_E8M0FNU,
                 DType::Complex64, DType::Complex128, DType::Int64, DType::Int32, DType::Int16, DType::Int8,
                 DType::UInt64, DType::UInt32, DType::UInt16, DType::UInt8, DType::QInt8, DType::QUInt8, DType::QInt32,
                 DType::QUInt4x2, DType::QUInt2x4 })
            QTest::newRow(qPrintable(dtypeName(t))) << int(t);
    }
    void vectorDecodersMatchTheScalarOne()
    {
        // Every bit pattern the random bytes give (NaN payloads, infinities, subnormals).
        QFETCH(int, dtype);
        const DType t = DType(dtype);
        const qint64 n = 4099; // vector bodies and scalar tails
        QByteArray bytes(int(bytesForValues(t, n)), '\0');
        QRandomGenerator rng(42);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        const uchar *p = reinterpret_cast<const uchar *>(bytes.constData());
        std::vector<double> block(static_cast<size_t>(n));
        decodeValues(p, t, n, block.data());
        const int per = valuesPerByte(t);
        for (qint64 i = 0; i < n; ++i) {
            const double one
                = per > 1 ? decodeValue(p + i / per, t, int(i % per)) : decodeValue(p + i * elementSize(t), t);
            QVERIFY2(sameDouble(block[size_t(i)], one), qPrintable(QStringLiteral("element %1").arg(i)));
        }
    }

    void swapReversesEachElementAndEachComplexHalf()
    {
        uchar f[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
        swapByteOrder(f, DType::Float32, 2);
        QCOMPARE(QByteArray(reinterpret_cast<char *>(f), 8), QByteArray("\x04\x03\x02\x01\x08\x07\x06\x05", 8));
        uchar c[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
        swapByteOrder(c, DType::Complex64, 1); // real and imaginary float32 each
        QCOMPARE(QByteArray(reinterpret_cast<char *>(c), 8), QByteArray("\x04\x03\x02\x01\x08\x07\x06\x05", 8));
        uchar b[3] = { 1, 0, 1 };
        swapByteOrder(b, DType::Bool, 3);
        QCOMPARE(QByteArray(reinterpret_cast<char *>(b), 3), QByteArray("\x01\x00\x01", 3));
    }

    void stridedReadsWalkRowMajor()
    {
        // A 4x6 int32 storage 0..23; views read through both orders.
        QTemporaryDir dir;
        QByteArray bytes(24 * 4, '\0');
        for (qint32 i = 0; i < 24; ++i)
            std::memcpy(bytes.data() + 4 * i, &i, 4);
        auto c = withStorage(dir.filePath(QStringLiteral("s.bin")), bytes, DType::Int32);
        QVERIFY(c);
        c->tensors.push_back(view(DType::Int32, { 6, 4 }, { 1, 6 }, 0)); // transpose
        c->tensors.push_back(view(DType::Int32, { 3, 2 }, { 6, 3 }, 7)); // rows 1..3, columns 1 and 4
        c->tensors.push_back(view(DType::Int32, { 2, 3 }, { 0, 1 }, 2)); // expanded row
        const TensorData data(*c);
        Phrase error;
        std::vector<double> v;
        QVERIFY2(data.values(0, &v, &error), qPrintable(error.english()));
        std::vector<double> want;
        for (int i = 0; i < 6; ++i)
            for (int j = 0; j < 4; ++j)
                want.push_back(j * 6 + i);
        QCOMPARE(v, want);
        QVERIFY(data.values(1, &v, &error));
        QCOMPARE(v, (std::vector<double> { 7, 10, 13, 16, 19, 22 }));
        QVERIFY(data.values(2, &v, &error));
        QCOMPARE(v, (std::vector<double> { 2, 3, 4, 2, 3, 4 }));
        // Storage order walks the transpose front to back: every element, in memory order.
        const auto r = data.reader(0, &error, ElementOrder::Storage);
        QVERIFY(r);
        std::vector<uchar> scratch;
        std::vector<double> all(24);
        r->values(0, 24, all.data(), scratch);
        for (int i = 0; i < 24; ++i)
            QCOMPARE(all[size_t(i)], double(i));
    }

    // A tensor read and released block by block, at boundaries inside pages, leaves none of
    // its pages mapped: what the kernel maps around a fault (fault-around, a whole large
    // folio) is dropped too, so streaming 100 GiB keeps what one block keeps. Before, a
    // page stayed behind at most boundaries (900 MB over 100 GiB read in 256 KiB pieces).
    void releasedBlocksLeaveNoPageMapped()
    {
        QTemporaryDir dir;
        const qint64 numel = (qint64(3) << 20) / 4 + 1000, offset = 100;
        QByteArray bytes(offset + numel * 4 + 100, '\x01');
        auto c = withStorage(dir.filePath(QStringLiteral("s.bin")), bytes, DType::Float32);
        QVERIFY(c);
        c->storages[0].fileOffset = offset;
        c->storages[0].nbytes = numel * 4;
        c->storages[0].numel = numel;
        c->tensors.push_back(view(DType::Float32, { numel }, { 1 }, 0));
        const TensorData data(*c);
        Phrase error;
        StorageBytes storage;
        QVERIFY(data.storage(0, &storage, &error) && storage.mapped());
        if (pagesMapped(storage.data, storage.size) < 0)
            QSKIP("no /proc/self/pagemap");
        const auto reader = data.reader(0, &error);
        QVERIFY2(reader, qPrintable(error.english()));
        std::vector<uchar> scratch;
        quint64 sum = 0, touched = 0;
        const qint64 block = 10007; // 40028 bytes: no boundary on a page boundary
        for (qint64 first = 0; first < numel; first += block) {
            const qint64 n = std::min(block, numel - first);
            const uchar *p = reader->bytes(first, n, scratch);
            for (qint64 i = 0; i < n * 4; i += 512, ++touched)
                sum += p[i];
            reader->release(first, n);
        }
        QCOMPARE(sum, touched); // every byte is 1: the pages were read
        QCOMPARE(pagesMapped(storage.data, storage.size), qint64(0));

        // Bytes in memory, not a mapping of a file, are never given away.
        const ByteSourcePtr copy = ByteSource::fromBytes(QByteArray(1 << 16, '\x02'), QStringLiteral("copy"));
        releaseMappedRange(*copy, copy->data(), copy->size());
        QCOMPARE(copy->data()[0], uchar(2));
        QCOMPARE(copy->data()[(1 << 16) - 1], uchar(2));
    }

    void unreadableTensorsGetOneSentence()
    {
        QTemporaryDir dir;
        auto c = withStorage(dir.filePath(QStringLiteral("s.bin")), QByteArray(16, '\0'), DType::Float32);
        QVERIFY(c);
        c->tensors.push_back(view(DType::Float32, { 5 }, { 1 }, 0)); // 20 bytes from 16
        TensorInfo meta = view(DType::Float32, { 3 }, { 1 }, 0);
        meta.layout = TensorLayout::Meta;
        meta.storageIndex = -1;
        c->tensors.push_back(meta);
        c->tensors.push_back(view(DType::QUInt4x2, { 4 }, { 2 }, 0)); // packed, strided
        c->tensors.push_back(view(DType::Float32, { 2 }, { 1 }, 0));
        c->storages[0].fileOffset = -1;
        c->storages.push_back(c->storages[0]);
        c->storages[1].fileOffset = 0;
        c->storages[1].nbytes = 64; // more than the file holds
        c->tensors[3].storageIndex = 1;
        const TensorData data(*c);
        Phrase a, b, d, e;
        QVERIFY(!data.reader(0, &a));
        QCOMPARE(a.english(), QStringLiteral("storage '0' is missing from the file"));
        QVERIFY(!data.reader(1, &b));
        QCOMPARE(b.english(), QStringLiteral("no data in the file (meta tensor)"));
        c->storages[0].fileOffset = 0;
        QVERIFY(!data.reader(0, &a));
        QCOMPARE(a.english(), QStringLiteral("tensor reaches past the end of its storage"));
        c->storages[0].dtype = DType::QUInt4x2;
        QVERIFY(!data.reader(2, &d));
        QCOMPARE(d.english(), QStringLiteral("non-contiguous packed quantized tensor"));
        QVERIFY(!data.reader(3, &e));
        QVERIFY2(e.english().startsWith(QStringLiteral("storage '0' runs past the end of ")), qPrintable(e.english()));
    }
};

QTEST_GUILESS_MAIN(TestTensorData)
#include "test_tensordata.moc"
