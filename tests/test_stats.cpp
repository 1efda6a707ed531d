// Tensor statistics against PyTorch's own answers (the fixtures' expected JSON), for
// every dtype and layout the generator writes, plus the planner, cancel and progress.
#include "tests/TestPaths.h"

#include "model/backend/TorchBackend.h"
#include "model/checkpoint/CheckpointJson.h"
#include "model/formats/CheckpointReader.h"
#include "model/stats/StatsRunner.h"
#include "model/tensor/ChunkPlanner.h"
#include "model/tensor/TensorValues.h"

#include <QProcess>
#include <QtEndian>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace ckpt;

namespace {

bool close(double got, double want)
{
    return std::fabs(got - want) <= 1e-9 * std::max(std::fabs(want), 1.0) * 10;
}

// Compares every tensor the expectation lists; returns how many had statistics.
int compareFixture(const QString &file, const QJsonObject &expected, const StatsOptions &options)
{
    const CheckpointPtr c = openCheckpoint(testpaths::fixture(file));
    const std::vector<int> idx = statsTensorIndexes(*c);
    std::vector<TensorStats> stats;
    QString error;
    std::atomic_bool cancel { false };
    StatsControl control;
    control.cancel = &cancel;
    if (!computeTensorStats(*c, idx, options, control, &stats, &error)) {
        qWarning() << file << error;
        return -1;
    }
    QHash<QString, int> byPath;
    for (size_t i = 0; i < idx.size(); ++i)
        byPath.insert(QString::fromUtf8(QJsonDocument(pathToJson(c->tensors[size_t(idx[i])].path)).toJson()), int(i));
    int checked = 0;
    for (const QJsonValue &tv : expected.value(QStringLiteral("tensors")).toArray()) {
        const QJsonObject t = tv.toObject();
        const QString key = QString::fromUtf8(QJsonDocument(t.value(QStringLiteral("path")).toArray()).toJson());
        const QString where = file + QLatin1Char(' ') + key.simplified();
        if (!byPath.contains(key)) {
            qWarning() << "missing" << where;
            return -1;
        }
        const TensorStats &s = stats[size_t(byPath.value(key))];
        const QJsonObject e = t.value(QStringLiteral("stats")).toObject();
        if (t.value(QStringLiteral("stats")).isNull()) {
            if (s.numel != 0)
                return qWarning() << "expected no stats" << where, -1;
            continue;
        }
        auto fail = [&](const char *what) {
            qWarning() << where << what << s.error;
            return -1;
        };
        if (!s.ok)
            return fail("not computed");
        if (s.zeros != e.value(QStringLiteral("zeros")).toInteger()
            || s.nan != e.value(QStringLiteral("nan")).toInteger()
            || s.inf != e.value(QStringLiteral("inf")).toInteger())
            return fail("counts");
        if (e.value(QStringLiteral("min")).isNull()) {
            if (s.finite != 0)
                return fail("finite");
            ++checked;
            continue;
        }
        if (s.min != e.value(QStringLiteral("min")).toDouble() || s.max != e.value(QStringLiteral("max")).toDouble())
            return fail("min/max");
        if (!close(s.mean, e.value(QStringLiteral("mean")).toDouble())
            || !close(s.std, e.value(QStringLiteral("std")).toDouble())
            || !close(s.absMean, e.value(QStringLiteral("abs_mean")).toDouble()))
            return fail("moments");
        const QJsonObject h = e.value(QStringLiteral("histogram")).toObject();
        const QJsonArray counts = h.value(QStringLiteral("counts")).toArray();
        const QJsonArray edges = h.value(QStringLiteral("edges")).toArray();
        if (int(s.histogram.counts.size()) != counts.size() || int(s.histogram.edges.size()) != edges.size())
            return fail("histogram size");
        for (int i = 0; i < counts.size(); ++i)
            if (s.histogram.counts[size_t(i)] != counts[i].toInteger())
                return fail("histogram counts");
        for (int i = 0; i < edges.size(); ++i)
            if (s.histogram.edges[size_t(i)] != edges[i].toDouble())
                return fail("histogram edges");
        ++checked;
    }
    return checked;
}

} // namespace

class TestStats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(torchBackend(&error), qPrintable(error));
        QVERIFY(!testpaths::manifest().isEmpty());
    }

    void matchesPyTorch_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("smallPieces");
        for (const QJsonValue &f : testpaths::manifest()) {
            const QString file = f.toObject().value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(file)) << file << false;
            QTest::newRow(qPrintable(file + QStringLiteral(" (tiny pieces)"))) << file << true;
        }
    }
    // Default pieces, and tiny pieces with the fine-histogram path: every piece boundary,
    // the parallel merge and the power-of-two histogram refinement must not change a count.
    void matchesPyTorch()
    {
        QFETCH(QString, file);
        QFETCH(bool, smallPieces);
        const QJsonObject expected = testpaths::readJson(testpaths::fixture(file + QStringLiteral(".expected.json")));
        StatsOptions options;
        if (smallPieces) {
            options.chunkElements = 3;
            options.exactPercentileLimit = 0;
            options.threads = 2;
        }
        QVERIFY(compareFixture(file, expected, options) >= 0);
    }

    void everyDtypeCovered()
    {
        const QJsonObject e = testpaths::readJson(testpaths::fixture(QStringLiteral("dtypes.pt.expected.json")));
        QCOMPARE(compareFixture(QStringLiteral("dtypes.pt"), e, StatsOptions()), 19);
        const QJsonObject st
            = testpaths::readJson(testpaths::fixture(QStringLiteral("mixed.safetensors.expected.json")));
        QVERIFY(compareFixture(QStringLiteral("mixed.safetensors"), st, StatsOptions()) >= 9);
    }

    void plannerMakesContiguousPieces()
    {
        // A transposed 100x300 matrix: strides (1, 100) are reordered to read rows of 100.
        const auto pieces = planPieces({ 300, 100 }, { 1, 300 }, 7, 1000);
        qint64 total = 0;
        for (const StatsPiece &p : pieces) {
            QCOMPARE(p.strides.back(), qint64(1));
            total += p.numel();
        }
        QCOMPARE(total, qint64(30000));
        QCOMPARE(pieces.front().offset, qint64(7));
        // Expanded (stride 0) dims keep counting repeated elements.
        qint64 expanded = 0;
        for (const StatsPiece &p : planPieces({ 4, 5 }, { 0, 1 }, 0, 3))
            expanded += p.numel();
        QCOMPARE(expanded, qint64(20));
        QCOMPARE(planPieces({}, {}, 3, 10).size(), size_t(1));
        QVERIFY(planPieces({ 0, 3 }, { 3, 1 }, 0, 10).empty());
    }

    void percentilesExactAndApproximate()
    {
        const CheckpointPtr c = openCheckpoint(testpaths::fixture(QStringLiteral("state_dict.pt")));
        const std::vector<int> idx = statsTensorIndexes(*c, QStringLiteral("*weight"));
        QVERIFY(!idx.empty());
        std::vector<double> values;
        QString error;
        QVERIFY2(readTensorValues(*c, idx.front(), &values, &error, 1 << 20), qPrintable(error));
        std::sort(values.begin(), values.end());
        const double pos = 0.5 * double(values.size() - 1);
        const size_t lo = size_t(pos);
        const double median
            = values[lo] + (lo + 1 < values.size() ? (values[lo + 1] - values[lo]) * (pos - double(lo)) : 0);
        for (qint64 limit : { qint64(1) << 20, qint64(0) }) {
            StatsOptions o;
            o.percentiles = { 0, 50, 100 };
            o.exactPercentileLimit = limit;
            std::vector<TensorStats> st;
            QVERIFY(computeTensorStats(*c, { idx.front() }, o, StatsControl(), &st, &error));
            QCOMPARE(st[0].percentiles.size(), size_t(3));
            QCOMPARE(st[0].percentiles[0].second, values.front());
            QCOMPARE(st[0].percentiles[2].second, values.back());
            // Interpolated from 2048 bins, the median stays between its neighbouring ranks.
            const double bin = (values.back() - values.front()) / 2048;
            const double low = limit ? median : values[lo - 1] - bin;
            const double high = limit ? median : values[lo + 2] + bin;
            const double got = st[0].percentiles[1].second;
            QVERIFY2(got >= low - 1e-12 && got <= high + 1e-12,
                qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(got).arg(low).arg(high)));
            QCOMPARE(st[0].percentilesExact, limit != 0);
        }
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
        for (const TensorStats &s : st) {
            qint64 sum = 0;
            for (qint64 n : s.histogram.counts)
                sum += n;
            QCOMPARE(sum, s.finite); // nothing in the fixtures is beyond ±1e20
            QVERIFY(s.histogram.counts.empty() || (s.histogram.counts.front() > 0 && s.histogram.counts.back() > 0));
            QCOMPARE(s.histogram.edges.size(), s.histogram.counts.size() + (s.histogram.counts.empty() ? 0 : 1));
        }
    }

    void bigEndianBytes()
    {
        // Three float32 values stored big-endian, as an old PowerPC legacy file would.
        QByteArray bytes(12, '\0');
        const float vals[] = { 1.5f, -2.0f, 0.0f };
        for (int i = 0; i < 3; ++i)
            qToBigEndian(vals[i], bytes.data() + 4 * i);
        StatsRequest r;
        r.inlineData = bytes;
        r.storageNbytes = 12;
        r.dtype = DType::Float32;
        r.elementSize = 4;
        r.bigEndian = true;
        r.numel = 3;
        r.pieces = planPieces({ 3 }, { 1 }, 0, 2);
        std::vector<TensorStats> out;
        QString error;
        QVERIFY(torchBackend()->computeStats({ r }, StatsOptions(), StatsControl(), &out, &error));
        QVERIFY2(out[0].ok, qPrintable(out[0].error));
        QCOMPARE(out[0].min, -2.0);
        QCOMPARE(out[0].max, 1.5);
        QCOMPARE(out[0].zeros, qint64(1));
    }

    void badRequestIsReportedNotFatal()
    {
        StatsRequest r;
        r.inlineData = QByteArray(8, '\0');
        r.storageNbytes = 8;
        r.dtype = DType::Float32;
        r.elementSize = 4;
        r.numel = 4;
        r.pieces = planPieces({ 4 }, { 1 }, 0, 100); // 16 bytes from an 8-byte storage
        std::vector<TensorStats> out;
        QString error;
        QVERIFY(torchBackend()->computeStats({ r }, StatsOptions(), StatsControl(), &out, &error));
        QVERIFY(!out[0].ok);
        QVERIFY(out[0].error.contains(QStringLiteral("past the end")));
    }

    void cancelAndProgress()
    {
        const CheckpointPtr c = openCheckpoint(testpaths::fixture(QStringLiteral("many_keys.pt")));
        const std::vector<int> idx = statsTensorIndexes(*c);
        std::atomic_bool cancel { true };
        StatsControl control;
        control.cancel = &cancel;
        std::vector<TensorStats> st;
        QString error;
        QVERIFY(!computeTensorStats(*c, idx, StatsOptions(), control, &st, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));

        cancel = false;
        std::atomic<qint64> last { 0 }, total { 0 };
        control.progress = [&](qint64 done, qint64 all) {
            last = std::max(last.load(), done);
            total = all;
        };
        QVERIFY(computeTensorStats(*c, idx, StatsOptions(), control, &st, &error));
        QVERIFY(total > 0);
        QCOMPARE(last.load(), total.load());
    }

    void zeroDimValueReadWithoutTorch()
    {
        // train_sgd.pt's loss is a 0-d tensor: the core reads it with ByteSource alone.
        const CheckpointPtr c = openCheckpoint(testpaths::fixture(QStringLiteral("train_sgd.pt")));
        const std::vector<int> idx = statsTensorIndexes(*c, QStringLiteral("loss"));
        QCOMPARE(idx.size(), size_t(1));
        std::vector<double> v;
        QString error;
        QVERIFY2(readTensorValues(*c, idx[0], &v, &error), qPrintable(error));
        QCOMPARE(v.size(), size_t(1));
        const QJsonObject e = testpaths::readJson(testpaths::fixture(QStringLiteral("train_sgd.pt.expected.json")));
        for (const QJsonValue &t : e.value(QStringLiteral("tensors")).toArray())
            if (t.toObject().value(QStringLiteral("path")).toArray() == QJsonArray { QStringLiteral("loss") })
                QCOMPARE(v[0],
                    t.toObject().value(QStringLiteral("stats")).toObject().value(QStringLiteral("min")).toDouble());
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
        QVERIFY(!tensors.isEmpty());
        for (const QJsonValue &t : tensors) {
            const QJsonArray path = t.toObject().value(QStringLiteral("path")).toArray();
            QVERIFY(path.last().toString().endsWith(QStringLiteral(".weight")));
            const QJsonObject h
                = t.toObject().value(QStringLiteral("stats")).toObject().value(QStringLiteral("histogram")).toObject();
            QCOMPARE(h.value(QStringLiteral("counts")).toArray().size(), 8);
            QCOMPARE(h.value(QStringLiteral("edges")).toArray().size(), 9);
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
