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
    qsizetype size = 0;
    for (const QString &k : keys)
        size += k.size() + 4;
    QString s;
    s.reserve(size); // 100k keys make megabytes: one allocation, no list of pieces
    for (const QString &k : keys) {
        if (!s.isEmpty())
            s += QLatin1String(", ");
        s += QLatin1Char('"');
        s += k;
        s += QLatin1Char('"');
    }
    return s;
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
        lines << QStringLiteral("Missing key(s) in state_dict: ") + quotedList(missing) + QStringLiteral(". ");
    if (!unexpected.isEmpty())
        lines << QStringLiteral("Unexpected key(s) in state_dict: ") + quotedList(unexpected) + QStringLiteral(". ");
    return lines + errors;
}

QString LoadReport::message(const QString &className) const
{
    if (!raises.isEmpty())
        return raises;
    if (loadsStrict())
        return QStringLiteral("<All keys matched successfully>");
    return QStringLiteral("Error(s) in loading state_dict for ") + className + QStringLiteral(":\n\t")
        + errorLines().join(QStringLiteral("\n\t"));
}

LoadReport simulateLoad(const LoadInput &in, const ModelSpec &model)
{
    LoadReport r;
    // One lookup per checkpoint key: which model key it is (-1: none). The rest of the
    // walk indexes arrays; the keys' strings lie all over the heap.
    std::vector<int> atModelKey(model.keys.size(), -1); // model key -> checkpoint entry
    std::vector<int> modelKeyOf(in.entries.size(), -1); // checkpoint entry -> model key
    QHash<QString, int> extraStates; // checkpoint keys "<prefix>_extra_state"
    for (size_t j = 0; j < in.entries.size(); ++j) {
        const QString &key = in.entries[j].key;
        const int ki = model.keyIndex(key);
        modelKeyOf[j] = ki;
        if (ki >= 0 && atModelKey[size_t(ki)] < 0)
            atModelKey[size_t(ki)] = int(j);
        else if (ki < 0 && key.endsWith(kExtraState))
            extraStates.insert(key, int(j));
    }

    // (module in pre-order, 0 = extra state / 1 = the key loop, checkpoint order)
    std::vector<std::tuple<int, int, int>> unexpectedAt;
    for (size_t mi = 0; mi < model.modules.size(); ++mi) {
        const ModelModule &m = model.modules[mi];
        for (const int ki : m.local) {
            const ModelKey &mk = model.keys[size_t(ki)];
            const QString &key = mk.key;
            const int at = atModelKey[size_t(ki)];
            if (at < 0) {
                const qint64 version = in.hasMetadata && m.fillsNumBatchesTracked
                    ? in.versions.value(m.prefix.chopped(m.prefix.isEmpty() ? 0 : 1), -1)
                    : -1;
                if (m.fillsNumBatchesTracked && QStringView(key).mid(m.prefix.size()) == kNumBatchesTracked
                    && version < 2)
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
            if (mk.shape.empty() && e.shape.size() == 1) {
                // module.py: "Backward compatibility: loading 1-dim tensor from 0.3.*"
                if (e.shape[0] == 0) {
                    r.raises = QStringLiteral("IndexError: index 0 is out of bounds for dimension 0 with size 0");
                    return r;
                }
                r.scalarFromVector << key;
            } else if (e.shape != mk.shape) {
                r.sizeMismatch.push_back({ key, e.shape, mk.shape });
                r.errors << QStringLiteral("size mismatch for %1: copying a param with shape %2 from checkpoint, the "
                                           "shape in current model is %3.")
                                .arg(key, torchSizeText(e.shape), torchSizeText(mk.shape));
                continue;
            }
            if (e.dtype != mk.dtype && e.dtype != DType::Unknown && mk.dtype != DType::Unknown)
                r.dtypeMismatch.push_back({ key, e.dtype, mk.dtype });
            ++r.loaded;
        }
        if (!m.hasExtraState && extraStates.isEmpty())
            continue;
        const int extra = extraStates.value(m.prefix + kExtraState, -1);
        if (m.hasExtraState && extra < 0)
            r.missing << m.prefix + kExtraState;
        else if (!m.hasExtraState && extra >= 0)
            unexpectedAt.emplace_back(int(mi), 0, extra);
    }

    // Each key is looked at by the modules along its name, from the root: it is
    // unexpected at the first one where the next name is neither a child nor its state.
    for (size_t j = 0; j < in.entries.size(); ++j) {
        const QString &key = in.entries[j].key;
        if (modelKeyOf[j] >= 0)
            continue; // a model key: every module along its name has the next name
        int mi = 0;
        qsizetype from = 0;
        while (mi >= 0) {
            if (key.size() - from == kExtraState.size() && key.endsWith(kExtraState))
                break; // <prefix>_extra_state: the extra-state rule above
            // The next name is a child if "<prefix><name>." is a module, its own state if
            // "<prefix><name>" is a model key (keys are "<module prefix><local name>").
            const qsizetype dot = key.indexOf(QLatin1Char('.'), from);
            const QString upToName = key.left(dot < 0 ? key.size() : dot);
            if (const int child = model.moduleIndex(upToName + QLatin1Char('.')); child >= 0) {
                if (dot < 0) {
                    r.ignored << key; // the child's own name: no module's prefix matches it
                    break;
                }
                mi = child;
                from = dot + 1;
                continue;
            }
            if (model.keyIndex(upToName) >= 0) {
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
