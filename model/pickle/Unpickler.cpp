#include "model/pickle/Unpickler.h"

#include "model/pickle/Cycles.h"
#include "model/pickle/PickleText.h"

#include <QtEndian>

#include <algorithm>

#include <cstring>

namespace ckpt {

namespace {
// The protocol-2 subset torch.load(weights_only=True) understands (FORMATS.md C4).
bool weightsOnlyOpcode(quint8 op)
{
    static const char kAllowed[]
        = { '\x80', 'c', '\x81', 'R', 'b', 'a', 'e', 's', 'u', '(', 't', '\x85', '\x86', '\x87', 'N', '\x89', '\x88',
              ')', ']', '}', '\x8f', 'J', 'K', 'M', 'X', 'U', 'Q', 'h', 'j', 'q', 'r', '\x8a', '.', 'G' };
    for (char c : kAllowed)
        if (quint8(c) == op)
            return true;
    return false;
}
} // namespace

Unpickler::Limits Unpickler::Limits::forInflated(qint64 fileBytes)
{
    Limits l;
    l.maxValues = 500'000 + fileBytes; // ~250 bytes each: a 1 MB file stays near 400 MB
    l.valuesPerByte = 0;
    l.maxCopiedItems = 1'000'000 + 8 * fileBytes;
    l.copiedItemsPerByte = 0;
    l.maxOps = std::min<qint64>(l.maxOps, 20'000'000 + 64 * fileBytes);
    return l;
}

Unpickler::Unpickler(const QByteArray &data, UnpicklerHooks *hooks) : m_data(data), m_hooks(hooks) { }

bool Unpickler::fail(const Phrase &why)
{
    if (m_error.isEmpty())
        m_error = Phrase::translate("ckpt::Pickle", "%1 (opcode at byte %2)").arg(why).arg(m_opStart);
    return false;
}

bool Unpickler::need(qint64 n)
{
    if (n < 0 || n > m_data.size() - m_pos)
        return fail(Phrase::translate("ckpt::Pickle", "pickle ends early: needs %1 more bytes, %2 left")
                        .arg(n)
                        .arg(m_data.size() - m_pos));
    return true;
}

quint64 Unpickler::readUInt(int bytes)
{
    quint64 v = 0;
    const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | p[i];
    m_pos += bytes;
    return v;
}

bool Unpickler::readLine(QByteArray *line)
{
    const qint64 nl = m_data.indexOf('\n', m_pos);
    if (nl < 0)
        return fail(Phrase::translate("ckpt::Pickle", "pickle ends inside a text argument"));
    *line = m_data.mid(m_pos, nl - m_pos);
    if (line->endsWith('\r'))
        line->chop(1);
    m_pos = nl + 1;
    return true;
}

bool Unpickler::push(ValuePtr v)
{
    if (qint64(m_stack.size()) >= m_limits.maxStack)
        return fail(Phrase::translate("ckpt::Pickle", "stack grows past %1 items").arg(m_limits.maxStack));
    // Only fresh values count (memo references and DUPs share, use_count > 1).
    if (v.use_count() > 1)
        v->aliased = true;
    else if (++m_values > m_limits.maxValues + m_limits.valuesPerByte * m_data.size())
        return fail(Phrase::translate("ckpt::Pickle", "creates more than %1 values (a memory bomb)")
                        .arg(m_limits.maxValues + m_limits.valuesPerByte * m_data.size()));
    m_stack.push_back(std::move(v));
    return true;
}

bool Unpickler::repush(ValuePtr v)
{
    // A value popped to be mutated goes back where it was: not a new value, nor a new
    // alias, and the stack is no deeper than before.
    m_stack.push_back(std::move(v));
    return true;
}

bool Unpickler::pop(ValuePtr *out)
{
    const size_t floor = m_marks.empty() ? 0 : m_marks.back();
    if (m_stack.size() <= floor)
        return fail(Phrase::translate("ckpt::Pickle", "stack underflow"));
    *out = std::move(m_stack.back());
    m_stack.pop_back();
    return true;
}

bool Unpickler::popMark(std::vector<ValuePtr> *items)
{
    if (m_marks.empty())
        return fail(Phrase::translate("ckpt::Pickle", "no MARK on the stack"));
    const size_t mark = m_marks.back();
    m_marks.pop_back();
    if (mark > m_stack.size())
        return fail(Phrase::translate("ckpt::Pickle", "stack underflow below MARK"));
    items->assign(std::make_move_iterator(m_stack.begin() + qptrdiff(mark)), std::make_move_iterator(m_stack.end()));
    m_stack.resize(mark);
    return true;
}

bool Unpickler::memoPut(qint64 key)
{
    if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
        return fail(Phrase::translate("ckpt::Pickle", "memo store with an empty stack"));
    if (m_memo.size() >= m_limits.maxMemo && !m_memo.contains(key))
        return fail(Phrase::translate("ckpt::Pickle", "memo grows past %1 entries").arg(m_limits.maxMemo));
    m_memo.put(key, m_stack.back());
    return true;
}

bool Unpickler::memoGet(qint64 key)
{
    const ValuePtr *v = m_memo.get(key);
    if (!v)
        return fail(Phrase::translate("ckpt::Pickle", "memo key %1 was never stored").arg(key));
    return push(*v);
}

bool Unpickler::pushGlobal(const QString &module, const QString &name, const QString &how)
{
    const QString key = module + QLatin1Char('\n') + name + QLatin1Char('\n') + how;
    if (!m_globalSeen.contains(key)) {
        m_globalSeen.insert(key);
        m_globals.push_back({ module, name, m_opStart, how });
    }
    return push(m_hooks->global(module, name));
}

void Unpickler::noteMutated(const ValuePtr &target)
{
    // A cycle needs a value that is reachable from a child it is given. A value has one
    // reference (its place on the stack) until a GET, a DUP or a hook hands it out
    // again, and push() marks it then: values never aliased cannot close a cycle.
    if (!target->aliased)
        return;
    const bool same
        = !m_mutated.empty() && !m_mutated.back().owner_before(target) && !target.owner_before(m_mutated.back());
    if (!same)
        m_mutated.push_back(target);
}

void Unpickler::releaseCycles()
{
    // Cycles (a list appended to itself, through the memo or DUP) would leak and make
    // tree walks loop; cut them whatever the stream did, kept or dropped. Every cycle
    // passes through a value mutated while aliased (the last edge that closed it), so
    // searching from those finds them all.
    std::vector<ValuePtr> roots;
    for (const auto &weak : m_mutated)
        if (ValuePtr v = weak.lock())
            roots.push_back(std::move(v));
    m_mutated.clear();
    if (breakCycles(roots) > 0)
        noteOddity(Phrase::translate(
            "ckpt::Pickle", "the pickle builds recursive references (shown as <recursive reference>)"));
}

void Unpickler::noteOddity(const Phrase &what)
{
    if (m_oddities.size() < m_limits.maxOddities)
        m_oddities << what;
    else if (++m_moreOddities == 1)
        m_oddities << Phrase::translate("ckpt::Pickle", "more structural oddities follow (not listed)");
}

bool Unpickler::chargeCopies(const ValuePtr &v)
{
    // The VM and its hooks copy at most two levels of a REDUCE argument or BUILD state.
    qint64 n = qint64(v->items.size() + v->entries.size());
    for (const ValuePtr &c : v->items)
        n += c ? qint64(c->items.size() + c->entries.size()) : 0;
    m_copied += n;
    const qint64 budget = m_limits.maxCopiedItems + m_limits.copiedItemsPerByte * m_data.size();
    if (m_copied > budget)
        return fail(
            Phrase::translate("ckpt::Pickle", "copies more than %1 container items (an expansion bomb)").arg(budget));
    return true;
}

bool Unpickler::doReduce(const ValuePtr &callable, const ValuePtr &args)
{
    if (!args || (args->kind != Value::Kind::Tuple && args->kind != Value::Kind::None))
        return fail(Phrase::translate("ckpt::Pickle", "REDUCE arguments are not a tuple"));
    if (!chargeCopies(args))
        return false;
    if (callable->kind == Value::Kind::Global) {
        Phrase err;
        ValuePtr made = m_hooks->reduce(callable, args, &err);
        if (!err.isEmpty())
            return fail(err);
        if (made)
            return push(std::move(made));
        auto obj = Value::make(Value::Kind::Object);
        obj->className = callable->className;
        obj->items = args->items;
        return push(std::move(obj));
    }
    // Calling something that is not a plain global (the result of getattr, say): keep it inert.
    auto obj = Value::make(Value::Kind::Object);
    obj->className
        = QStringLiteral("%1(…)").arg(callable->className.isEmpty() ? callable->kindName() : callable->className);
    obj->items = args->items;
    obj->extra().state = callable;
    noteOddity(
        Phrase::translate("ckpt::Pickle", "calls the result of %1 at byte %2").arg(obj->className).arg(m_opStart));
    return push(std::move(obj));
}

bool Unpickler::doBuild()
{
    ValuePtr state, target;
    if (!pop(&state) || !pop(&target) || !chargeCopies(state))
        return false;
    noteMutated(target);
    if (target->kind == Value::Kind::Global)
        noteOddity(Phrase::translate("ckpt::Pickle", "BUILD modifies the global %1 at byte %2")
                       .arg(target->className)
                       .arg(m_opStart));
    if (!m_hooks->build(target, state)) {
        if (!target->isContainer() && target->kind != Value::Kind::Tensor && target->kind != Value::Kind::Global)
            noteOddity(
                Phrase::translate("ckpt::Pickle", "BUILD on a %1 at byte %2").arg(target->kindName()).arg(m_opStart));
        target->extra().state = state;
    }
    return repush(std::move(target));
}

bool Unpickler::setItems(const ValuePtr &target, std::vector<ValuePtr> &kv)
{
    noteMutated(target);
    if (kv.size() % 2)
        return fail(Phrase::translate("ckpt::Pickle", "SETITEMS with an odd number of items"));
    if (target->kind != Value::Kind::Dict && target->kind != Value::Kind::Object) {
        noteOddity(
            Phrase::translate("ckpt::Pickle", "SETITEM on a %1 at byte %2").arg(target->kindName()).arg(m_opStart));
        return true;
    }
    if (qint64(target->entries.size() + kv.size() / 2) > m_limits.maxContainer)
        return fail(Phrase::translate("ckpt::Pickle", "dict grows past %1 items").arg(m_limits.maxContainer));
    for (size_t i = 0; i < kv.size(); i += 2) {
        // Python dicts replace an existing key: keep the last value, as torch.load would.
        const ValuePtr &key = kv[i];
        bool replaced = false;
        if (key->kind == Value::Kind::String && target->entries.size() < 64) {
            for (auto &e : target->entries)
                if (e.first->kind == Value::Kind::String && e.first->text == key->text) {
                    e.second = kv[i + 1];
                    replaced = true;
                    break;
                }
        }
        if (!replaced)
            target->entries.emplace_back(key, kv[i + 1]);
    }
    return true;
}

bool Unpickler::appendItems(const ValuePtr &target, std::vector<ValuePtr> &items)
{
    noteMutated(target);
    std::vector<ValuePtr> *dest = nullptr;
    if (target->kind == Value::Kind::List || target->kind == Value::Kind::Set)
        dest = &target->items;
    else if (target->kind == Value::Kind::Object)
        dest = &target->extra().appended;
    if (!dest) {
        noteOddity(
            Phrase::translate("ckpt::Pickle", "APPEND on a %1 at byte %2").arg(target->kindName()).arg(m_opStart));
        return true;
    }
    if (qint64(dest->size() + items.size()) > m_limits.maxContainer)
        return fail(Phrase::translate("ckpt::Pickle", "list grows past %1 items").arg(m_limits.maxContainer));
    dest->insert(dest->end(), items.begin(), items.end());
    return true;
}

void Unpickler::noteOpcode(quint8 op)
{
    // Each opcode is graded once: a stream is millions of opcodes of a dozen kinds.
    m_gradedOpcodes.set(op);
    if (weightsOnlyOpcode(op))
        return;
    const QString name = opcodeName(op);
    if (!m_nonWeightsOnly.contains(name))
        m_nonWeightsOnly << name;
}

void Unpickler::markNewObject()
{
    if (m_stack.empty())
        return;
    Value &made = *m_stack.back();
    if (made.kind == Value::Kind::Object && !made.aliased)
        made.boolean = true;
}

ValuePtr Unpickler::run(qint64 start)
{
    m_pos = start;
    m_stack.clear();
    m_marks.clear();
    m_memo.plan(m_data, start);
    m_mutated.clear();
    m_stopped = false;
    m_error = Phrase();
    constexpr qint64 kConsumedStep = qint64(4) << 20;
    qint64 consumed = m_pos;
    if (m_onConsumed)
        m_onConsumed(m_data.size());
    while (!m_stopped) {
        if (m_onConsumed && m_pos - consumed >= kConsumedStep)
            m_onConsumed(consumed = m_pos);
        if (m_pos >= m_data.size()) {
            fail(Phrase::translate("ckpt::Pickle", "pickle ends without STOP"));
            break;
        }
        if (++m_ops > m_limits.maxOps) {
            fail(Phrase::translate("ckpt::Pickle", "more than %1 opcodes").arg(m_limits.maxOps));
            break;
        }
        m_opStart = m_pos;
        const quint8 op = quint8(m_data[m_pos++]);
        if (!m_gradedOpcodes.test(op)) // each kind graded once, here without a call
            noteOpcode(op);
        if (!step(op))
            break;
    }
    releaseCycles();
    if (!m_stopped)
        return nullptr;
    if (m_stack.empty()) {
        fail(Phrase::translate("ckpt::Pickle", "STOP with an empty stack"));
        return nullptr;
    }
    m_stray = int(m_stack.size()) - 1;
    if (!m_marks.empty())
        noteOddity(Phrase::translate("ckpt::Pickle", "MARK left open at STOP"));
    return m_stack.back();
}

ValuePtr Unpickler::partialResult() const
{
    for (const ValuePtr &v : m_stack)
        if (v && v->kind != Value::Kind::Mark && v->isContainer())
            return v;
    return m_stack.empty() ? nullptr : m_stack.front();
}

} // namespace ckpt
