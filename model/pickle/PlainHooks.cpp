// Python-level reconstructors the VM maps without importing anything: containers,
// bytes, numpy scalars and arrays. Everything else stays an inert Object.
#include "model/pickle/Unpickler.h"

#include <QtEndian>

#include <cstring>

namespace ckpt {

namespace {
using K = Value::Kind;

QString qualified(const ValuePtr &g)
{
    return g ? g->className : QString();
}

bool isNumpyModule(const QString &cls, const char *name)
{
    // numpy 1.x pickles numpy.core.multiarray.X, numpy 2.x numpy._core.multiarray.X
    return cls == QLatin1String("numpy.core.multiarray.") + QLatin1String(name)
        || cls == QLatin1String("numpy._core.multiarray.") + QLatin1String(name);
}

// numpy.dtype('f8', False, True) + BUILD (3, '<', ...): the type code and byte order.
void numpyDtype(const ValuePtr &dtype, QString *code, bool *bigEndian)
{
    *code = QString();
    *bigEndian = false;
    if (!dtype || dtype->kind != K::Object || dtype->items.empty() || dtype->items[0]->kind != K::String)
        return;
    *code = dtype->items[0]->text;
    if (dtype->state() && dtype->state()->kind == K::Tuple && dtype->state()->items.size() > 1
        && dtype->state()->items[1]->kind == K::String)
        *bigEndian = dtype->state()->items[1]->text == QLatin1String(">");
}

template <typename T> T readAs(const QByteArray &raw, bool bigEndian)
{
    T v;
    std::memcpy(&v, raw.constData(), sizeof v);
    if (bigEndian)
        v = qFromBigEndian(v);
    return v;
}

QString renderNumpyScalar(const QString &code, const QByteArray &raw, bool be)
{
    auto need = [&](int n) { return raw.size() == n; };
    if (code == QLatin1String("f8") && need(8)) {
        quint64 bits = readAs<quint64>(raw, be);
        double d;
        std::memcpy(&d, &bits, 8);
        return QString::number(d, 'g', 17);
    }
    if (code == QLatin1String("f4") && need(4)) {
        quint32 bits = readAs<quint32>(raw, be);
        float f;
        std::memcpy(&f, &bits, 4);
        return QString::number(double(f), 'g', 9);
    }
    if (code == QLatin1String("i8") && need(8))
        return QString::number(readAs<qint64>(raw, be));
    if (code == QLatin1String("i4") && need(4))
        return QString::number(readAs<qint32>(raw, be));
    if (code == QLatin1String("i2") && need(2))
        return QString::number(readAs<qint16>(raw, be));
    if (code == QLatin1String("u8") && need(8))
        return QString::number(readAs<quint64>(raw, be));
    if (code == QLatin1String("u4") && need(4))
        return QString::number(readAs<quint32>(raw, be));
    if (code == QLatin1String("u2") && need(2))
        return QString::number(readAs<quint16>(raw, be));
    if ((code == QLatin1String("i1") || code == QLatin1String("u1")) && need(1))
        return QString::number(code == QLatin1String("i1") ? int(qint8(raw[0])) : int(uchar(raw[0])));
    if (code == QLatin1String("b1") && need(1))
        return raw[0] ? QStringLiteral("True") : QStringLiteral("False");
    return QStringLiteral("<%1 bytes>").arg(raw.size());
}
} // namespace

ValuePtr PlainHooks::persistentLoad(const ValuePtr &pid, Phrase *)
{
    auto obj = Value::make(K::Object);
    obj->className = QStringLiteral("persistent_id");
    obj->items.push_back(pid);
    return obj;
}

ValuePtr PlainHooks::global(const QString &module, const QString &name)
{
    return Value::global(module + QLatin1Char('.') + name);
}

ValuePtr PlainHooks::reduce(const ValuePtr &callable, const ValuePtr &args, Phrase *)
{
    const QString cls = qualified(callable);
    const auto &a = args->items;
    const bool plainDict = cls == QLatin1String("builtins.dict");
    if (plainDict || cls == QLatin1String("collections.OrderedDict") || cls == QLatin1String("collections.defaultdict")
        || cls == QLatin1String("collections.Counter")) {
        auto d = Value::make(K::Dict);
        d->className = plainDict ? QString() : cls;
        // OrderedDict([[k, v], ...]) in protocols 0 and 1
        if (cls != QLatin1String("collections.defaultdict") && !a.empty() && a[0]->kind == K::List)
            for (const ValuePtr &pair : a[0]->items)
                if (pair->items.size() == 2)
                    d->entries.emplace_back(pair->items[0], pair->items[1]);
        return d;
    }
    if (cls == QLatin1String("builtins.set") || cls == QLatin1String("builtins.frozenset")
        || cls == QLatin1String("__builtin__.set")) {
        auto s = Value::make(K::Set);
        if (cls.endsWith(QLatin1String("frozenset")))
            s->className = cls;
        if (!a.empty())
            s->items = a[0]->items;
        return s;
    }
    if (cls == QLatin1String("builtins.bytearray") || cls == QLatin1String("__builtin__.bytearray")) {
        if (a.empty())
            return Value::fromBytes(QByteArray());
        if (a[0]->kind == K::Bytes)
            return Value::fromBytes(a[0]->bytes());
        if (a[0]->kind == K::String)
            return Value::fromBytes(a[0]->text.toLatin1());
        return nullptr;
    }
    if (cls == QLatin1String("_codecs.encode") && !a.empty() && a[0]->kind == K::String) {
        // Python 3 pickles bytes in protocol 2 as _codecs.encode(str, 'latin1').
        return Value::fromBytes(a[0]->text.toLatin1());
    }
    if (cls == QLatin1String("copyreg._reconstructor") && !a.empty() && a[0]->kind == K::Global) {
        auto obj = Value::make(K::Object);
        obj->className = a[0]->className;
        if (a.size() > 2 && a[2]->kind != K::None)
            obj->items.push_back(a[2]);
        return obj;
    }
    if (isNumpyModule(cls, "_reconstruct") && !a.empty() && a[0]->kind == K::Global) {
        auto obj = Value::make(K::Object);
        obj->className = a[0]->className; // numpy.ndarray; BUILD fills in the array
        return obj;
    }
    if (isNumpyModule(cls, "scalar") && a.size() >= 2 && a[1]->kind == K::Bytes) {
        auto s = Value::make(K::NumpyScalar);
        bool be = false;
        QString code;
        numpyDtype(a[0], &code, &be);
        s->className = code;
        s->extra().bytes = a[1]->bytes();
        s->text = renderNumpyScalar(code, s->bytes(), be);
        return s;
    }
    return nullptr;
}

bool PlainHooks::build(const ValuePtr &target, const ValuePtr &state)
{
    // ndarray.__setstate__((version, shape, dtype, is_fortran, rawdata))
    if (target->kind == K::Object && target->className == QLatin1String("numpy.ndarray") && state
        && state->kind == K::Tuple && state->items.size() == 5) {
        target->kind = K::NumpyArray;
        const ValuePtr &shape = state->items[1];
        for (const ValuePtr &d : shape->items)
            target->extra().shape.push_back(d->integer);
        QString code;
        bool be = false;
        numpyDtype(state->items[2], &code, &be);
        target->text = code;
        target->integer = be ? 1 : 0;
        target->boolean = state->items[3]->kind == K::Bool && state->items[3]->boolean;
        if (state->items[4]->kind == K::Bytes)
            target->extra().bytes = state->items[4]->bytes();
        else
            target->extra().state = state; // object arrays keep their element list
        target->items.clear();
        return true;
    }
    return false;
}

} // namespace ckpt
