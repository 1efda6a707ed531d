// `ckpt info --json` writes its document as it goes (writeCheckpointJson); the text must
// be byte for byte what QJsonDocument prints for checkpointToJson(): on every fixture
// and the corpus, and on a checkpoint holding every awkward value by hand.
#include "model/checkpoint/CheckpointJson.h"
#include "model/formats/CheckpointReader.h"
#include "tests/TestPaths.h"

#include <QBuffer>
#include <QDirIterator>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace ckpt;

namespace {
QByteArray streamed(const Checkpoint &c)
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    writeCheckpointJson(c, &buf);
    return buf.data();
}

QByteArray byQt(const Checkpoint &c)
{
    return QJsonDocument(checkpointToJson(c)).toJson(QJsonDocument::Indented);
}

TensorInfo tensorAt(Path path, DType dtype, std::vector<qint64> shape, int storage)
{
    TensorInfo t;
    t.path = std::move(path);
    t.reached = true;
    t.dtype = dtype;
    t.shape = shape;
    t.strides.assign(shape.size(), 1);
    t.storageIndex = storage;
    return t;
}
} // namespace

class TestCheckpointJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameTextAsQt_data();
    void sameTextAsQt();
    void awkwardValues();
    void noTensors();
};

void TestCheckpointJson::sameTextAsQt_data()
{
    QTest::addColumn<QString>("file");
    for (const QJsonValue &v : testpaths::manifest()) {
        const QString file = v.toObject().value(QStringLiteral("file")).toString();
        QTest::newRow(qPrintable(file)) << testpaths::fixture(file);
    }
    const QString corpus = testpaths::corpusDir();
    if (corpus.isEmpty())
        return;
    QDirIterator it(corpus + QStringLiteral("/real"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(QStringLiteral("corpus ") + QDir(corpus).relativeFilePath(path))) << path;
    }
}

void TestCheckpointJson::sameTextAsQt()
{
    QFETCH(QString, file);
    CheckpointPtr c = openCheckpoint(file);
    QVERIFY(c);
    QCOMPARE(streamed(*c), byQt(*c));
}

void TestCheckpointJson::awkwardValues()
{
    Checkpoint c;
    c.file = QStringLiteral("/tmp/with \"quotes\"\\and\ttab");
    c.format = Format::TorchZip;
    StorageInfo s;
    s.key = QStringLiteral("0");
    s.device = QStringLiteral("cuda:1");
    s.dtype = DType::Float32;
    s.fileOffset = 128;
    s.numel = 4;
    s.nbytes = 16;
    c.storages.push_back(s);
    // Keys with control characters, non-ASCII (2-, 3- and 4-byte UTF-8), unpaired
    // surrogates, an integer index and an empty key.
    const QString odd = QStringLiteral("a\nb\u0001c\u001f\u007f é ✓ ") + QString::fromUcs4(U"\U0001F600")
        + QChar(0xD800) + QStringLiteral("x") + QChar(0xDC00);
    c.tensors.push_back(tensorAt(
        { PathPart::ofKey(odd), PathPart::ofIndex(-3), PathPart::ofKey(QString()) }, DType::Float32, { 2, 2 }, 0));
    TensorInfo scalar = tensorAt({ PathPart::ofIndex(0) }, DType::Float32, {}, 0);
    scalar.storageOffset = 3;
    scalar.requiresGrad = scalar.isParameter = true;
    scalar.subclass = QStringLiteral("my.Tensor");
    c.tensors.push_back(scalar);
    TensorInfo perTensor = tensorAt({ PathPart::ofKey(QStringLiteral("q")) }, DType::QInt8, { 4 }, 0);
    perTensor.isQuantized = true;
    perTensor.quant.scheme = QScheme::PerTensorAffine;
    perTensor.quant.scale = 0.1;
    perTensor.quant.zeroPoint = -7;
    c.tensors.push_back(perTensor);
    TensorInfo nanScale = perTensor;
    nanScale.quant.scale = std::nan("");
    c.tensors.push_back(nanScale);
    TensorInfo perChannel = perTensor;
    perChannel.quant.scheme = QScheme::PerChannelAffine;
    perChannel.quant.axis = 1;
    c.tensors.push_back(perChannel);
    TensorInfo meta = tensorAt({ PathPart::ofKey(QStringLiteral("m")) }, DType::BFloat16, { 0, 3 }, -1);
    meta.layout = TensorLayout::Meta;
    c.tensors.push_back(meta);
    TensorInfo unreached = meta;
    unreached.reached = false;
    c.tensors.push_back(unreached);
    c.warnings << QStringLiteral("a warning with \"quotes\"");
    c.error = QStringLiteral("stopped early");
    QCOMPARE(streamed(c), byQt(c));
}

void TestCheckpointJson::noTensors()
{
    Checkpoint c;
    c.file = QStringLiteral("empty.pt");
    QCOMPARE(streamed(c), byQt(c));
}

QTEST_GUILESS_MAIN(TestCheckpointJson)
#include "test_checkpointjson.moc"
