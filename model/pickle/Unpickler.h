#pragma once

#include "model/common/Phrase.h"
#include "model/pickle/Memo.h"
#include "model/pickle/Value.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <bitset>
#include <functional>
#include <vector>

namespace ckpt {

// A global the pickle referenced (GLOBAL, INST, STACK_GLOBAL), resolved by the VM.
struct GlobalRef {
    QString module;
    QString name;
    qint64 offset = 0; // byte of the opcode within the stream
    QString how; // "GLOBAL", "STACK_GLOBAL", "INST", "BUILD on global" ...
};

// What a reader adds to the plain VM: persistent ids (tensor storages) and the known
// reconstructors (torch rebuild functions, OrderedDict, numpy scalars ...). Everything
// the hooks do not map stays an inert Object. Nothing is ever imported or called.
class UnpicklerHooks {
public:
    virtual ~UnpicklerHooks() = default;
    // BINPERSID / PERSID. Return the value to push, or null with *error set.
    virtual ValuePtr persistentLoad(const ValuePtr &pid, Phrase *error) = 0;
    // GLOBAL resolved to module.name: a dtype, layout or plain Global value.
    virtual ValuePtr global(const QString &module, const QString &name) = 0;
    // REDUCE / NEWOBJ of a Global. Return null for the default inert Object.
    virtual ValuePtr reduce(const ValuePtr &callable, const ValuePtr &args, Phrase *error) = 0;
    // BUILD on `target`. Return true if handled (otherwise the state is attached).
    virtual bool build(const ValuePtr &target, const ValuePtr &state) { return false; }
};

// Plain hooks: storages become inert Objects, only Python builtins are mapped.
class PlainHooks : public UnpicklerHooks {
public:
    ValuePtr persistentLoad(const ValuePtr &pid, Phrase *error) override;
    ValuePtr global(const QString &module, const QString &name) override;
    ValuePtr reduce(const ValuePtr &callable, const ValuePtr &args, Phrase *error) override;
    bool build(const ValuePtr &target, const ValuePtr &state) override;
};

// A pickle virtual machine for protocols 0 to 5 that only builds Values.
class Unpickler {
public:
    struct Limits {
        qint64 maxMemo = 4'000'000; // memo entries
        qint64 maxStack = 4'000'000; // stack items
        qint64 maxContainer = 50'000'000; // items in one container
        qint64 maxOps = 200'000'000; // opcodes in one stream
        // Items copied out of shared containers (REDUCE args, BUILD state): a memoized
        // 1M-item tuple reduced 10k times must not become 10^10 copies. Fixed part plus a
        // multiple of the input size, so real pickles never come near it.
        qint64 maxCopiedItems = 4'000'000;
        qint64 copiedItemsPerByte = 8;
        qint64 maxOddities = 100; // structural notes kept (the rest are counted)
        // New values (each ~250 bytes): fixed part plus one per input byte, so that a
        // stream of 1-byte opcodes cannot turn 100 MB into 25 GB.
        qint64 maxValues = 2'000'000;
        qint64 valuesPerByte = 1;
        // For a stream inflated from `fileBytes` bytes of the file (a deflated zip record): the
        // limits count the file's bytes, not the inflated stream's, so that 1 MB of deflate
        // cannot become the hundreds of millions of values its gigabyte would allow.
        static Limits forInflated(qint64 fileBytes);
    };

    Unpickler(const QByteArray &data, UnpicklerHooks *hooks);
    void setLimits(const Limits &l) { m_limits = l; }
    // Called with an offset below which run() will not read the stream again: the end,
    // once the memo pass is done, then every few MB as it goes. A stream that is a file
    // mapping can give those pages back: a large pickle need not sit in memory whole.
    void setOnConsumed(std::function<void(qint64 upTo)> onConsumed) { m_onConsumed = std::move(onConsumed); }

    // Runs from `start` to STOP. Returns the result or null (error() says why).
    ValuePtr run(qint64 start = 0);
    qint64 endOffset() const { return m_pos; } // byte after STOP (or where it failed)
    Phrase error() const { return m_error; }
    // What was on the stack when it failed (the outermost object), for partial display.
    ValuePtr partialResult() const;

    const std::vector<GlobalRef> &globals() const { return m_globals; }
    int protocol() const { return m_protocol; }
    int strayStackItems() const { return m_stray; }
    // Opcodes outside the protocol-2 subset torch.load(weights_only=True) accepts.
    const QStringList &nonWeightsOnlyOpcodes() const { return m_nonWeightsOnly; }
    // Every opcode the stream used, by byte.
    const std::bitset<256> &usedOpcodes() const { return m_gradedOpcodes; }
    // Structural oddities: BUILD onto a global, SETITEM on a non-dict ...
    const Phrases &oddities() const { return m_oddities; }

private:
    bool step(quint8 op);
    bool fail(const Phrase &why);
    bool need(qint64 n);
    bool readLine(QByteArray *line);
    bool pop(ValuePtr *out);
    bool popMark(std::vector<ValuePtr> *items);
    bool push(ValuePtr v);
    bool repush(ValuePtr v);
    bool memoPut(qint64 key);
    bool memoGet(qint64 key);
    bool pushGlobal(const QString &module, const QString &name, const QString &how);
    bool doReduce(const ValuePtr &callable, const ValuePtr &args);
    // The object doReduce just pushed was made by NEWOBJ (cls.__new__), not called: the
    // pickler writes it back the same way.
    void markNewObject();
    bool doBuild();
    bool setItems(const ValuePtr &target, std::vector<ValuePtr> &kv);
    bool appendItems(const ValuePtr &target, std::vector<ValuePtr> &items);
    quint64 readUInt(int bytes);
    void noteOpcode(quint8 op);
    void noteOddity(const Phrase &what);
    void noteMutated(const ValuePtr &target);
    void releaseCycles();
    bool chargeCopies(const ValuePtr &v);

    const QByteArray m_data; // const: reading a byte must never detach (copy) the stream
    UnpicklerHooks *m_hooks;
    Limits m_limits;
    std::function<void(qint64)> m_onConsumed;
    qint64 m_pos = 0;
    qint64 m_opStart = 0;
    qint64 m_ops = 0;
    int m_protocol = 0;
    int m_stray = 0;
    qint64 m_copied = 0;
    qint64 m_values = 0;
    qint64 m_moreOddities = 0;
    bool m_stopped = false;
    std::vector<ValuePtr> m_stack;
    std::vector<size_t> m_marks;
    Memo m_memo;
    std::vector<GlobalRef> m_globals;
    QSet<QString> m_globalSeen; // one GlobalRef per (module, name, how): 10M GLOBAL ops stay small
    // Targets of APPEND / SETITEM / BUILD that were aliased when mutated: the only
    // values that can close a cycle.
    std::vector<std::weak_ptr<Value>> m_mutated;
    std::bitset<256> m_gradedOpcodes;
    QStringList m_nonWeightsOnly;
    Phrases m_oddities;
    Phrase m_error;
};

} // namespace ckpt
