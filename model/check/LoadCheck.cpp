#include "model/check/LoadCheck.h"

#include <algorithm>
#include <tuple>

namespace ckpt {

namespace {
using K = Value::Kind;
const QString kExtraState = QStringLiteral("_extra_state");
const QString kNumBatchesTracked = QStringLiteral("num_batches_tracked");

// type(value) as Python prints it, for "received <class 'int'>".
QString pythonType(const Value &v)
{
    QString name;
    switch (v.kind) {
    case K::None:
        name = QStringLiteral("NoneType");
        break;
    case K::Bool:
        name = QStringLiteral("bool");
        break;
    case K::Int:
    case K::BigInt:
        name = QStringLiteral("int");
        break;
    case K::Float:
        name = QStringLiteral("float");
        break;
    case K::String:
        name = QStringLiteral("str");
        break;
    case K::Bytes:
        name = QStringLiteral("bytes");
        break;
    case K::List:
        name = QStringLiteral("list");
        break;
    case K::Tuple:
        name = QStringLiteral("tuple");
        break;
    case K::Set:
        name = QStringLiteral("set");
        break;
    case K::Dict:
        name = v.className.isEmpty() ? QStringLiteral("dict") : v.className;
        break;
    case K::NumpyArray:
        name = QStringLiteral("numpy.ndarray");
        break;
    case K::Dtype:
        name = QStringLiteral("torch.dtype");
        break;
    case K::Device:
        name = QStringLiteral("torch.device");
        break;
    default:
        name = v.className.isEmpty() ? v.kindName() : v.className;
        break;
    }
    return QStringLiteral("<class '%1'>").arg(name);
}

QString quotedList(const QStringList &keys)
{
    QStringList q;
    q.reserve(keys.size());
    for (const QString &k : keys)
        q << QLatin1Char('"') + k + QLatin1Char('"');
    return q.join(QStringLiteral(", "));
}
} // namespace

QString torchSizeText(const std::vector<qint64> &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return QStringLiteral("torch.Size([%1])").arg(dims.join(QStringLiteral(", ")));
}

LoadInput loadInput(const Checkpoint &c, const StateDict &sd)
{
    LoadInput in;
    in.hasMetadata = sd.hasMetadata;
    in.versions = sd.versions;
    in.entries.reserve(sd.entries.size());
    for (const StateDictEntry &e : sd.entries) {
        LoadEntry l;
        l.key = e.key;
        if (e.tensorIndex >= 0) {
            const TensorInfo &t = c.tensors[size_t(e.tensorIndex)];
            l.isTensor = true;
            l.dtype = t.dtype;
            l.shape = t.shape;
        } else {
            l.pythonType = e.value ? pythonType(*e.value) : QStringLiteral("<class 'NoneType'>");
        }
        in.entries.push_back(std::move(l));
    }
    return in;
}

QStringList LoadReport::errorLines() const
{
    QStringList lines;
    if (!missing.isEmpty())
        lines << QStringLiteral("Missing key(s) in state_dict: %1. ").arg(quotedList(missing));
    if (!unexpected.isEmpty())
        lines << QStringLiteral("Unexpected key(s) in state_dict: %1. ").arg(quotedList(unexpected));
    return lines + errors;
}

QString LoadReport::message(const QString &className) const
{
    if (!raises.isEmpty())
        return raises;
    if (loadsStrict())
        return QStringLiteral("<All keys matched successfully>");
    return QStringLiteral("Error(s) in loading state_dict for %1:\n\t%2")
        .arg(className, errorLines().join(QStringLiteral("\n\t")));
}

LoadReport simulateLoad(const LoadInput &in, const ModelSpec &model)
{
    LoadReport r;
    QHash<QString, int> byKey;
    byKey.reserve(qsizetype(in.entries.size()));
    for (size_t i = 0; i < in.entries.size(); ++i)
        byKey.insert(in.entries[i].key, int(i));

    // (module in pre-order, 0 = extra state / 1 = the key loop, checkpoint order)
    std::vector<std::tuple<int, int, int>> unexpectedAt;
    for (size_t mi = 0; mi < model.modules.size(); ++mi) {
        const ModelModule &m = model.modules[mi];
        const qint64 version
            = in.hasMetadata ? in.versions.value(m.prefix.chopped(m.prefix.isEmpty() ? 0 : 1), -1) : -1;
        for (const QString &name : m.local) {
            const QString key = m.prefix + name;
            const int at = byKey.value(key, -1);
            if (at < 0) {
                if (m.fillsNumBatchesTracked && name == kNumBatchesTracked && version < 2)
                    r.filled << key;
                else
                    r.missing << key;
                continue;
            }
            const LoadEntry &e = in.entries[size_t(at)];
            if (!e.isTensor) {
                r.notTensor << key;
                r.errors << QStringLiteral("While copying the parameter named \"%1\", expected torch.Tensor or "
                                           "Tensor-like object from checkpoint but received %2")
                                .arg(key, e.pythonType);
                continue;
            }
            const int ki = model.keyIndex(key);
            const ModelKey &mk = model.keys[size_t(ki)];
            std::vector<qint64> shape = e.shape;
            if (mk.shape.empty() && shape.size() == 1) {
                // module.py: "Backward compatibility: loading 1-dim tensor from 0.3.*"
                if (shape[0] == 0) {
                    r.raises = QStringLiteral("IndexError: index 0 is out of bounds for dimension 0 with size 0");
                    return r;
                }
                shape.clear();
                r.scalarFromVector << key;
            }
            if (shape != mk.shape) {
                r.sizeMismatch.push_back({ key, shape, mk.shape });
                r.errors << QStringLiteral("size mismatch for %1: copying a param with shape %2 from checkpoint, the "
                                           "shape in current model is %3.")
                                .arg(key, torchSizeText(shape), torchSizeText(mk.shape));
                continue;
            }
            if (e.dtype != mk.dtype && e.dtype != DType::Unknown && mk.dtype != DType::Unknown)
                r.dtypeMismatch.push_back({ key, e.dtype, mk.dtype });
            ++r.loaded;
        }
        const QString extraKey = m.prefix + kExtraState;
        if (m.hasExtraState && !byKey.contains(extraKey))
            r.missing << extraKey;
        else if (!m.hasExtraState && byKey.contains(extraKey))
            unexpectedAt.emplace_back(int(mi), 0, byKey.value(extraKey));
    }

    // Each key is looked at by the modules along its name, from the root: it is
    // unexpected at the first one where the next name is neither a child nor its state.
    for (size_t j = 0; j < in.entries.size(); ++j) {
        const QString &key = in.entries[j].key;
        int mi = 0;
        qsizetype from = 0;
        while (mi >= 0) {
            const ModelModule &m = model.modules[size_t(mi)];
            if (key.size() - from == kExtraState.size() && key.endsWith(kExtraState))
                break; // <prefix>_extra_state: the extra-state rule above
            const qsizetype dot = key.indexOf(QLatin1Char('.'), from);
            const QString name = key.mid(from, dot < 0 ? -1 : dot - from);
            if (m.childSet.contains(name)) {
                if (dot < 0) {
                    r.ignored << key; // the child's own name: no module's prefix matches it
                    break;
                }
                mi = model.moduleIndex(m.prefix + name + QLatin1Char('.'));
                from = dot + 1;
                continue;
            }
            if (m.localSet.contains(name)) {
                if (dot >= 0)
                    r.ignored << key; // below a parameter
                break;
            }
            unexpectedAt.emplace_back(mi, 1, int(j));
            break;
        }
    }
    std::stable_sort(unexpectedAt.begin(), unexpectedAt.end());
    for (const auto &at : unexpectedAt)
        r.unexpected << in.entries[size_t(std::get<2>(at))].key;
    return r;
}

} // namespace ckpt
