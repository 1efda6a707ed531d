// ckpt check (issue 10): the core against PyTorch's own load_state_dict answers
// (check/check_expected.json, written by make_check_fixtures.py), the state_dict finder,
// the model's side in each form, the fixes' EditPlan, and the CLI contract.
// tests/check/run_check_tests.py applies every fix with ckpt convert and loads the result.
#include "tests/TestPaths.h"

#include "model/backend/TorchBackend.h"
#include "model/check/Check.h"
#include "model/check/ScriptModules.h"
#include "model/checkpoint/PathGlob.h"
#include "model/formats/CheckpointReader.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ckpt;

namespace {
QString fx(const QString &rel)
{
    return testpaths::fixture(rel);
}

QJsonObject expected()
{
    return testpaths::readJson(fx(QStringLiteral("check/check_expected.json")));
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QJsonArray shapeJson(const std::vector<qint64> &shape)
{
    QJsonArray a;
    for (qint64 d : shape)
        a.append(d);
    return a;
}

CheckResult check(const QString &ckpt, const QString &ref, const CheckOptions &o = {})
{
    ModelSpec model;
    QString error;
    if (!loadModelSpec(ref, QString(), &model, &error))
        qFatal("%s: %s", qPrintable(ref), qPrintable(error));
    return checkCheckpoint(openCheckpoint(ckpt), std::make_shared<const ModelSpec>(std::move(model)), o);
}
} // namespace

class TestCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesPyTorch_data();
    void matchesPyTorch();
    void findsStateDict_data();
    void findsStateDict();
    void stateDictAtPath();
    void torchScriptModules();
    void manifest_data();
    void manifest();
    void fixesInConvertOrder();
    void everyFileIsHandled();
    void cli();
};

void TestCheck::matchesPyTorch_data()
{
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QString>("reference");
    const QJsonArray cases = expected().value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() >= 15);
    for (const QJsonValue &c : cases) {
        const QJsonObject refs = c[QStringLiteral("references")].toObject();
        for (auto it = refs.begin(); it != refs.end(); ++it)
            if (it.key() != QLatin1String("safetensors")) // no key order: run_check_tests.py compares sets
                QTest::addRow("%s vs %s", qPrintable(c[QStringLiteral("name")].toString()), qPrintable(it.key()))
                    << c.toObject() << it.value().toString();
    }
}

void TestCheck::matchesPyTorch()
{
    QFETCH(QJsonObject, expected);
    QFETCH(QString, reference);
    CheckOptions o;
    if (!reference.contains(QLatin1String(".scripted.")) && !reference.contains(QLatin1String(".traced.")))
        o.modelClass = expected[QStringLiteral("class")].toString();
    const CheckResult r = check(fx(expected[QStringLiteral("checkpoint")].toString()), fx(reference), o);
    QVERIFY2(r.ok(), qPrintable(r.error.english()));
    QCOMPARE(r.className, expected[QStringLiteral("class")].toString());
    QCOMPARE(r.loads(), expected[QStringLiteral("loads")].toBool());
    QCOMPARE(r.report.missing, strings(expected[QStringLiteral("missing")]));
    QCOMPARE(r.report.unexpected, strings(expected[QStringLiteral("unexpected")]));
    QJsonArray sizes;
    for (const SizeMismatch &m : r.report.sizeMismatch)
        sizes.append(
            QJsonObject { { QStringLiteral("key"), m.key }, { QStringLiteral("checkpoint"), shapeJson(m.checkpoint) },
                { QStringLiteral("model"), shapeJson(m.model) } });
    QCOMPARE(sizes, expected[QStringLiteral("size_mismatch")].toArray());
    QCOMPARE(r.report.errorLines(), strings(expected[QStringLiteral("error_lines")]));
    QCOMPARE(r.report.message(r.className), expected[QStringLiteral("message")].toString());
    const QJsonObject strictFalse = expected[QStringLiteral("strict_false")].toObject();
    QCOMPARE(r.report.loadsNonStrict(), strictFalse[QStringLiteral("loads")].toBool());
    if (r.report.loadsNonStrict())
        QCOMPARE(r.report.unexpected, strings(strictFalse[QStringLiteral("unexpected")]));
    QJsonArray dtypes;
    for (const DtypeMismatch &d : r.report.dtypeMismatch)
        dtypes.append(
            QJsonObject { { QStringLiteral("key"), d.key }, { QStringLiteral("checkpoint"), dtypeName(d.checkpoint) },
                { QStringLiteral("model"), dtypeName(d.model) } });
    QCOMPARE(dtypes, expected[QStringLiteral("dtype_mismatch")].toArray());
    QJsonArray path;
    for (const PathPart &p : r.stateDict.path)
        path.append(p.key);
    QCOMPARE(path, expected[QStringLiteral("state_dict")].toArray());
    // A fix was checked exactly when there is one, and it never makes things worse.
    QCOMPARE(r.fixesChecked, !r.fixes.plan.ops.empty());
    if (r.loads())
        QVERIFY(r.loadsAfterFixes());
    QVERIFY(!torchBackendLoaded());
}

void TestCheck::findsStateDict_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path"); // "-" for none
    QTest::addColumn<bool>("lightning");
    QTest::addColumn<QString>("alternative");
    QTest::newRow("state_dict") << "state_dict.pt"
                                << "" << false << "";
    QTest::newRow("training") << "train_adam.pt"
                              << "model_state_dict" << false << "";
    QTest::newRow("series") << "series/checkpoint_epoch_3.pt"
                            << "model_state_dict" << false << "";
    QTest::newRow("package") << "inference_package.pt"
                             << "model_state_dict" << false << "";
    QTest::newRow("lightning") << "lightning_like.ckpt"
                               << "state_dict" << true << "";
    QTest::newRow("legacy") << "legacy_state_dict.pt"
                            << "" << false << "";
    QTest::newRow("safetensors") << "mixed.safetensors"
                                 << "" << false << "";
    QTest::newRow("sharded") << "sharded.safetensors.index.json"
                             << "" << false << "";
    QTest::newRow("timm ema") << "check/timm_ema.pt"
                              << "state_dict" << false << "state_dict_ema";
    QTest::newRow("whole model") << "whole_model.pt"
                                 << "-" << false << "";
    QTest::newRow("torchscript") << "scripted.pt"
                                 << "-" << false << "";
}

void TestCheck::findsStateDict()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(bool, lightning);
    QFETCH(QString, alternative);
    const CheckpointPtr c = openCheckpoint(fx(file));
    QVERIFY2(c->ok(), qPrintable(c->error.english()));
    const StateDict sd = findStateDict(*c);
    QCOMPARE(sd.found(), path != QLatin1String("-"));
    if (!sd.found())
        return;
    QCOMPARE(pathToString(sd.path), path);
    QCOMPARE(sd.lightning, lightning);
    QCOMPARE(sd.alternatives.empty(), alternative.isEmpty());
    if (!alternative.isEmpty())
        QCOMPARE(pathToString(sd.alternatives.front()), alternative);
    QVERIFY(!sd.entries.empty());
    for (const StateDictEntry &e : sd.entries)
        QVERIFY(e.tensorIndex >= 0 || e.value); // every entry carries its value
}

void TestCheck::stateDictAtPath()
{
    const CheckpointPtr c = openCheckpoint(fx(QStringLiteral("train_adam.pt")));
    QString error;
    StateDict sd = stateDictAt(*c, QStringLiteral("model_state_dict"), &error);
    QVERIFY2(sd.found(), qPrintable(error));
    QCOMPARE(sd.origin, StateDictOrigin::Given);
    QVERIFY(sd.hasMetadata); // an OrderedDict from state_dict() keeps _metadata
    QVERIFY(sd.versions.contains(QStringLiteral("bn")));
    sd = stateDictAt(*c, QStringLiteral("epoch"), &error);
    QVERIFY(!sd.found());
    QVERIFY2(error.contains(QLatin1String("not a dict")), qPrintable(error));
    sd = stateDictAt(*c, QStringLiteral("no/such/path"), &error);
    QVERIFY(!sd.found());
    QVERIFY2(error.contains(QLatin1String("no node")), qPrintable(error));
}

// The module tree read from the archive gives the keys, order and shapes of state_dict().
void TestCheck::torchScriptModules()
{
    for (const char *pair : { "check/ref_net5.scripted.pt|check/ref_net5.pt",
             "check/ref_net5.traced.pt|check/ref_net5.pt", "scripted.pt|state_dict.pt" }) {
        const QStringList files = QString::fromLatin1(pair).split(QLatin1Char('|'));
        ModelSpec script, sd;
        QString error;
        QVERIFY2(loadModelSpec(fx(files[0]), QString(), &script, &error), qPrintable(error));
        QVERIFY2(loadModelSpec(fx(files[1]), QString(), &sd, &error), qPrintable(error));
        QCOMPARE(script.source, ModelSource::TorchScript);
        QCOMPARE(script.className, QStringLiteral("Net"));
        QCOMPARE(script.keys.size(), sd.keys.size());
        for (size_t i = 0; i < sd.keys.size(); ++i) {
            QCOMPARE(script.keys[i].key, sd.keys[i].key);
            QCOMPARE(script.keys[i].shape, sd.keys[i].shape);
            QCOMPARE(script.keys[i].dtype, sd.keys[i].dtype);
        }
        QStringList prefixes;
        for (const ModelModule &m : script.modules)
            prefixes << m.prefix;
        QCOMPARE(prefixes.first(), QString());
        QVERIFY(prefixes.contains(QStringLiteral("bn.")));
        QVERIFY(script.modules[size_t(script.moduleIndex(QStringLiteral("bn.")))].fillsNumBatchesTracked);
        QVERIFY(!script.modules[size_t(script.moduleIndex(QStringLiteral("fc1.")))].fillsNumBatchesTracked);
    }
}

void TestCheck::manifest_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("order kept") << QByteArray(R"({"b.weight": {"shape": [2, 3], "dtype": "float16"},
        "a.bias": {"shape": []}})")
                                << QString();
    QTest::newRow("not json") << QByteArray("{\"a\": ") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1, 2]") << "JSON object";
    QTest::newRow("shape text") << QByteArray(R"({"a": {"shape": "2"}})") << "list of integers";
    QTest::newRow("negative") << QByteArray(R"({"a": {"shape": [-1]}})") << "non-negative";
    QTest::newRow("fraction") << QByteArray(R"({"a": {"shape": [1.5]}})") << "non-negative integers";
    QTest::newRow("dtype") << QByteArray(R"({"a": {"shape": [1], "dtype": "float99"}})") << "unknown dtype";
    QTest::newRow("twice") << QByteArray(R"({"a": {"shape": [1]}, "a": {"shape": [2]}})") << "appears twice";
}

void TestCheck::manifest()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("model.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    ModelSpec m;
    QString why;
    const bool ok = loadModelSpec(file, QString(), &m, &why);
    QCOMPARE(ok, error.isEmpty());
    if (!ok) {
        QVERIFY2(why.contains(error), qPrintable(why));
        QVERIFY(!why.contains(QLatin1Char('\n')));
        return;
    }
    QCOMPARE(m.source, ModelSource::Manifest);
    QCOMPARE(m.keys.size(), size_t(2));
    QCOMPARE(m.keys[0].key, QStringLiteral("b.weight")); // QJsonObject would have sorted them
    QCOMPARE(m.keys[0].dtype, DType::Float16);
    QCOMPARE(m.keys[0].shape, (std::vector<qint64> { 2, 3 }));
    QCOMPARE(m.keys[1].shape, std::vector<qint64>());
    QCOMPARE(m.modules.size(), size_t(3)); // root, b, a
}

// Drop names source paths, extract comes next, renames name keys after the prefix change:
// the order ckpt convert applies its options in.
void TestCheck::fixesInConvertOrder()
{
    CheckResult r = check(fx(QStringLiteral("check/combo.pt")), fx(QStringLiteral("check/ref_net5.pt")));
    QVERIFY(!r.loads());
    std::vector<EditOp::Kind> kinds;
    for (const EditOp &op : r.fixes.plan.ops)
        kinds.push_back(op.kind);
    QCOMPARE(
        kinds, (std::vector<EditOp::Kind> { EditOp::Kind::Drop, EditOp::Kind::Extract, EditOp::Kind::StripPrefix }));
    QCOMPARE(r.fixes.plan.ops[0].patterns,
        (QStringList {
            QStringLiteral("model_state_dict/module.aux.weight"), QStringLiteral("model_state_dict/module.fc2.*") }));
    QVERIFY(r.fixesChecked);
    QVERIFY(!r.loadsAfterFixes()); // a 10-class head cannot become a 5-class one
    QVERIFY(r.loadsNonStrictAfterFixes());
    QCOMPARE(r.afterFixes.missing, (QStringList { QStringLiteral("fc2.weight"), QStringLiteral("fc2.bias") }));

    r = check(fx(QStringLiteral("check/renamed_layer.pt")), fx(QStringLiteral("check/ref_net5.manifest.json")));
    QCOMPARE(r.fixes.fixes.size(), size_t(1));
    QCOMPARE(r.fixes.fixes[0].kind, FixKind::Rename);
    QCOMPARE(r.fixes.convertArgs(),
        (QStringList { QStringLiteral("--rename"), QStringLiteral("hidden.weight=fc1.weight"),
            QStringLiteral("--rename"), QStringLiteral("hidden.bias=fc1.bias") }));
    QVERIFY(r.loadsAfterFixes());

    r = check(fx(QStringLiteral("check/exact.pt")), fx(QStringLiteral("check/ref_dp_net5.manifest.json")));
    QCOMPARE(r.fixes.convertArgs(), (QStringList { QStringLiteral("--add-prefix"), QStringLiteral("module.") }));
    QVERIFY(r.loadsAfterFixes());
    QCOMPARE(globEscape(QStringLiteral("a*b?[c]")), QStringLiteral("a[*]b[?][[]c]"));
}

// Every fixture and hostile file, on either side: a verdict or a one-line error, no crash.
void TestCheck::everyFileIsHandled()
{
    ModelSpec spec;
    QString error;
    QVERIFY(loadModelSpec(fx(QStringLiteral("check/ref_net5.pt")), QString(), &spec, &error));
    const auto net = std::make_shared<const ModelSpec>(std::move(spec));
    const CheckpointPtr good = openCheckpoint(fx(QStringLiteral("check/exact.pt")));
    int files = 0;
    for (QDirIterator it(testpaths::fixtureDir(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString file = it.next();
        if (file.endsWith(QLatin1String(".expected.json")))
            continue;
        ++files;
        ModelSpec m;
        if (!loadModelSpec(file, QString(), &m, &error))
            QVERIFY2(!error.isEmpty() && !error.contains(QLatin1Char('\n')), qPrintable(file));
        else
            QVERIFY(checkCheckpoint(good, std::make_shared<const ModelSpec>(std::move(m)), {}).ok());
        const CheckpointPtr c = openCheckpoint(file);
        if (!c->ok())
            continue;
        const CheckResult r = checkCheckpoint(c, net, {});
        QVERIFY2(r.ok() || (!r.error.isEmpty() && !r.error.english().contains(QLatin1Char('\n'))), qPrintable(file));
    }
    QVERIFY(files > 50);
    QVERIFY(!torchBackendLoaded());
}

void TestCheck::cli()
{
    auto run = [](const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
        QProcess p;
        p.start(QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")), args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out, err;
    const QString ref = fx(QStringLiteral("check/ref_net5.scripted.pt"));
    QCOMPARE(
        run({ QStringLiteral("check"), fx(QStringLiteral("check/exact.pt")), QStringLiteral("--against"), ref }), 0);
    QCOMPARE(run({ QStringLiteral("check"), fx(QStringLiteral("check/nested_training.pt")), QStringLiteral("--against"),
                     ref, QStringLiteral("--json") },
                 &out),
        1);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    for (const char *field : { "loads", "state_dict", "missing", "unexpected", "size_mismatch", "dtype_mismatch",
             "message", "fixes", "loads_after_fixes" })
        QVERIFY2(o.contains(QLatin1String(field)), field);
    QCOMPARE(o[QStringLiteral("state_dict")].toArray(), (QJsonArray { QStringLiteral("model_state_dict") }));
    QVERIFY(o[QStringLiteral("loads_after_fixes")].toBool());
    for (const QJsonValue &f : o[QStringLiteral("fixes")].toArray()) {
        QVERIFY(!f[QStringLiteral("description")].toString().isEmpty());
        QVERIFY(!f[QStringLiteral("convert_args")].toArray().isEmpty());
    }
    QCOMPARE(o[QStringLiteral("size_mismatch")].toArray(), QJsonArray());

    // --help shows the very line that wrote the fixtures' manifests.
    QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--help") }, &out), 0);
    const QString snippet = expected().value(QStringLiteral("manifest_snippet")).toString();
    QVERIFY(!snippet.isEmpty());
    QVERIFY2(QString::fromUtf8(out).contains(snippet), out.constData());

    for (const QStringList &args : { QStringList { QStringLiteral("check"), fx(QStringLiteral("check/exact.pt")) },
             QStringList {
                 QStringLiteral("check"), QStringLiteral("/nonexistent.pt"), QStringLiteral("--against"), ref },
             QStringList { QStringLiteral("check"), fx(QStringLiteral("check/exact.pt")), QStringLiteral("--against"),
                 fx(QStringLiteral("whole_model.pt")) } }) {
        QCOMPARE(run(args, &out, &err), 2);
        QVERIFY2(err.startsWith("ckpt: ") && err.count('\n') == 1, err.constData());
    }
}

QTEST_GUILESS_MAIN(TestCheck)
#include "test_check.moc"
