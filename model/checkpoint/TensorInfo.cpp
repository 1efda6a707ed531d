#include "model/checkpoint/TensorInfo.h"

#include <algorithm>
#include <limits>

namespace ckpt {

namespace {
const struct {
    QScheme scheme;
    const char *name;
} kSchemes[] = {
    { QScheme::PerTensorAffine, "per_tensor_affine" },
    { QScheme::PerTensorSymmetric, "per_tensor_symmetric" },
    { QScheme::PerChannelAffine, "per_channel_affine" },
    { QScheme::PerChannelSymmetric, "per_channel_symmetric" },
    { QScheme::PerChannelAffineFloatQParams, "per_channel_affine_float_qparams" },
};
} // namespace

QString qschemeName(QScheme s)
{
    for (const auto &k : kSchemes)
        if (k.scheme == s)
            return QLatin1String(k.name);
    return QStringLiteral("unknown");
}

QScheme qschemeFromName(const QString &name)
{
    for (const auto &k : kSchemes)
        if (name == QLatin1String(k.name))
            return k.scheme;
    return QScheme::Unknown;
}

bool isPerTensor(QScheme s)
{
    return s == QScheme::PerTensorAffine || s == QScheme::PerTensorSymmetric;
}

bool isPerChannel(QScheme s)
{
    return s == QScheme::PerChannelAffine || s == QScheme::PerChannelSymmetric
        || s == QScheme::PerChannelAffineFloatQParams;
}

QString layoutName(TensorLayout l)
{
    return l == TensorLayout::Meta ? QStringLiteral("meta") : QStringLiteral("strided");
}

QString pathToString(const Path &path)
{
    QStringList parts;
    parts.reserve(int(path.size()));
    for (const PathPart &p : path)
        parts << p.toString();
    return parts.join(QLatin1Char('/'));
}

qint64 TensorInfo::numel() const
{
    qint64 n = 1;
    for (qint64 d : shape) {
        if (d <= 0)
            return 0;
        if (n > (qint64(1) << 62) / d)
            return -1; // overflow: caller reports a bad shape
        n *= d;
    }
    return n;
}

qint64 TensorInfo::nbytes() const
{
    const qint64 n = numel();
    const qint64 es = elementSize(dtype);
    if (n < 0 || n > std::numeric_limits<qint64>::max() / es)
        return -1; // a shape no file can hold (numel is only bounded by 2^62)
    return n * es;
}

std::vector<qint64> contiguousStrides(const std::vector<qint64> &shape)
{
    std::vector<qint64> strides(shape.size(), 1);
    for (size_t i = shape.size(); i-- > 1;)
        strides[i - 1] = strides[i] * std::max<qint64>(shape[i], 1);
    return strides;
}

bool TensorInfo::isContiguous() const
{
    if (strides.size() != shape.size())
        return false;
    qint64 expected = 1;
    for (size_t i = shape.size(); i-- > 0;) {
        if (shape[i] != 1 && strides[i] != expected)
            return false;
        expected *= shape[i];
    }
    return true;
}

} // namespace ckpt
