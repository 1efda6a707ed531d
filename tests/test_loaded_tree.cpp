// A loaded Checkpoint is immutable: edits go through the plan (copy-on-write views),
// and nothing a user can ask of a file (every plan step, every writer, statistics,
// comparison, the preview, the tree model, JSON, check, training scalars) changes the
// tree, the tensor table or the storage table open produced. Each fixture is fingerprinted
// right after open and again after all of that.
#include "model/check/Check.h"
#include "model/checkpoint/CheckpointJson.h"
#include "model/checkpoint/Summary.h"
#include "model/checkpoint/TreeWalk.h"
#include "model/convert/Converter.h"
#include "model/convert/WriterRegistry.h"
#include "model/diff/Diff.h"
#include "model/formats/CheckpointReader.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "model/stats/StatsRunner.h"
#include "model/tensor/TensorPreview.h"
#include "model/training/TrainingScalars.h"
#include "tests/TestPaths.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <unordered_set>

using namespace ckpt;

namespace {
// Every field of every Value reachable from the roots (shared nodes once, by address,
// so a node swapped for a copy shows too), and the tensor and storage tables.
class Fingerprint {
public:
    explicit Fingerprint(const Checkpoint &c)
    {
        value(c.root);
        for (const auto &side : c.sideTrees) {
            add(side.first);
            value(side.second);
        }
        for (const TensorInfo &t : c.tensors) {
            add(pathToString(t.path));
            add(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                    .arg(int(t.dtype))
                    .arg(t.storageOffset)
                    .arg(t.storageIndex)
                    .arg(t.requiresGrad)
                    .arg(t.isParameter)
                    .arg(t.isQuantized)
                    .arg(int(t.layout))
                    .arg(t.reached));
            ints(t.shape);
            ints(t.strides);
        }
        for (const StorageInfo &s : c.storages)
            add(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                    .arg(s.key, s.recordName(), s.device, s.file)
                    .arg(int(s.dtype))
                    .arg(s.numel)
                    .arg(s.fileOffset)
                    .arg(s.nbytes));
        add(QString::number(c.findings.size()));
    }
    QByteArray result() { return m_hash.result().toHex(); }
    int nodes() const { return int(m_seen.size()); }

private:
    void add(const QString &s)
    {
        m_hash.addData(s.toUtf8());
        m_hash.addData(QByteArrayView("\x1f", 1));
    }
    void ints(const std::vector<qint64> &v)
    {
        for (qint64 i : v)
            add(QString::number(i));
    }
    void value(const ValuePtr &v)
    {
        if (!v) {
            add(QStringLiteral("null"));
            return;
        }
        add(QString::number(quintptr(v.get()), 16));
        if (!m_seen.insert(v.get()).second)
            return;
        add(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                .arg(int(v->kind))
                .arg(v->boolean)
                .arg(v->integer)
                .arg(v->real, 0, 'g', 17)
                .arg(v->text, v->className)
                .arg(v->tensorIndex));
        m_hash.addData(v->bytes());
        ints(v->shape());
        add(QString::number(v->storageIndex));
        for (const ValuePtr &i : v->items)
            value(i);
        for (const auto &kv : v->entries) {
            value(kv.first);
            value(kv.second);
        }
        for (const ValuePtr &i : v->appended())
            value(i);
        value(v->state());
    }

    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    std::unordered_set<const Value *> m_seen;
};

// One plan with every kind of step, each aimed at something the fixture may hold.
EditPlan everyStep()
{
    EditPlan p;
    p.ops.push_back(EditOp::remapDevice(QString(), QStringLiteral("cpu")));
    p.ops.push_back(EditOp::stripPrefix(QStringLiteral("model.")));
    p.ops.push_back(EditOp::addPrefix(QStringLiteral("module.")));
    p.ops.push_back(EditOp::cast(DType::Float16));
    p.ops.push_back(EditOp::drop({ QStringLiteral("*bias*") }));
    p.ops.push_back(EditOp::dropTrainingState());
    return p;
}
} // namespace

class TestLoadedTree : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nothingChangesALoadedCheckpoint_data();
    void nothingChangesALoadedCheckpoint();

private:
    QTemporaryDir m_tmp;
};

void TestLoadedTree::nothingChangesALoadedCheckpoint_data()
{
    QTest::addColumn<QString>("file");
    for (const QJsonValue &f : testpaths::manifest()) {
        const QString name = f[QLatin1String("file")].toString();
        QTest::newRow(qPrintable(name)) << testpaths::fixture(name);
    }
}

void TestLoadedTree::nothingChangesALoadedCheckpoint()
{
    QFETCH(QString, file);
    const CheckpointPtr c = openCheckpoint(file);
    QVERIFY2(c->ok(), qPrintable(describeError(*c).english()));
    Fingerprint before(*c);
    const QByteArray expected = before.result();
    QVERIFY(before.nodes() > 0);

    // The plan, step by step and whole, and the view's own edits (renames, extract).
    const EditPlan plan = everyStep();
    for (const EditOp &op : plan.ops)
        QVERIFY(applyPlan(c, EditPlan { { op } }).view);
    const EditResult edit = applyPlan(c, plan);
    QVERIFY(edit.view);
    const std::vector<ChildRef> children = childrenOf(*c->root);
    for (size_t i = 0; i < std::min<size_t>(children.size(), 8); ++i) {
        const QString path = children[i].part.toString();
        applyPlan(c, EditPlan { { EditOp::rename(path, path + QStringLiteral("_renamed")) } });
        applyPlan(c, EditPlan { { EditOp::extract(path) } });
        applyPlan(c, EditPlan { { EditOp::keep({ path }) } });
    }

    // Every writer, from the edited view (the package also builds its tree around it).
    for (const FormatWriter *w : formatWriters()) {
        ConvertOptions o;
        o.writer = w;
        o.output = m_tmp.filePath(QFileInfo(file).fileName() + QLatin1Char('-') + w->name() + w->suffix());
        convertCheckpoint(c, edit, o);
    }

    // Looking: statistics, comparison with itself, the preview, the tree, JSON, check.
    std::vector<TensorStats> stats;
    QString error;
    computeTensorStats(*c, statsTensorIndexes(*c), StatsOptions(), StatsControl(), &stats, &error);
    diffCheckpoints(*c, *c, DiffOptions());
    for (int i = 0; i < int(c->tensors.size()); ++i)
        readTensorPreview(*c, i);
    CheckpointTreeModel model;
    model.setCheckpoint(c);
    for (int r = 0; r < model.rowCount(); ++r)
        for (int col = 0; col < model.columnCount(); ++col)
            model.data(model.index(r, col));
    checkpointToJson(*c);
    Summary::of(*c);
    Summary::safetyLine(*c);
    scanTraining(*c);
    ModelSpec spec;
    if (modelSpecFromCheckpoint(c, QString(), &spec, &error))
        checkCheckpoint(c, std::make_shared<const ModelSpec>(std::move(spec)), CheckOptions());

    Fingerprint after(*c);
    QCOMPARE(after.result(), expected);
}

QTEST_GUILESS_MAIN(TestLoadedTree)
#include "test_loaded_tree.moc"
