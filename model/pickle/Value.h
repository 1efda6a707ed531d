#pragma once

#include "model/pickle/ValuePool.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace ckpt {

struct Value;
using ValuePtr = std::shared_ptr<Value>;

// One node of the object tree a pickle describes. The unpickler builds it and may
// mutate it while running (APPEND, SETITEMS, BUILD); once a Checkpoint holds it, it is
// treated as immutable and shared between threads.
struct Value {
    enum class Kind {
        None,
        Bool,
        Int, // fits in 64 bits; larger LONG values are kept as BigInt
        BigInt, // decimal text in `text`
        Float,
        String, // text
        Bytes, // bytes
        List, // items
        Tuple, // items
        Set, // items (set / frozenset)
        Dict, // entries; `className` set for OrderedDict & co, `state` keeps BUILD state
        Tensor, // tensorIndex into Checkpoint::tensors
        Storage, // persistent-id storage reference (before a rebuild call wraps it)
        Global, // a class or function reference `module.name` that was never imported
        Object, // an instance of Global `className`: args, state, items, entries
        Dtype, // torch dtype, text = "float32"
        Device, // torch.device, text = "cuda:0"
        Layout, // torch layout or memory format, text
        NumpyScalar, // className numpy dtype, bytes raw, text = rendered value
        // text = dtype code ("f4"), shape, bytes raw (empty for object arrays, whose BUILD
        // state is kept), boolean = Fortran order, integer = 1 if big-endian; tensorIndex
        // once a reader has made its bytes a tensor (model/formats/NumpyTensors.h).
        NumpyArray,
        Mark, // internal: pickle MARK on the VM stack, never in a finished tree
    };

    Kind kind = Kind::None;
    bool boolean = false; // Bool; for an Object: made by NEWOBJ (cls.__new__), else by a call (REDUCE)
    // Unpickler bookkeeping: pushed while already referenced elsewhere (a memo GET, DUP,
    // a hook handing back one of its arguments). Only such a value can be mutated into
    // a cycle, so only those are searched for one.
    bool aliased = false;
    qint64 integer = 0;
    double real = 0.0;
    QString text; // String, BigInt, Dtype, Device, Layout, NumpyScalar rendering
    QString className; // Global / Object / Dict subclass / NumpyArray dtype: "module.qualname"

    std::vector<ValuePtr> items; // List, Tuple, Set, Object args
    std::vector<std::pair<ValuePtr, ValuePtr>> entries; // Dict and dict-like Objects

    int tensorIndex = -1; // Tensor (and a numeric NumpyArray): index into Checkpoint::tensors
    int storageIndex = -1; // Storage: index into Checkpoint::storages; `integer` = element offset of a legacy view

    // What few values have, kept apart so that the many (a state_dict's keys and tensors,
    // the argument tuples of its rebuild calls) are 80 bytes smaller: state() and the rest
    // read it (empty if never set), extra() makes it to write.
    struct Extra {
        ValuePtr state; // BUILD state (Object, Dict, NumpyArray)
        std::vector<ValuePtr> appended; // APPEND onto an Object (list subclasses)
        QByteArray bytes; // Bytes, NumpyScalar/NumpyArray raw data
        std::vector<qint64> shape; // NumpyArray
    };
    const ValuePtr &state() const { return m_extra ? m_extra->state : noExtra().state; }
    const std::vector<ValuePtr> &appended() const { return m_extra ? m_extra->appended : noExtra().appended; }
    const QByteArray &bytes() const { return m_extra ? m_extra->bytes : noExtra().bytes; }
    const std::vector<qint64> &shape() const { return m_extra ? m_extra->shape : noExtra().shape; }
    Extra &extra()
    {
        if (!m_extra)
            m_extra = std::make_unique<Extra>();
        return *m_extra;
    }
    bool hasExtra() const { return m_extra != nullptr; }
    void copyExtraFrom(const Value &other)
    {
        m_extra = other.m_extra ? std::make_unique<Extra>(*other.m_extra) : nullptr;
    }

    Value() = default;
    Value(const Value &) = delete;
    Value &operator=(const Value &) = delete;
    // Releases children iteratively: a hostile 100k-deep nesting must not overflow the stack.
    ~Value();

    static ValuePtr make(Kind k)
    {
        auto v = std::allocate_shared<Value>(ValuePoolAllocator<Value>());
        v->kind = k;
        return v;
    }
    static ValuePtr none() { return make(Kind::None); }
    static ValuePtr fromBool(bool b)
    {
        auto v = make(Kind::Bool);
        v->boolean = b;
        return v;
    }
    static ValuePtr fromInt(qint64 i)
    {
        auto v = make(Kind::Int);
        v->integer = i;
        return v;
    }
    static ValuePtr fromFloat(double d)
    {
        auto v = make(Kind::Float);
        v->real = d;
        return v;
    }
    static ValuePtr fromString(const QString &s)
    {
        auto v = make(Kind::String);
        v->text = s;
        return v;
    }
    static ValuePtr fromBytes(const QByteArray &b)
    {
        auto v = make(Kind::Bytes);
        v->extra().bytes = b;
        return v;
    }
    static ValuePtr global(const QString &qualified)
    {
        auto v = make(Kind::Global);
        v->className = qualified;
        return v;
    }

    // A tensor, or a numpy array read as one: its bytes are Checkpoint::tensors[tensorIndex].
    bool holdsTensor() const { return tensorIndex >= 0 && (kind == Kind::Tensor || kind == Kind::NumpyArray); }
    bool isContainer() const
    {
        return kind == Kind::List || kind == Kind::Tuple || kind == Kind::Set || kind == Kind::Dict
            || kind == Kind::Object;
    }
    // Short rendering of a scalar for trees and tables ("3", "0.25", "'adam'", "None").
    QString scalarText() const;
    // Human name of the kind ("dict", "OrderedDict", "tensor", "argparse.Namespace" ...).
    QString kindName() const;
    // Looks up a string key in a Dict (or an Object's dict state). Null if absent.
    ValuePtr child(const QString &key) const;

private:
    static const Extra &noExtra();
    std::unique_ptr<Extra> m_extra;
};

} // namespace ckpt
