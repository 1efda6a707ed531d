// The `ckpt` command-line contract of DESIGN.md, run as a user would run it.
#include "tests/TestPaths.h"

#include "model/io/ByteSource.h"
#include "model/io/ZipDirectory.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void infoJsonSchema();
    void infoText();
    void infoTextMarksOnlySharedValues();
    void badInputIsOneLine_data();
    void badInputIsOneLine();
    void scanExitCodes();
    void shardsThatAreMissingAreNotJudged();
    void tensorDataCrcOnlyWithVerify();
    void fileTextIsEscaped_data();
    void fileTextIsEscaped();
    void errorWithNewlineIsOneLine();
    void fastPathDoesNotLinkLibTorch();
    void helpOfEveryCommandHasExamples();
    void progressOnlyOnATerminal_data();
    void progressOnlyOnATerminal();

private:
    struct Result {
        int code = -1;
        QByteArray out, err;
    };
    Result run(const QStringList &args);
    QTemporaryDir m_tmp;
};

TestCli::Result TestCli::run(const QStringList &args)
{
    QProcess p;
    p.start(QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")), args);
    Result r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestCli::infoJsonSchema()
{
    const Result r = run(
        { QStringLiteral("info"), QStringLiteral("--json"), testpaths::fixture(QStringLiteral("train_adam.pt")) });
    QCOMPARE(r.code, 0);
    QJsonParseError perr;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &perr).object();
    QCOMPARE(perr.error, QJsonParseError::NoError);
    for (const char *key : { "file", "format", "tensors", "findings" })
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("torch-zip"));
    const QJsonArray tensors = o.value(QStringLiteral("tensors")).toArray();
    QVERIFY(!tensors.isEmpty());
    for (const QJsonValue &t : tensors)
        for (const char *key : { "path", "dtype", "shape", "device", "numel", "nbytes" })
            QVERIFY2(t.toObject().contains(QLatin1String(key)), key);
    // Integer keys of the optimizer state stay integers in paths.
    bool intKey = false;
    for (const QJsonValue &t : tensors) {
        const QJsonArray path = t.toObject().value(QStringLiteral("path")).toArray();
        if (path.size() >= 3 && path.at(1) == QStringLiteral("state"))
            intKey |= path.at(2).isDouble();
    }
    QVERIFY(intKey);
    for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray())
        QVERIFY(f.toObject().contains(QStringLiteral("verdict")));
}

void TestCli::infoText()
{
    const Result r = run({ QStringLiteral("info"), testpaths::fixture(QStringLiteral("state_dict.pt")) });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("fc1.weight"));
    QVERIFY(r.out.contains("[4, 8]"));
    QVERIFY(r.out.contains("Totals:"));
    QVERIFY(r.out.contains("Safety:"));
}

// "(shown above)" only for a container the pickle really holds twice: Python's pickle writes
// two objects (each shown with the __args__ tuple the tree makes for it) and one dict twice,
// and says how many of the list's items repeat another (by id), the count expected.
void TestCli::infoTextMarksOnlySharedValues()
{
    const QString file = m_tmp.filePath(QStringLiteral("shared.pkl"));
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import datetime, pickle, sys\n"
                           "d = {'a': 1}\n"
                           "items = [datetime.date(2020, 1, 2), datetime.date(2021, 3, 4), d, d]\n"
                           "pickle.dump(items, open(sys.argv[1], 'wb'), protocol=2)\n"
                           "print(len(items) - len({id(x) for x in items}))"),
            file });
    QVERIFY(py.waitForFinished(60000));
    QCOMPARE(py.exitCode(), 0);
    const int repeated = py.readAllStandardOutput().trimmed().toInt();
    const Result r = run({ QStringLiteral("info"), file });
    QCOMPARE(r.code, 0);
    QCOMPARE(int(r.out.count("(shown above)")), repeated);
    QCOMPARE(int(r.out.count("__args__")), 2);
}

void TestCli::badInputIsOneLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("problem");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QByteArray("PNG");
    QTest::newRow("cut zip") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << QByteArray("zip");
    QTest::newRow("bad opcode") << QByteArray("\x80\x02\xfe.", 4) << QByteArray("opcode");
}

void TestCli::badInputIsOneLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, problem);
    const QString path = m_tmp.filePath(QStringLiteral("bad.pt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const Result r = run({ QStringLiteral("info"), path });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith("ckpt: " + path.toUtf8() + ": "), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.toLower().contains(problem.toLower()), r.err.constData());
    QVERIFY(r.out.isEmpty());

    const Result missing = run({ QStringLiteral("info"), m_tmp.filePath(QStringLiteral("missing.pt")) });
    QCOMPARE(missing.code, 2);
    QCOMPARE(missing.err.count('\n'), 1);
}

void TestCli::scanExitCodes()
{
    QCOMPARE(run({ QStringLiteral("scan"), testpaths::fixture(QStringLiteral("state_dict.pt")) }).code, 0);
    QCOMPARE(run({ QStringLiteral("scan"), testpaths::fixture(QStringLiteral("whole_model.pt")) }).code, 0);
    const QString evil = QDir(testpaths::corpusDir()).filePath(QStringLiteral("malicious/picklescan/malicious14.pkl"));
    if (!QFile::exists(evil))
        QSKIP("corpus not present");
    const Result r = run({ QStringLiteral("scan"), evil });
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("runpy"));
}

// An index of pickle shards whose shards are absent cannot be judged (each could hold any
// code); absent safetensors shards hold none. The shard present is a real torch.save file.
void TestCli::shardsThatAreMissingAreNotJudged()
{
    QDir dir(m_tmp.filePath(QStringLiteral("shards")));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    auto writeIndex = [&](const QString &name, const QString &first, const QString &second) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral(R"({"metadata": {}, "weight_map": {"fc1.weight": "%1", "fc2.weight": "%2"}})")
                    .arg(first, second)
                    .toUtf8());
    };
    auto grade = [&](const QString &index) {
        const Result r = run({ QStringLiteral("info"), QStringLiteral("--json"), dir.filePath(index) });
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        return std::pair { o.value(QStringLiteral("safety_grade")).toString(),
            o.value(QStringLiteral("safety")).toString() };
    };
    const QString present = QStringLiteral("pytorch_model-00001-of-00002.bin");
    const QString absent = QStringLiteral("pytorch_model-00002-of-00002.bin");
    QVERIFY(QFile::copy(testpaths::fixture(QStringLiteral("state_dict.pt")), dir.filePath(present)));
    writeIndex(QStringLiteral("pytorch_model.bin.index.json"), present, absent);
    auto [g, line] = grade(QStringLiteral("pytorch_model.bin.index.json"));
    QCOMPARE(g, QStringLiteral("not-checked"));
    QVERIFY2(line.startsWith(QStringLiteral("not checked: shards missing (%1)").arg(absent)), qPrintable(line));

    // Both absent: still not judged, never "safe".
    writeIndex(QStringLiteral("none.bin.index.json"), QStringLiteral("a.bin"), QStringLiteral("b.bin"));
    std::tie(g, line) = grade(QStringLiteral("none.bin.index.json"));
    QCOMPARE(g, QStringLiteral("not-checked"));

    // Absent safetensors shards cannot hold code.
    QVERIFY(QFile::copy(testpaths::fixture(QStringLiteral("sharded-00001-of-00002.safetensors")),
        dir.filePath(QStringLiteral("s-1.safetensors"))));
    writeIndex(QStringLiteral("s.safetensors.index.json"), QStringLiteral("s-1.safetensors"),
        QStringLiteral("s-2.safetensors"));
    std::tie(g, line) = grade(QStringLiteral("s.safetensors.index.json"));
    QCOMPARE(g, QStringLiteral("safe"));
}

// A wrong CRC-32 on a tensor record: nothing unpickles tensor bytes, so a scan does not
// read them for it (it costs what opening does); --verify checks the file's integrity.
void TestCli::tensorDataCrcOnlyWithVerify()
{
    const QString copy = m_tmp.filePath(QStringLiteral("bad_tensor_crc.pt"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(testpaths::fixture(QStringLiteral("state_dict.pt")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    qint64 local = -1, central = -1;
    {
        ckpt::Phrase error;
        ckpt::ZipDirectory zip;
        QVERIFY(zip.read(ckpt::ByteSource::open(copy, &error)));
        const ckpt::ZipEntry *e = zip.find(QStringLiteral("data/0"));
        QVERIFY(e);
        local = e->localHeaderOffset;
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // The central header of the same record: its signature, then the local offset at +42.
        for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0 && central < 0;
             at = bytes.indexOf("PK\x01\x02", at + 1))
            if (qFromLittleEndian<quint32>(bytes.constData() + at + 42) == quint32(local))
                central = at;
    }
    QVERIFY(central > 0);
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    for (const qint64 crcAt : { local + 14, central + 16 }) {
        QVERIFY(f.seek(crcAt));
        QVERIFY(f.write("\x12\x34\x56\x78", 4) == 4);
    }
    f.close();

    const Result plain = run({ QStringLiteral("scan"), copy });
    QCOMPARE(plain.code, 0);
    QVERIFY(!plain.out.contains("CRC-32 mismatch"));
    const Result verified = run({ QStringLiteral("scan"), QStringLiteral("--verify"), copy });
    QCOMPARE(verified.code, 0); // a structural finding, not a dangerous one
    QVERIFY2(verified.out.contains("CRC-32 mismatch"), verified.out.constData());
    QVERIFY(verified.out.contains("data/0"));
}

void TestCli::fastPathDoesNotLinkLibTorch()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), { QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")) });
    QVERIFY(ldd.waitForFinished());
    const QByteArray libs = ldd.readAllStandardOutput();
    QVERIFY(libs.contains("libQt6Core"));
    QVERIFY2(!libs.contains("libtorch") && !libs.contains("libc10"), libs.constData());
}

void TestCli::fileTextIsEscaped_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("escaped"); // what the command shows: the key (info), the global (scan)
    const QString spoof = testpaths::fixture(QStringLiteral("hostile/terminal_spoof.pkl"));
    QTest::newRow("info") << QStringList { QStringLiteral("info"), spoof } << QStringLiteral("\\x1b[2J");
    QTest::newRow("scan") << QStringList { QStringLiteral("scan"), spoof } << QStringLiteral("mypkg\\x1b[8m");
}

// Escape sequences, CR/LF and bidi overrides from a file never reach the terminal raw:
// every text output goes through one TerminalStream.
void TestCli::fileTextIsEscaped()
{
    QFETCH(QStringList, args);
    QFETCH(QString, escaped);
    const Result r = run(args);
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out + r.err);
    QVERIFY2(!out.contains(QChar(0x1b)) && !out.contains(QLatin1Char('\r')) && !out.contains(QChar(0x7))
            && !out.contains(QChar(0x202e)),
        out.toUtf8().toPercentEncoding(" \n").constData());
    QVERIFY2(out.contains(escaped), qPrintable(out));
    for (const QString &line : out.split(QLatin1Char('\n')))
        QVERIFY2(!line.startsWith(QLatin1String("safe:")), qPrintable(line)); // no forged verdict line
}

void TestCli::errorWithNewlineIsOneLine()
{
    const QString bad = m_tmp.filePath(QStringLiteral("forged\nckpt: all clean.pt"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a checkpoint at all");
    f.close();
    const Result r = run({ QStringLiteral("info"), bad });
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("forged\\nckpt"), r.err.constData());
}

// `ckpt --help` lists the commands; each command's --help ends with examples whose
// options are options of that command (so an example cannot go stale).
void TestCli::helpOfEveryCommandHasExamples()
{
    const Result top = run({ QStringLiteral("--help") });
    QCOMPARE(top.code, 0);
    const QString usage = QString::fromUtf8(top.out);
    QVERIFY(usage.contains(QLatin1String("Examples:")));
    QStringList commands;
    bool inCommands = false;
    for (const QString &line : usage.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inCommands = true;
            continue;
        }
        if (inCommands && line.isEmpty())
            break;
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^  ([a-z]+) ")).match(line);
        if (inCommands && m.hasMatch())
            commands << m.captured(1);
    }
    QVERIFY(commands.contains(QLatin1String("info")) && commands.contains(QLatin1String("convert")));
    for (const QString &command : commands) {
        const Result r = run({ command, QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        const QString help = QString::fromUtf8(r.out);
        const qsizetype examples = help.indexOf(QLatin1String("\nExamples:\n"));
        QVERIFY2(examples > 0, qPrintable(command));
        const QString options = help.left(examples);
        int shown = 0;
        for (const QString &line : help.mid(examples).split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("ckpt ")))
                continue;
            ++shown;
            QVERIFY2(line.trimmed().startsWith(QStringLiteral("ckpt ") + command + QLatin1Char(' ')), qPrintable(line));
            auto it = QRegularExpression(QStringLiteral("(--[a-z-]+)")).globalMatch(line);
            while (it.hasNext()) {
                const QString option = it.next().captured(1);
                QVERIFY2(options.contains(option), qPrintable(QStringLiteral("%1: %2").arg(command, option)));
            }
        }
        QVERIFY2(shown >= 2, qPrintable(command));
    }
}

void TestCli::progressOnlyOnATerminal_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("name");
    const QString sd = testpaths::fixture(QStringLiteral("state_dict.pt"));
    QTest::newRow("stats") << QStringList { QStringLiteral("stats"), sd } << QByteArray("stats");
    QTest::newRow("diff") << QStringList { QStringLiteral("diff"), sd, sd } << QByteArray("diff");
    QTest::newRow("convert") << QStringList { QStringLiteral("convert"), sd,
        m_tmp.filePath(QStringLiteral("progress.safetensors")) }
                             << QByteArray("convert");
}

// A long command shows "\rNAME N%" on stderr when stderr is a terminal (here a
// pseudo-terminal), cleared at the end; stdout is what a pipe gets, and stderr to a pipe
// stays empty.
void TestCli::progressOnlyOnATerminal()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, name);
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    QVERIFY(::fcntl(master, F_SETFL, O_NONBLOCK) == 0);
    QProcess p;
    p.setStandardErrorFile(QString::fromLocal8Bit(::ptsname(master)));
    p.start(QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")), args);
    QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
    QByteArray shown;
    auto drain = [&] {
        char buf[4096];
        for (ssize_t n; (n = ::read(master, buf, sizeof buf)) > 0;)
            shown.append(buf, n);
    };
    const QDeadlineTimer deadline(60000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        p.waitForFinished(20);
        drain(); // a full terminal buffer would stop the child
    }
    drain();
    ::close(master);
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, shown.constData()); // the one error line, if any
    QVERIFY2(shown.contains("\r" + name + " 100%"), shown.toPercentEncoding().constData());
    QVERIFY2(shown.endsWith('\r'), shown.toPercentEncoding().constData()); // cleared
    const QByteArray out = p.readAllStandardOutput();
    const Result piped = run(args);
    QCOMPARE(piped.code, p.exitCode());
    QCOMPARE(out, piped.out);
    QVERIFY2(piped.err.isEmpty(), piped.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
