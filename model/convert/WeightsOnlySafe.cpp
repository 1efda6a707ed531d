#include "model/convert/WeightsOnlySafe.h"

#include "model/checkpoint/TreeWalk.h"
#include "model/checkpoint/WeightsOnlyAllowList.h"
#include "model/convert/TorchPickler.h"
#include "model/convert/TreeEdit.h"
#include "model/safety/Safety.h"

#include <QDir>
#include <QFloat16>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QtEndian>

#include <cstring>
#include <functional>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace ckpt {

namespace {
using K = Value::Kind;

struct NumpyType {
    const char *code;
    const char *name; // numpy's name of the dtype
    DType torch;
};
const NumpyType kNumpyTypes[] = {
    { "f8", "float64", DType::Float64 },
    { "f4", "float32", DType::Float32 },
    { "f2", "float16", DType::Float16 },
    { "i8", "int64", DType::Int64 },
    { "i4", "int32", DType::Int32 },
    { "i2", "int16", DType::Int16 },
    { "i1", "int8", DType::Int8 },
    { "u1", "uint8", DType::UInt8 },
    { "b1", "bool", DType::Bool },
    { "c8", "complex64", DType::Complex64 },
    { "c16", "complex128", DType::Complex128 },
    // uint16/32/64 have no storage class torch.load knows: they stay numpy (and are refused)
    { "u2", "uint16", DType::Unknown },
    { "u4", "uint32", DType::Unknown },
    { "u8", "uint64", DType::Unknown },
};

const NumpyType *numpyType(const QString &code)
{
    for (const NumpyType &t : kNumpyTypes)
        if (code == QLatin1String(t.code))
            return &t;
    return nullptr;
}

QString numpyName(const QString &code)
{
    const NumpyType *t = numpyType(code);
    return t ? QString::fromLatin1(t->name) : code;
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList d;
    for (qint64 s : shape)
        d << QString::number(s);
    return QLatin1Char('[') + d.join(QStringLiteral(", ")) + QLatin1Char(']');
}

template <typename T> T little(const QByteArray &raw)
{
    T v;
    std::memcpy(&v, raw.constData(), sizeof v);
    return qFromLittleEndian(v);
}

// A numpy scalar as the Python number float()/int()/bool() gives, from its bytes (its text
// is rounded for display). Null if the type has no plain Python equivalent here.
ValuePtr numberOf(const Value &s)
{
    const QString &code = s.className;
    const QByteArray &raw = s.bytes();
    auto sized = [&](int n) { return raw.size() == n; };
    if (code == QLatin1String("f8") && sized(8)) {
        const quint64 bits = little<quint64>(raw);
        double d;
        std::memcpy(&d, &bits, 8);
        return Value::fromFloat(d);
    }
    if (code == QLatin1String("f4") && sized(4)) {
        const quint32 bits = little<quint32>(raw);
        float f;
        std::memcpy(&f, &bits, 4);
        return Value::fromFloat(double(f));
    }
    if (code == QLatin1String("f2") && sized(2)) {
        const quint16 bits = little<quint16>(raw);
        qfloat16 h;
        std::memcpy(static_cast<void *>(&h), &bits, 2);
        return Value::fromFloat(double(float(h)));
    }
    if (code == QLatin1String("i8") && sized(8))
        return Value::fromInt(little<qint64>(raw));
    if (code == QLatin1String("i4") && sized(4))
        return Value::fromInt(little<qint32>(raw));
    if (code == QLatin1String("i2") && sized(2))
        return Value::fromInt(little<qint16>(raw));
    if (code == QLatin1String("i1") && sized(1))
        return Value::fromInt(qint8(raw[0]));
    if (code == QLatin1String("u1") && sized(1))
        return Value::fromInt(uchar(raw[0]));
    if (code == QLatin1String("u2") && sized(2))
        return Value::fromInt(little<quint16>(raw));
    if (code == QLatin1String("u4") && sized(4))
        return Value::fromInt(little<quint32>(raw));
    if (code == QLatin1String("u8") && sized(8)) {
        const quint64 u = little<quint64>(raw);
        if (u <= quint64(std::numeric_limits<qint64>::max()))
            return Value::fromInt(qint64(u));
        auto big = Value::make(K::BigInt);
        big->text = QString::number(u);
        return big;
    }
    if (code == QLatin1String("b1") && sized(1))
        return Value::fromBool(raw[0] != 0);
    return nullptr;
}

QString pyTypeName(const Value &v)
{
    switch (v.kind) {
    case K::Float:
        return QStringLiteral("float");
    case K::Bool:
        return QStringLiteral("bool");
    default:
        return QStringLiteral("int");
    }
}

// pathlib's pickled parts ("/", "data", "imagenet") joined as str(path) does.
QString joinPathParts(const std::vector<ValuePtr> &parts, bool windows)
{
    const QChar sep = windows ? QLatin1Char('\\') : QLatin1Char('/');
    QString out;
    for (const ValuePtr &p : parts) {
        if (!p || p->kind != K::String)
            continue;
        if (!out.isEmpty() && !out.endsWith(sep) && !out.endsWith(QLatin1Char('/')))
            out += sep;
        out += p->text;
    }
    return out.isEmpty() ? QStringLiteral(".") : out;
}

class Rewriter {
public:
    Rewriter(Checkpoint &view, QTemporaryFile *bytes) : m_view(view), m_bytes(bytes) { }

    ValuePtr visit(const ValuePtr &v, const QString &path, int depth)
    {
        if (!v || depth > 2000)
            return v;
        if (const auto it = m_done.find(v.get()); it != m_done.end())
            return it->second;
        if (!m_onPath.insert(v.get()).second)
            return v; // a cycle: left as it is
        ValuePtr out = rewrite(v, path, depth);
        m_onPath.erase(v.get());
        m_done.emplace(v.get(), out);
        m_keep.push_back(v); // the memo's keys stay valid while we run
        return out;
    }

    std::vector<WeightsOnlyRewrite> rewrites;
    Phrase error;

private:
    static QString childPath(const QString &path, const PathPart &part)
    {
        return path.isEmpty() ? part.toString() : path + QLatin1Char('/') + part.toString();
    }

    void note(const QString &path, const QString &from, const QString &to)
    {
        rewrites.push_back({ path.isEmpty() ? QStringLiteral("(root)") : path, from, to });
    }

    // The node with its children rewritten (the same pointer if none changed).
    ValuePtr children(const ValuePtr &v, const QString &path, int depth)
    {
        ValuePtr copy;
        auto own = [&]() -> Value & {
            if (!copy)
                copy = shallowCopy(*v);
            return *copy;
        };
        for (size_t i = 0; i < v->items.size(); ++i) {
            const QString p = v->kind == K::Object ? childPath(path, PathPart::ofKey(QStringLiteral("__args__")))
                                                   : childPath(path, PathPart::ofIndex(qint64(i)));
            const ValuePtr n = visit(v->items[i], p, depth + 1);
            if (n != v->items[i])
                own().items[i] = n;
        }
        for (size_t i = 0; i < v->entries.size(); ++i) {
            const auto &kv = v->entries[i];
            const QString key = kv.first && kv.first->kind == K::String
                ? kv.first->text
                : (kv.first ? kv.first->scalarText() : QString());
            const ValuePtr k = visit(kv.first, path, depth + 1);
            const ValuePtr n = visit(kv.second, childPath(path, PathPart::ofKey(key)), depth + 1);
            if (k != kv.first || n != kv.second)
                own().entries[i] = { k, n };
        }
        for (size_t i = 0; i < v->appended().size(); ++i) {
            const ValuePtr n = visit(v->appended()[i], childPath(path, PathPart::ofIndex(qint64(i))), depth + 1);
            if (n != v->appended()[i])
                own().extra().appended[i] = n;
        }
        if (v->state()) {
            const ValuePtr n = visit(v->state(), path, depth + 1);
            if (n != v->state())
                own().extra().state = n;
        }
        return copy ? copy : v;
    }

    // A plain dict of an object's attributes (its BUILD state) and its dict items.
    ValuePtr toDict(const ValuePtr &v, const QString &path, int depth)
    {
        auto d = Value::make(K::Dict);
        if (v->kind == K::Dict)
            d->entries = v->entries;
        if (v->state() && v->state()->kind == K::Dict)
            d->entries.insert(d->entries.end(), v->state()->entries.begin(), v->state()->entries.end());
        if (v->kind == K::Object)
            d->entries.insert(d->entries.end(), v->entries.begin(), v->entries.end());
        return children(d, path, depth);
    }

    ValuePtr arrayToTensor(const ValuePtr &v, const QString &path)
    {
        const NumpyType *t = numpyType(v->text);
        if (!t || t->torch == DType::Unknown || v->state() || !m_bytes)
            return v; // object arrays and types torch has no storage for stay (and are refused)
        qint64 numel = 1;
        for (qint64 d : v->shape())
            numel *= d;
        if (numel * elementSize(t->torch) != v->bytes().size())
            return v;
        const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(t->name), shapeText(v->shape()));
        if (v->tensorIndex >= 0) { // the reader made it a tensor already (NumpyTensors.h): no copy
            auto tensor = Value::make(K::Tensor);
            tensor->tensorIndex = v->tensorIndex;
            note(path, QStringLiteral("numpy.ndarray ") + what, QStringLiteral("tensor ") + what);
            return tensor;
        }
        StorageInfo s;
        s.key = QStringLiteral("numpy-%1").arg(m_view.storages.size());
        s.dtype = t->torch;
        s.device = QStringLiteral("cpu");
        s.numel = numel;
        s.nbytes = v->bytes().size();
        s.file = m_bytes->fileName();
        s.fileOffset = m_bytes->pos();
        if (m_bytes->write(v->bytes()) != v->bytes().size()) {
            error = m_bytes->errorString();
            return v;
        }
        TensorInfo ti;
        ti.dtype = t->torch;
        ti.shape = v->shape();
        ti.strides.assign(v->shape().size(), 1);
        for (qint64 i = qint64(v->shape().size()) - 2; i >= 0; --i)
            ti.strides[size_t(i)] = ti.strides[size_t(i) + 1] * std::max<qint64>(1, v->shape()[size_t(i) + 1]);
        ti.storageIndex = int(m_view.storages.size());
        ti.rebuiltBy = QStringLiteral("torch._utils._rebuild_tensor_v2");
        m_view.storages.push_back(s);
        m_view.tensors.push_back(ti);
        auto tensor = Value::make(K::Tensor);
        tensor->tensorIndex = int(m_view.tensors.size()) - 1;
        note(path, QStringLiteral("numpy.ndarray ") + what, QStringLiteral("tensor ") + what);
        return tensor;
    }

    ValuePtr rewrite(const ValuePtr &v, const QString &path, int depth)
    {
        switch (v->kind) {
        case K::NumpyScalar: {
            ValuePtr n = numberOf(*v);
            if (!n)
                return v;
            note(path, QStringLiteral("numpy.") + numpyName(v->className), pyTypeName(*n));
            return n;
        }
        case K::NumpyArray:
            return arrayToTensor(v, path);
        case K::Dict:
        case K::Object: {
            const PureDataGlobal *d = v->className.isEmpty() ? nullptr : findPureDataGlobal(v->className);
            if (d && d->rewrite == DataRewrite::ToDict) {
                note(path, v->className, QStringLiteral("dict"));
                return toDict(v, path, depth);
            }
            if (d && d->rewrite == DataRewrite::ToString && v->kind == K::Object) {
                const QString text = joinPathParts(v->items, v->className.contains(QLatin1String("Windows")));
                note(path, v->className, QStringLiteral("str"));
                return Value::fromString(text);
            }
            if (v->kind == K::Object && v->className == QLatin1String("numpy.dtype") && !v->items.empty()
                && v->items[0]->kind == K::String) {
                note(path, QStringLiteral("numpy.dtype"), QStringLiteral("str"));
                return Value::fromString(numpyName(v->items[0]->text));
            }
            return children(v, path, depth);
        }
        case K::List:
        case K::Tuple:
        case K::Set:
            return children(v, path, depth);
        default:
            return v;
        }
    }

    Checkpoint &m_view;
    QTemporaryFile *m_bytes;
    std::unordered_map<const Value *, ValuePtr> m_done;
    std::unordered_set<const Value *> m_onPath;
    std::vector<ValuePtr> m_keep;
};

// The first path at which each class or function is named in the tree.
QHash<QString, QString> firstPaths(const Checkpoint &view)
{
    QHash<QString, QString> out;
    std::unordered_set<const Value *> seen;
    std::function<void(const ValuePtr &, const QString &, int)> walk
        = [&](const ValuePtr &v, const QString &path, int depth) {
              if (!v || depth > 2000 || (v.use_count() > 1 && !seen.insert(v.get()).second))
                  return;
              if (!v->className.isEmpty() && (v->kind == K::Object || v->kind == K::Global || v->kind == K::Dict))
                  if (!out.contains(v->className))
                      out.insert(v->className, path.isEmpty() ? QStringLiteral("(root)") : path);
              forEachChild(*v, [&](const PathPart &part, const ValuePtr &c) {
                  walk(c, path.isEmpty() ? part.toString() : path + QLatin1Char('/') + part.toString(), depth + 1);
              });
          };
    walk(view.root, QString(), 0);
    return out;
}
} // namespace

std::vector<WeightsOnlyRewrite> makeWeightsOnlyLoadable(
    Checkpoint &view, std::shared_ptr<QTemporaryFile> *arrayBytes, Phrase *error)
{
    auto file = std::make_shared<QTemporaryFile>();
    file->setFileTemplate(QDir::tempPath() + QStringLiteral("/ckpt-numpy-arrays-XXXXXX.bin"));
    const bool open = file->open();
    Rewriter r(view, open ? file.get() : nullptr);
    const std::vector<TensorInfo> tensorsBefore = view.tensors;
    const std::vector<StorageInfo> storagesBefore = view.storages;
    ValuePtr root = r.visit(view.root, QString(), 0);
    if (!r.error.isEmpty() || (open && !file->flush())) {
        *error = Phrase::translate("ckpt::Convert", "cannot keep the numpy arrays' bytes: %1")
                     .arg(r.error.isEmpty() ? file->errorString() : r.error);
        view.tensors = tensorsBefore;
        view.storages = storagesBefore;
        return {};
    }
    view.root = root;
    if (view.storages.size() > storagesBefore.size())
        *arrayBytes = file;
    return r.rewrites;
}

std::vector<RemainingGlobal> weightsOnlyRefusals(const Checkpoint &view, Phrase *pickleError)
{
    std::vector<RemainingGlobal> out;
    TorchPickler pickler(view);
    if (!pickler.dump(view.root)) {
        *pickleError = pickler.error();
        return out;
    }
    QHash<QString, QString> paths;
    bool pathsFound = false;
    for (const QString &g : pickler.globals()) {
        const QString module = g.section(QLatin1Char('.'), 0, -2), name = g.section(QLatin1Char('.'), -1);
        const Verdict grade = gradeGlobal(module, name);
        if (grade == Verdict::Allowed && (weightsOnlyAcceptance(module, name) & releaseBit(TorchRelease::Torch2_6Plus)))
            continue;
        if (!pathsFound) {
            paths = firstPaths(view);
            pathsFound = true;
        }
        out.push_back({ classifyRefusedGlobal(g, grade), paths.value(g) });
    }
    return out;
}

QByteArray rewritesJson(const std::vector<WeightsOnlyRewrite> &rewrites)
{
    QJsonArray a;
    for (const WeightsOnlyRewrite &r : rewrites)
        a.append(QJsonObject {
            { QStringLiteral("path"), r.path }, { QStringLiteral("from"), r.from }, { QStringLiteral("to"), r.to } });
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace ckpt
