// Every fixture PyTorch wrote opens, and our view of each tensor equals PyTorch's
// (the .expected.json the generator wrote from the real objects).
#include "model/backend/TorchBackend.h"
#include "model/checkpoint/CheckpointJson.h"
#include "model/formats/CheckpointReader.h"
#include "tests/TestPaths.h"

#include <QJsonArray>
#include <QMap>
#include <QTest>

using namespace ckpt;

class TestFixtures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tensorsMatchPyTorch_data();
    void tensorsMatchPyTorch();
    void fastPathDoesNotLoadLibTorch();
};

void TestFixtures::initTestCase()
{
    QVERIFY2(!testpaths::manifest().isEmpty(), "no fixtures: CKPT_FIXTURE_DIR/manifest.json missing");
}

void TestFixtures::tensorsMatchPyTorch_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    for (const QJsonValue &v : testpaths::manifest()) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(QStringLiteral("file")).toString();
        QTest::newRow(qPrintable(file)) << file << o.value(QStringLiteral("expected")).toString();
    }
}

namespace {
QString pathKey(const QJsonValue &path)
{
    return QString::fromUtf8(QJsonDocument(path.toArray()).toJson(QJsonDocument::Compact));
}

// The fields both sides must agree on, compared one by one for readable failures.
const char *const kFields[]
    = { "dtype", "shape", "stride", "storage_offset", "device", "numel", "nbytes", "requires_grad", "is_parameter" };
} // namespace

void TestFixtures::tensorsMatchPyTorch()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QJsonObject want = testpaths::readJson(testpaths::fixture(expected));
    QVERIFY(!want.isEmpty());
    CheckpointPtr ckpt = openCheckpoint(testpaths::fixture(file));
    QVERIFY2(ckpt->ok(), qPrintable(describeError(*ckpt)));
    const QJsonObject got = checkpointToJson(*ckpt);
    QCOMPARE(got.value(QStringLiteral("format")).toString(), want.value(QStringLiteral("format")).toString());

    QMap<QString, QJsonObject> ours;
    for (const QJsonValue &t : got.value(QStringLiteral("tensors")).toArray())
        ours.insert(pathKey(t.toObject().value(QStringLiteral("path"))), t.toObject());
    const QJsonArray theirs = want.value(QStringLiteral("tensors")).toArray();
    QCOMPARE(ours.size(), theirs.size());

    // Storage sharing: tensors PyTorch puts in one storage must share one in our view too.
    QMap<int, QString> storageOfGroup;
    for (const QJsonValue &tv : theirs) {
        const QJsonObject t = tv.toObject();
        const QString key = pathKey(t.value(QStringLiteral("path")));
        QVERIFY2(ours.contains(key), qPrintable(QStringLiteral("missing tensor %1").arg(key)));
        const QJsonObject mine = ours.value(key);
        for (const char *field : kFields)
            QVERIFY2(mine.value(QLatin1String(field)) == t.value(QLatin1String(field)),
                qPrintable(QStringLiteral("%1 %2: ours %3, PyTorch %4")
                               .arg(key, QLatin1String(field),
                                   QString::fromUtf8(QJsonDocument(QJsonArray { mine.value(QLatin1String(field)) })
                                                         .toJson(QJsonDocument::Compact)),
                                   QString::fromUtf8(QJsonDocument(QJsonArray { t.value(QLatin1String(field)) })
                                                         .toJson(QJsonDocument::Compact)))));
        if (t.contains(QStringLiteral("storage_nbytes")) && !t.value(QStringLiteral("storage_nbytes")).isNull())
            QCOMPARE(mine.value(QStringLiteral("storage_nbytes")).toInteger(),
                t.value(QStringLiteral("storage_nbytes")).toInteger());
        const QJsonValue q = t.value(QStringLiteral("quantized"));
        if (q.isObject()) {
            const QJsonObject mq = mine.value(QStringLiteral("quantized")).toObject();
            QCOMPARE(
                mq.value(QStringLiteral("scheme")).toString(), q.toObject().value(QStringLiteral("scheme")).toString());
            if (q.toObject().contains(QStringLiteral("scale"))) {
                QCOMPARE(mq.value(QStringLiteral("scale")).toDouble(),
                    q.toObject().value(QStringLiteral("scale")).toDouble());
                QCOMPARE(mq.value(QStringLiteral("zero_point")).toInteger(),
                    q.toObject().value(QStringLiteral("zero_point")).toInteger());
            }
        }
        if (t.contains(QStringLiteral("storage_index"))) {
            const int group = t.value(QStringLiteral("storage_index")).toInt();
            const QString storage = mine.value(QStringLiteral("storage_key")).toString();
            if (storageOfGroup.contains(group))
                QVERIFY2(storageOfGroup.value(group) == storage,
                    qPrintable(QStringLiteral("%1 should share a storage").arg(key)));
            else
                storageOfGroup.insert(group, storage);
        }
    }
    // Distinct PyTorch storages must stay distinct in our view.
    const QList<QString> storages = storageOfGroup.values();
    QCOMPARE(QSet<QString>(storages.begin(), storages.end()).size(), storages.size());
}

void TestFixtures::fastPathDoesNotLoadLibTorch()
{
    for (const QJsonValue &v : testpaths::manifest())
        openCheckpoint(testpaths::fixture(v.toObject().value(QStringLiteral("file")).toString()));
    QVERIFY(!torchBackendLoaded());
}

QTEST_GUILESS_MAIN(TestFixtures)
#include "test_fixtures.moc"
