// Comparing checkpoints: every answer checked against what PyTorch computed in float64
// (diff_expected.json, written by make_fixtures.py), plus the CLI's exit codes.
#include "tests/TestPaths.h"

#include "model/diff/Diff.h"
#include "model/formats/CheckpointReader.h"
#include "model/itemmodels/DiffModel.h"
#include "model/itemmodels/DiffTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <functional>

#include <cmath>

using namespace ckpt;

class TestDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesPyTorch_data();
    void matchesPyTorch();
    void threadsAndChunksAgree();
    void stridedAndCompressedAreSame();
    void prefixHint();
    void scalars();
    void cancel();
    void cliExitCodes_data();
    void cliExitCodes();
    void cliJsonAndErrors();
    void diffModel();
    void diffTreeModel();
    void rootsAndNestedPrefixes();

private:
    static DiffResult run(const QString &a, const QString &b, const DiffOptions &o = {});
};

namespace {

QString fx(const QString &rel)
{
    return testpaths::fixture(rel);
}

bool close(double got, const QJsonValue &want)
{
    if (want.isNull())
        return !std::isfinite(got);
    const double w = want.toDouble();
    return std::abs(got - w) <= 1e-12 + 1e-9 * std::abs(w);
}

QJsonValue shapeJson(const std::vector<qint64> &s, bool present)
{
    if (!present)
        return QJsonValue();
    QJsonArray a;
    for (qint64 d : s)
        a.append(d);
    return a;
}

// The pairs of diff_expected.json by name.
QJsonObject pairs()
{
    QJsonObject out;
    for (const QJsonValue &p :
        testpaths::readJson(fx(QStringLiteral("diff_expected.json")))[QStringLiteral("pairs")].toArray())
        out[p[QStringLiteral("name")].toString()] = p;
    return out;
}

} // namespace

DiffResult TestDiff::run(const QString &a, const QString &b, const DiffOptions &o)
{
    const CheckpointPtr ca = openCheckpoint(a), cb = openCheckpoint(b);
    if (!ca->ok() || !cb->ok())
        qFatal("cannot open %s or %s", qPrintable(a), qPrintable(b));
    return diffCheckpoints(*ca, *cb, o);
}

void TestDiff::matchesPyTorch_data()
{
    QTest::addColumn<QJsonObject>("pair");
    const QJsonArray pairs
        = testpaths::readJson(fx(QStringLiteral("diff_expected.json")))[QStringLiteral("pairs")].toArray();
    QVERIFY(pairs.size() >= 5);
    for (const QJsonValue &p : pairs)
        QTest::newRow(qPrintable(p[QStringLiteral("name")].toString())) << p.toObject();
}

void TestDiff::matchesPyTorch()
{
    QFETCH(QJsonObject, pair);
    DiffOptions o;
    o.stripPrefixA = pair[QStringLiteral("options")][QStringLiteral("strip_prefix_a")].toString();
    o.stripPrefixB = pair[QStringLiteral("options")][QStringLiteral("strip_prefix_b")].toString();
    const DiffResult r = run(fx(pair[QStringLiteral("a")].toString()), fx(pair[QStringLiteral("b")].toString()), o);
    const QJsonArray want = pair[QStringLiteral("tensors")].toArray();
    QCOMPARE(int(r.tensors.size()), want.size());
    for (int i = 0; i < want.size(); ++i) {
        const QJsonObject w = want[i].toObject();
        const TensorDiff &d = r.tensors[size_t(i)];
        QCOMPARE(d.key, w[QStringLiteral("path")].toString());
        QCOMPARE(diffStatusName(d.status), w[QStringLiteral("status")].toString());
        QCOMPARE(shapeJson(d.shapeA, d.indexA >= 0), w[QStringLiteral("shape_a")]);
        QCOMPARE(shapeJson(d.shapeB, d.indexB >= 0), w[QStringLiteral("shape_b")]);
        if (d.indexA >= 0)
            QCOMPARE(dtypeName(d.dtypeA), w[QStringLiteral("dtype_a")].toString());
        if (d.indexB >= 0)
            QCOMPARE(dtypeName(d.dtypeB), w[QStringLiteral("dtype_b")].toString());
        QCOMPARE(d.metrics.valid, w.contains(QStringLiteral("max_abs_diff")));
        if (!d.metrics.valid)
            continue;
        QVERIFY2(close(d.metrics.maxAbs, w[QStringLiteral("max_abs_diff")]), qPrintable(d.key));
        QVERIFY2(close(d.metrics.meanAbs, w[QStringLiteral("mean_abs_diff")]), qPrintable(d.key));
        QVERIFY2(close(d.metrics.relL2, w[QStringLiteral("rel_l2")]), qPrintable(d.key));
        QVERIFY2(close(d.metrics.cosine, w[QStringLiteral("cosine")]), qPrintable(d.key));
        QCOMPARE(double(d.metrics.differing), w[QStringLiteral("differing")].toDouble());
    }
    QCOMPARE(r.tensorsIdentical(), pair[QStringLiteral("identical")].toBool());
    const DiffSummary s = r.summary();
    const QJsonObject ws = pair[QStringLiteral("summary")].toObject();
    QCOMPARE(s.same, ws[QStringLiteral("same")].toInt());
    QCOMPARE(s.changed, ws[QStringLiteral("changed")].toInt());
    QCOMPARE(s.onlyA, ws[QStringLiteral("only_a")].toInt());
    QCOMPARE(s.onlyB, ws[QStringLiteral("only_b")].toInt());
}

void TestDiff::threadsAndChunksAgree()
{
    DiffOptions one;
    one.threads = 1;
    DiffOptions many;
    many.threads = 4;
    many.chunkElements = 1024; // the floor: several chunks per tensor where they are big enough
    const QString a = fx(QStringLiteral("series/checkpoint_epoch_1.pt")),
                  b = fx(QStringLiteral("series/checkpoint_epoch_6.pt"));
    const DiffResult r1 = run(a, b, one), r2 = run(a, b, many);
    QCOMPARE(r1.tensors.size(), r2.tensors.size());
    for (size_t i = 0; i < r1.tensors.size(); ++i) {
        QCOMPARE(r1.tensors[i].status, r2.tensors[i].status);
        QCOMPARE(r1.tensors[i].metrics.differing, r2.tensors[i].metrics.differing);
        QVERIFY(close(r1.tensors[i].metrics.relL2, r2.tensors[i].metrics.relL2));
    }
}

void TestDiff::stridedAndCompressedAreSame()
{
    // views.pt: transposes, step slices, expands (stride 0), offsets: compared element by element.
    QVERIFY(run(fx(QStringLiteral("views.pt")), fx(QStringLiteral("views.pt"))).tensorsIdentical());
    // rezipped.pt: the same tensors as state_dict.pt, every record deflated.
    const DiffResult r = run(fx(QStringLiteral("state_dict.pt")), fx(QStringLiteral("rezipped.pt")));
    QVERIFY(!r.tensors.empty());
    for (const TensorDiff &d : r.tensors)
        QVERIFY2(d.status == DiffStatus::Same, qPrintable(d.key + QLatin1Char(' ') + d.error.english()));
}

void TestDiff::prefixHint()
{
    const DiffResult r = run(fx(QStringLiteral("state_dict.pt")), fx(QStringLiteral("diff/state_dict_module.pt")));
    QVERIFY2(r.hint.contains(QLatin1String("--strip-prefix-b 'module.'")), qPrintable(r.hint));
    DiffOptions both;
    both.stripPrefix = QStringLiteral("module.");
    const DiffResult s
        = run(fx(QStringLiteral("state_dict.pt")), fx(QStringLiteral("diff/state_dict_module.pt")), both);
    QVERIFY(s.tensorsIdentical());
    QVERIFY(s.hint.isEmpty());
}

void TestDiff::scalars()
{
    const DiffResult r
        = run(fx(QStringLiteral("series/checkpoint_epoch_1.pt")), fx(QStringLiteral("series/checkpoint_epoch_6.pt")));
    auto find = [&](const QString &key) -> const ScalarDiff * {
        for (const ScalarDiff &s : r.scalars)
            if (s.key == key)
                return &s;
        return nullptr;
    };
    const ScalarDiff *epoch = find(QStringLiteral("epoch"));
    QVERIFY(epoch);
    QCOMPARE(epoch->status, DiffStatus::Changed);
    QCOMPARE(epoch->a, QStringLiteral("1"));
    QCOMPARE(epoch->b, QStringLiteral("6"));
    const ScalarDiff *later = find(QStringLiteral("history/train_loss/5")); // the 6th epoch's loss
    QVERIFY(later);
    QCOMPARE(later->status, DiffStatus::OnlyB);
    QCOMPARE(r.summary().scalarsChanged > 3, true);
}

void TestDiff::cancel()
{
    const CheckpointPtr a = openCheckpoint(fx(QStringLiteral("many_keys.pt")));
    std::atomic_bool stop { true };
    DiffControl control;
    control.cancel = &stop;
    const DiffResult r = diffCheckpoints(*a, *a, {}, control);
    QVERIFY(r.cancelled);
    QVERIFY(!r.tensorsIdentical());
    // Not cancelled: progress reaches the end.
    stop = false;
    qint64 last = -1;
    control.progress = [&](qint64 done, qint64 total) {
        QVERIFY(done >= last);
        last = done * 1000 / total;
    };
    QVERIFY(diffCheckpoints(*a, *a, {}, control).tensorsIdentical());
    QCOMPARE(last, qint64(1000));
}

void TestDiff::cliExitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QString sd = fx(QStringLiteral("state_dict.pt")), edited = fx(QStringLiteral("diff/state_dict_edited.pt"));
    const QString mod = fx(QStringLiteral("diff/state_dict_module.pt"));
    QTest::newRow("same") << QStringList { sd, sd } << 0;
    QTest::newRow("edited") << QStringList { sd, edited } << 1;
    QTest::newRow("prefix unstripped") << QStringList { sd, mod } << 1;
    QTest::newRow("strip-prefix") << QStringList { sd, mod, QStringLiteral("--strip-prefix"),
        QStringLiteral("module.") }
                                  << 0;
    QTest::newRow("strip-prefix-b") << QStringList { sd, mod, QStringLiteral("--strip-prefix-b"),
        QStringLiteral("module.") } << 0;
    QTest::newRow("match unchanged") << QStringList { sd, edited, QStringLiteral("--match"), QStringLiteral("bn.*") }
                                     << 0;
    QTest::newRow("match changed") << QStringList { sd, edited, QStringLiteral("--match"), QStringLiteral("fc1.*") }
                                   << 1;
    QTest::newRow("missing file") << QStringList { sd, fx(QStringLiteral("no/such.pt")) } << 2;
    QTest::newRow("one file") << QStringList { sd } << 2;
}

void TestDiff::cliExitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QProcess p;
    p.start(QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")), QStringList { QStringLiteral("diff") } + args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), code);
    const QByteArray err = p.readAllStandardError();
    if (code == 2) {
        QVERIFY2(err.startsWith("ckpt: ") && err.count('\n') == 1, err.constData());
    } else {
        QVERIFY2(err.isEmpty(), err.constData());
        QVERIFY(p.readAllStandardOutput().contains(" same, "));
    }
}

void TestDiff::cliJsonAndErrors()
{
    QProcess p;
    p.start(QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")),
        { QStringLiteral("diff"), QStringLiteral("--json"), fx(QStringLiteral("state_dict.pt")),
            fx(QStringLiteral("diff/state_dict_edited.pt")) });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(doc[QStringLiteral("summary")][QStringLiteral("changed")].toInt(), 1);
    QCOMPARE(doc[QStringLiteral("summary")][QStringLiteral("only_a")].toInt(), 1);
    QCOMPARE(doc[QStringLiteral("summary")][QStringLiteral("identical")].toBool(true), false);
    const QJsonArray tensors = doc[QStringLiteral("tensors")].toArray();
    QVERIFY(!tensors.isEmpty());
    for (const char *field : { "path", "status", "dtype_a", "dtype_b", "shape_a", "shape_b", "max_abs_diff",
             "mean_abs_diff", "rel_l2", "differing", "cosine" })
        QVERIFY2(tensors.first().toObject().contains(QLatin1String(field)), field);
    QVERIFY(doc.contains(QStringLiteral("scalars")));
}

void TestDiff::diffModel()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DiffFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DiffResult r = run(fx(QStringLiteral("state_dict.pt")), fx(QStringLiteral("diff/state_dict_edited.pt")));
    model.setResult(r);
    QCOMPARE(model.rowCount(), int(r.tensors.size()));
    QCOMPARE(model.index(0, DiffModel::KeyColumn).data().toString(), QStringLiteral("conv.weight"));
    QCOMPARE(
        model.index(0, DiffModel::StatusColumn).data(DiffModel::StatusRole).toInt(), int(DiffStatus::DtypeMismatch));
    proxy.setOnlyDifferent(true);
    QCOMPARE(proxy.rowCount(), r.summary().total() - r.summary().same);
    // Sorting by rel L2 puts the largest drift first; rows without a number go last.
    proxy.sort(DiffModel::RelL2Column, Qt::DescendingOrder);
    QVERIFY(proxy.index(0, DiffModel::RelL2Column).data(DiffModel::SortRole).toDouble()
        >= proxy.index(1, DiffModel::RelL2Column).data(DiffModel::SortRole).toDouble());
    model.setResult(DiffResult());
    QCOMPARE(proxy.rowCount(), 0);
}

// The merged tree of the "edited" pair (PyTorch's statuses in diff_expected.json), printed
// as indented "name status" lines, and its status filter.
void TestDiff::diffTreeModel()
{
    DiffModel model;
    DiffTreeModel tree(&model);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DiffTreeFilterProxy proxy;
    proxy.setSourceModel(&tree);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(run(fx(QStringLiteral("state_dict.pt")), fx(QStringLiteral("diff/state_dict_edited.pt"))));
    std::function<void(const QAbstractItemModel &, const QModelIndex &, int, QStringList *)> print
        = [&print](const QAbstractItemModel &m, const QModelIndex &parent, int depth, QStringList *out) {
              for (int r = 0; r < m.rowCount(parent); ++r) {
                  const QModelIndex i = m.index(r, 0, parent);
                  const int status = i.data(DiffTreeModel::StatusRole).toInt();
                  *out << QString(depth * 2, QLatin1Char(' ')) + i.data().toString()
                          + (status >= 0 ? QLatin1Char(' ') + diffStatusName(DiffStatus(status)) : QString());
                  print(m, i, depth + 1, out);
              }
          };
    QStringList want;
    QString group;
    for (const QJsonValue &t : pairs()[QStringLiteral("edited")][QStringLiteral("tensors")].toArray()) {
        const QStringList parts = t[QStringLiteral("path")].toString().split(QLatin1Char('.'));
        if (parts[0] != group)
            want << parts[0];
        group = parts[0];
        want << QStringLiteral("  ") + parts[1] + QLatin1Char(' ') + t[QStringLiteral("status")].toString();
    }
    QStringList got;
    print(tree, QModelIndex(), 0, &got);
    QCOMPARE(got, want);
    // Only the changed tensor: its module stays, the others go.
    proxy.setStatusMask(1u << int(DiffStatus::Changed));
    got.clear();
    print(proxy, QModelIndex(), 0, &got);
    QCOMPARE(got, QStringList({ QStringLiteral("fc1"), QStringLiteral("  weight changed") }));
    QCOMPARE(DiffTreeModel::keyLevels(QStringLiteral("model_state_dict/layer.0.w")),
        QStringList(
            { QStringLiteral("model_state_dict"), QStringLiteral("layer"), QStringLiteral("0"), QStringLiteral("w") }));
}

// A root per side, and a prefix stripped below it: the nested DataParallel training
// checkpoint against its plain twin (make_check_fixtures.py) matches key for key.
void TestDiff::rootsAndNestedPrefixes()
{
    DiffOptions o;
    o.rootA = QStringLiteral("model_state_dict");
    o.rootB = QStringLiteral("model_state_dict");
    o.stripPrefixA = QStringLiteral("module.");
    const DiffResult r
        = run(fx(QStringLiteral("check/nested_training.pt")), fx(QStringLiteral("check/nested_plain.pt")), o);
    const DiffSummary s = r.summary();
    QCOMPARE(s.onlyA + s.onlyB, 0);
    QVERIFY(s.same > 0);
    QCOMPARE(s.same, s.total()); // the same weights, saved with and without DataParallel
    for (const TensorDiff &d : r.tensors) {
        QVERIFY(!d.key.contains(QLatin1Char('/')));
        QVERIFY(d.pathA.startsWith(QStringLiteral("model_state_dict/module.")));
    }
}

QTEST_GUILESS_MAIN(TestDiff)
#include "test_diff.moc"
