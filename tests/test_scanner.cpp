// The scanner contract: every hostile fixture (make_hostile.py's manifest) and every
// corpus file gets the verdict, format, globals and `ckpt scan` exit status stated for it.
// Nothing is ever unpickled: the files are only read by our VM.
#include "model/checkpoint/WeightsOnly.h"
#include "model/formats/CheckpointReader.h"
#include "tests/TestPaths.h"

#include <QDirIterator>
#include <QProcess>
#include <QTest>

using namespace ckpt;

namespace {
QString hostile(const QString &name)
{
    return testpaths::fixture(QStringLiteral("hostile/") + name);
}

QJsonArray hostileManifest()
{
    QFile f(hostile(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

struct ScanResult {
    int exit = -1;
    QJsonObject report;
    QString stderrText;
};

ScanResult runScan(const QString &file, const QStringList &extra = {})
{
    QProcess p;
    p.start(QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")),
        QStringList { QStringLiteral("scan"), QStringLiteral("--json") } + extra + QStringList { file });
    ScanResult r;
    if (!p.waitForFinished(60000))
        return r;
    r.exit = p.exitCode();
    r.report = QJsonDocument::fromJson(p.readAllStandardOutput()).array().at(0).toObject();
    r.stderrText = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList reportedGlobals(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        out << f.toObject().value(QStringLiteral("global")).toString();
    return out;
}

QStringList filesUnder(const QString &sub)
{
    QStringList files;
    QDirIterator it(QDir(testpaths::corpusDir()).filePath(sub), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}
} // namespace

class TestScanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dangerSaysWhichLoaderRunsIt_data();
    void dangerSaysWhichLoaderRunsIt();
    void hostileManifestRows_data();
    void hostileManifestRows();
    void explicitRows_data();
    void explicitRows();
    void weightsOnlyList();
    void weightsOnlyByRelease_data();
    void weightsOnlyByRelease();
    void strictExit_data();
    void strictExit();
    void maliciousCorpus_data();
    void maliciousCorpus();
    void realCorpus_data();
    void realCorpus();
    void infoShowsWhatWasRead();
    void severalFiles();
};

void TestScanner::hostileManifestRows_data()
{
    QTest::addColumn<QJsonObject>("row");
    const QJsonArray rows = hostileManifest();
    QVERIFY2(rows.size() >= 30, "hostile/manifest.json is missing or short");
    for (const QJsonValue &v : rows)
        QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("file")).toString())) << v.toObject();
}

void TestScanner::hostileManifestRows()
{
    QFETCH(QJsonObject, row);
    const QString file = hostile(row.value(QStringLiteral("file")).toString());
    const QString trick = row.value(QStringLiteral("trick")).toString();
    const ScanResult r = runScan(file);
    QVERIFY2(r.exit == row.value(QStringLiteral("exit")).toInt(),
        qPrintable(QStringLiteral("exit %1 (%2) for: %3").arg(r.exit).arg(r.stderrText, trick)));
    QCOMPARE(r.report.value(QStringLiteral("verdict")).toString(), row.value(QStringLiteral("verdict")).toString());
    QCOMPARE(r.report.value(QStringLiteral("format")).toString(), row.value(QStringLiteral("format")).toString());
    const QStringList globals = reportedGlobals(r.report);
    for (const QJsonValue &g : row.value(QStringLiteral("globals")).toArray())
        QVERIFY2(globals.contains(g.toString()), qPrintable(g.toString() + QStringLiteral(" not reported: ") + trick));
    if (const QString detail = row.value(QStringLiteral("detail")).toString(); !detail.isEmpty()) {
        bool said = false;
        for (const QJsonValue &f : r.report.value(QStringLiteral("findings")).toArray())
            said |= f.toObject().value(QStringLiteral("detail")).toString().contains(detail);
        QVERIFY2(said, qPrintable(QStringLiteral("no finding says '%1'").arg(detail)));
    }
    if (row.value(QStringLiteral("weights_only_loadable")).isBool())
        QCOMPARE(r.report.value(QStringLiteral("weights_only_loadable")).toBool(),
            row.value(QStringLiteral("weights_only_loadable")).toBool());
    if (r.exit == 2) // an error is one line naming the file
        QVERIFY2(r.stderrText.startsWith(QStringLiteral("ckpt: ")) && r.stderrText.count(QLatin1Char('\n')) == 1,
            qPrintable(r.stderrText));
}

// Rows stated here, independent of the generator: the corpus files the issue names.
void TestScanner::explicitRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("mustReport");
    const QString m = QStringLiteral("malicious/picklescan/");
    QTest::newRow("keyerror") << m + QStringLiteral("keyerror-exploit.pkl") << 1 << "dangerous"
                              << "os.system";
    QTest::newRow("type confusion") << m + QStringLiteral("type-confusion-exploit.pkl") << 1 << "dangerous"
                                    << "os.system";
    QTest::newRow("modelscan zip") << QStringLiteral("malicious/modelscan/unsafe_zip_pytorch.pt") << 1 << "dangerous"
                                   << "posix.system";
    QTest::newRow("memo decoys") << m + QStringLiteral("malicious-invalid-bytes.pkl") << 1 << "dangerous"
                                 << "os.system";
    QTest::newRow("nested load") << m + QStringLiteral("malicious19.pkl") << 1 << "dangerous"
                                 << "torch.serialization.load";
    QTest::newRow("BUILD on module") << m + QStringLiteral("sys_module_override_sploit.pkl") << 1 << "dangerous"
                                     << "torch._utils";
    QTest::newRow("npy object array") << m + QStringLiteral("dns_exfiltration.npy") << 1 << "dangerous"
                                      << "ssl.get_server_certificate";
    QTest::newRow("legacy magic bypass") << m + QStringLiteral("pytorch_magic_bypass.pt") << 1 << "dangerous"
                                         << "posix.system";
    QTest::newRow("bad CRC zip") << m + QStringLiteral("malicious1_crc.zip") << 1 << "dangerous"
                                 << "builtins.eval";
    QTest::newRow("PNG as .pt") << m + QStringLiteral("bad_pytorch.pt") << 2 << "allowed"
                                << "";
    QTest::newRow("state dict") << QStringLiteral("real/PyTorchLite_Demo/model.pkl") << 0 << "allowed"
                                << "";
    QTest::newRow("Lightning") << QStringLiteral("real/long-short-lstm/last.ckpt") << 0 << "needs-code"
                               << "torch.nn.functional.binary_cross_entropy";
}

void TestScanner::explicitRows()
{
    QFETCH(QString, file);
    QFETCH(int, exit);
    QFETCH(QString, verdict);
    QFETCH(QString, mustReport);
    const QString path = QDir(testpaths::corpusDir()).filePath(file);
    if (!QFile::exists(path))
        QSKIP("corpus not present");
    const ScanResult r = runScan(path);
    QCOMPARE(r.exit, exit);
    QCOMPARE(r.report.value(QStringLiteral("verdict")).toString(), verdict);
    if (!mustReport.isEmpty())
        QVERIFY2(reportedGlobals(r.report).contains(mustReport), qPrintable(mustReport));
}

// The list get_unsafe_globals_in_checkpoint would give, in JSON and in the library.
void TestScanner::weightsOnlyList()
{
    const QString autoencoder
        = QDir(testpaths::corpusDir()).filePath(QStringLiteral("real/Pytorch_Autoencoder/model.pth"));
    if (!QFile::exists(autoencoder))
        QSKIP("corpus not present");
    const ScanResult r = runScan(autoencoder);
    const QJsonObject w = r.report.value(QStringLiteral("weights_only")).toObject();
    QCOMPARE(w.value(QStringLiteral("loadable")).toBool(), false);
    QStringList unsafe;
    for (const QJsonValue &v : w.value(QStringLiteral("unsafe_globals")).toArray())
        unsafe << v.toString();
    QCOMPARE(unsafe,
        QStringList({ QStringLiteral("__main__.autoencoder"), QStringLiteral("torch.nn.modules.activation.LeakyReLU"),
            QStringLiteral("torch.nn.modules.activation.Sigmoid"),
            QStringLiteral("torch.nn.modules.container.Sequential"),
            QStringLiteral("torch.nn.modules.linear.Linear") }));
    // A benign torch.save file loads; a payload is listed.
    QVERIFY(weightsOnlyVerdict(*openCheckpoint(hostile(QStringLiteral("zip_benign.pt")))).loadable);
    const WeightsOnlyVerdict bad
        = weightsOnlyVerdict(*openCheckpoint(hostile(QStringLiteral("zip_bad_crc_payload.pt"))));
    QVERIFY(!bad.loadable);
    QCOMPARE(bad.unsafeGlobals, QStringList { QStringLiteral("os.system") });
}

void TestScanner::maliciousCorpus_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : filesUnder(QStringLiteral("malicious")))
        if (!f.endsWith(QLatin1String(".md")))
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    if (filesUnder(QStringLiteral("malicious")).isEmpty())
        QTest::newRow("none") << QString();
}

// Every file under malicious/ is reported dangerous (exit 1) or invalid (exit 2).
void TestScanner::maliciousCorpus()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("corpus not present");
    const ScanResult r = runScan(file);
    QVERIFY2(r.exit == 1 || r.exit == 2, qPrintable(QStringLiteral("exit %1").arg(r.exit)));
    if (r.exit == 1)
        QCOMPARE(r.report.value(QStringLiteral("verdict")).toString(), QStringLiteral("dangerous"));
}

void TestScanner::realCorpus_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : filesUnder(QStringLiteral("real")))
        QTest::newRow(qPrintable(f.mid(testpaths::corpusDir().size()))) << f;
    if (filesUnder(QStringLiteral("real")).isEmpty())
        QTest::newRow("none") << QString();
}

// No real checkpoint is called dangerous, and none gets a structural finding.
void TestScanner::realCorpus()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("corpus not present");
    const ScanResult r = runScan(file);
    QCOMPARE(r.exit, 0);
    const QString verdict = r.report.value(QStringLiteral("verdict")).toString();
    QVERIFY2(verdict == QLatin1String("allowed") || verdict == QLatin1String("needs-code"), qPrintable(verdict));
}

// `ckpt info` on a file whose pickle breaks after a payload: what was read, then the error,
// and exit 1 (read in part, README's rule).
void TestScanner::infoShowsWhatWasRead()
{
    QProcess p;
    p.start(QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")),
        { QStringLiteral("info"), hostile(QStringLiteral("broken_after_payload.pkl")) });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(out.contains(QLatin1String("os.system")), qPrintable(out));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY(err.startsWith(QLatin1String("ckpt: ")));
}

// Several files: any dangerous one makes the run exit 1, even beside an unreadable one.
void TestScanner::severalFiles()
{
    auto exitOf = [](const QStringList &files) {
        QProcess p;
        p.start(
            QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")), QStringList { QStringLiteral("scan") } + files);
        return p.waitForFinished(60000) ? p.exitCode() : -1;
    };
    const QString benign = hostile(QStringLiteral("zip_benign.pt")), broken = hostile(QStringLiteral("sevenzip.7z")),
                  evil = hostile(QStringLiteral("memo_decoy.pkl"));
    QCOMPARE(exitOf({ benign, benign }), 0);
    QCOMPARE(exitOf({ benign, broken }), 2);
    QCOMPARE(exitOf({ broken, evil, benign }), 1);
}

// Benign files PyTorch wrote, whose torch.load(weights_only=True) differs by release: each
// release's outcome stated here (from its torch/_weights_only_unpickler.py and serialization.py),

// A payload only Python's zipfile reading shows (data prepended to the zip) is dangerous,
// but the summary must not say torch.load runs it: torch.load reads the other data.pkl
// (hostile_twins proves which with real torch on the harmless twins).
void TestScanner::dangerSaysWhichLoaderRunsIt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("torchLoadRunsIt");
    QTest::newRow("zipfile's reading") << QStringLiteral("zip_prepended_zipfile_payload.pt") << false;
    QTest::newRow("torch's reading") << QStringLiteral("zip_prepended_torch_payload.pt") << true;
}

void TestScanner::dangerSaysWhichLoaderRunsIt()
{
    QFETCH(QString, file);
    QFETCH(bool, torchLoadRunsIt);
    const ScanResult r = runScan(hostile(file));
    QCOMPARE(r.exit, 1);
    const QString summary = r.report.value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.startsWith(QLatin1String("DANGEROUS")), qPrintable(summary));
    QCOMPARE(summary.contains(QLatin1String("torch.load would run code")), torchLoadRunsIt);
}

// and the installed PyTorch's (1.13) measured by make_weights_only.py must agree.
void TestScanner::weightsOnlyByRelease_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("outcomes"); // 1.13, 2.0-2.5, >=2.6
    const QString L = QStringLiteral("loads"), R = QStringLiteral("refuses"),
                  J = QStringLiteral("handed-to-torch.jit.load");
    auto row = [](const char *file, const QStringList &o) { QTest::newRow(file) << QString::fromLatin1(file) << o; };
    // D: the 2.x allow-list grew release by release; which 2.0-2.5 release added these is not
    // known here (a 2.2-era list still lacked torch.device and the bool/bfloat16 dtypes).
    const QString D = QStringLiteral("depends-on-release");
    row("plain_state_dict.pt", { L, L, L });
    row("bfloat16_tensor.pt", { L, L, L }); // BFloat16Storage is in every list
    row("float_value.pt", { R, D, L }); // BINFLOAT: 1.13 has no such opcode, added around 2.0
    row("dtype_value.pt", { R, D, L }); // GLOBAL torch.bfloat16: 1.13 lists ten dtypes
    row("device_value.pt", { R, D, L }); // torch.device: during 2.x
    row("counter.pt", { R, D, L }); // collections.Counter: during 2.x
    row("set_value.pt", { R, R, L }); // builtins.set: PR #138866, merged after 2.5 shipped
    row("dtype_float16.pt", { L, L, L }); // GLOBAL torch.float16: one of 1.13's ten dtypes
    row("namespace.pt", { R, R, R }); // argparse.Namespace: in no list
    row("torchscript.pt", { J, J, R }); // torch.jit.load before 2.6 (CVE-2025-32434)
}

void TestScanner::weightsOnlyByRelease()
{
    QFETCH(QString, file);
    QFETCH(QStringList, outcomes);
    const QString dir = testpaths::fixture(QStringLiteral("weights_only"));
    const QJsonArray rows = QJsonDocument::fromJson([&] {
        QFile f(QDir(dir).filePath(QStringLiteral("manifest.json")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }())
                                .array();
    QJsonObject measured;
    for (const QJsonValue &r : rows)
        if (r.toObject().value(QStringLiteral("file")).toString() == file)
            measured = r.toObject();
    QVERIFY2(!measured.isEmpty(), "weights_only/manifest.json lacks the file");
    if (measured.value(QStringLiteral("torch")).toString().startsWith(QLatin1String("1.13")))
        QCOMPARE(measured.value(QStringLiteral("measured")).toString(), outcomes.at(0));
    const ScanResult r = runScan(QDir(dir).filePath(file));
    const QJsonObject byRelease = r.report.value(QStringLiteral("weights_only_by_release")).toObject();
    const QStringList names = { QStringLiteral("1.13"), QStringLiteral("2.0-2.5"), QStringLiteral(">=2.6") };
    for (int i = 0; i < 3; ++i)
        QVERIFY2(byRelease.value(names[i]).toObject().value(QStringLiteral("outcome")).toString() == outcomes[i],
            qPrintable(names[i] + QStringLiteral(": ")
                + QString::fromUtf8(QJsonDocument(byRelease.value(names[i]).toObject()).toJson())));
    QCOMPARE(byRelease.value(names[2]).toObject().value(QStringLiteral("default")).toBool(), true);
    QCOMPARE(r.report.value(QStringLiteral("weights_only_loadable")).toBool(), outcomes[2] == QLatin1String("loads"));
}

// --strict fails anything outside the allow-list; the default exit codes stay as documented.
void TestScanner::strictExit_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("plain");
    QTest::addColumn<int>("strict");
    QTest::newRow("allowed") << hostile(QStringLiteral("zip_benign.pt")) << 0 << 0;
    QTest::newRow("needs code") << hostile(QStringLiteral("main_class.pkl")) << 0 << 1;
    QTest::newRow("suspicious structure") << hostile(QStringLiteral("zip_bad_crc.pt")) << 0 << 1;
    QTest::newRow("dangerous") << hostile(QStringLiteral("memo_decoy.pkl")) << 1 << 1;
    QTest::newRow("unreadable") << hostile(QStringLiteral("npy_huge_shape.npy")) << 2 << 1;
    QTest::newRow("Namespace")
        << QDir(testpaths::fixture(QStringLiteral("weights_only"))).filePath(QStringLiteral("namespace.pt")) << 0 << 1;
}

void TestScanner::strictExit()
{
    QFETCH(QString, file);
    QFETCH(int, plain);
    QFETCH(int, strict);
    QCOMPARE(runScan(file).exit, plain);
    QCOMPARE(runScan(file, { QStringLiteral("--strict") }).exit, strict);
}

QTEST_GUILESS_MAIN(TestScanner)
#include "test_scanner.moc"
