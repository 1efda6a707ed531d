// OutputFile: nothing is left behind by a write that dies, even by SIGKILL; the result
// keeps the target's permission bits, or a new file's (0666 less the umask); an abandoned
// hidden temp file (a file system without O_TMPFILE) is removed by the next write.
// All-zero blocks are left as holes and read back as zeros, whatever the pieces written.
// OutputFolder: the same for a folder, which replaces only a missing, empty or earlier
// output and leaves nothing when it dies or is discarded.
#include "model/io/OutputFile.h"
#include "model/io/OutputFolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ckpt;

namespace {
mode_t modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

bool writeAll(const QString &target, const QByteArray &bytes, Phrase *error, qint64 piece = 0)
{
    OutputFile f;
    if (!f.create(target, error))
        return false;
    for (qint64 at = 0; at < bytes.size();) {
        const qint64 n = piece > 0 ? std::min<qint64>(piece, bytes.size() - at) : bytes.size() - at;
        if (!f.write(bytes.constData() + at, n, error))
            return false;
        at += n;
    }
    return f.commit(error);
}

qint64 diskBytes(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_blocks) * 512 : -1;
}
} // namespace

class TestOutputFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void zeroBlocksAreHoles_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QList<qint64>>("nonZero"); // offsets of non-zero bytes
        QTest::addColumn<qint64>("piece"); // bytes per write()
        QTest::addColumn<qint64>("maxDisk"); // what the file may take on disk
        constexpr qint64 B = OutputFile::kBuffer, K = OutputFile::kBlock;
        QTest::newRow("zeros only") << 3 * B + 5 << QList<qint64> {} << qint64(0) << qint64(0);
        QTest::newRow("ends in a hole") << 3 * B + 12345 << QList<qint64> { 5, B + 100, 2 * B - 1 } << qint64(1000003)
                                        << 3 * K;
        QTest::newRow("ends in data") << 2 * B + 777 << QList<qint64> { 0, 2 * B + 776 } << qint64(4095) << 2 * K;
        QTest::newRow("a block across two buffers") << 2 * B << QList<qint64> { B - 1, B } << qint64(B / 3) << 2 * K;
        QTest::newRow("dense") << B + 10 << QList<qint64> {} << qint64(0) << qint64(-1);
        // Past kDirectFrom: O_DIRECT, the last block padded and cut back.
        constexpr qint64 D = OutputFile::kDirectFrom;
        QTest::newRow("direct, ends in data")
            << D + 2 * B + 777 << QList<qint64> { 3, D - 1, D, D + B + 5, D + 2 * B + 776 } << qint64(3 * B / 2 + 1)
            << 6 * K;
        QTest::newRow("direct, ends in a hole") << D + B + 100 << QList<qint64> { D + 9 } << qint64(B) << K;
        QTest::newRow("direct, dense") << D + B + 4097 << QList<qint64> {} << qint64(B - 1) << qint64(-1);
    }

    void zeroBlocksAreHoles()
    {
        QFETCH(qint64, size);
        QFETCH(QList<qint64>, nonZero);
        QFETCH(qint64, piece);
        QFETCH(qint64, maxDisk);
        QByteArray bytes(size, '\0');
        if (maxDisk < 0) // every byte non-zero: nothing may be skipped
            bytes.fill('\x5a');
        for (qint64 at : nonZero)
            bytes[at] = char(at % 251 + 1);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("sparse.bin"));
        Phrase error;
        QVERIFY2(writeAll(target, bytes, &error, piece), qPrintable(error.english()));
        QFile back(target);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.size(), size);
        QVERIFY(back.readAll() == bytes);
        if (maxDisk >= 0)
            QVERIFY2(diskBytes(target) <= maxDisk, qPrintable(QString::number(diskBytes(target))));
        else
            QVERIFY(diskBytes(target) >= size);
    }

    void keepsTheTargetsMode()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("private.pt"));
        Phrase error;
        QVERIFY2(writeAll(target, "old", &error), qPrintable(error.english()));
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0600) == 0);
        QVERIFY2(writeAll(target, "new", &error), qPrintable(error.english()));
        QCOMPARE(modeOf(target), mode_t(0600)); // not widened to 0644
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new"));
    }

    void newFileFollowsTheUmask()
    {
        QTemporaryDir dir;
        const mode_t old = ::umask(027);
        Phrase error;
        const bool ok = writeAll(dir.filePath(QStringLiteral("new.pt")), "x", &error);
        ::umask(old);
        QVERIFY2(ok, qPrintable(error.english()));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new.pt"))), mode_t(0640));
    }

    void nothingIsNamedWhileWritingNorAfterAKill()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("big.pt"));
        const pid_t child = ::fork();
        if (child == 0) {
            OutputFile f;
            Phrase error;
            if (!f.create(target, &error) || !f.write("partial", 7, &error))
                ::_exit(3);
            ::kill(::getpid(), SIGKILL); // no destructor, no discard()
            ::_exit(4);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
        const QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));

        // While a write is under way the folder holds nothing new either, and the bytes
        // can be read back through tempPath() (the converter verifies them there).
        OutputFile f;
        Phrase error;
        QVERIFY(f.create(target, &error));
        QVERIFY(f.write("abc", 3, &error));
        QVERIFY(f.syncAndClose(&error));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QFile back(f.tempPath());
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), QByteArray("abc"));
        QVERIFY(f.commit(&error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("big.pt") });
    }

    void abandonedHiddenFilesAreRemovedNotLiveOnes()
    {
        // What a write on a file system without O_TMPFILE leaves when it dies: a hidden
        // file nobody locks. One still locked belongs to a write in progress.
        QTemporaryDir dir;
        const QString dead = dir.filePath(QStringLiteral(".m.pt.ckpt-AbCdEf"));
        const QString live = dir.filePath(QStringLiteral(".m.pt.ckpt-XyZ123"));
        for (const QString &p : { dead, live }) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const int lock = ::open(QFile::encodeName(live).constData(), O_RDONLY);
        QVERIFY(lock >= 0 && ::flock(lock, LOCK_EX) == 0);
        // create() runs the cleanup only where O_TMPFILE is refused; here it is called as
        // create() calls it.
        OutputFile::removeAbandonedBeside(dir.filePath(QStringLiteral("m.pt")));
        QVERIFY(!QFile::exists(dead));
        QVERIFY(QFile::exists(live));
        ::close(lock);
    }

    void folderIsNamedOnlyOnCommit()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out"));
        auto own = [](const QString &name) { return name == QLatin1String("data"); };
        const auto entries
            = [&dir] { return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot); };
        Phrase error;
        {
            OutputFolder f;
            QVERIFY2(f.create(target, own, &error), qPrintable(error.english()));
            QVERIFY(writeAll(QDir(f.path()).filePath(QStringLiteral("data")), "one", &error));
            QVERIFY(!QFileInfo::exists(target)); // discarded by the destructor
        }
        QVERIFY2(entries().isEmpty(), qPrintable(entries().join(QLatin1Char(' '))));
        const mode_t old = ::umask(027);
        for (const char *text : { "one", "two" }) { // new, then replacing its own earlier output
            OutputFolder f;
            QVERIFY2(f.create(target, own, &error), qPrintable(error.english()));
            QVERIFY(writeAll(QDir(f.path()).filePath(QStringLiteral("data")), text, &error));
            QVERIFY2(f.commit(&error), qPrintable(error.english()));
        }
        ::umask(old);
        QCOMPARE(entries(), QStringList { QStringLiteral("out") });
        QCOMPARE(modeOf(target), mode_t(0750));
        QFile back(QDir(target).filePath(QStringLiteral("data")));
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), QByteArray("two"));

        // Anything it does not own is refused, before and at commit.
        QFile other(QDir(target).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        OutputFolder refused;
        QVERIFY(!refused.create(target, own, &error));
        QVERIFY2(error.english().contains(QLatin1String("notes.txt")), qPrintable(error.english()));
        QVERIFY(QFile::remove(other.fileName()));
        OutputFolder late;
        QVERIFY(late.create(target, own, &error));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY(!late.commit(&error));
        late.discard();
        QCOMPARE(entries(), QStringList { QStringLiteral("out") });
        QVERIFY(QFile::exists(other.fileName()));

        // A file target, a missing parent.
        QVERIFY(!refused.create(QDir(target).filePath(QStringLiteral("notes.txt")), own, &error));
        QVERIFY2(error.english().contains(QLatin1String("not a folder")), qPrintable(error.english()));
        QVERIFY(!refused.create(dir.filePath(QStringLiteral("no/such")), own, &error));
        QVERIFY2(error.english().contains(QLatin1String("does not exist")), qPrintable(error.english()));
    }

    void abandonedTempFoldersAreRemovedNotLiveOnes()
    {
        // A writer killed mid-way leaves its hidden folder unlocked; a live one holds its lock.
        QTemporaryDir dir;
        const QString dead = dir.filePath(QStringLiteral(".out.ckpt-AbCdEf"));
        const QString live = dir.filePath(QStringLiteral(".out.ckpt-XyZ123"));
        for (const QString &p : { dead, live }) {
            QVERIFY(QDir().mkdir(p));
            QFile f(QDir(p).filePath(QStringLiteral("data")));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const int lock = ::open(QFile::encodeName(live).constData(), O_RDONLY | O_DIRECTORY);
        QVERIFY(lock >= 0 && ::flock(lock, LOCK_EX) == 0);
        OutputFolder f;
        Phrase error;
        QVERIFY2(f.create(dir.filePath(QStringLiteral("out")), {}, &error), qPrintable(error.english()));
        QVERIFY(!QFileInfo::exists(dead));
        QVERIFY(QFileInfo::exists(live));
        ::close(lock);
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "test_outputfile.moc"
