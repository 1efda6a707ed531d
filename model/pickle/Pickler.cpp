#include "model/pickle/Pickler.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace ckpt {

namespace {
using K = Value::Kind;
constexpr int kMaxDepth = 5000;
constexpr size_t kBatch = 1000; // pickle.py's _BATCHSIZE
constexpr qsizetype kFrameHeader = 9; // FRAME and its 8-byte length
constexpr qint64 kFrameTarget = 64 * 1024; // pickle.py's _FRAME_SIZE_TARGET

// Python 3 writes numpy/torch globals under their 2.x-compatible module names.
QString moduleOf(const QString &q)
{
    return q.section(QLatin1Char('.'), 0, -2);
}
QString nameOf(const QString &q)
{
    return q.section(QLatin1Char('.'), -1);
}

} // namespace

bool Pickler::fail(const Phrase &why)
{
    if (m_error.isEmpty())
        m_error = why;
    return false;
}

bool Pickler::saveTensor(const Value &)
{
    return fail(Phrase::translate("ckpt::Pickle", "a tensor in a tree pickled without its checkpoint"));
}

bool Pickler::saveStorage(int)
{
    return fail(Phrase::translate("ckpt::Pickle", "a storage in a tree pickled without its checkpoint"));
}

bool Pickler::dump(const ValuePtr &root)
{
    m_out.clear();
    m_out.append('\x80');
    m_out.append(char(m_protocol));
    if (m_protocol >= 4) {
        m_frameStart = m_out.size();
        m_out.append(kFrameHeader, '\0');
    }
    if (!save(root, 0))
        return false;
    m_out.append('.');
    commitFrame(true);
    return true;
}

void Pickler::commitFrame(bool last)
{
    // pickle.py's framer: a frame is closed at the next object once it holds 64 KiB, and
    // at the end; one of under 4 bytes is not worth its header (CPython's FRAME_SIZE_MIN).
    if (m_frameStart < 0)
        return;
    const qint64 size = m_out.size() - m_frameStart - kFrameHeader;
    if (!last && size < kFrameTarget)
        return;
    if (size >= 4) {
        m_out[m_frameStart] = '\x95';
        const quint64 le = qToLittleEndian(quint64(size));
        std::memcpy(m_out.data() + m_frameStart + 1, &le, 8);
    } else {
        m_out.remove(m_frameStart, kFrameHeader);
    }
    m_frameStart = -1;
    if (!last) {
        m_frameStart = m_out.size();
        m_out.append(kFrameHeader, '\0');
    }
}

void Pickler::reduceWithTuple(char tupleOp)
{
    m_out.append(tupleOp);
    put();
    m_out.append('R');
    put();
}

void Pickler::reduceWithoutArgs()
{
    m_out.append(')');
    m_out.append('R');
    put();
}

void Pickler::put()
{
    const qint64 i = m_nextMemo++;
    if (m_protocol >= 4) {
        m_out.append('\x94'); // MEMOIZE: the next free index, len(memo)
        return;
    }
    if (i < 256) {
        m_out.append('q');
        m_out.append(char(i));
    } else {
        m_out.append('r');
        quint32 le = qToLittleEndian(quint32(i));
        m_out.append(reinterpret_cast<const char *>(&le), 4);
    }
}

bool Pickler::get(const void *key)
{
    auto it = m_memo.find(key);
    if (it == m_memo.end())
        return false;
    getIndex(it->second);
    return true;
}

void Pickler::getIndex(qint64 index)
{
    if (index < 256) {
        m_out.append('h');
        m_out.append(char(index));
    } else {
        m_out.append('j');
        quint32 le = qToLittleEndian(quint32(index));
        m_out.append(reinterpret_cast<const char *>(&le), 4);
    }
}

void Pickler::saveInternedString(const QString &s)
{
    const std::string key = s.toStdString();
    auto it = m_stringMemo.find(key);
    if (it != m_stringMemo.end()) {
        getIndex(it->second);
        return;
    }
    saveString(s);
    m_stringMemo.emplace(key, m_nextMemo - 1);
}

void Pickler::global(const QString &qualified)
{
    const std::string key = qualified.toStdString();
    auto it = m_globalMemo.find(key);
    if (it != m_globalMemo.end()) {
        getIndex(it->second);
        return;
    }
    if (m_protocol >= 4) {
        // Python 3's own module names; the two strings are memoized like any other.
        const QString module = moduleOf(qualified);
        saveInternedString(module == QLatin1String("__builtin__") ? QStringLiteral("builtins") : module);
        saveInternedString(nameOf(qualified));
        m_out.append('\x93'); // STACK_GLOBAL
    } else {
        m_out.append('c');
        m_out.append(moduleOf(qualified).toUtf8());
        m_out.append('\n');
        m_out.append(nameOf(qualified).toUtf8());
        m_out.append('\n');
    }
    put();
    m_globalMemo.emplace(key, m_nextMemo - 1);
    if (!m_globals.contains(qualified))
        m_globals << qualified;
}

void Pickler::saveInt(qint64 i)
{
    if (i >= 0 && i < 256) {
        m_out.append('K');
        m_out.append(char(i));
    } else if (i >= 0 && i < 65536) {
        m_out.append('M');
        quint16 le = qToLittleEndian(quint16(i));
        m_out.append(reinterpret_cast<const char *>(&le), 2);
    } else if (i >= -2147483648LL && i <= 2147483647LL) {
        m_out.append('J');
        qint32 le = qToLittleEndian(qint32(i));
        m_out.append(reinterpret_cast<const char *>(&le), 4);
    } else {
        // LONG1: little-endian two's complement, shortest form that keeps the sign.
        QByteArray b;
        qint64 v = i;
        for (int k = 0; k < 8; ++k) {
            b.append(char(v & 0xff));
            v >>= 8;
            const bool signOk = (v == 0 && !(b.back() & 0x80)) || (v == -1 && (b.back() & 0x80));
            if (signOk)
                break;
        }
        m_out.append('\x8a');
        m_out.append(char(b.size()));
        m_out.append(b);
    }
}

void Pickler::saveFloat(double d)
{
    m_out.append('G');
    quint64 bits;
    std::memcpy(&bits, &d, 8);
    bits = qToBigEndian(bits);
    m_out.append(reinterpret_cast<const char *>(&bits), 8);
    m_beyond113.insert(QStringLiteral("BINFLOAT"));
}

void Pickler::saveString(const QString &s)
{
    const QByteArray u = s.toUtf8();
    if (m_protocol >= 4 && u.size() < 256) {
        m_out.append('\x8c'); // SHORT_BINUNICODE
        m_out.append(char(u.size()));
    } else {
        m_out.append('X');
        quint32 le = qToLittleEndian(quint32(u.size()));
        m_out.append(reinterpret_cast<const char *>(&le), 4);
    }
    m_out.append(u);
    put();
}

void Pickler::saveBytes(const QByteArray &b)
{
    if (m_protocol >= 4) { // SHORT_BINBYTES, BINBYTES
        const bool small = b.size() < 256;
        m_out.append(small ? 'C' : 'B');
        if (small) {
            m_out.append(char(b.size()));
        } else {
            quint32 le = qToLittleEndian(quint32(b.size()));
            m_out.append(reinterpret_cast<const char *>(&le), 4);
        }
        m_out.append(b);
        put();
        return;
    }
    // Protocol 2 has no bytes opcode: Python 3 writes _codecs.encode(latin1 text, 'latin1').
    if (b.isEmpty()) {
        global(QStringLiteral("__builtin__.bytes"));
        reduceWithoutArgs();
        return;
    }
    global(QStringLiteral("_codecs.encode"));
    saveString(QString::fromLatin1(b));
    saveString(QStringLiteral("latin1"));
    reduceWithTuple('\x86');
}

void Pickler::saveIntTuple(const std::vector<qint64> &v)
{
    if (v.empty()) {
        m_out.append(')');
        return;
    }
    if (v.size() > 3)
        m_out.append('(');
    for (qint64 d : v)
        saveInt(d);
    m_out.append(v.size() == 1 ? '\x85' : v.size() == 2 ? '\x86' : v.size() == 3 ? '\x87' : 't');
    put();
}

bool Pickler::saveTupleOf(const std::vector<ValuePtr> &items, int depth)
{
    if (items.empty()) {
        m_out.append(')');
        return true;
    }
    if (items.size() > 3)
        m_out.append('(');
    for (const ValuePtr &it : items)
        if (!save(it, depth + 1))
            return false;
    m_out.append(items.size() == 1 ? '\x85' : items.size() == 2 ? '\x86' : items.size() == 3 ? '\x87' : 't');
    put();
    return true;
}

bool Pickler::saveItems(const std::vector<ValuePtr> &items, char batchOp, char singleOp, int depth)
{
    for (size_t start = 0; start < items.size(); start += kBatch) {
        const size_t end = std::min(items.size(), start + kBatch);
        if (end - start > 1)
            m_out.append('(');
        for (size_t i = start; i < end; ++i)
            if (!save(items[i], depth + 1))
                return false;
        m_out.append(end - start > 1 ? batchOp : singleOp);
    }
    return true;
}

bool Pickler::saveEntries(const std::vector<std::pair<ValuePtr, ValuePtr>> &entries, int depth)
{
    for (size_t start = 0; start < entries.size(); start += kBatch) {
        const size_t end = std::min(entries.size(), start + kBatch);
        if (end - start > 1)
            m_out.append('(');
        for (size_t i = start; i < end; ++i)
            if (!save(entries[i].first, depth + 1) || !save(entries[i].second, depth + 1))
                return false;
        m_out.append(end - start > 1 ? 'u' : 's');
    }
    return true;
}

bool Pickler::saveNumpyDtype(const QString &code, bool bigEndian)
{
    // numpy.dtype('f8', False, True) + BUILD (3, '<', None, None, None, -1, -1, 0)
    global(QStringLiteral("numpy.dtype"));
    saveString(code);
    m_out.append("\x89\x88\x87", 3);
    put();
    m_out.append('R');
    put();
    const bool oneByte = code.endsWith(QLatin1Char('1')) || code == QLatin1String("b1");
    m_out.append('(');
    saveInt(3);
    saveString(oneByte ? QStringLiteral("|") : bigEndian ? QStringLiteral(">") : QStringLiteral("<"));
    m_out.append("NNN", 3);
    saveInt(-1);
    saveInt(-1);
    saveInt(0);
    m_out.append('t');
    put();
    m_out.append('b');
    return true;
}

bool Pickler::save(const ValuePtr &v, int depth)
{
    if (!v)
        return fail(Phrase::translate("ckpt::Pickle", "empty value in the tree"));
    if (depth > kMaxDepth)
        return fail(Phrase::translate("ckpt::Pickle", "the tree is nested more than %1 deep").arg(kMaxDepth));
    commitFrame(false);
    if (get(v.get()))
        return true;
    switch (v->kind) {
    case K::None:
        m_out.append('N');
        return true;
    case K::Bool:
        m_out.append(v->boolean ? '\x88' : '\x89');
        return true;
    case K::Int:
        saveInt(v->integer);
        return true;
    case K::BigInt:
        // Protocol-0 LONG: decimal text; Python reads it in any protocol.
        m_out.append('L');
        m_out.append(v->text.toLatin1());
        m_out.append("L\n", 2);
        return true;
    case K::Float:
        saveFloat(v->real);
        return true;
    case K::String:
        saveString(v->text);
        remember(v.get());
        return true;
    case K::Bytes:
        saveBytes(v->bytes());
        remember(v.get());
        return true;
    case K::Tuple:
        if (v->className == QLatin1String("torch.Size")) {
            global(v->className);
            if (!saveTupleOf(v->items, depth))
                return false;
            reduceWithTuple('\x85');
            remember(v.get());
            return true;
        }
        if (!saveTupleOf(v->items, depth))
            return false;
        if (!v->items.empty())
            remember(v.get());
        return true;
    case K::List:
        m_out.append(']');
        put();
        remember(v.get());
        return saveItems(v->items, 'e', 'a', depth);
    case K::Set: {
        if (m_protocol >= 4
            && (v->className.isEmpty() || v->className == QLatin1String("builtins.set")
                || v->className == QLatin1String("__builtin__.set"))) {
            m_out.append('\x8f'); // EMPTY_SET, then MARK items ADDITEMS per batch
            put();
            remember(v.get());
            for (size_t start = 0; start < v->items.size(); start += kBatch) {
                m_out.append('(');
                for (size_t i = start; i < std::min(v->items.size(), start + kBatch); ++i)
                    if (!save(v->items[i], depth + 1))
                        return false;
                m_out.append('\x90');
            }
            return true;
        }
        global(v->className.isEmpty() ? QStringLiteral("__builtin__.set") : v->className);
        m_out.append(']');
        put();
        if (!saveItems(v->items, 'e', 'a', depth))
            return false;
        reduceWithTuple('\x85');
        remember(v.get());
        return true;
    }
    case K::Dict:
        return saveDict(*v, depth) && (remember(v.get()), true);
    case K::Tensor:
        return saveTensor(*v) && (remember(v.get()), true);
    case K::Global:
        global(v->className);
        return true;
    case K::Object:
        return saveObject(*v, depth) && (remember(v.get()), true);
    case K::Dtype:
        global(v->className.isEmpty() ? QStringLiteral("torch.") + v->text : v->className);
        return true;
    case K::Device: {
        global(QStringLiteral("torch.device"));
        const QString type = v->text.section(QLatin1Char(':'), 0, 0);
        const QString index = v->text.section(QLatin1Char(':'), 1);
        saveString(type);
        if (!index.isEmpty()) {
            saveInt(index.toLongLong());
            m_out.append('\x86');
        } else {
            m_out.append('\x85');
        }
        put();
        m_out.append('R');
        put();
        remember(v.get());
        return true;
    }
    case K::Layout:
        if (!v->className.isEmpty()) {
            global(v->className);
            return true;
        }
        global(QStringLiteral("torch.serialization._get_layout"));
        saveString(QStringLiteral("torch.") + v->text);
        reduceWithTuple('\x85');
        return true;
    case K::NumpyScalar:
        global(QStringLiteral("numpy.core.multiarray.scalar"));
        saveNumpyDtype(v->className);
        saveBytes(v->bytes());
        reduceWithTuple('\x86');
        remember(v.get());
        return true;
    case K::NumpyArray: {
        // _reconstruct(ndarray, (0,), b'b') + BUILD (1, shape, dtype, is_fortran, raw)
        global(QStringLiteral("numpy.core.multiarray._reconstruct"));
        global(QStringLiteral("numpy.ndarray"));
        saveIntTuple({ 0 });
        saveBytes(QByteArrayLiteral("b"));
        reduceWithTuple('\x87');
        remember(v.get());
        if (v->state())
            return save(v->state(), depth + 1) && (m_out.append('b'), true);
        m_out.append('(');
        saveInt(1);
        saveIntTuple(v->shape());
        saveNumpyDtype(v->text, v->integer == 1);
        m_out.append(v->boolean ? '\x88' : '\x89'); // Fortran order
        saveBytes(v->bytes());
        m_out.append('t');
        put();
        m_out.append('b');
        return true;
    }
    case K::Storage:
        return saveStorage(v->storageIndex);
    case K::Mark:
        return fail(Phrase::translate("ckpt::Pickle", "a pickle MARK left in the tree"));
    }
    return fail(Phrase::translate("ckpt::Pickle", "unknown value kind"));
}

bool Pickler::saveDict(const Value &v, int depth)
{
    if (v.className.isEmpty()) {
        m_out.append('}');
        put();
    } else {
        // OrderedDict() and friends: REDUCE with no arguments, then items, then BUILD state.
        global(v.className);
        reduceWithoutArgs();
    }
    if (!saveEntries(v.entries, depth))
        return false;
    if (v.state()) {
        if (!save(v.state(), depth + 1))
            return false;
        m_out.append('b');
    }
    return true;
}

bool Pickler::saveObject(const Value &v, int depth)
{
    if (v.className.isEmpty() || v.className.contains(QLatin1Char('(')) || !v.className.contains(QLatin1Char('.')))
        return fail(
            Phrase::translate("ckpt::Pickle", "cannot re-create object %1 (it was made by calling a non-global)")
                .arg(v.className));
    global(v.className);
    if (!saveTupleOf(v.items, depth))
        return false;
    m_out.append(v.boolean ? '\x81' : 'R'); // as it was made: NEWOBJ or a call
    put();
    if (!v.appended().empty() && !saveItems(v.appended(), 'e', 'a', depth))
        return false;
    if (!v.entries.empty() && !saveEntries(v.entries, depth))
        return false;
    if (v.state()) {
        if (!save(v.state(), depth + 1))
            return false;
        m_out.append('b');
    }
    return true;
}

} // namespace ckpt
