// The code/ sources of a TorchScript archive (issue 16): what Details shows for a module
// and for a constant, checked against what Python's zipfile read from the archive
// torch.jit.save wrote (tests/fixtures/make_script_code_fixtures.py).
#include "TestPaths.h"

#include "model/check/ScriptCode.h"
#include "model/checkpoint/Checkpoint.h"
#include "model/formats/CheckpointReader.h"

#include <QTest>

using namespace ckpt;

class TestScriptCode : public QObject {
    Q_OBJECT
    QJsonObject m_manifest;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        m_manifest = testpaths::readJson(testpaths::fixture(QStringLiteral("script_code/manifest.json")));
        QVERIFY(!m_manifest.isEmpty());
        m_file
            = testpaths::fixture(QStringLiteral("script_code/") + m_manifest.value(QStringLiteral("file")).toString());
    }

    void readsEveryCodeRecord()
    {
        const ScriptCodePtr code = readScriptCode(m_file);
        QVERIFY2(code->error.isEmpty(), qPrintable(code->error));
        QStringList expected;
        for (const QJsonValue &f : m_manifest.value(QStringLiteral("code_files")).toArray())
            expected << f.toString();
        QStringList files = code->files;
        files.sort();
        QCOMPARE(files, expected);
        // The records are deflated: read through the zip reader's inflate path.
        for (const QString &f : code->files)
            QVERIFY(!code->source(f).isEmpty());
    }

    void moduleClassFile()
    {
        const ScriptCodePtr code = readScriptCode(m_file);
        const QJsonObject classes = m_manifest.value(QStringLiteral("classes")).toObject();
        for (auto it = classes.begin(); it != classes.end(); ++it) {
            QCOMPARE(code->fileForClass(it.key()), it.value().toString());
            const int line = code->classLine(it.key());
            QVERIFY(line > 0);
            const QStringList lines = code->source(it.value().toString()).split(QLatin1Char('\n'));
            QVERIFY(lines[line - 1].startsWith(QStringLiteral("class %1(").arg(scriptClassName(it.key()))));
        }
        QVERIFY(code->source(code->fileForClass(QStringLiteral("__torch__.Offset")))
                    .contains(QLatin1String("def forward")));
        QVERIFY(code->fileForClass(QStringLiteral("__torch__.nowhere.Nothing")).isEmpty());
        // The archive's own classes, as the tree shows them.
        const CheckpointPtr c = openCheckpoint(m_file);
        QVERIFY(c && c->root);
        QCOMPARE(c->format, Format::TorchScript);
        QCOMPARE(code->fileForClass(c->root->className), classes.value(c->root->className).toString());
    }

    void constantUses()
    {
        const ScriptCodePtr code = readScriptCode(m_file);
        const QJsonObject uses = m_manifest.value(QStringLiteral("constant_uses")).toObject();
        QVERIFY(!uses.isEmpty());
        for (auto it = uses.begin(); it != uses.end(); ++it) {
            const std::vector<ScriptCodeLine> got = code->constantUses(it.key().toInt());
            const QJsonArray want = it.value().toArray();
            QCOMPARE(qsizetype(got.size()), want.size());
            for (qsizetype i = 0; i < want.size(); ++i) {
                const QJsonObject w = want[i].toObject();
                QCOMPARE(got[size_t(i)].file, w.value(QStringLiteral("file")).toString());
                QCOMPARE(got[size_t(i)].line, w.value(QStringLiteral("line")).toInt());
                QCOMPARE(got[size_t(i)].text, w.value(QStringLiteral("text")).toString());
            }
        }
        // "_1 = torch.add((fc).forward(x, ), CONSTANTS.c0)": the op is the call around it.
        QCOMPARE(code->constantUses(0).front().op, QStringLiteral("torch.add"));
        QVERIFY(code->constantUses(1).empty());
        QVERIFY(code->constantUses(-1).empty());
    }

    void constantPath()
    {
        const CheckpointPtr c = openCheckpoint(m_file);
        int constants = 0;
        for (const TensorInfo &t : c->tensors)
            if (const int i = scriptConstantIndex(t.path); i >= 0) {
                QCOMPARE(i, 0);
                QCOMPARE(pathToString(t.path), QStringLiteral("constants.pkl/0"));
                ++constants;
            }
        QCOMPARE(constants, 1);
        QCOMPARE(scriptConstantIndex({ PathPart::ofKey(QStringLiteral("offset")), PathPart::ofIndex(0) }), -1);
    }

    void notAnArchive()
    {
        const ScriptCodePtr code = readScriptCode(QStringLiteral("/nonexistent/model.pt"));
        QVERIFY(!code->error.isEmpty());
        QVERIFY(code->files.isEmpty());
    }

private:
    static QString scriptClassName(const QString &q) { return q.mid(q.lastIndexOf(QLatin1Char('.')) + 1); }
};

QTEST_GUILESS_MAIN(TestScriptCode)
#include "test_script_code.moc"
