// Every fixture PyTorch wrote opens, and our view of each tensor equals PyTorch's
// (the .expected.json the generator wrote from the real objects).
#include "model/backend/TorchBackend.h"
#include "model/checkpoint/CheckpointJson.h"
#include "model/formats/CheckpointReader.h"
#include "tests/TestPaths.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
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
    QVERIFY2(ckpt->ok(), qPrintable(describeError(*ckpt).english()));
    const QJsonObject got = checkpointToJson(*ckpt);
    QCOMPARE(got.value(QStringLiteral("format")).toString(), want.value(QStringLiteral("format")).toString());

    QMap<QString, QJsonObject> ours;
    for (const QJsonValue &t : got.value(QStringLiteral("tensors")).toArray())
        ours.insert(pathKey(t.toObject().value(QStringLiteral("path"))), t.toObject());
    const QJsonArray theirs = want.value(QStringLiteral("tensors")).toArray();
    // Every path PyTorch reaches a tensor by is listed (tied weights under each of their
    // keys), each naming the same tensor and the other paths.
    qsizetype paths = 0;
    for (const QJsonValue &tv : theirs) {
        // (scripted.pt's view is built by hand: its one path.)
        const QJsonArray all = tv[QStringLiteral("paths")].isArray() ? tv[QStringLiteral("paths")].toArray()
                                                                     : QJsonArray { tv[QStringLiteral("path")] };
        paths += all.size();
        const QJsonObject first = ours.value(pathKey(all.first()));
        for (const QJsonValue &p : all) {
            const QString key = pathKey(p);
            QVERIFY2(ours.contains(key), qPrintable(QStringLiteral("%1 is not listed").arg(key)));
            QCOMPARE(ours.value(key).value(QStringLiteral("index")), first.value(QStringLiteral("index")));
            QCOMPARE(ours.value(key).value(QStringLiteral("same_tensor_as")).toArray().size(), all.size() - 1);
            if (all.size() > 1)
                QVERIFY(ours.value(key).value(QStringLiteral("shared_storage")).toBool());
        }
    }
    QCOMPARE(ours.size(), paths);
    // Views of one storage (as PyTorch's storage index groups them) name each other.
    QMultiMap<int, QJsonArray> byStorage;
    for (const QJsonValue &tv : theirs)
        if (tv[QStringLiteral("storage_index")].isDouble())
            byStorage.insert(tv[QStringLiteral("storage_index")].toInt(),
                tv[QStringLiteral("paths")].isArray() ? tv[QStringLiteral("paths")].toArray()
                                                      : QJsonArray { tv[QStringLiteral("path")] });
    for (const QJsonValue &tv : theirs) {
        if (!tv[QStringLiteral("storage_index")].isDouble())
            continue;
        const QJsonArray own = tv[QStringLiteral("paths")].isArray() ? tv[QStringLiteral("paths")].toArray()
                                                                     : QJsonArray { tv[QStringLiteral("path")] };
        QSet<QString> others;
        for (const QJsonArray &group : byStorage.values(tv[QStringLiteral("storage_index")].toInt()))
            if (group != own)
                for (const QJsonValue &p : group)
                    others.insert(pathKey(p));
        QSet<QString> named;
        for (const QJsonValue &p :
            ours.value(pathKey(own.first())).value(QStringLiteral("shares_storage_with")).toArray())
            named.insert(pathKey(p));
        QVERIFY2(named == others || (others.size() > 100 && named.size() == 100), qPrintable(pathKey(own.first())));
    }

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
