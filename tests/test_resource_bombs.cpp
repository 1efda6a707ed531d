// Resource bombs: declared sizes of 2^40, 100k-deep nesting, memo and list expansion,
// huge headers. Each must be refused (or read) with bounded work and memory: the test
// finishes under CTest's timeout and never needs more than a few hundred MB.
#include "model/checkpoint/CheckpointJson.h"
#include "model/checkpoint/Summary.h"
#include "model/formats/CheckpointReader.h"
#include "model/formats/FormatRegistry.h"
#include "model/pickle/Unpickler.h"
#include "tests/ZipBuilder.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace ckpt;
using namespace ckpttest;

namespace {
QByteArray le32(quint32 v)
{
    QByteArray b(4, 0);
    qToLittleEndian(v, b.data());
    return b;
}
QByteArray le64(quint64 v)
{
    QByteArray b(8, 0);
    qToLittleEndian(v, b.data());
    return b;
}
QByteArray repeat(const QByteArray &unit, int n)
{
    return unit.repeated(n);
}
// Literals with embedded NUL bytes (memo key 0).
template <size_t N> QByteArray B(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}
} // namespace

class TestResourceBombs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusedPickles_data();
    void refusedPickles();
    void deepNesting_data();
    void deepNesting();
    void memoExpansionIsShared();
    void cyclesAreCut();
    void manyGlobalsStaySmall();
    void manyStackedPickles();
    void safetensorsHugeHeader();
    void zipDeclaresHugeRecord();
    void npyHugeShape();

private:
    CheckpointPtr openBytes(const QByteArray &bytes, const char *name = "bomb.bin");
    QTemporaryDir m_tmp;
};

CheckpointPtr TestResourceBombs::openBytes(const QByteArray &bytes, const char *name)
{
    const QString path = m_tmp.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return nullptr;
    f.write(bytes);
    f.close();
    CheckpointPtr c = openCheckpoint(path);
    // Everything a user can ask for afterwards must also be bounded.
    checkpointToJson(*c);
    Summary::safetyLine(*c);
    return c;
}

void TestResourceBombs::refusedPickles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray p4("\x80\x04", 2);
    QTest::newRow("BINBYTES8 2^40") << p4 + "\x8e" + le64(quint64(1) << 40) + "x." << QStringLiteral("declares");
    QTest::newRow("BINUNICODE8 2^63") << p4 + "\x8d" + le64(quint64(1) << 63) + "x." << QStringLiteral("declares");
    QTest::newRow("BINUNICODE 4 GiB") << p4 + "X" + le32(0xffffffffu) + "x." << QStringLiteral("declares");
    QTest::newRow("LONG4 2 GiB") << p4 + "\x8b" + le32(0x7fffffffu) + "x." << QStringLiteral("needs");
    QTest::newRow("FRAME 2^62") << p4 + "\x95" + le64(quint64(1) << 62) + "N." << QString();
    // 5M DUPs of one item: the stack limit stops it.
    QTest::newRow("DUP bomb") << p4 + "N" + repeat("2", 5'000'000) + "." << QStringLiteral("stack");
    // A memoized 1M-item tuple handed to REDUCE 10k times: 10^10 copies if unguarded.
    QTest::newRow("REDUCE copy bomb") << p4 + "(" + repeat("N", 1'000'000) + B("tq\x00") + "c__main__\nX\nq\x01"
            + repeat(B("h\x01h\x00R0"), 10'000)
            + "N." << QStringLiteral("expansion");
    // The same through BUILD state (hooks copy numpy shapes out of it).
    QTest::newRow("BUILD copy bomb") << p4 + "(" + repeat("K\x01", 1'000'000) + B("tq\x00") + "}"
            + repeat(B("h\x00"
                       "b"),
                10'000)
            + "." << QStringLiteral("expansion");
    QTest::newRow("100k MARKs") << p4 + repeat("(", 100'000) + "." << QString();
}

void TestResourceBombs::refusedPickles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    PlainHooks hooks;
    Unpickler vm(bytes, &hooks);
    ValuePtr v = vm.run();
    if (!reason.isEmpty()) {
        QVERIFY2(!v, "the bomb parsed");
        QVERIFY2(vm.error().english().contains(reason), qPrintable(vm.error().english()));
    }
    CheckpointPtr c = openBytes(bytes);
    QVERIFY(c);
    if (!reason.isEmpty())
        QVERIFY(!c->ok());
}

void TestResourceBombs::deepNesting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const int n = 100'000;
    const QByteArray p2("\x80\x02", 2);
    QTest::newRow("TUPLE1 x100k") << p2 + "N" + repeat("\x85", n) + ".";
    QTest::newRow("lists via APPEND") << p2 + repeat("]", n + 1) + repeat("a", n) + ".";
    QTest::newRow("MARK + LIST") << p2 + repeat("(", n) + repeat("l", n) + ".";
    QTest::newRow("dicts via SETITEM") << p2 + "}" + repeat("K\x01}", n) + repeat("s", n) + ".";
    // Nested deeper after the fact: each list is mutated once it is inside its parent.
    QByteArray mutate = p2 + B("]q\x00");
    for (int i = 1; i < 2000; ++i)
        mutate += "h" + QByteArray(1, char(i % 2)) + "]" + (i % 2 ? B("q\x01") : B("q\x00")) + "a0";
    QTest::newRow("nesting by mutation") << mutate + B("h\x00.");
    QTest::newRow("self-containing list") << p2
            + B("]q\x00h\x00"
                "a.");
    QTest::newRow("100k-deep torch zip") << buildZip(
        { { "archive/data.pkl", p2 + "N" + repeat("\x85", n) + "." }, { "archive/version", "3\n" } });
}

void TestResourceBombs::deepNesting()
{
    QFETCH(QByteArray, bytes);
    // Opening walks the tree, the JSON writer and the summary read it, and the tree is
    // released at the end: none of them may recurse 100k frames deep.
    CheckpointPtr c = openBytes(bytes, bytes.startsWith("PK") ? "deep.pt" : "deep.pkl");
    QVERIFY(c);
    QVERIFY2(c->ok() || !c->error.english().contains(QLatin1Char('\n')), qPrintable(c->error.english()));
}

// 30 levels of 10 references to the level below: 10^30 paths, 300 nodes.
void TestResourceBombs::memoExpansionIsShared()
{
    QByteArray b = B("\x80\x02]q\x00");
    for (int level = 0; level < 30; ++level)
        b += "(" + repeat(B("h\x00"), 10) + B("lq\x00");
    b += ".";
    CheckpointPtr c = openBytes(b, "laughs.pkl");
    QVERIFY(c && c->ok());
    QCOMPARE(c->root->items.size(), size_t(10));
}

// A list appended to itself (through the memo, or DUP) is cut, so it neither leaks nor
// loops a walker (fuzz_unpickler found the leak).
void TestResourceBombs::cyclesAreCut()
{
    for (const QByteArray &b : { B("\x80\x02]q\x00h\x00"
                                   "a."),
             QByteArray("\x80\x02]2a.", 6) }) {
        PlainHooks hooks;
        Unpickler vm(b, &hooks);
        ValuePtr v = vm.run();
        QVERIFY(v && v->kind == Value::Kind::List);
        QCOMPARE(v->items.size(), size_t(1));
        QCOMPARE(v->items[0]->className, QStringLiteral("<recursive reference>"));
        QVERIFY(englishOf(vm.oddities()).join(QLatin1Char(' ')).contains(QLatin1String("recursive")));
    }
    // Closed through a second list ([[x]] where the inner list holds x), and through
    // BUILD state: the memo GET that hands x out again is what lets both close.
    PlainHooks hooks;
    Unpickler twoLists(B("\x80\x02]q\x00]h\x00"
                         "aa."),
        &hooks);
    ValuePtr v = twoLists.run();
    QVERIFY(v && v->items.size() == 1 && v->items[0]->kind == Value::Kind::List);
    QCOMPARE(v->items[0]->items.size(), size_t(1));
    QCOMPARE(v->items[0]->items[0]->className, QStringLiteral("<recursive reference>"));
    Unpickler buildState(B("\x80\x02}q\x00(h\x00tb."), &hooks);
    v = buildState.run();
    QVERIFY(v && v->kind == Value::Kind::Dict && v->state() && v->state()->items.size() == 1);
    QCOMPARE(v->state()->items[0]->className, QStringLiteral("<recursive reference>"));
}

void TestResourceBombs::manyGlobalsStaySmall()
{
    // 2M GLOBAL opcodes of 50k distinct names: findings are deduplicated and capped.
    QByteArray b("\x80\x02", 2);
    for (int i = 0; i < 2'000'000; ++i)
        b += "cm\nf" + QByteArray::number(i % 50'000) + "\n0";
    b += "N.";
    CheckpointPtr c = openBytes(b, "globals.pkl");
    QVERIFY(c);
    QVERIFY(c->findings.size() <= 20'001);
    QVERIFY(!c->ok()); // not a clean bill of health: some were not listed
}

void TestResourceBombs::manyStackedPickles()
{
    // 100k stacked pickles then a payload: not read to the end, so not reported clean.
    const QByteArray b = repeat(QByteArray("\x80\x02N.", 4), 100'000) + QByteArray("\x80\x02\x63os\nsystem\n.");
    CheckpointPtr c = openBytes(b, "stacked.pkl");
    QVERIFY(c);
    QVERIFY(c->worstVerdict() != Verdict::Allowed || !c->ok());
}

void TestResourceBombs::safetensorsHugeHeader()
{
    const QByteArray huge = le64(quint64(1) << 40) + "{\"a\":1}";
    CheckpointPtr c = openBytes(huge, "huge.safetensors");
    QVERIFY(c && !c->ok());
    // A header length just under the file size, declared 100 MB: refused by the reader.
    auto src = ByteSource::fromBytes(le64(100'000'000) + QByteArray("{") + QByteArray(64, ' '), QStringLiteral("x"));
    Checkpoint out;
    QVERIFY(!findReader(Format::Safetensors)->read(src, out));
    QVERIFY(!out.error.isEmpty());
}

void TestResourceBombs::zipDeclaresHugeRecord()
{
    ZipLayout layout;
    QByteArray z = buildZip(
        { { "archive/data.pkl", rawDeflate(QByteArray("\x80\x02}.", 4)), true }, { "archive/version", "3\n" } }, false,
        {}, &layout);
    set32(z, layout.central[0] + 24, 0xfffffff0u); // uncompressed size: ~4 GiB
    CheckpointPtr c = openBytes(z, "zipbomb.pt");
    QVERIFY(c && !c->ok());
    // The same with zip64 sizes of 2^40.
    ZipLayout l64;
    QByteArray z64 = buildZip({ { "archive/data.pkl", QByteArray("\x80\x02}.", 4) } }, true, {}, &l64);
    const qsizetype extra = z64.indexOf(QByteArray("\x01\x00", 2), l64.central[0] + 46);
    if (extra > 0)
        set64(z64, extra + 4, quint64(1) << 40);
    c = openBytes(z64, "zip64bomb.pt");
    QVERIFY(c);
}

void TestResourceBombs::npyHugeShape()
{
    QByteArray header("{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776, 1099511627776), }");
    header += QByteArray(64 - (10 + header.size() + 1) % 64, ' ') + "\n";
    QByteArray b = QByteArray("\x93NUMPY\x01\x00", 8);
    b += char(header.size() & 0xff);
    b += char(header.size() >> 8);
    CheckpointPtr c = openBytes(b + header, "huge.npy");
    QVERIFY(c && !c->ok());
    QCOMPARE(c->format, Format::Numpy);
}

QTEST_GUILESS_MAIN(TestResourceBombs)
#include "test_resource_bombs.moc"
