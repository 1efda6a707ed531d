#include "model/tensor/TensorValues.h"

#include "model/io/ByteSource.h"
#include "model/io/ZipDirectory.h"

#include <QFileInfo>
#include <QFloat16>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace ckpt {
namespace {

template <typename T> T load(const uchar *p, bool bigEndian)
{
    return bigEndian ? qFromBigEndian<T>(p) : qFromLittleEndian<T>(p);
}

double fromHalfBits(quint16 bits)
{
    float f;
    qFloatFromFloat16(&f, reinterpret_cast<const qfloat16 *>(&bits), 1);
    return double(f);
}

double fromBFloat16Bits(quint16 bits)
{
    const quint32 wide = quint32(bits) << 16;
    float f;
    std::memcpy(&f, &wide, sizeof f);
    return double(f);
}

} // namespace

double decodeElement(const uchar *p, DType t, bool be)
{
    switch (t) {
    case DType::Float64: {
        const quint64 b = load<quint64>(p, be);
        double d;
        std::memcpy(&d, &b, 8);
        return d;
    }
    case DType::Float32: {
        const quint32 b = load<quint32>(p, be);
        float f;
        std::memcpy(&f, &b, 4);
        return f;
    }
    case DType::Float16:
        return fromHalfBits(load<quint16>(p, be));
    case DType::BFloat16:
        return fromBFloat16Bits(load<quint16>(p, be));
    case DType::Complex128:
        return std::hypot(decodeElement(p, DType::Float64, be), decodeElement(p + 8, DType::Float64, be));
    case DType::Complex64:
        return std::hypot(decodeElement(p, DType::Float32, be), decodeElement(p + 4, DType::Float32, be));
    case DType::Complex32:
        return std::hypot(decodeElement(p, DType::Float16, be), decodeElement(p + 2, DType::Float16, be));
    case DType::Int64:
        return double(load<qint64>(p, be));
    case DType::Int32:
    case DType::QInt32:
        return double(load<qint32>(p, be));
    case DType::Int16:
        return double(load<qint16>(p, be));
    case DType::Int8:
    case DType::QInt8:
        return double(qint8(*p));
    case DType::UInt64:
        return double(load<quint64>(p, be));
    case DType::UInt32:
        return double(load<quint32>(p, be));
    case DType::UInt16:
        return double(load<quint16>(p, be));
    case DType::UInt8:
    case DType::QUInt8:
        return double(*p);
    case DType::Bool:
        return *p ? 1.0 : 0.0;
    default:
        return std::nan("");
    }
}

StorageLocation locateStorage(const Checkpoint &ckpt, const StorageInfo &s, qint64 maxInflate)
{
    StorageLocation loc;
    loc.file = s.file.isEmpty() ? ckpt.file : s.file;
    if (!s.compressed) {
        loc.offset = s.fileOffset;
        if (s.fileOffset < 0)
            loc.error = QStringLiteral("storage '%1' not found in the file").arg(s.key);
        return loc;
    }
    if (s.nbytes > maxInflate) {
        loc.error = QStringLiteral("compressed record: too large to inflate for stats");
        return loc;
    }
    QString why;
    ByteSourcePtr src = ByteSource::open(loc.file, &why);
    ZipDirectory zip;
    const ZipEntry *e = nullptr;
    if (src && zip.read(src))
        e = zip.find(s.recordName);
    if (!e) {
        loc.error = QStringLiteral("compressed record %1 not found").arg(s.recordName);
        return loc;
    }
    zip.setMaxInflatedSize(maxInflate);
    if (!zip.readEntry(*e, &loc.inflated, &why)) {
        loc.error = QStringLiteral("compressed record %1: %2").arg(s.recordName, why);
        return loc;
    }
    loc.offset = 0;
    return loc;
}

bool readTensorValues(
    const Checkpoint &ckpt, int tensorIndex, std::vector<double> *out, QString *error, qint64 maxElements)
{
    out->clear();
    if (tensorIndex < 0 || size_t(tensorIndex) >= ckpt.tensors.size())
        return *error = QStringLiteral("no such tensor"), false;
    const TensorInfo &t = ckpt.tensors[size_t(tensorIndex)];
    const qint64 n = t.numel();
    if (n < 0 || n > maxElements)
        return *error = QStringLiteral("too many elements to read here"), false;
    if (t.storageIndex < 0 || size_t(t.storageIndex) >= ckpt.storages.size())
        return *error = QStringLiteral("tensor has no storage"), false;
    if (t.dtype == DType::QUInt4x2 || t.dtype == DType::QUInt2x4 || t.strides.size() != t.shape.size())
        return *error = QStringLiteral("unsupported layout"), false;
    const StorageInfo &s = ckpt.storages[size_t(t.storageIndex)];
    StorageLocation loc = locateStorage(ckpt, s);
    if (!loc.error.isEmpty())
        return *error = loc.error, false;
    ByteSourcePtr src;
    const uchar *base = nullptr;
    qint64 available = 0;
    if (!loc.inflated.isEmpty()) {
        base = reinterpret_cast<const uchar *>(loc.inflated.constData());
        available = loc.inflated.size();
    } else {
        src = ByteSource::open(loc.file, error);
        if (!src)
            return false;
        if (!src->contains(loc.offset, s.nbytes))
            return *error = QStringLiteral("storage bytes lie outside the file"), false;
        base = src->data() + loc.offset;
        available = s.nbytes;
    }
    const int es = elementSize(t.dtype);
    const bool quant = t.isQuantized && t.quant.scheme.startsWith(QLatin1String("per_tensor"));
    std::vector<qint64> idx(t.shape.size(), 0);
    for (qint64 k = 0; k < n; ++k) {
        qint64 elem = t.storageOffset;
        for (size_t d = 0; d < idx.size(); ++d)
            elem += idx[d] * t.strides[d];
        if (elem < 0 || (elem + 1) * es > available)
            return *error = QStringLiteral("tensor reaches past the end of its storage"), false;
        double v = decodeElement(base + elem * es, t.dtype, s.bigEndian);
        if (quant)
            v = (v - double(t.quant.zeroPoint)) * t.quant.scale;
        out->push_back(v);
        for (size_t d = idx.size(); d-- > 0;) { // row-major increment
            if (++idx[d] < t.shape[d])
                break;
            idx[d] = 0;
        }
    }
    return true;
}

} // namespace ckpt
