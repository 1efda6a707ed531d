#include "model/convert/TorchPickler.h"

namespace ckpt {

namespace {
using K = Value::Kind;
} // namespace

QString storageClassName(DType t)
{
    switch (t) {
    case DType::Float64:
        return QStringLiteral("DoubleStorage");
    case DType::Float32:
        return QStringLiteral("FloatStorage");
    case DType::Float16:
        return QStringLiteral("HalfStorage");
    case DType::BFloat16:
        return QStringLiteral("BFloat16Storage");
    case DType::Int64:
        return QStringLiteral("LongStorage");
    case DType::Int32:
        return QStringLiteral("IntStorage");
    case DType::Int16:
        return QStringLiteral("ShortStorage");
    case DType::Int8:
        return QStringLiteral("CharStorage");
    case DType::UInt8:
        return QStringLiteral("ByteStorage");
    case DType::Bool:
        return QStringLiteral("BoolStorage");
    case DType::Complex128:
        return QStringLiteral("ComplexDoubleStorage");
    case DType::Complex64:
        return QStringLiteral("ComplexFloatStorage");
    case DType::QInt8:
        return QStringLiteral("QInt8Storage");
    case DType::QUInt8:
        return QStringLiteral("QUInt8Storage");
    case DType::QInt32:
        return QStringLiteral("QInt32Storage");
    case DType::QUInt4x2:
        return QStringLiteral("QUInt4x2Storage");
    case DType::QUInt2x4:
        return QStringLiteral("QUInt2x4Storage");
    default:
        return QString();
    }
}

bool TorchPickler::saveStorage(int storageIndex)
{
    if (storageIndex < 0 || size_t(storageIndex) >= m_ckpt.storages.size())
        return fail(Phrase::translate("ckpt::Convert", "tensor without a storage"));
    const StorageInfo &s = m_ckpt.storages[size_t(storageIndex)];
    const QString cls = storageClassName(s.dtype);
    if (cls.isEmpty())
        return fail(Phrase::translate("ckpt::Convert", "writing %1 storages is not supported").arg(dtypeName(s.dtype)));
    auto it = m_storageKey.find(storageIndex);
    const bool first = it == m_storageKey.end();
    const int key = first ? int(m_storageOrder.size()) : it->second;
    if (first) {
        m_storageKey.emplace(storageIndex, key);
        m_storageOrder.push_back(storageIndex);
    }
    op('(');
    saveString(QStringLiteral("storage"));
    global(QStringLiteral("torch.") + cls);
    saveString(QString::number(key));
    saveString(s.device);
    saveInt(s.numel);
    op('t');
    put();
    op('Q');
    return true;
}

bool TorchPickler::saveTensor(const Value &v)
{
    if (v.tensorIndex < 0 || size_t(v.tensorIndex) >= m_ckpt.tensors.size())
        return fail(Phrase::translate("ckpt::Convert", "tensor reference out of range"));
    const TensorInfo &t = m_ckpt.tensors[size_t(v.tensorIndex)];
    if (t.isParameter)
        global(QStringLiteral("torch._utils._rebuild_parameter"));
    if (t.layout == TensorLayout::Meta) {
        global(QStringLiteral("torch._utils._rebuild_meta_tensor_no_storage"));
        op('(');
        global(QStringLiteral("torch.") + dtypeName(t.dtype));
        saveIntTuple(t.shape);
        saveIntTuple(t.strides);
        op(t.requiresGrad && !t.isParameter ? '\x88' : '\x89');
        op('t');
    } else {
        // Per-channel scales and zero points are tensors the reader rebuilt just before this
        // one (they are arguments of its _rebuild_qtensor call) and never reached by the tree.
        const int ti = v.tensorIndex;
        const bool perChannel = t.isQuantized && t.quant.scheme == QScheme::PerChannelAffine && ti >= 2
            && !m_ckpt.tensors[size_t(ti - 2)].reached && !m_ckpt.tensors[size_t(ti - 1)].reached
            && m_ckpt.tensors[size_t(ti - 2)].dtype == DType::Float64
            && m_ckpt.tensors[size_t(ti - 1)].dtype == DType::Int64;
        if (t.isQuantized && t.quant.scheme != QScheme::PerTensorAffine && !perChannel)
            return fail(Phrase::translate("ckpt::Convert", "writing %1 quantized tensors is not supported")
                            .arg(qschemeName(t.quant.scheme)));
        global(t.isQuantized ? QStringLiteral("torch._utils._rebuild_qtensor")
                             : QStringLiteral("torch._utils._rebuild_tensor_v2"));
        op('(');
        if (!saveStorage(t.storageIndex))
            return false;
        saveInt(t.storageOffset);
        saveIntTuple(t.shape);
        saveIntTuple(t.strides);
        if (perChannel) {
            op('('); // (scheme, scales, zero_points, axis)
            global(QStringLiteral("torch.per_channel_affine"));
            for (int k : { ti - 2, ti - 1 }) {
                Value q;
                q.kind = K::Tensor;
                q.tensorIndex = k;
                if (!saveTensor(q))
                    return false;
            }
            saveInt(t.quant.axis);
            op('t');
            put();
        } else if (t.isQuantized) {
            global(QStringLiteral("torch.per_tensor_affine"));
            saveFloat(t.quant.scale);
            saveInt(t.quant.zeroPoint);
            op('\x87');
            put();
        }
        op(t.requiresGrad && !t.isParameter ? '\x88' : '\x89');
        global(QStringLiteral("collections.OrderedDict"));
        reduceWithoutArgs();
        op('t');
    }
    put();
    op('R');
    put();
    if (t.isParameter) {
        op(t.requiresGrad ? '\x88' : '\x89');
        global(QStringLiteral("collections.OrderedDict"));
        reduceWithoutArgs();
        reduceWithTuple('\x87');
    }
    return true;
}

} // namespace ckpt
