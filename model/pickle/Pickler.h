#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace ckpt {

// Writes a Value tree as a protocol-2 pickle the way torch.save does: PROTO 2, GLOBAL,
// BINPUT after every memoizable object, BINGET for a Value reached twice (shared
// tensors and subtrees stay shared), storages as BINPERSID ('storage', torch.XStorage,
// key, location, numel). Tensors are described by `ckpt.tensors` / `ckpt.storages`;
// storage keys are "0", "1", ... in first-seen order, as torch.save numbers them.
class Pickler {
public:
    explicit Pickler(const Checkpoint &ckpt);

    // Pickles `root`. Returns false with error() set for values that cannot be written
    // (a call on a non-global, a storage-less tensor we cannot rebuild).
    bool dump(const ValuePtr &root);

    QByteArray bytes() const { return m_out; }
    QString error() const { return m_error; }
    // Storage indexes (into ckpt.storages) in key order: key i is storageOrder()[i].
    const std::vector<int> &storageOrder() const { return m_storageOrder; }
    // Every global written, "module.name", in first-use order.
    const QStringList &globals() const { return m_globals; }
    // Opcodes written that torch 1.13's weights_only unpickler lacks (BINFLOAT).
    QSet<QString> opcodesBeyondTorch113() const { return m_beyond113; }

private:
    bool save(const ValuePtr &v, int depth);
    bool saveTensor(const Value &v);
    bool saveStoragePid(int storageIndex);
    bool saveObject(const Value &v, int depth);
    bool saveDict(const Value &v, int depth);
    bool saveNumpyDtype(const QString &code);
    bool saveTupleOf(const std::vector<ValuePtr> &items, int depth);
    bool saveEntries(const std::vector<std::pair<ValuePtr, ValuePtr>> &entries, int depth);
    bool saveItems(const std::vector<ValuePtr> &items, char batchOp, char singleOp, int depth);
    void saveInt(qint64 i);
    void saveFloat(double d);
    void saveString(const QString &s);
    void saveBytes(const QByteArray &b);
    void saveIntTuple(const std::vector<qint64> &v);
    void global(const QString &qualified);
    void put();
    // TUPLEn over the arguments already written, then REDUCE: each memoized, as torch.save does.
    void reduceWithTuple(char tupleOp);
    // EMPTY_TUPLE (never memoized), REDUCE.
    void reduceWithoutArgs();
    bool get(const void *key);
    void remember(const void *key) { m_memo.emplace(key, m_nextMemo - 1); }
    bool fail(const QString &why);

    const Checkpoint &m_ckpt;
    QByteArray m_out;
    QString m_error;
    qint64 m_nextMemo = 0;
    std::unordered_map<const void *, qint64> m_memo;
    std::unordered_map<std::string, qint64> m_globalMemo;
    std::unordered_map<int, int> m_storageKey;
    std::vector<int> m_storageOrder;
    QStringList m_globals;
    QSet<QString> m_beyond113;
};

// PyTorch's storage class name for a dtype ("FloatStorage"); empty if the dtype needs
// torch.UntypedStorage and _rebuild_tensor_v3.
QString storageClassName(DType t);

} // namespace ckpt
