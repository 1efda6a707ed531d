// CheckpointTreeModel, CheckpointFilterProxy and FindingsModel against the PyTorch-written
// expected files, each under QAbstractItemModelTester.
#include "model/checkpoint/Summary.h"
#include "model/formats/CheckpointReader.h"
#include "model/itemmodels/CheckpointFilterProxy.h"
#include "model/itemmodels/CheckpointTreeModel.h"
#include "model/itemmodels/FindingsModel.h"
#include "model/itemmodels/TreeExport.h"
#include "model/tensor/Cast.h"
#include "model/tensor/TensorPreview.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace ckpt;
using M = CheckpointTreeModel;

namespace {
QString fixture(const QString &name)
{
    return qEnvironmentVariable("CKPT_FIXTURE_DIR") + QLatin1Char('/') + name;
}

QJsonObject expectedFor(const QString &name)
{
    QFile f(fixture(name) + QStringLiteral(".expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString jsonPath(const QJsonArray &path)
{
    QStringList parts;
    for (const QJsonValue &p : path)
        parts << (p.isDouble() ? QString::number(qint64(p.toDouble())) : p.toString());
    return parts.join(QLatin1Char('/'));
}

QString shapeOf(const QJsonArray &shape)
{
    QStringList parts;
    for (const QJsonValue &d : shape)
        parts << QString::number(qint64(d.toDouble()));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// The visible tree, one "indent key | kind" line per row, to compare as text.
void printRows(const QAbstractItemModel &m, const QModelIndex &parent, int depth, int maxDepth, QStringList &out)
{
    for (int i = 0; i < m.rowCount(parent); ++i) {
        const QModelIndex idx = m.index(i, 0, parent);
        out << QString(depth * 2, QLatin1Char(' ')) + idx.data().toString() + QStringLiteral(" | ")
                + m.index(i, M::KindColumn, parent).data().toString();
        if (depth < maxDepth)
            printRows(m, idx, depth + 1, maxDepth, out);
    }
}

QByteArray le64(quint64 v)
{
    QByteArray b;
    for (int i = 0; i < 8; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
    return b;
}

struct Opened {
    CheckpointPtr ckpt;
    std::unique_ptr<M> model;
};

Opened openWithModel(const QString &path)
{
    Opened o;
    o.ckpt = openCheckpoint(path);
    o.model = std::make_unique<M>();
    o.model->setCheckpoint(o.ckpt, TreeTotals::compute(*o.ckpt));
    return o;
}
} // namespace

class TestTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(fixture(QStringLiteral("manifest.json"))), "set CKPT_FIXTURE_DIR"); }

    void tensorsMatchPyTorch_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : { "state_dict.pt", "train_adam.pt", "train_sgd.pt", "views.pt", "dtypes.pt",
                 "parameters.pt", "gpu_tagged.pt", "mixed.safetensors", "whole_model.pt", "legacy_state_dict.pt",
                 "legacy_views.pt", "lightning_like.ckpt", "mixed_objects.pt", "inference_package.pt", "many_keys.pt",
                 "sharded.safetensors.index.json", "scripted.pt", "legacy_whole_model.pt" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void tensorsMatchPyTorch()
    {
        QFETCH(QString, file);
        const QJsonObject expected = expectedFor(file);
        QVERIFY(!expected.isEmpty());
        Opened o = openWithModel(fixture(file));
        QVERIFY2(o.ckpt->ok(), qPrintable(describeError(*o.ckpt).english()));
        QAbstractItemModelTester tester(o.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        qint64 expectedParams = 0, expectedBytes = 0;
        for (const QJsonValue &tv : expected.value(QStringLiteral("tensors")).toArray()) {
            const QJsonObject t = tv.toObject();
            const QString path = jsonPath(t.value(QStringLiteral("path")).toArray());
            const QModelIndex idx = o.model->indexForPath(path);
            QVERIFY2(idx.isValid(), qPrintable(path));
            auto cell = [&](int column) { return idx.siblingAtColumn(column).data().toString(); };
            QCOMPARE(cell(M::DTypeColumn), t.value(QStringLiteral("dtype")).toString());
            QCOMPARE(cell(M::ShapeColumn), shapeOf(t.value(QStringLiteral("shape")).toArray()));
            QCOMPARE(cell(M::DeviceColumn), t.value(QStringLiteral("device")).toString());
            QCOMPARE(idx.data(M::ParametersRole).toLongLong(), qint64(t.value(QStringLiteral("numel")).toDouble()));
            QCOMPARE(idx.data(M::BytesRole).toLongLong(), qint64(t.value(QStringLiteral("nbytes")).toDouble()));
            QCOMPARE(idx.data(M::PathRole).toString(), path);
            if (t.value(QStringLiteral("is_parameter")).toBool())
                QCOMPARE(idx.data(M::NodeKindRole).toInt(), int(NodeKind::Parameter));
            expectedParams += qint64(t.value(QStringLiteral("numel")).toDouble());
            expectedBytes += qint64(t.value(QStringLiteral("nbytes")).toDouble());
        }
        // Subtree totals: the root's add up to the whole file, each tensor once (an alias
        // row still shows its own size, so summing rows would count it twice).
        qint64 params = 0, bytes = 0;
        if (o.ckpt->root && o.ckpt->root->kind == Value::Kind::Tensor) {
            params = o.model->index(0, 0).data(M::ParametersRole).toLongLong();
            bytes = o.model->index(0, 0).data(M::BytesRole).toLongLong();
        } else {
            params = o.model->totals().of(o.ckpt->root.get()).parameters;
            bytes = o.model->totals().of(o.ckpt->root.get()).bytes;
        }
        for (const auto &side : o.ckpt->sideTrees) {
            params += o.model->totals().of(side.second.get()).parameters;
            bytes += o.model->totals().of(side.second.get()).bytes;
        }
        if (file != QLatin1String("scripted.pt")) { // TorchScript constants are extra tensors
            QCOMPARE(params, expectedParams);
            QCOMPARE(bytes, expectedBytes);
        }
        QCOMPARE(params, Summary::of(*o.ckpt).parameters);
    }

    void treeLayout()
    {
        Opened o = openWithModel(fixture(QStringLiteral("train_adam.pt")));
        QStringList rows;
        printRows(*o.model, {}, 0, 0, rows);
        QCOMPARE(rows,
            QStringList({ QStringLiteral("epoch | int"), QStringLiteral("model_state_dict | OrderedDict · 11 keys"),
                QStringLiteral("optimizer_state_dict | dict · 2 keys"), QStringLiteral("loss | float") }));
        const QModelIndex msd = o.model->index(1, 0);
        QCOMPARE(o.model->index(0, M::ValueColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(o.model->index(6, 0, msd).data().toString(), QStringLiteral("bn.num_batches_tracked"));
        QCOMPARE(o.model->index(6, 0, msd).data(M::NodeKindRole).toInt(), int(NodeKind::Buffer));
        QCOMPARE(o.model->indexForPath(QStringLiteral("optimizer_state_dict/param_groups/0")).data().toString(),
            QStringLiteral("[0]"));
    }

    void filterKeepsAncestors_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<int>("matches");
        QTest::addColumn<QStringList>("topRows");
        const QStringList both { QStringLiteral("model_state_dict"), QStringLiteral("optimizer_state_dict") };
        QTest::newRow("substring") << int(FilterSpec::Mode::Substring) << QStringLiteral("EXP_AVG") << QString() << 16
                                   << QStringList { QStringLiteral("optimizer_state_dict") };
        QTest::newRow("glob") << int(FilterSpec::Mode::Glob) << QStringLiteral("*.weight") << QString() << 4
                              << QStringList { QStringLiteral("model_state_dict") };
        QTest::newRow("glob path") << int(FilterSpec::Mode::Glob) << QStringLiteral("optimizer*/state/[01]")
                                   << QString() << 2 << QStringList { QStringLiteral("optimizer_state_dict") };
        QTest::newRow("regex") << int(FilterSpec::Mode::Regex) << QStringLiteral("^fc\\d\\.bias$") << QString() << 2
                               << QStringList { QStringLiteral("model_state_dict") };
        QTest::newRow("dtype") << int(FilterSpec::Mode::Substring) << QString() << QStringLiteral("int64") << 1
                               << QStringList { QStringLiteral("model_state_dict") };
        QTest::newRow("step") << int(FilterSpec::Mode::Substring) << QStringLiteral("step") << QStringLiteral("float32")
                              << 8 << QStringList { QStringLiteral("optimizer_state_dict") };
        QTest::newRow("container") << int(FilterSpec::Mode::Substring) << QStringLiteral("dict") << QString() << 2
                                   << both;
    }

    void filterKeepsAncestors()
    {
        QFETCH(int, mode);
        QFETCH(QString, text);
        QFETCH(QString, dtype);
        QFETCH(int, matches);
        QFETCH(QStringList, topRows);
        Opened o = openWithModel(fixture(QStringLiteral("train_adam.pt")));
        CheckpointFilterProxy proxy;
        proxy.setSourceModel(o.model.get());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FilterSpec spec;
        spec.mode = FilterSpec::Mode(mode);
        spec.text = text;
        spec.dtype = dtype;
        auto result = runFilter(*o.ckpt, spec);
        QVERIFY(result->error.isEmpty());
        QCOMPARE(result->matches, matches);
        proxy.setFilterResult(result);
        QStringList top;
        for (int i = 0; i < proxy.rowCount(); ++i)
            top << proxy.index(i, 0).data().toString();
        QCOMPARE(top, topRows);
        // Every leaf the proxy shows matched, or sits under a matching container.
        proxy.sort(M::KeyColumn, Qt::DescendingOrder);
        proxy.sort(M::BytesColumn, Qt::AscendingOrder);
        proxy.setFilterResult(nullptr);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void badRegex()
    {
        Opened o = openWithModel(fixture(QStringLiteral("train_adam.pt")));
        FilterSpec spec;
        spec.mode = FilterSpec::Mode::Regex;
        spec.text = QStringLiteral("fc(");
        QVERIFY(!runFilter(*o.ckpt, spec)->error.isEmpty());
    }

    void sortNatural()
    {
        Opened o = openWithModel(fixture(QStringLiteral("many_keys.pt")));
        CheckpointFilterProxy proxy;
        proxy.setSourceModel(o.model.get());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(M::ParametersColumn, Qt::DescendingOrder);
        QVERIFY(proxy.rowCount() > 0);
        const QModelIndex top = proxy.index(0, 0);
        for (int i = 1; i < proxy.rowCount(top); ++i)
            QVERIFY(proxy.index(i - 1, 0, top).data(M::ParametersRole).toLongLong()
                >= proxy.index(i, 0, top).data(M::ParametersRole).toLongLong());
    }

    // The first values, read lazily from the file, agree with PyTorch's statistics.
    void previewMatchesStats_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
            { "dtypes.pt", "views.pt", "legacy_views.pt", "mixed.safetensors", "train_adam.pt", "gpu_tagged.pt" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void previewMatchesStats()
    {
        QFETCH(QString, file);
        const CheckpointPtr ckpt = openCheckpoint(fixture(file));
        QVERIFY(ckpt->ok());
        int checked = 0;
        for (const QJsonValue &tv : expectedFor(file).value(QStringLiteral("tensors")).toArray()) {
            const QJsonObject t = tv.toObject();
            const QJsonObject stats = t.value(QStringLiteral("stats")).toObject();
            const qint64 numel = qint64(t.value(QStringLiteral("numel")).toDouble());
            const QString dtype = t.value(QStringLiteral("dtype")).toString();
            if (stats.isEmpty() || numel == 0 || numel > 64 || stats.value(QStringLiteral("nan")).toDouble() > 0
                || stats.value(QStringLiteral("inf")).toDouble() > 0 || dtype.startsWith(QLatin1String("complex"))
                || !t.value(QStringLiteral("quantized")).isNull())
                continue;
            int index = -1;
            for (int i = 0; i < int(ckpt->tensors.size()); ++i)
                if (pathToString(ckpt->tensors[size_t(i)].path) == jsonPath(t.value(QStringLiteral("path")).toArray()))
                    index = i;
            QVERIFY(index >= 0);
            const TensorPreview p = readTensorPreview(*ckpt, index, 64);
            QVERIFY2(p.note.isEmpty(), qPrintable(p.note));
            QCOMPARE(p.numbers.size(), numel);
            double lo = p.numbers.first(), hi = lo, sum = 0;
            for (double v : p.numbers) {
                lo = qMin(lo, v);
                hi = qMax(hi, v);
                sum += v;
            }
            const QString where = file + QLatin1Char(':') + jsonPath(t.value(QStringLiteral("path")).toArray());
            QVERIFY2(qFuzzyCompare(1 + lo, 1 + stats.value(QStringLiteral("min")).toDouble()), qPrintable(where));
            QVERIFY2(qFuzzyCompare(1 + hi, 1 + stats.value(QStringLiteral("max")).toDouble()), qPrintable(where));
            QVERIFY2(std::abs(sum / double(numel) - stats.value(QStringLiteral("mean")).toDouble()) < 1e-3,
                qPrintable(where));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void halfConversions()
    {
        QCOMPARE(halfBitsToFloat(0x3c00), 1.0f);
        QCOMPARE(halfBitsToFloat(0xc000), -2.0f);
        QCOMPARE(halfBitsToFloat(0x0001), 5.9604645e-08f);
        QVERIFY(std::isinf(halfBitsToFloat(0x7c00)));
        QCOMPARE(bfloat16BitsToFloat(0x3f80), 1.0f);
    }

    void findingsModel()
    {
        const CheckpointPtr ckpt = openCheckpoint(fixture(QStringLiteral("whole_model.pt")));
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(ckpt->findings);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, 0).data(FindingsModel::VerdictRole).toInt(), int(Verdict::NeedsCode));
        QStringList globals;
        for (int i = 0; i < model.rowCount(); ++i)
            globals << model.index(i, FindingsModel::GlobalColumn).data().toString();
        QVERIFY(globals.contains(QStringLiteral("__main__.Net")));
    }

    void exportFormats()
    {
        Opened o = openWithModel(fixture(QStringLiteral("train_adam.pt")));
        CheckpointFilterProxy proxy;
        proxy.setSourceModel(o.model.get());
        FilterSpec spec;
        spec.text = QStringLiteral("fc1");
        proxy.setFilterResult(runFilter(*o.ckpt, spec));
        const QStringList csv
            = QString::fromUtf8(exportTree(proxy, ExportFormat::Csv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 1 + 3); // header, model_state_dict, fc1.weight, fc1.bias
        QCOMPARE(csv.at(2), QStringLiteral("model_state_dict/fc1.weight,tensor,\"[4, 8]\",float32,cpu,32,128,"));
        const QJsonArray json = QJsonDocument::fromJson(exportTree(*o.model, ExportFormat::Json)).array();
        QCOMPARE(json.size(), 4);
        QCOMPARE(json.at(1).toObject().value(QStringLiteral("children")).toArray().size(), 11);
        const QString md = QString::fromUtf8(exportTree(proxy, ExportFormat::Markdown));
        QVERIFY(
            md.contains(QStringLiteral("| model_state_dict/fc1.bias | tensor | [4] | float32 | cpu | 4 | 16 |  |")));
    }

    // Grouped by module: each module row's totals are the sums of what PyTorch says of the
    // tensors whose keys start with its prefix; every tensor is found at its stored path and
    // shown by its last dotted component; the filter finds what it finds flat.
    void moduleGrouping_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pattern");
        for (const char *f : { "many_keys.pt", "state_dict.pt", "lightning_like.ckpt", "sharded.safetensors.index.json",
                 "train_adam.pt", "sharded-00001-of-00002.safetensors", // the last with a __metadata__
                 "module_order.pt" }) // modules met again after others
            QTest::newRow(f) << QString::fromLatin1(f) << QStringLiteral("weight");
    }

    void moduleGrouping()
    {
        QFETCH(QString, file);
        QFETCH(QString, pattern);
        const QJsonObject expected = expectedFor(file);
        QVERIFY(!expected.isEmpty());
        Opened o = openWithModel(fixture(file));
        o.model->setGroupByModule(true);
        QAbstractItemModelTester tester(o.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // PyTorch's numbers, summed by (dict path, dotted prefix).
        QHash<QString, QPair<qint64, qint64>> modules;
        const QJsonArray tensors = expected.value(QStringLiteral("tensors")).toArray();
        for (const QJsonValue &tv : tensors) {
            const QJsonObject t = tv.toObject();
            const QString path = jsonPath(t.value(QStringLiteral("path")).toArray());
            const QModelIndex idx = o.model->indexForPath(path);
            QVERIFY2(idx.isValid(), qPrintable(path));
            QCOMPARE(idx.data(M::PathRole).toString(), path);
            const int slash = path.lastIndexOf(QLatin1Char('/'));
            const QString dict = slash < 0 ? QString() : path.left(slash);
            const QStringList parts = path.mid(slash + 1).split(QLatin1Char('.'));
            if (idx.parent().data(M::IsModuleRole).toBool())
                QCOMPARE(idx.data().toString(), parts.last());
            for (int n = 1; n < parts.size(); ++n) {
                const QString prefix = QStringList(parts.mid(0, n)).join(QLatin1Char('.'));
                auto &sum = modules[dict.isEmpty() ? prefix : dict + QLatin1Char('/') + prefix];
                sum.first += qint64(t.value(QStringLiteral("numel")).toDouble());
                sum.second += qint64(t.value(QStringLiteral("nbytes")).toDouble());
            }
        }
        int seen = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int i = 0; i < o.model->rowCount(parent); ++i) {
                const QModelIndex idx = o.model->index(i, 0, parent);
                if (idx.data(M::IsModuleRole).toBool()) {
                    const QString path = idx.data(M::PathRole).toString();
                    QVERIFY2(modules.contains(path), qPrintable(path));
                    QCOMPARE(idx.data(M::ParametersRole).toLongLong(), modules.value(path).first);
                    QCOMPARE(idx.data(M::BytesRole).toLongLong(), modules.value(path).second);
                    QVERIFY(!idx.data(M::LeafPathsRole).toStringList().isEmpty());
                    ++seen;
                }
                walk(idx);
            }
        };
        walk({});
        QVERIFY(seen > 0);

        // The filter walks the grouped rows: the same matches, and every kept row is a match
        // or leads to one.
        FilterSpec spec;
        spec.text = pattern;
        const int flat = runFilter(*o.ckpt, spec)->matches;
        spec.groupByModule = true;
        auto result = runFilter(*o.ckpt, spec);
        QCOMPARE(result->matches, flat);
        CheckpointFilterProxy proxy;
        proxy.setSourceModel(o.model.get());
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterResult(result);
        int leaves = 0;
        std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
            for (int i = 0; i < proxy.rowCount(parent); ++i) {
                const QModelIndex idx = proxy.index(i, 0, parent);
                if (!idx.data(M::IsModuleRole).toBool()
                    && idx.data(M::KeyRole).toString().contains(pattern, Qt::CaseInsensitive))
                    ++leaves;
                count(idx);
            }
        };
        count({});
        QCOMPARE(leaves, flat);
    }

    // The flat view and the grouped one switch back and forth; exports follow the tree.
    void moduleGroupingExport()
    {
        Opened o = openWithModel(fixture(QStringLiteral("many_keys.pt")));
        QCOMPARE(o.model->rowCount(), 2000);
        o.model->setGroupByModule(true);
        QCOMPARE(o.model->rowCount(), 1); // "blocks"
        const QModelIndex blocks = o.model->index(0, 0);
        QCOMPARE(blocks.data().toString(), QStringLiteral("blocks"));
        QCOMPARE(o.model->rowCount(blocks), 500);
        QCOMPARE(o.model->index(0, 0, o.model->index(7, 0, blocks)).data().toString(), QStringLiteral("weight"));
        QCOMPARE(blocks.data(M::LeafPathsRole).toStringList().size(), 2000);
        const QJsonArray json = QJsonDocument::fromJson(exportTree(*o.model, ExportFormat::Json)).array();
        QCOMPARE(json.size(), 1);
        const QJsonObject b = json.at(0).toObject();
        QCOMPARE(b.value(QStringLiteral("module")).toBool(), true);
        QCOMPARE(b.value(QStringLiteral("path")).toString(), QStringLiteral("blocks"));
        QCOMPARE(b.value(QStringLiteral("children")).toArray().size(), 500);
        const QJsonObject leaf = b.value(QStringLiteral("children"))
                                     .toArray()
                                     .at(3)
                                     .toObject()
                                     .value(QStringLiteral("children"))
                                     .toArray()
                                     .at(1)
                                     .toObject();
        QCOMPARE(leaf.value(QStringLiteral("path")).toString(), QStringLiteral("blocks.3.bias"));
        const QStringList csv
            = QString::fromUtf8(exportTree(*o.model, ExportFormat::Csv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 1 + 1 + 500 + 2000);
        o.model->setGroupByModule(false);
        QCOMPARE(o.model->rowCount(), 2000);
    }

    // 100k keys: the model stays lazy, the filter finds what it should (no timing asserts).
    void hundredThousandKeys()
    {
        QTemporaryDir dir;
        const int n = 100000;
        QByteArray header = "{";
        for (int i = 0; i < n; ++i) {
            header += "\"layers." + QByteArray::number(i / 100) + ".w" + QByteArray::number(i % 100)
                + "\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[" + QByteArray::number(i * 4) + ","
                + QByteArray::number(i * 4 + 4) + "]}" + (i + 1 < n ? "," : "");
        }
        header += "}";
        while (header.size() % 8)
            header += ' ';
        const QString path = dir.filePath(QStringLiteral("many.safetensors"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(le64(quint64(header.size())) + header + QByteArray(n * 4, '\0'));
        f.close();

        Opened o = openWithModel(path);
        QVERIFY2(o.ckpt->ok(), qPrintable(describeError(*o.ckpt).english()));
        QCOMPARE(int(o.ckpt->tensors.size()), n);
        QCOMPARE(o.model->rowCount(), n);
        CheckpointFilterProxy proxy;
        proxy.setSourceModel(o.model.get());
        FilterSpec spec;
        spec.mode = FilterSpec::Mode::Glob;
        spec.text = QStringLiteral("layers.99?.w99");
        auto result = runFilter(*o.ckpt, spec);
        QCOMPARE(result->matches, 10);
        proxy.setFilterResult(result);
        QCOMPARE(proxy.rowCount(), 10);
        qint64 total = 0;
        for (int i = 0; i < o.model->rowCount(); i += 997)
            total += o.model->index(i, 0).data(M::ParametersRole).toLongLong();
        QVERIFY(total > 0);
    }
};

QTEST_GUILESS_MAIN(TestTreeModel)
#include "test_treemodel.moc"
