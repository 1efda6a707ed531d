#include "model/tensor/TensorPreview.h"

#include "model/tensor/TensorData.h"

#include <QCoreApplication>

namespace ckpt {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TensorPreview)
};

QString renderReal(double v)
{
    return QString::number(v, 'g', 6);
}

QString render(const uchar *p, DType t, int sub, double value, bool quantized)
{
    if (quantized || isFloatingPoint(t))
        return renderReal(value);
    if (isComplex(t)) {
        double re, im;
        decodeComplex(p, t, &re, &im);
        return QStringLiteral("%1%2%3j").arg(renderReal(re), im < 0 ? QString() : QStringLiteral("+"), renderReal(im));
    }
    if (t == DType::Bool)
        return *p ? QStringLiteral("True") : QStringLiteral("False");
    if (t == DType::UInt64)
        return QString::number(quint64(decodeInteger(p, t)));
    if (valuesPerByte(t) > 1)
        return QString::number(qint64(decodeValue(p, t, sub)));
    return QString::number(decodeInteger(p, t));
}
} // namespace

TensorPreview readTensorPreview(const Checkpoint &ckpt, int tensorIndex, int maxValues)
{
    TensorPreview out;
    if (tensorIndex < 0 || tensorIndex >= int(ckpt.tensors.size()))
        return out;
    const TensorInfo &t = ckpt.tensors[size_t(tensorIndex)];
    out.total = t.numel();
    Phrase error;
    const std::unique_ptr<TensorReader> reader = TensorData(ckpt).reader(tensorIndex, &error);
    if (!reader) {
        out.note = error.text(); // as Text::tr() below: in the language of the moment
        return out;
    }
    const qint64 count = std::min<qint64>(reader->numel(), std::max(maxValues, 0));
    if (count == 0)
        return out;
    std::vector<uchar> scratch, rawScratch;
    std::vector<double> numbers(static_cast<size_t>(count));
    reader->values(0, count, numbers.data(), scratch);
    const uchar *raw = reader->bytes(0, count, rawScratch);
    const int per = valuesPerByte(t.dtype);
    const int width = elementSize(t.dtype);
    for (qint64 i = 0; i < count; ++i) {
        const uchar *p = per > 1 ? raw + i / per : raw + i * width;
        out.values << render(p, t.dtype, int(i % per), numbers[size_t(i)], reader->quantized());
        if (isComplex(t.dtype)) {
            double re, im;
            decodeComplex(p, t.dtype, &re, &im);
            out.numbers << re;
        } else {
            out.numbers << numbers[size_t(i)];
        }
    }
    if (reader->quantized())
        out.note = Text::tr("quantized: dequantized values (scale × (stored integer − zero point))");
    return out;
}

} // namespace ckpt
