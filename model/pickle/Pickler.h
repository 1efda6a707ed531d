#pragma once

#include "model/common/Phrase.h"
#include "model/pickle/Value.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string>
#include <unordered_map>

namespace ckpt {

// Writes a Value tree as a pickle the way Python's pickle does. Protocol 2 is what
// torch.save writes: PROTO 2, GLOBAL, BINPUT after every memoizable object, BINGET for a
// Value reached twice (shared subtrees stay shared), items in batches of 1000. Protocol 4
// is what pickle.dump writes by default (DCP's .metadata): the same objects, with FRAMEs
// of at least 64 KiB, STACK_GLOBAL (its module and name strings memoized once),
// MEMOIZE, SHORT_BINUNICODE, bytes as bytes and sets as EMPTY_SET + ADDITEMS. Knows
// nothing of checkpoints: Tensor and Storage values are written by a subclass
// (TorchPickler, beside the torch writer); here they fail.
class Pickler {
public:
    explicit Pickler(int protocol = 2) : m_protocol(protocol == 4 ? 4 : 2) { }
    virtual ~Pickler() = default;
    Pickler(const Pickler &) = delete;
    Pickler &operator=(const Pickler &) = delete;

    // Pickles `root`. Returns false with error() set for values that cannot be written
    // (a call on a non-global, a tensor this pickler cannot rebuild).
    bool dump(const ValuePtr &root);

    QByteArray bytes() const { return m_out; }
    Phrase error() const { return m_error; }
    // Every global written, "module.name", in first-use order.
    const QStringList &globals() const { return m_globals; }
    // Opcodes written that torch 1.13's weights_only unpickler lacks (BINFLOAT).
    QSet<QString> opcodesBeyondTorch113() const { return m_beyond113; }

protected:
    // A Value::Kind::Tensor (tensorIndex) and a Value::Kind::Storage (storageIndex).
    virtual bool saveTensor(const Value &v);
    virtual bool saveStorage(int storageIndex);

    // The pieces subclasses build their objects from.
    bool save(const ValuePtr &v, int depth);
    void op(char opcode) { m_out.append(opcode); }
    void saveInt(qint64 i);
    void saveFloat(double d);
    void saveString(const QString &s);
    void saveIntTuple(const std::vector<qint64> &v);
    void global(const QString &qualified);
    void put();
    // TUPLEn over the arguments already written, then REDUCE: each memoized, as torch.save does.
    void reduceWithTuple(char tupleOp);
    // EMPTY_TUPLE (never memoized), REDUCE.
    void reduceWithoutArgs();
    bool fail(const Phrase &why);

private:
    bool saveObject(const Value &v, int depth);
    bool saveDict(const Value &v, int depth);
    bool saveNumpyDtype(const QString &code, bool bigEndian = false);
    bool saveTupleOf(const std::vector<ValuePtr> &items, int depth);
    bool saveEntries(const std::vector<std::pair<ValuePtr, ValuePtr>> &entries, int depth);
    bool saveItems(const std::vector<ValuePtr> &items, char batchOp, char singleOp, int depth);
    void saveBytes(const QByteArray &b);
    bool get(const void *key);
    void remember(const void *key) { m_memo.emplace(key, m_nextMemo - 1); }
    void getIndex(qint64 index);
    void saveInternedString(const QString &s);
    void commitFrame(bool last);

    const int m_protocol;
    qsizetype m_frameStart = -1; // protocol 4: where the open frame's 9-byte header is
    QByteArray m_out;
    Phrase m_error;
    qint64 m_nextMemo = 0;
    std::unordered_map<const void *, qint64> m_memo;
    std::unordered_map<std::string, qint64> m_globalMemo;
    std::unordered_map<std::string, qint64> m_stringMemo; // protocol 4's global names
    QStringList m_globals;
    QSet<QString> m_beyond113;
};

} // namespace ckpt
