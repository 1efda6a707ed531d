// The format registries: every reader recognises the files of its format (as the fixture
// generators, PyTorch and make_hostile.py, labelled them) and no other's, errors are one
// line without the file name, the dialogs and `ckpt convert --format` offer exactly what
// is registered, each writer's capabilities show in the files it writes, and the README
// lists the registry as it is.
#include "model/checkpoint/TreeWalk.h"
#include "model/convert/Converter.h"
#include "model/convert/WriterRegistry.h"
#include "model/formats/CheckpointReader.h"
#include "model/formats/FormatRegistry.h"
#include "tests/TestPaths.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ckpt;

namespace {
struct Labelled {
    QString path;
    QString format; // as the generator labelled it
};

// Every fixture of both generators whose format a reader should claim.
std::vector<Labelled> labelledFixtures()
{
    std::vector<Labelled> out;
    for (const QJsonValue &f : testpaths::manifest())
        out.push_back(
            { testpaths::fixture(f[QLatin1String("file")].toString()), f[QLatin1String("format")].toString() });
    const QJsonArray dcp = testpaths::readJson(testpaths::fixture(QStringLiteral("dcp/manifest.json")))
                               .value(QStringLiteral("fixtures"))
                               .toArray();
    for (const QJsonValue &f : dcp)
        out.push_back(
            { testpaths::fixture(f[QLatin1String("file")].toString()), f[QLatin1String("format")].toString() });
    QFile hostile(testpaths::fixture(QStringLiteral("hostile/manifest.json")));
    if (hostile.open(QIODevice::ReadOnly))
        for (const QJsonValue &f : QJsonDocument::fromJson(hostile.readAll()).array())
            out.push_back({ testpaths::fixture(QStringLiteral("hostile/") + f[QLatin1String("file")].toString()),
                f[QLatin1String("format")].toString() });
    return out;
}

int registrationIndex(const QString &name)
{
    const auto &readers = formatReaders();
    for (size_t i = 0; i < readers.size(); ++i)
        if (readers[i]->name() == name)
            return int(i);
    return -1;
}

bool isWildcard(const QString &filter)
{
    static const QRegularExpression re(QStringLiteral("^\\*(\\.[a-z0-9_]+)+$"));
    return re.match(filter).hasMatch();
}

struct Run {
    int code = -1;
    QString out, err;
};

Run ckptCli(const QStringList &args)
{
    QProcess p;
    p.start(QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool hasNonTensorLeaf(const ValuePtr &v, int depth = 0)
{
    if (!v || depth > 64)
        return false;
    if (v->kind == Value::Kind::Tensor)
        return false;
    if (!v->isContainer())
        return true;
    for (const ChildRef &c : childrenOf(*v))
        if (!(depth == 0 && c.part.key == QLatin1String("__metadata__")) && hasNonTensorLeaf(c.value, depth + 1))
            return true;
    return false;
}

QString capabilityWords(FormatCapabilities caps)
{
    static const struct {
        FormatCapability cap;
        const char *word;
    } kWords[] = {
        { FormatCapability::NestedObjects, "nested objects" },
        { FormatCapability::SharedStorage, "shared storage" },
        { FormatCapability::Quantized, "quantized" },
        { FormatCapability::Metadata, "metadata" },
        { FormatCapability::Pickle, "pickles" },
        { FormatCapability::MultipleFiles, "several files" },
        { FormatCapability::Checksums, "SHA-256 manifest" },
    };
    QStringList words;
    for (const auto &w : kWords)
        if (caps.testFlag(w.cap))
            words << QLatin1String(w.word);
    return words.isEmpty() ? QStringLiteral("tensors only") : words.join(QStringLiteral(", "));
}

// The rows "| `name` | `*.a *.b` | description | capabilities |" of the README table
// that follows the line `heading`.
QStringList readmeRows(const QString &readme, const QString &heading)
{
    QStringList rows;
    const qsizetype at = readme.indexOf(heading);
    if (at < 0)
        return rows;
    const QStringList lines = readme.mid(at).split(QLatin1Char('\n'));
    bool inTable = false;
    for (const QString &l : lines.mid(1)) {
        if (l.startsWith(QLatin1String("| `"))) {
            inTable = true;
            rows << l.trimmed();
        } else if (inTable && !l.startsWith(QLatin1Char('|'))) {
            break;
        }
    }
    return rows;
}

QString readmeRow(const FileFormat &f)
{
    QStringList filters;
    for (const QString &p : f.nameFilters())
        filters << QLatin1Char('`') + p + QLatin1Char('`');
    return QStringLiteral("| `%1` | %2 | %3 | %4 |")
        .arg(f.name(), filters.join(QLatin1Char(' ')), QString::fromLatin1(f.description()),
            capabilityWords(f.capabilities()));
}
} // namespace

class TestFormats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readersDescribeThemselves();
    void detectionFollowsTheLabels();
    void foreignBytesAreNobodys_data();
    void foreignBytesAreNobodys();
    void errorsAreOneLineWithoutTheFile();
    void readerCapabilitiesShowInTheirFiles();
    void dialogFiltersComeFromTheRegistry();
    void convertOffersExactlyTheWriters();
    void writerCapabilitiesShowInTheirFiles_data();
    void writerCapabilitiesShowInTheirFiles();
    void readmeListsTheRegistry();

private:
    QTemporaryDir m_tmp;
};

void TestFormats::readersDescribeThemselves()
{
    QSet<QString> names;
    QSet<int> formats;
    for (const FormatReader *r : formatReaders()) {
        QCOMPARE(r->name(), formatName(r->format()));
        QVERIFY2(!names.contains(r->name()), qPrintable(r->name()));
        QVERIFY(!formats.contains(int(r->format())));
        names.insert(r->name());
        formats.insert(int(r->format()));
        QVERIFY(r->can(FormatCapability::Read));
        QVERIFY(!r->can(FormatCapability::Write));
        QVERIFY(!r->displayName().isEmpty());
        QVERIFY(!r->nameFilters().isEmpty());
        // A folder-only format (a Trainer checkpoint-N/) offers the file it opens by.
        for (const QString &f : r->nameFilters())
            QVERIFY2(isWildcard(f) || (r->format() == Format::Trainer && f == QLatin1String("trainer_state.json")),
                qPrintable(r->name() + QLatin1Char(' ') + f));
        QCOMPARE(findReader(r->name()), r);
        QCOMPARE(findReader(r->format()), r);
    }
    // The `format` names scripts rely on (README, DESIGN.md); dcp is reserved for its reader.
    const QStringList contract { QStringLiteral("torch-zip"), QStringLiteral("torch-legacy"),
        QStringLiteral("torchscript"), QStringLiteral("safetensors"), QStringLiteral("sharded"),
        QStringLiteral("pickle"), QStringLiteral("numpy") };
    for (const QString &n : contract)
        QVERIFY2(names.contains(n), qPrintable(n));
    QCOMPARE(formatName(Format::Dcp), QStringLiteral("dcp"));
    QVERIFY(!findReader(QStringLiteral("torch")));
}

void TestFormats::detectionFollowsTheLabels()
{
    const std::vector<Labelled> fixtures = labelledFixtures();
    QVERIFY(fixtures.size() > 40);
    QSet<QString> covered;
    for (const Labelled &f : fixtures) {
        Phrase error;
        const ByteSourcePtr src = ByteSource::open(f.path, &error);
        QVERIFY2(src, qPrintable(error.english()));
        const FormatReader *detected = detectFormat(src);
        const QString got = detected ? detected->name() : QStringLiteral("unknown");
        QVERIFY2(got == f.format, qPrintable(f.path + QStringLiteral(": ") + got));
        covered.insert(got);
        // A reader claims no file of a format asked after it, so the order decides nothing
        // by accident: it only lets the specific (TorchScript, .npz) go before the general.
        const FormatProbe probe(src);
        const int labelIndex
            = f.format == QLatin1String("unknown") ? int(formatReaders().size()) : registrationIndex(f.format);
        QVERIFY2(labelIndex >= 0, qPrintable(f.format));
        for (const FormatReader *r : formatReaders())
            if (registrationIndex(r->name()) < labelIndex)
                QVERIFY2(!r->recognises(probe), qPrintable(r->name() + QStringLiteral(" claims ") + f.path));
        if (detected) {
            QVERIFY(detected->recognises(probe));
            QCOMPARE(openCheckpoint(f.path)->format, detected->format());
        }
    }
    // A Trainer folder is told by its files, never by bytes: its fixtures are folders.
    for (const QString &folder : QDir(testpaths::fixture(QStringLiteral("runs/trainer")))
                                     .entryList({ QStringLiteral("checkpoint-*") }, QDir::Dirs)) {
        const QString path = testpaths::fixture(QStringLiteral("runs/trainer/") + folder);
        QVERIFY2(isCheckpointFolder(path), qPrintable(path));
        QCOMPARE(openCheckpoint(path)->format, Format::Trainer);
        covered.insert(formatName(Format::Trainer));
    }
    for (const FormatReader *r : formatReaders())
        QVERIFY2(covered.contains(r->name()), qPrintable(QStringLiteral("no fixture for ") + r->name()));
}

void TestFormats::foreignBytesAreNobodys_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8);
    QTest::newRow("7z") << QByteArray("7z\xbc\xaf\x27\x1c\x00\x04", 8);
    QTest::newRow("hdf5") << QByteArray("\x89HDF\r\n\x1a\n", 8);
    QTest::newRow("text") << QByteArray("hello world\n");
    QTest::newRow("python") << QByteArray("import torch\nprint(1)\n");
    QTest::newRow("json") << QByteArray("{\"architectures\": [\"Bert\"]}");
    QTest::newRow("lfs pointer") << QByteArray("version https://git-lfs.github.com/spec/v1\noid sha256:0\n");
    QTest::newRow("pickle 9") << QByteArray("\x80\x09\x00.", 4);
    QTest::newRow("zeros") << QByteArray(4096, '\0');
}

void TestFormats::foreignBytesAreNobodys()
{
    QFETCH(QByteArray, bytes);
    const ByteSourcePtr src = ByteSource::fromBytes(bytes, QStringLiteral("foreign"));
    const FormatProbe probe(src);
    for (const FormatReader *r : formatReaders())
        QVERIFY2(!r->recognises(probe), qPrintable(r->name()));
    QVERIFY(!detectFormat(src));
    const CheckpointPtr c = readCheckpoint(src);
    QVERIFY(!c->ok());
    QVERIFY(!c->error.english().contains(QLatin1Char('\n')));
}

void TestFormats::errorsAreOneLineWithoutTheFile()
{
    // Cut short, every fixture still meets its reader: the reader stops with one line and
    // leaves naming the file to the caller.
    int failures = 0;
    for (const Labelled &f : labelledFixtures()) {
        const FormatReader *r = findReader(f.format);
        if (!r)
            continue;
        QFile file(f.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const qsizetype keep : { bytes.size() / 2, bytes.size() - 7 }) {
            const QString name = QStringLiteral("cut-%1-%2").arg(keep).arg(QFileInfo(f.path).fileName());
            Checkpoint c;
            if (r->read(ByteSource::fromBytes(bytes.left(keep), name), c))
                continue;
            ++failures;
            QVERIFY2(!c.error.isEmpty(), qPrintable(name));
            QVERIFY2(!c.error.english().contains(QLatin1Char('\n')), qPrintable(c.error.english()));
            QVERIFY2(!c.error.english().contains(name), qPrintable(c.error.english()));
        }
    }
    QVERIFY(failures > 20);
}

void TestFormats::readerCapabilitiesShowInTheirFiles()
{
    for (const Labelled &f : labelledFixtures()) {
        const CheckpointPtr c = openCheckpoint(f.path);
        const FormatReader *r = findReader(c->format);
        if (!r || !c->ok())
            continue;
        bool globals = false, shared = false, otherFile = false;
        for (const Finding &g : c->findings)
            globals = globals || !g.global.isEmpty();
        for (int i = 0; i < int(c->tensors.size()); ++i)
            shared = shared || !c->sharingStorage(i).empty();
        for (const StorageInfo &s : c->storages)
            otherFile = otherFile || (!s.file.isEmpty() && s.file != c->file);
        QVERIFY2(!globals || r->can(FormatCapability::Pickle), qPrintable(f.path));
        QVERIFY2(!shared || r->can(FormatCapability::SharedStorage), qPrintable(f.path));
        QVERIFY2(!otherFile || r->can(FormatCapability::MultipleFiles), qPrintable(f.path));
        QVERIFY2(!hasNonTensorLeaf(c->root) || r->can(FormatCapability::NestedObjects), qPrintable(f.path));
    }
}

void TestFormats::dialogFiltersComeFromTheRegistry()
{
    const QStringList entries = openDialogFilters(QStringLiteral("Checkpoints")).split(QStringLiteral(";;"));
    QCOMPARE(entries.size(), int(formatReaders().size()) + 2);
    QVERIFY(entries.front().startsWith(QLatin1String("Checkpoints (")));
    QVERIFY(entries.back().endsWith(QLatin1String("(*)")));
    for (const FormatReader *r : formatReaders()) {
        QVERIFY(entries.contains(r->dialogFilter()));
        for (const QString &p : r->nameFilters())
            QVERIFY2(entries.front().contains(p), qPrintable(p));
    }
    QVERIFY(openDialogFilters(QStringLiteral("Run"), { QStringLiteral("trainer_state.json") })
                .section(QStringLiteral(";;"), 0, 0)
                .contains(QLatin1String("trainer_state.json")));
    for (const FormatWriter *w : formatWriters()) {
        const QStringList save = saveDialogFilters(*w).split(QStringLiteral(";;"));
        QCOMPARE(save.size(), 2);
        QCOMPARE(save.front(), w->dialogFilter());
        QVERIFY(w->nameFilters().front().endsWith(w->suffix()));
    }
}

void TestFormats::convertOffersExactlyTheWriters()
{
    const QString source = testpaths::fixture(QStringLiteral("state_dict.pt"));
    const Run help = ckptCli({ QStringLiteral("convert"), QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    QSet<QString> names;
    for (const FormatWriter *w : formatWriters()) {
        QVERIFY(w->can(FormatCapability::Write));
        QVERIFY(!w->can(FormatCapability::Read));
        QVERIFY(!names.contains(w->name()));
        names.insert(w->name());
        QCOMPARE(findWriter(w->name()), w);
        QVERIFY2(help.out.contains(w->name()), qPrintable(w->name()));
        // Every registered writer is accepted, and what it writes reads as it says.
        const QString out = m_tmp.filePath(QStringLiteral("offer-") + w->name() + w->suffix());
        const Run r = ckptCli({ QStringLiteral("convert"), source, out, QStringLiteral("--format"), w->name() });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(openCheckpoint(out)->format, w->writtenFormat());
    }
    QCOMPARE(defaultWriter().name(), QStringLiteral("torch"));
    for (const char *n : { "torch", "safetensors", "package" })
        QVERIFY2(names.contains(QLatin1String(n)), n);
    // A format we only read is refused, with the writers named.
    for (const FormatReader *r : formatReaders()) {
        if (names.contains(r->name()))
            continue;
        const Run bad = ckptCli({ QStringLiteral("convert"), source, m_tmp.filePath(QStringLiteral("refused")),
            QStringLiteral("--format"), r->name() });
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(writerNames()), qPrintable(bad.err));
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
    }
}

void TestFormats::writerCapabilitiesShowInTheirFiles_data()
{
    QTest::addColumn<QString>("writer");
    for (const FormatWriter *w : formatWriters())
        QTest::newRow(qPrintable(w->name())) << w->name();
}

void TestFormats::writerCapabilitiesShowInTheirFiles()
{
    QFETCH(QString, writer);
    const FormatWriter *w = findWriter(writer);
    auto convert = [&](const QString &fixture, ConvertReport *report) -> CheckpointPtr {
        const CheckpointPtr src = openCheckpoint(testpaths::fixture(fixture));
        ConvertOptions o;
        o.writer = w;
        o.output = m_tmp.filePath(writer + QLatin1Char('-') + fixture + w->suffix());
        o.metadata = { { QStringLiteral("note"), QStringLiteral("kept") } };
        *report = convertCheckpoint(src, applyPlan(src, {}), o);
        return openCheckpoint(o.output);
    };
    ConvertReport report;

    // views.pt: tensors that are views of one storage.
    CheckpointPtr views = convert(QStringLiteral("views.pt"), &report);
    QVERIFY2(report.ok, qPrintable(report.error.english()));
    bool shared = false;
    for (int i = 0; i < int(views->tensors.size()); ++i)
        shared = shared || !views->sharingStorage(i).empty();
    QCOMPARE(shared, w->can(FormatCapability::SharedStorage));
    QCOMPARE(views->format, w->writtenFormat());

    // train_adam.pt: an optimizer, an epoch number, a loss beside the weights.
    CheckpointPtr training = convert(QStringLiteral("train_adam.pt"), &report);
    QVERIFY2(report.ok, qPrintable(report.error.english()));
    QCOMPARE(hasNonTensorLeaf(training->root), w->can(FormatCapability::NestedObjects));
    bool globals = false;
    for (const Finding &g : training->findings)
        globals = globals || !g.global.isEmpty();
    QCOMPARE(globals, w->can(FormatCapability::Pickle));
    bool noted = false;
    for (const auto &fact : training->facts)
        noted = noted
            || (fact.first.english() == QLatin1String("metadata note")
                && fact.second.english() == QLatin1String("kept"));
    QCOMPARE(noted, w->can(FormatCapability::Metadata));
    bool hashed = !report.manifest.empty();
    for (const ManifestEntry &m : report.manifest)
        hashed = hashed && m.sha256.size() == 64;
    QCOMPARE(hashed, w->can(FormatCapability::Checksums)); // without --verify

    // dtypes.pt: quantized tensors among the others.
    CheckpointPtr dtypes = convert(QStringLiteral("dtypes.pt"), &report);
    QVERIFY2(report.ok, qPrintable(report.error.english()));
    bool quantized = false;
    for (const TensorInfo &t : dtypes->tensors)
        quantized = quantized || (t.reached && t.isQuantized);
    QCOMPARE(quantized, w->can(FormatCapability::Quantized));
}

void TestFormats::readmeListsTheRegistry()
{
    QFile f(QStringLiteral(CKPT_SOURCE_DIR "/README.md"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString readme = QString::fromUtf8(f.readAll());
    QStringList readers, writers;
    for (const FormatReader *r : formatReaders())
        readers << readmeRow(*r);
    for (const FormatWriter *w : formatWriters())
        writers << readmeRow(*w);
    QCOMPARE(readmeRows(readme, QStringLiteral("### Reading")), readers);
    QCOMPARE(readmeRows(readme, QStringLiteral("### Writing")), writers);
}

QTEST_GUILESS_MAIN(TestFormats)
#include "test_formats.moc"
