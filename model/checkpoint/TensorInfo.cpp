#include "model/checkpoint/TensorInfo.h"

namespace ckpt {

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
    return n < 0 ? -1 : n * elementSize(dtype);
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
