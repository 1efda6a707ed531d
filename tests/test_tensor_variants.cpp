// Issue 9's "done when": one set of tensors in every container variant PyTorch can
// produce (plain, deflated records, big-endian byte order, legacy, an archive folder
// unlike the file name; views and non-contiguous views; fp16, bf16, int8, bool, float64
// ...), written by tests/fixtures/fixture_variants.py. For each variant: `ckpt diff`
// against the plain file says every tensor is the same, the statistics equal PyTorch's,
// conversion to torch and to safetensors gives the same values back in PyTorch, and the
// Details preview shows the same first values.
#include "tests/StatsOracle.h"
#include "tests/TestPaths.h"

#include "model/tensor/TensorPreview.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ckpt;

namespace {

QString ckptTool()
{
    return testpaths::binDir() + QStringLiteral("/ckpt");
}

QString sourceDir()
{
    return QStringLiteral(CKPT_SOURCE_DIR);
}

// Runs a process to the end; its exit code, standard output in *out, standard error in *err.
int run(const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestTensorVariants : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void variants_data();
    void variants();
};

void TestTensorVariants::variants_data()
{
    QTest::addColumn<QString>("file");
    int found = 0;
    for (const QJsonValue &f : testpaths::manifest()) {
        const QJsonObject o = f.toObject();
        if (!o.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("variants")))
            continue;
        const QString file = o.value(QStringLiteral("file")).toString();
        QTest::newRow(qPrintable(file)) << file;
        ++found;
    }
    // plain, deflated, big-endian, legacy, renamed archive folder
    QCOMPARE(found, 5);
}

void TestTensorVariants::variants()
{
    QFETCH(QString, file);
    const QString path = testpaths::fixture(file);
    const QJsonObject expected = testpaths::readJson(path + QStringLiteral(".expected.json"));
    const QString plain = testpaths::fixture(expected.value(QStringLiteral("same_as")).toString());
    const int tensors = expected.value(QStringLiteral("tensors")).toArray().size();
    QVERIFY(tensors >= 10);

    // ckpt diff against the plain file: every tensor the same, exit 0.
    QByteArray out, err;
    QCOMPARE(run(ckptTool(), { QStringLiteral("diff"), path, plain, QStringLiteral("--json") }, &out, &err), 0);
    const QJsonArray diffs = QJsonDocument::fromJson(out).object().value(QStringLiteral("tensors")).toArray();
    QCOMPARE(diffs.size(), tensors);
    for (const QJsonValue &d : diffs)
        QVERIFY2(d.toObject().value(QStringLiteral("status")).toString() == QLatin1String("same"),
            qPrintable(QString::fromUtf8(QJsonDocument(d.toObject()).toJson(QJsonDocument::Compact))));

    // Statistics equal PyTorch's (of the same tensors, computed from the originals).
    QString why;
    const int checked = statsoracle::compareWithPyTorch(path, expected, StatsOptions(), &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(checked, tensors);

    // Conversion to torch and to safetensors, loaded back by PyTorch.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pt = dir.filePath(QStringLiteral("out.pt")), st = dir.filePath(QStringLiteral("out.safetensors"));
    QVERIFY2(run(ckptTool(), { QStringLiteral("convert"), path, pt }, nullptr, &err) == 0, err.constData());
    QVERIFY2(run(ckptTool(),
                 { QStringLiteral("convert"), path, st, QStringLiteral("--format"), QStringLiteral("safetensors") },
                 nullptr, &err)
            == 0,
        err.constData());
    const QString checker = sourceDir() + QStringLiteral("/tests/variants/check_variant_outputs.py");
    QVERIFY2(
        run(QStringLiteral("/usr/bin/python3"), { checker, plain, pt, st }, &out, &err) == 0, (out + err).constData());

    // The Details preview shows the same first values.
    const CheckpointPtr c = openCheckpoint(path);
    QVERIFY2(c->ok(), qPrintable(c->error.english()));
    const QJsonArray first = expected.value(QStringLiteral("first_values")).toArray();
    QCOMPARE(first.size(), tensors);
    for (const QJsonValue &entry : first) {
        const QJsonArray want = entry.toArray().at(1).toArray();
        const QString key = statsoracle::pathKey(entry.toArray().at(0).toArray());
        int index = -1;
        for (size_t i = 0; i < c->tensors.size(); ++i)
            if (statsoracle::pathKey(pathToJson(c->tensors[i].path)) == key)
                index = int(i);
        QVERIFY2(index >= 0, qPrintable(key));
        const TensorPreview p = readTensorPreview(*c, index);
        QVERIFY2(p.note.isEmpty(), qPrintable(key + QStringLiteral(": ") + p.note));
        QCOMPARE(p.numbers.size(), want.size());
        for (int i = 0; i < want.size(); ++i)
            QVERIFY2(p.numbers[i] == want[i].toDouble(),
                qPrintable(QStringLiteral("%1[%2]: %3, PyTorch %4")
                               .arg(key)
                               .arg(i)
                               .arg(p.numbers[i])
                               .arg(want[i].toDouble())));
    }
}

QTEST_GUILESS_MAIN(TestTensorVariants)
#include "test_tensor_variants.moc"
