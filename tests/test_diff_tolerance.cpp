// ckpt diff --atol/--rtol (issue 10): every verdict against torch.allclose's
// (check/tolerance_expected.json, written by make_check_fixtures.py), the exit codes, and
// prefix stripping inside a nested state_dict.
#include "tests/TestPaths.h"

#include "model/diff/Diff.h"
#include "model/formats/CheckpointReader.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ckpt;

namespace {
QString fx(const QString &rel)
{
    return testpaths::fixture(rel);
}

QJsonObject expected()
{
    return testpaths::readJson(fx(QStringLiteral("check/tolerance_expected.json")));
}

DiffResult diff(const QString &a, const QString &b, const DiffOptions &o)
{
    const CheckpointPtr ca = openCheckpoint(fx(a)), cb = openCheckpoint(fx(b));
    if (!ca->ok() || !cb->ok())
        qFatal("cannot open %s or %s", qPrintable(a), qPrintable(b));
    return diffCheckpoints(*ca, *cb, o);
}

int runCkpt(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}
} // namespace

class TestDiffTolerance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesAllclose_data();
    void matchesAllclose();
    void elementRules();
    void cli();
    void nestedPrefix();
};

void TestDiffTolerance::matchesAllclose_data()
{
    QTest::addColumn<QJsonObject>("pair");
    QTest::addColumn<int>("threads");
    const QJsonArray pairs = expected().value(QStringLiteral("pairs")).toArray();
    QVERIFY(pairs.size() >= 30);
    for (const QJsonValue &p : pairs)
        for (int threads : { 1, 2 })
            QTest::addRow("%s-%s atol=%g rtol=%g t%d",
                qPrintable(p[QStringLiteral("a")].toString().section(QLatin1Char('_'), 1)),
                qPrintable(p[QStringLiteral("b")].toString().section(QLatin1Char('_'), 1)),
                p[QStringLiteral("atol")].toDouble(), p[QStringLiteral("rtol")].toDouble(), threads)
                << p.toObject() << threads;
}

void TestDiffTolerance::matchesAllclose()
{
    QFETCH(QJsonObject, pair);
    QFETCH(int, threads);
    DiffOptions o;
    o.threads = threads;
    o.chunkElements = 1024; // several chunks and segments even for small tensors
    o.tolerance.enabled = true;
    o.tolerance.atol = pair[QStringLiteral("atol")].toDouble();
    o.tolerance.rtol = pair[QStringLiteral("rtol")].toDouble();
    const DiffResult r = diff(pair[QStringLiteral("a")].toString(), pair[QStringLiteral("b")].toString(), o);
    const QJsonObject want = pair[QStringLiteral("allclose")].toObject();
    QCOMPARE(int(r.tensors.size()), want.size());
    for (const TensorDiff &d : r.tensors) {
        QVERIFY2(want.contains(d.key), qPrintable(d.key));
        QVERIFY2(tensorWithinTolerance(d) == want[d.key].toBool(),
            qPrintable(QStringLiteral("%1: ours %2, torch.allclose %3 (%4 elements not close)")
                           .arg(d.key)
                           .arg(tensorWithinTolerance(d))
                           .arg(want[d.key].toBool())
                           .arg(d.metrics.notClose)));
    }
    QCOMPARE(r.withinTolerance(), pair[QStringLiteral("all")].toBool());
}

// The rules allclose documents, one element at a time.
void TestDiffTolerance::elementRules()
{
    const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
    const Tolerance t { true, 1e-3, 0.0 };
    QVERIFY(!isClose(nan, nan, DType::Float32, t)); // equal_nan=False
    QVERIFY(isClose(inf, inf, DType::Float32, t));
    QVERIFY(!isClose(inf, -inf, DType::Float32, t));
    QVERIFY(!isClose(inf, 1.0, DType::Float64, Tolerance { true, 1e300, 1.0 }));
    QVERIFY(!isClose(1.0, 1.0 + 1e-9, DType::Float64, Tolerance { true, 0.0, 0.0 })); // zero tolerance: a == b
    QVERIFY(isClose(1.0, 1.0, DType::Float64, Tolerance { true, 0.0, 0.0 }));
    QVERIFY(isClose(1.0, 2.0, DType::Float64, Tolerance { true, 0.0, 0.5 })); // relative to |b|: 1 <= 0.5 * 2
    QVERIFY(!isClose(2.0, 1.0, DType::Float64, Tolerance { true, 0.0, 0.5 })); // 1 > 0.5 * 1
    QVERIFY(!isClose(2.0, 1.0, DType::Complex64, t)); // magnitudes cannot decide
}

void TestDiffTolerance::cli()
{
    const QString base = fx(QStringLiteral("check/tol_base.pt")), small = fx(QStringLiteral("check/tol_small.pt"));
    QCOMPARE(runCkpt({ QStringLiteral("diff"), base, small }), 1); // not identical
    QCOMPARE(runCkpt({ QStringLiteral("diff"), base, small, QStringLiteral("--atol"), QStringLiteral("0.1") }), 0);
    QCOMPARE(runCkpt({ QStringLiteral("diff"), base, small, QStringLiteral("--rtol"), QStringLiteral("1e-3") }), 1);
    QByteArray out, err;
    QCOMPARE(runCkpt({ QStringLiteral("diff"), base, small, QStringLiteral("--atol"), QStringLiteral("1e-3"),
                         QStringLiteral("--json") },
                 &out),
        1);
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    const QJsonObject summary = doc[QStringLiteral("summary")].toObject();
    QCOMPARE(summary[QStringLiteral("within_tolerance")].toBool(), false);
    QCOMPARE(summary[QStringLiteral("atol")].toDouble(), 1e-3);
    QCOMPARE(summary[QStringLiteral("rtol")].toDouble(), 1e-5); // allclose's default
    for (const QJsonValue &t : doc[QStringLiteral("tensors")].toArray())
        QVERIFY(t.toObject().contains(QStringLiteral("allclose")));
    // Keys only on one side fail the tolerance check whatever the values.
    QCOMPARE(runCkpt({ QStringLiteral("diff"), fx(QStringLiteral("state_dict.pt")),
                 fx(QStringLiteral("diff/state_dict_edited.pt")), QStringLiteral("--atol"), QStringLiteral("100") }),
        1);
    for (const char *bad : { "-1", "x", "nan" }) {
        QCOMPARE(runCkpt({ QStringLiteral("diff"), base, small, QStringLiteral("--atol"), QLatin1String(bad) }, nullptr,
                     &err),
            2);
        QVERIFY2(err.startsWith("ckpt: ") && err.count('\n') == 1, err.constData());
    }
    QCOMPARE(runCkpt({ QStringLiteral("diff"), QStringLiteral("--help") }, &out), 0);
    QVERIFY(out.contains("torch.allclose") && out.contains("equal_nan=False"));
}

// A prefix under model_state_dict/ is stripped where the key starts, and hinted at.
void TestDiffTolerance::nestedPrefix()
{
    const QJsonObject nested = expected().value(QStringLiteral("nested")).toObject();
    const QString a = nested[QStringLiteral("a")].toString(), b = nested[QStringLiteral("b")].toString();
    DiffResult r = diff(a, b, {});
    QVERIFY(!r.tensorsIdentical());
    QVERIFY2(r.hint.contains(QLatin1String("--strip-prefix-a 'module.'")), qPrintable(r.hint));
    DiffOptions o;
    o.stripPrefixA = nested[QStringLiteral("strip_prefix_a")].toString();
    r = diff(a, b, o);
    QCOMPARE(r.tensorsIdentical(), nested[QStringLiteral("identical")].toBool());
    QVERIFY(r.hint.isEmpty());
    bool sawNested = false;
    for (const TensorDiff &d : r.tensors)
        if (d.pathA.startsWith(QLatin1String("model_state_dict/module."))) {
            QCOMPARE(d.key, QStringLiteral("model_state_dict/") + d.pathA.mid(24));
            sawNested = true;
        }
    QVERIFY(sawNested);
    QCOMPARE(runCkpt({ QStringLiteral("diff"), fx(a), fx(b), QStringLiteral("--strip-prefix"),
                 QStringLiteral("module."), QStringLiteral("--atol"), QStringLiteral("0") }),
        0);
}

QTEST_GUILESS_MAIN(TestDiffTolerance)
#include "test_diff_tolerance.moc"
