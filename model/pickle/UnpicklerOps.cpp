// The opcode table of the VM: one case per pickle opcode of protocols 0 to 5.
#include "model/pickle/PickleText.h"
#include "model/pickle/TextNumbers.h"
#include "model/pickle/Unpickler.h"

#include <cstring>

namespace ckpt {

namespace {
ValuePtr tupleOf(std::vector<ValuePtr> items)
{
    auto t = Value::make(Value::Kind::Tuple);
    t->items = std::move(items);
    return t;
}

ValuePtr textNumberValue(const TextNumber &n)
{
    if (n.fits)
        return Value::fromInt(n.value);
    auto big = Value::make(Value::Kind::BigInt);
    big->text = n.text;
    return big;
}

double readBigEndianDouble(const char *p)
{
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | uchar(p[i]);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}
} // namespace

bool Unpickler::step(quint8 op)
{
    using K = Value::Kind;
    ValuePtr a, b, c;
    std::vector<ValuePtr> items;
    QByteArray line;
    switch (op) {
    case 0x80: // PROTO
        if (!need(1))
            return false;
        m_protocol = quint8(m_data[m_pos++]);
        if (m_protocol > 5)
            return fail(Phrase::translate("ckpt::Pickle", "unsupported pickle protocol %1").arg(m_protocol));
        return true;
    case 0x95: // FRAME: a length hint only
        if (!need(8))
            return false;
        m_pos += 8;
        return true;
    case '.':
        m_stopped = true;
        return true;
    case '(':
        m_marks.push_back(m_stack.size());
        return true;
    case '0':
        if (!m_marks.empty() && m_stack.size() <= m_marks.back()) {
            m_marks.pop_back(); // POP with nothing above the mark drops the mark, as CPython does
            return true;
        }
        return pop(&a);
    case '1':
        return popMark(&items);
    case '2':
        if (m_stack.empty())
            return fail(Phrase::translate("ckpt::Pickle", "DUP on an empty stack"));
        return push(m_stack.back());
    case 'N':
        return push(Value::none());
    case 0x88:
        return push(Value::fromBool(true));
    case 0x89:
        return push(Value::fromBool(false));
    case 'J':
        if (!need(4))
            return false;
        return push(Value::fromInt(qint32(quint32(readUInt(4)))));
    case 'K':
        if (!need(1))
            return false;
        return push(Value::fromInt(qint64(readUInt(1))));
    case 'M':
        if (!need(2))
            return false;
        return push(Value::fromInt(qint64(readUInt(2))));
    case 'I': {
        if (!readLine(&line))
            return false;
        const TextNumber n = pickleIntArgument(line);
        if (!n.ok)
            return fail(Phrase::translate("ckpt::Pickle", "INT argument is not a number Python reads"));
        // load_int: a two-character line that strtol reads as 0 or 1 is False or True ("00", "01").
        if (n.byStrtol && line.size() == 2 && (n.value == 0 || n.value == 1))
            return push(Value::fromBool(n.value == 1));
        return push(textNumberValue(n));
    }
    case 'L': {
        if (!readLine(&line))
            return false;
        const TextNumber n = pickleLongArgument(line);
        if (!n.ok)
            return fail(Phrase::translate("ckpt::Pickle", "LONG argument is not a number Python reads"));
        return push(textNumberValue(n));
    }
    case 0x8a:
    case 0x8b: { // LONG1 / LONG4
        const int width = op == 0x8a ? 1 : 4;
        if (!need(width))
            return false;
        const qint64 n = qint64(readUInt(width));
        if (!need(n))
            return false;
        qint64 small = 0;
        bool fits = false;
        const QString text = decodeLongBytes(m_data.mid(m_pos, n), &small, &fits);
        m_pos += n;
        if (fits)
            return push(Value::fromInt(small));
        auto big = Value::make(K::BigInt);
        big->text = text;
        return push(std::move(big));
    }
    case 'F': {
        if (!readLine(&line))
            return false;
        bool ok = false;
        const double d = line.toDouble(&ok);
        if (!ok)
            return fail(Phrase::translate("ckpt::Pickle", "FLOAT argument is not a number"));
        return push(Value::fromFloat(d));
    }
    case 'G':
        if (!need(8))
            return false;
        m_pos += 8;
        return push(Value::fromFloat(readBigEndianDouble(m_data.constData() + m_pos - 8)));
    case 'S': {
        if (!readLine(&line))
            return false;
        QByteArray raw;
        if (!decodeStringRepr(line, &raw))
            return fail(Phrase::translate("ckpt::Pickle", "STRING argument is not quoted"));
        return push(Value::fromString(QString::fromLatin1(raw)));
    }
    case 'V':
        if (!readLine(&line))
            return false;
        return push(Value::fromString(decodeRawUnicodeEscape(line)));
    case 'T':
    case 'U':
    case 'B':
    case 'C':
    case 0x8e:
    case 0x96:
    case 'X':
    case 0x8c:
    case 0x8d: {
        int width = 4;
        if (op == 'U' || op == 'C' || op == 0x8c)
            width = 1;
        else if (op == 0x8e || op == 0x8d || op == 0x96)
            width = 8;
        if (!need(width))
            return false;
        const quint64 n = readUInt(width);
        if (op == 'T' && qint32(quint32(n)) < 0)
            return fail(Phrase::translate("ckpt::Pickle", "negative BINSTRING length"));
        if (n > quint64(m_data.size()) || !need(qint64(n)))
            return fail(Phrase::translate("ckpt::Pickle", "%1 declares %2 bytes, only %3 left in the pickle")
                            .arg(opcodeName(op))
                            .arg(n)
                            .arg(m_data.size() - m_pos));
        const QByteArrayView raw(m_data.constData() + m_pos, qsizetype(n));
        m_pos += qint64(n);
        if (op == 'X' || op == 0x8c || op == 0x8d)
            return push(Value::fromString(QString::fromUtf8(raw)));
        if (op == 'T' || op == 'U') // Python 2 str: torch loads it as text (latin-1 / ASCII)
            return push(Value::fromString(QString::fromLatin1(raw)));
        return push(Value::fromBytes(raw.toByteArray()));
    }
    case 0x97:
    case 0x98:
        return fail(
            Phrase::translate("ckpt::Pickle", "%1: out-of-band buffers are not part of a file").arg(opcodeName(op)));
    case ')':
        return push(Value::make(K::Tuple));
    case ']':
        return push(Value::make(K::List));
    case '}':
        return push(Value::make(K::Dict));
    case 0x8f:
        return push(Value::make(K::Set));
    case 't':
        if (!popMark(&items))
            return false;
        return push(tupleOf(std::move(items)));
    case 0x85:
    case 0x86:
    case 0x87: {
        const int n = op - 0x84;
        items.resize(size_t(n));
        for (int i = n - 1; i >= 0; --i)
            if (!pop(&items[size_t(i)]))
                return false;
        return push(tupleOf(std::move(items)));
    }
    case 'l':
        if (!popMark(&items))
            return false;
        a = Value::make(K::List);
        a->items = std::move(items);
        return push(std::move(a));
    case 'd':
        if (!popMark(&items))
            return false;
        a = Value::make(K::Dict);
        return setItems(a, items) && push(std::move(a));
    case 0x91:
        if (!popMark(&items))
            return false;
        a = Value::make(K::Set);
        a->className = QStringLiteral("builtins.frozenset");
        a->items = std::move(items);
        return push(std::move(a));
    case 'a':
        if (!pop(&b) || !pop(&a))
            return false;
        items.push_back(b);
        return appendItems(a, items) && repush(std::move(a));
    case 'e':
    case 0x90:
        if (!popMark(&items) || !pop(&a))
            return false;
        return appendItems(a, items) && repush(std::move(a));
    case 's':
        if (!pop(&c) || !pop(&b) || !pop(&a))
            return false;
        items = { b, c };
        return setItems(a, items) && repush(std::move(a));
    case 'u':
        if (!popMark(&items) || !pop(&a))
            return false;
        return setItems(a, items) && repush(std::move(a));
    case 'p':
        if (!readLine(&line))
            return false;
        {
            const TextNumber n = pickleMemoKey(line);
            return n.ok && n.fits ? memoPut(n.value)
                                  : fail(Phrase::translate("ckpt::Pickle", "PUT key is not a number Python reads"));
        }
    case 'q':
        if (!need(1))
            return false;
        return memoPut(qint64(readUInt(1)));
    case 'r':
        if (!need(4))
            return false;
        return memoPut(qint64(readUInt(4)));
    case 0x94:
        return memoPut(m_memo.size());
    case 'g':
        if (!readLine(&line))
            return false;
        {
            const TextNumber n = pickleMemoKey(line);
            return n.ok && n.fits ? memoGet(n.value)
                                  : fail(Phrase::translate("ckpt::Pickle", "GET key is not a number Python reads"));
        }
    case 'h':
        if (!need(1))
            return false;
        return memoGet(qint64(readUInt(1)));
    case 'j':
        if (!need(4))
            return false;
        return memoGet(qint64(readUInt(4)));
    case 'c':
    case 'i': {
        QByteArray module;
        if (!readLine(&module) || !readLine(&line))
            return false;
        const QString mod = QString::fromUtf8(module), name = QString::fromUtf8(line);
        if (op == 'c')
            return pushGlobal(mod, name, QStringLiteral("GLOBAL"));
        if (!popMark(&items) || !pushGlobal(mod, name, QStringLiteral("INST")) || !pop(&a))
            return false;
        return doReduce(a, tupleOf(std::move(items)));
    }
    case 0x93: // STACK_GLOBAL: the VM knows the real strings, memo decoys or not
        if (!pop(&b) || !pop(&a))
            return false;
        if (a->kind != K::String || b->kind != K::String) {
            m_globals.push_back(
                { QStringLiteral("unknown"), QStringLiteral("unknown"), m_opStart, QStringLiteral("STACK_GLOBAL") });
            return fail(Phrase::translate("ckpt::Pickle", "STACK_GLOBAL arguments are a %1 and a %2, not strings")
                            .arg(a->kindName(), b->kindName()));
        }
        return pushGlobal(a->text, b->text, QStringLiteral("STACK_GLOBAL"));
    case 0x82:
    case 0x83:
    case 0x84: { // EXT1/2/4: copyreg's extension registry
        const int width = op == 0x82 ? 1 : op == 0x83 ? 2 : 4;
        if (!need(width))
            return false;
        const quint64 code = readUInt(width);
        return pushGlobal(
            QStringLiteral("copyreg"), QStringLiteral("_extension_registry[%1]").arg(code), QStringLiteral("EXT"));
    }
    case 'o':
        if (!popMark(&items))
            return false;
        if (items.empty())
            return fail(Phrase::translate("ckpt::Pickle", "OBJ without a class"));
        a = items.front();
        items.erase(items.begin());
        return doReduce(a, tupleOf(std::move(items)));
    case 'R':
        if (!pop(&b) || !pop(&a))
            return false;
        return doReduce(a, b);
    case 0x81: // NEWOBJ: cls.__new__(cls, *args)
        if (!pop(&b) || !pop(&a))
            return false;
        if (!doReduce(a, b))
            return false;
        markNewObject();
        return true;
    case 0x92: // NEWOBJ_EX: cls, args, kwargs
        if (!pop(&c) || !pop(&b) || !pop(&a))
            return false;
        if (!doReduce(a, b))
            return false;
        markNewObject();
        if (c && !c->entries.empty()) {
            noteMutated(m_stack.back());
            m_stack.back()->entries = c->entries;
        }
        return true;
    case 'b':
        return doBuild();
    case 'P': {
        if (!readLine(&line))
            return false;
        Phrase err;
        a = m_hooks->persistentLoad(Value::fromString(QString::fromLatin1(line)), &err);
        return a ? push(std::move(a)) : fail(err);
    }
    case 'Q': {
        if (!pop(&b))
            return false;
        Phrase err;
        a = m_hooks->persistentLoad(b, &err);
        return a ? push(std::move(a)) : fail(err);
    }
    default:
        return fail(Phrase::translate("ckpt::Pickle", "unknown opcode 0x%1")
                        .arg(QStringLiteral("%1").arg(op, 2, 16, QLatin1Char('0'))));
    }
}

} // namespace ckpt
