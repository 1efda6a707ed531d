#include "model/formats/TorchObjects.h"

namespace ckpt {

namespace {
using K = Value::Kind;

bool isInt(const ValuePtr &v)
{
    return v && (v->kind == K::Int || v->kind == K::Bool);
}

bool intList(const ValuePtr &v, std::vector<qint64> *out)
{
    if (!v || (v->kind != K::Tuple && v->kind != K::List))
        return false;
    out->clear();
    out->reserve(v->items.size());
    for (const ValuePtr &d : v->items) {
        if (!isInt(d))
            return false;
        out->push_back(d->integer);
    }
    return true;
}

bool truthy(const ValuePtr &v)
{
    return v && ((v->kind == K::Bool && v->boolean) || (v->kind == K::Int && v->integer));
}

const char *const kLayouts[]
    = { "strided", "sparse_coo", "sparse_csr", "sparse_csc", "sparse_bsr", "sparse_bsc", "_mkldnn", "jagged",
          "contiguous_format", "channels_last", "channels_last_3d", "preserve_format", "per_tensor_affine",
          "per_channel_affine", "per_tensor_symmetric", "per_channel_symmetric", "per_channel_affine_float_qparams" };
} // namespace

int decimalKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 9 || (key.size() > 1 && key[0] == QLatin1Char('0')))
        return -1;
    int n = 0;
    for (QChar c : key) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        n = n * 10 + (c.unicode() - '0');
    }
    return n;
}

TorchObjects::TorchObjects(Checkpoint &out, Locator locate) : m_out(out), m_locate(std::move(locate)) { }

int TorchObjects::storageIndex(const QString &key) const
{
    const int n = decimalKey(key);
    if (n >= 0 && size_t(n) < m_storageByNumber.size() && m_storageByNumber[size_t(n)] >= 0)
        return m_storageByNumber[size_t(n)];
    return m_storageByKey.value(key, -1);
}

void TorchObjects::rememberStorage(const QString &key, int index)
{
    // Numbers far beyond the storages seen so far (a hostile "999999999") are hashed:
    // the dense table never outgrows the file's own storage count by much.
    const int n = decimalKey(key);
    if (n >= 0 && qint64(n) < 4 * qint64(m_out.storages.size()) + 1024) {
        if (size_t(n) >= m_storageByNumber.size())
            m_storageByNumber.resize(qMax(size_t(n) + 1, 2 * m_storageByNumber.size()), -1);
        m_storageByNumber[size_t(n)] = index;
    } else {
        m_storageByKey.insert(key, index);
    }
}

ValuePtr TorchObjects::global(const QString &module, const QString &name)
{
    const QString qualified = module + QLatin1Char('.') + name;
    if (module == QLatin1String("torch")) {
        if (!name.endsWith(QLatin1String("Storage")) && !name.endsWith(QLatin1String("Tensor"))) {
            const DType t = dtypeFromName(name);
            if (t != DType::Unknown) {
                auto v = Value::make(K::Dtype);
                v->text = dtypeName(t);
                v->className = qualified;
                return v;
            }
        }
        for (const char *layout : kLayouts)
            if (name == QLatin1String(layout)) {
                auto v = Value::make(K::Layout);
                v->text = name;
                v->className = qualified;
                return v;
            }
    }
    return Value::global(qualified);
}

ValuePtr TorchObjects::persistentLoad(const ValuePtr &pid, Phrase *error)
{
    if (!pid || pid->kind != K::Tuple || pid->items.empty() || pid->items[0]->kind != K::String) {
        *error = Phrase::translate("ckpt::Formats", "persistent id is not a ('storage', ...) tuple");
        return nullptr;
    }
    const auto &a = pid->items;
    const QString tag = a[0]->text;
    if (tag == QLatin1String("module") && a.size() >= 4) {
        // Legacy whole-model saves embed each class's source: keep it to show, never run it.
        if (a[3]->kind == K::String)
            m_out.moduleSources.insert(a[1]->className, a[3]->text);
        return a[1];
    }
    if (tag != QLatin1String("storage") || a.size() < 5) {
        *error = Phrase::translate("ckpt::Formats", "unknown persistent id '%1'").arg(tag);
        return nullptr;
    }
    const ValuePtr &type = a[1];
    QString key = a[2]->kind == K::String ? a[2]->text : a[2]->scalarText();
    if (!isInt(a[4]) || a[4]->integer < 0) {
        *error = Phrase::translate("ckpt::Formats", "storage '%1' has a bad element count").arg(key);
        return nullptr;
    }
    int index = storageIndex(key);
    if (index < 0) {
        StorageInfo info;
        info.key = key;
        info.device = a[3]->kind == K::String ? a[3]->text : a[3]->scalarText();
        // torch.UntypedStorage counts bytes; typed storages count elements.
        info.dtype = type->kind == K::Dtype ? dtypeFromName(type->text) : dtypeFromStorageClass(type->className);
        const bool untyped = type->className.endsWith(QLatin1String("UntypedStorage"));
        if (untyped)
            info.dtype = DType::UInt8;
        if (info.dtype == DType::Unknown)
            problems
                << Phrase::translate("ckpt::Formats", "storage '%1' has unknown type %2").arg(key, type->className);
        info.numel = a[4]->integer;
        if (info.numel > (qint64(1) << 56) / 16) {
            *error = Phrase::translate("ckpt::Formats", "storage '%1' declares %2 elements").arg(key).arg(info.numel);
            return nullptr;
        }
        info.nbytes = info.numel * elementSize(info.dtype);
        m_locate(info);
        index = int(m_out.storages.size());
        m_out.storages.push_back(std::move(info));
        rememberStorage(key, index);
    }
    auto storage = Value::make(K::Storage);
    storage->storageIndex = index;
    // Legacy views: (view_key, offset, size) into the root storage.
    if (a.size() >= 6 && a[5]->kind == K::Tuple && a[5]->items.size() >= 2 && isInt(a[5]->items[1]))
        storage->integer = a[5]->items[1]->integer;
    return storage;
}

ValuePtr TorchObjects::rebuildTensor(
    const std::vector<ValuePtr> &a, DType dtypeOverride, const QString &how, Phrase *error)
{
    if (a.size() < 4 || !a[0] || a[0]->kind != K::Storage || !isInt(a[1])) {
        *error = Phrase::translate("ckpt::Formats", "%1 called with unexpected arguments").arg(how);
        return nullptr;
    }
    TensorInfo t;
    t.rebuiltBy = how;
    t.storageIndex = a[0]->storageIndex;
    StorageInfo &storage = m_out.storages[size_t(t.storageIndex)];
    t.storageOffset = a[0]->integer + a[1]->integer;
    if (!intList(a[2], &t.shape) || !intList(a[3], &t.strides) || t.shape.size() != t.strides.size()) {
        *error = Phrase::translate("ckpt::Formats", "%1: size and stride are not matching integer tuples").arg(how);
        return nullptr;
    }
    t.dtype = storage.dtype;
    if (dtypeOverride != DType::Unknown) {
        t.dtype = dtypeOverride;
        if (storage.dtype == DType::UInt8 && dtypeOverride != DType::UInt8 && elementSize(dtypeOverride) > 1) {
            // An untyped (byte) storage takes the dtype of its first tensor.
            storage.numel /= elementSize(dtypeOverride);
            storage.dtype = dtypeOverride;
        } else if (storage.dtype == DType::UInt8) {
            storage.dtype = dtypeOverride;
        }
    }
    for (qint64 d : t.shape)
        if (d < 0) {
            *error = Phrase::translate("ckpt::Formats", "%1: negative dimension %2").arg(how).arg(d);
            return nullptr;
        }
    if (t.numel() < 0) {
        *error = Phrase::translate("ckpt::Formats", "%1: shape overflows").arg(how);
        return nullptr;
    }
    // The last element the view touches must lie inside the storage.
    if (t.numel() > 0) {
        qint64 last = t.storageOffset;
        bool overflow = false; // strides come from the file: any product may overflow
        for (size_t i = 0; i < t.shape.size() && i < t.strides.size() && !overflow; ++i) {
            qint64 step = 0;
            overflow = __builtin_mul_overflow(t.shape[i] - 1, t.strides[i], &step)
                || __builtin_add_overflow(last, step, &last);
        }
        // quint4x2 / quint2x4 pack 2 or 4 elements per storage byte.
        const qint64 perUnit = t.dtype == DType::QUInt4x2 ? 2 : t.dtype == DType::QUInt2x4 ? 4 : 1;
        if (overflow)
            problems << Phrase::translate(
                "ckpt::Formats", "a %1 tensor's strides reach past any storage (they overflow)")
                            .arg(dtypeName(t.dtype));
        else if (t.storageOffset < 0 || last >= storage.numel * perUnit)
            problems << Phrase::translate(
                "ckpt::Formats", "a %1 tensor reaches element %2 of storage '%3', which has %4")
                            .arg(dtypeName(t.dtype))
                            .arg(last)
                            .arg(storage.key)
                            .arg(storage.numel);
    }
    if (a.size() > 4)
        t.requiresGrad = truthy(a[4]);
    auto v = Value::make(K::Tensor);
    v->tensorIndex = int(m_out.tensors.size());
    m_out.tensors.push_back(std::move(t));
    return v;
}

ValuePtr TorchObjects::parameter(const ValuePtr &data, bool requiresGrad)
{
    if (data && data->kind == K::Tensor) {
        TensorInfo &t = m_out.tensors[size_t(data->tensorIndex)];
        t.isParameter = true;
        t.requiresGrad = requiresGrad;
    }
    return data;
}

ValuePtr TorchObjects::reduce(const ValuePtr &callable, const ValuePtr &args, Phrase *error)
{
    return callByName(callable->className, args, error, callable);
}

ValuePtr TorchObjects::callByName(const QString &fn, const ValuePtr &args, Phrase *error, const ValuePtr &callable)
{
    // Everything below but the last line is torch's; the rest (an OrderedDict of hooks per
    // tensor) goes straight to the builtins.
    if (!fn.startsWith(QLatin1String("torch.")))
        return PlainHooks::reduce(callable ? callable : Value::global(fn), args, error);
    const auto &a = args->items;
    if (fn == QLatin1String("torch._utils._rebuild_tensor") || fn == QLatin1String("torch._utils._rebuild_tensor_v2"))
        return rebuildTensor(a, DType::Unknown,
            fn.endsWith(QLatin1String("v2")) ? QStringLiteral("_rebuild_tensor_v2") : QStringLiteral("_rebuild_tensor"),
            error);
    if (fn == QLatin1String("torch._utils._rebuild_tensor_v3")) {
        const DType dt = a.size() > 6 && a[6]->kind == K::Dtype ? dtypeFromName(a[6]->text) : DType::Unknown;
        return rebuildTensor(a, dt, QStringLiteral("_rebuild_tensor_v3"), error);
    }
    if (fn == QLatin1String("torch._utils._rebuild_qtensor")) {
        // (storage, offset, size, stride, quantizer_params, requires_grad, hooks)
        std::vector<ValuePtr> plain = a;
        ValuePtr qparams = a.size() > 4 ? a[4] : nullptr;
        if (plain.size() > 4)
            plain.erase(plain.begin() + 4);
        ValuePtr t = rebuildTensor(plain, DType::Unknown, QStringLiteral("_rebuild_qtensor"), error);
        if (!t)
            return nullptr;
        TensorInfo &info = m_out.tensors[size_t(t->tensorIndex)];
        info.isQuantized = true;
        if (qparams && qparams->kind == K::Tuple && !qparams->items.empty()) {
            const auto &q = qparams->items;
            info.quant.scheme = qschemeFromName(q[0]->text);
            if (q.size() >= 3 && q[1]->kind == K::Float)
                info.quant.scale = q[1]->real;
            if (q.size() >= 3 && isInt(q[2]))
                info.quant.zeroPoint = q[2]->integer;
            if (q.size() >= 4 && isInt(q[3]))
                info.quant.axis = int(q[3]->integer);
            if (q.size() >= 3 && q[1]->kind == K::Tensor && q[2]->kind == K::Tensor) {
                info.quant.scalesTensor = q[1]->tensorIndex;
                info.quant.zeroPointsTensor = q[2]->tensorIndex;
            }
        }
        return t;
    }
    if (fn == QLatin1String("torch._utils._rebuild_parameter")
        || fn == QLatin1String("torch._utils._rebuild_parameter_with_state"))
        return a.size() >= 2 ? parameter(a[0], truthy(a[1])) : nullptr;
    if (fn == QLatin1String("torch.nn.parameter.Parameter"))
        return a.empty() ? nullptr : parameter(a[0], a.size() < 2 || truthy(a[1]));
    if (fn == QLatin1String("torch._tensor._rebuild_from_type_v2") && a.size() >= 3 && a[0]->kind == K::Global
        && a[2]->kind == K::Tuple) {
        ValuePtr t = callByName(a[0]->className, a[2], error);
        if (t && t->kind == K::Tensor && a[1]->kind == K::Global) {
            const QString type = a[1]->className;
            if (type == QLatin1String("torch.nn.parameter.Parameter"))
                m_out.tensors[size_t(t->tensorIndex)].isParameter = true;
            else if (type != QLatin1String("torch.Tensor"))
                m_out.tensors[size_t(t->tensorIndex)].subclass = type;
        }
        return t;
    }
    if (fn == QLatin1String("torch._utils._rebuild_meta_tensor_no_storage") && a.size() >= 3) {
        TensorInfo t;
        t.rebuiltBy = QStringLiteral("_rebuild_meta_tensor_no_storage");
        t.dtype = a[0]->kind == K::Dtype ? dtypeFromName(a[0]->text) : DType::Unknown;
        intList(a[1], &t.shape);
        intList(a[2], &t.strides);
        t.layout = TensorLayout::Meta;
        auto v = Value::make(K::Tensor);
        v->tensorIndex = int(m_out.tensors.size());
        m_out.tensors.push_back(t);
        return v;
    }
    if (fn == QLatin1String("torch.Size") && !a.empty() && (a[0]->kind == K::Tuple || a[0]->kind == K::List)) {
        auto size = Value::make(K::Tuple);
        size->className = fn;
        size->items = a[0]->items;
        return size;
    }
    if (fn == QLatin1String("torch.device") && !a.empty() && a[0]->kind == K::String) {
        auto d = Value::make(K::Device);
        d->text = a[0]->text;
        if (a.size() > 1 && isInt(a[1]))
            d->text += QLatin1Char(':') + QString::number(a[1]->integer);
        return d;
    }
    if (fn == QLatin1String("torch.serialization._get_layout") && !a.empty() && a[0]->kind == K::String) {
        auto l = Value::make(K::Layout);
        l->text = a[0]->text.section(QLatin1Char('.'), -1);
        return l;
    }
    // TorchScript's typed-list helpers only tag their first argument.
    if (fn.startsWith(QLatin1String("torch.jit._pickle.")) && !a.empty())
        return a[0];
    return PlainHooks::reduce(callable ? callable : Value::global(fn), args, error);
}

} // namespace ckpt
