#pragma once

#include "model/pickle/Value.h"

#include <QByteArray>

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ckpt {

// The unpickler's memo. torch.save memoizes every string, tuple and dict it writes
// (eight entries per tensor), yet its stream reads back only a few of them (the
// globals, 'storage', 'cpu'). plan() makes a first pass over the opcodes and notes
// the keys some GET reads; only those values are kept, so everything else a PUT names
// is released as soon as the stack lets go of it. Presence of every key is still
// tracked: MEMOIZE numbers entries by Python's len(memo), and the size limit counts
// every key.
class Memo {
public:
    // Notes the keys GET, BINGET and LONG_BINGET read between `start` and the first
    // STOP. Stops early, harmlessly, where the VM would fail (a truncated argument or
    // an unknown opcode): the VM never runs past that point either.
    void plan(const QByteArray &data, qint64 start);
    void clear();

    // Python's len(memo): distinct keys stored so far.
    qint64 size() const { return m_size; }
    bool contains(qint64 key) const;
    void put(qint64 key, const ValuePtr &v);
    // The value stored under `key`, or null if none (never stored, or never read).
    const ValuePtr *get(qint64 key) const;

private:
    void markPresent(qint64 key);

    std::unordered_map<qint64, size_t> m_slotOfKey; // keys some GET reads -> m_slots
    std::vector<bool> m_fetchedDense; // the same keys below m_denseLimit, as bits
    std::vector<ValuePtr> m_slots;
    // Which keys were stored: a bitmap for the usual 0, 1, 2 ... and a set for keys a
    // hostile stream scatters (LONG_BINPUT 4e9 must not allocate a 4e9-bit map).
    std::vector<bool> m_dense;
    std::unordered_set<qint64> m_sparse;
    qint64 m_denseLimit = 0;
    qint64 m_size = 0;
};

} // namespace ckpt
