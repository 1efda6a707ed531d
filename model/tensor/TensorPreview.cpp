#include "model/tensor/TensorPreview.h"

#include "model/io/ByteSource.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtEndian>

#include <cstring>

namespace ckpt {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TensorPreview)
};

bool decodable(DType t)
{
    switch (t) {
    case DType::Float64:
    case DType::Float32:
    case DType::Float16:
    case DType::BFloat16:
    case DType::Complex64:
    case DType::Complex128:
    case DType::Int64:
    case DType::Int32:
    case DType::Int16:
    case DType::Int8:
    case DType::UInt8:
    case DType::Bool:
    case DType::QInt8:
    case DType::QUInt8:
    case DType::QInt32:
        return true;
    default:
        return false;
    }
}

template <typename T> T load(const uchar *p, bool bigEndian)
{
    return bigEndian ? qFromBigEndian<T>(p) : qFromLittleEndian<T>(p);
}

double loadFloat(const uchar *p, int width, bool bigEndian)
{
    if (width == 8) {
        const quint64 bits = load<quint64>(p, bigEndian);
        double d;
        std::memcpy(&d, &bits, 8);
        return d;
    }
    const quint32 bits = load<quint32>(p, bigEndian);
    float f;
    std::memcpy(&f, &bits, 4);
    return double(f);
}

QString renderReal(double v)
{
    return QString::number(v, 'g', 6);
}
} // namespace

float halfToFloat(quint16 h)
{
    const quint32 sign = quint32(h & 0x8000) << 16;
    quint32 exp = (h >> 10) & 0x1f;
    quint32 mant = h & 0x3ff;
    quint32 bits;
    if (exp == 0x1f) {
        bits = sign | 0x7f800000u | (mant << 13); // inf / nan
    } else if (exp != 0) {
        bits = sign | ((exp + 112) << 23) | (mant << 13); // normal: rebias 15 -> 127
    } else if (mant == 0) {
        bits = sign; // +-0
    } else {
        exp = 113; // subnormal: normalise
        while (!(mant & 0x400)) {
            mant <<= 1;
            --exp;
        }
        bits = sign | (exp << 23) | ((mant & 0x3ff) << 13);
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

float bfloat16ToFloat(quint16 b)
{
    const quint32 bits = quint32(b) << 16;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

TensorPreview readTensorPreview(const Checkpoint &ckpt, int tensorIndex, int maxValues)
{
    TensorPreview out;
    if (tensorIndex < 0 || tensorIndex >= int(ckpt.tensors.size()))
        return out;
    const TensorInfo &t = ckpt.tensors[size_t(tensorIndex)];
    out.total = t.numel();
    if (t.storageIndex < 0 || t.storageIndex >= int(ckpt.storages.size())) {
        out.note = Text::tr("no storage (a %1 tensor): no values").arg(t.layout);
        return out;
    }
    const StorageInfo &s = ckpt.storages[size_t(t.storageIndex)];
    if (s.compressed) {
        out.note = Text::tr("compressed record: values not shown");
        return out;
    }
    if (s.fileOffset < 0) {
        out.note = Text::tr("the storage bytes were not found in the file");
        return out;
    }
    if (!decodable(t.dtype) || t.layout != QLatin1String("strided")) {
        out.note = Text::tr("values of %1 tensors are not shown").arg(dtypeName(t.dtype));
        return out;
    }
    QString error;
    const ByteSourcePtr src = ByteSource::open(s.file.isEmpty() ? ckpt.file : s.file, &error);
    if (!src) {
        out.note = error;
        return out;
    }
    const int width = elementSize(t.dtype);
    const size_t dims = t.shape.size();
    std::vector<qint64> idx(dims, 0);
    const qint64 count = qMin<qint64>(out.total, maxValues);
    for (qint64 n = 0; n < count; ++n) {
        qint64 element = t.storageOffset;
        for (size_t d = 0; d < dims; ++d)
            element += idx[d] * (d < t.strides.size() ? t.strides[d] : 0);
        const qint64 byte = element * width;
        if (element < 0 || byte + width > s.nbytes || !src->contains(s.fileOffset + byte, width)) {
            out.note = Text::tr("element %1 lies outside its storage").arg(n);
            break;
        }
        const uchar *p = src->data() + s.fileOffset + byte;
        const bool be = s.bigEndian;
        double num = 0;
        QString text;
        switch (t.dtype) {
        case DType::Float64:
        case DType::Float32:
            num = loadFloat(p, width, be);
            text = renderReal(num);
            break;
        case DType::Float16:
            num = halfToFloat(load<quint16>(p, be));
            text = renderReal(num);
            break;
        case DType::BFloat16:
            num = bfloat16ToFloat(load<quint16>(p, be));
            text = renderReal(num);
            break;
        case DType::Complex64:
        case DType::Complex128: {
            const int half = width / 2;
            num = loadFloat(p, half, be);
            const double im = loadFloat(p + half, half, be);
            text = QStringLiteral("%1%2%3j").arg(
                renderReal(num), im < 0 ? QString() : QStringLiteral("+"), renderReal(im));
            break;
        }
        case DType::Int64:
            num = double(load<qint64>(p, be));
            text = QString::number(load<qint64>(p, be));
            break;
        case DType::Int32:
        case DType::QInt32:
            num = load<qint32>(p, be);
            text = QString::number(qint32(num));
            break;
        case DType::Int16:
            num = load<qint16>(p, be);
            text = QString::number(qint16(num));
            break;
        case DType::Int8:
        case DType::QInt8:
            num = qint8(*p);
            text = QString::number(qint8(*p));
            break;
        case DType::UInt8:
        case DType::QUInt8:
            num = *p;
            text = QString::number(*p);
            break;
        case DType::Bool:
            num = *p ? 1 : 0;
            text = *p ? QStringLiteral("True") : QStringLiteral("False");
            break;
        default:
            break;
        }
        out.values << text;
        out.numbers << num;
        // Next index in row-major order.
        for (size_t d = dims; d-- > 0;) {
            if (++idx[d] < t.shape[d])
                break;
            idx[d] = 0;
        }
    }
    if (t.isQuantized && out.note.isEmpty())
        out.note = Text::tr("quantized: stored integers, before scale and zero point");
    return out;
}

} // namespace ckpt
