#include "model/tensor/TensorData.h"

#include "model/tensor/ChunkedSource.h"
#include "model/tensor/StridedSource.h"

#include <cstring>

namespace ckpt {
namespace {

bool fail(Phrase *error, const Phrase &why)
{
    if (error)
        *error = why;
    return false;
}

// Elements of a shape, or -1 if a dimension is negative or the product overflows.
qint64 checkedNumel(const std::vector<qint64> &shape)
{
    qint64 n = 1;
    for (qint64 d : shape)
        if (d < 0 || __builtin_mul_overflow(n, d, &n))
            return -1;
    return n;
}

// First and last element a view reaches, or false if the walk overflows.
bool reach(const TensorInfo &t, qint64 *lo, qint64 *hi)
{
    *lo = *hi = t.storageOffset;
    for (size_t d = 0; d < t.shape.size(); ++d) {
        qint64 r;
        if (t.shape[d] == 0)
            return true;
        if (__builtin_mul_overflow(t.shape[d] - 1, t.strides[d], &r)
            || __builtin_add_overflow(r < 0 ? *lo : *hi, r, r < 0 ? lo : hi))
            return false;
    }
    return true;
}

} // namespace

TensorData::TensorData(const Checkpoint &ckpt, std::shared_ptr<FileCache> cache)
    : m_ckpt(ckpt), m_cache(cache ? std::move(cache) : std::make_shared<FileCache>())
{
}

bool TensorData::storage(int index, StorageBytes *out, Phrase *error) const
{
    if (index < 0 || size_t(index) >= m_ckpt.storages.size())
        return fail(error, Phrase::translate("ckpt::Tensor", "tensor has no storage"));
    const StorageInfo &s = m_ckpt.storages[size_t(index)];
    if (s.chunked)
        return fail(error, Phrase::translate("ckpt::Tensor", "storage '%1' is assembled from DCP chunks").arg(s.key));
    const QString file = s.file.isEmpty() ? m_ckpt.file : s.file;
    Phrase why;
    if (s.inlineBytes) {
        out->source = s.inlineBytes;
        out->data = out->source->data();
        if (out->source->size() < s.nbytes)
            return fail(
                error, Phrase::translate("ckpt::Tensor", "storage '%1' is shorter than its tensors say").arg(s.key));
    } else if (s.compressed) {
        out->source = m_cache->inflated(file, s.recordName(), &why);
        if (!out->source)
            return fail(error, Phrase::translate("ckpt::Tensor", "storage '%1': %2").arg(s.key, why));
        out->data = out->source->data();
        if (out->source->size() < s.nbytes)
            return fail(
                error, Phrase::translate("ckpt::Tensor", "storage '%1' is shorter than its tensors say").arg(s.key));
    } else {
        if (s.fileOffset < 0)
            return fail(error, Phrase::translate("ckpt::Tensor", "storage '%1' is missing from the file").arg(s.key));
        out->source = m_cache->file(file, &why);
        if (!out->source)
            return fail(error,
                Phrase::translate("ckpt::Tensor", "%1: %2", "a file, then why its bytes cannot be read")
                    .arg(file, why));
        if (!out->source->contains(s.fileOffset, s.nbytes))
            return fail(
                error, Phrase::translate("ckpt::Tensor", "storage '%1' runs past the end of %2").arg(s.key, file));
        out->data = out->source->data() + s.fileOffset;
    }
    out->size = s.nbytes;
    out->bigEndian = s.bigEndian;
    return true;
}

const uchar *TensorData::storageLittleEndian(int index, std::vector<uchar> &buffer, Phrase *error) const
{
    if (index >= 0 && size_t(index) < m_ckpt.storages.size() && m_ckpt.storages[size_t(index)].chunked) {
        // A DCP tensor is its own storage: assembled here, the one copy a storage-wise
        // writer needs (memory: this tensor, not the checkpoint).
        const StorageInfo &s = m_ckpt.storages[size_t(index)];
        const std::unique_ptr<ChunkedSource> src = ChunkedSource::make(s, *m_cache, error);
        if (!src)
            return nullptr;
        buffer.resize(size_t(s.nbytes));
        const qint64 es = elementSize(s.dtype);
        const qint64 step = std::max<qint64>(1, (qint64(16) << 20) / es);
        std::vector<uchar> scratch;
        for (qint64 done = 0; done < src->numel(); done += step) {
            const qint64 n = std::min(step, src->numel() - done);
            std::memcpy(buffer.data() + done * es, src->bytes(done, n, scratch), size_t(n * es));
            src->release(done, n);
        }
        return buffer.data();
    }
    StorageBytes b;
    if (!storage(index, &b, error))
        return nullptr;
    if (!b.bigEndian)
        return b.data;
    const DType t = m_ckpt.storages[size_t(index)].dtype;
    buffer.assign(b.data, b.data + b.size);
    swapByteOrder(buffer.data(), t, b.size / std::max(1, elementSize(t)));
    return buffer.data();
}

std::unique_ptr<TensorReader> TensorData::reader(int index, Phrase *error, ElementOrder order) const
{
    auto none = [error](const Phrase &why) {
        fail(error, why);
        return std::unique_ptr<TensorReader>();
    };
    if (index < 0 || size_t(index) >= m_ckpt.tensors.size())
        return none(Phrase::translate("ckpt::Tensor", "no such tensor"));
    const TensorInfo &t = m_ckpt.tensors[size_t(index)];
    if (t.layout != TensorLayout::Strided || t.storageIndex < 0)
        return none(Phrase::translate("ckpt::Tensor", "no data in the file (%1 tensor)").arg(layoutName(t.layout)));
    if (t.dtype == DType::Unknown)
        return none(Phrase::translate("ckpt::Tensor", "unknown dtype"));
    const qint64 numel = checkedNumel(t.shape);
    qint64 lo = 0, hi = 0;
    if (numel < 0 || t.strides.size() != t.shape.size() || t.storageOffset < 0 || !reach(t, &lo, &hi))
        return none(Phrase::translate("ckpt::Tensor", "invalid shape or strides"));
    if (size_t(t.storageIndex) < m_ckpt.storages.size() && m_ckpt.storages[size_t(t.storageIndex)].chunked) {
        const StorageInfo &s = m_ckpt.storages[size_t(t.storageIndex)];
        if (t.shape != s.chunkedShape || t.storageOffset != 0 || !t.isContiguous() || t.dtype != s.dtype)
            return none(Phrase::translate("ckpt::Tensor", "a view of a DCP tensor that is not the whole tensor"));
        Phrase why;
        std::unique_ptr<ChunkedSource> source = ChunkedSource::make(s, *m_cache, &why);
        if (!source)
            return none(why);
        return std::make_unique<TensorReader>(std::move(source), t.dtype, numel, Dequantizer(), std::vector<double>());
    }
    StorageBytes bytes;
    if (!storage(t.storageIndex, &bytes, error))
        return nullptr;
    const int per = valuesPerByte(t.dtype);
    if (numel > 0 && (lo < 0 || bytesForValues(t.dtype, hi + 1) > bytes.size))
        return none(Phrase::translate("ckpt::Tensor", "tensor reaches past the end of its storage"));

    Dequantizer dq;
    std::vector<double> params;
    if (t.isQuantized && isPerChannel(t.quant.scheme)) {
        const qint64 axis = t.quant.axis;
        std::vector<double> zps;
        Phrase why;
        if (per > 1 || axis < 0 || size_t(axis) >= t.shape.size()
            || !values(t.quant.scalesTensor, &params, &why, qint64(1) << 24)
            || !values(t.quant.zeroPointsTensor, &zps, &why, qint64(1) << 24)
            || qint64(params.size()) != t.shape[size_t(axis)] || zps.size() != params.size())
            return none(Phrase::translate("ckpt::Tensor", "per-channel quantization parameters not found"));
        params.insert(params.end(), zps.begin(), zps.end());
        dq.perChannel = true;
        dq.channels = t.shape[size_t(axis)];
        for (size_t d = size_t(axis) + 1; d < t.shape.size(); ++d)
            dq.inner *= t.shape[d];
        order = ElementOrder::RowMajor; // the channel follows from the row-major index
    } else if (t.isQuantized) {
        dq.scale = float(t.quant.scale);
        dq.zeroPoint = float(t.quant.zeroPoint);
    }
    std::vector<StrideDim> dims = reduceDims(t.shape, t.strides, order);
    auto source = std::make_unique<StridedSource>(std::move(bytes), t.dtype, t.storageOffset, std::move(dims), numel);
    if (per > 1 && numel > 0 && (!source->contiguous() || t.storageOffset % per != 0))
        return none(Phrase::translate("ckpt::Tensor", "non-contiguous packed quantized tensor"));
    return std::make_unique<TensorReader>(std::move(source), t.dtype, numel, dq, std::move(params));
}

bool TensorData::values(int index, std::vector<double> *out, Phrase *error, qint64 maxElements) const
{
    out->clear();
    const std::unique_ptr<TensorReader> r = reader(index, error);
    if (!r)
        return false;
    if (r->numel() > maxElements)
        return fail(error, Phrase::translate("ckpt::Tensor", "too many elements to read here (%1)").arg(r->numel()));
    out->resize(size_t(r->numel()));
    std::vector<uchar> scratch;
    if (r->numel() > 0)
        r->values(0, r->numel(), out->data(), scratch);
    return true;
}

void TensorData::releaseStorage(int index) const
{
    if (index >= 0 && size_t(index) < m_ckpt.storages.size() && m_ckpt.storages[size_t(index)].chunked)
        return; // its chunks' pages are released by the reader that read them
    StorageBytes b;
    if (storage(index, &b, nullptr) && b.mapped())
        releaseMappedRange(*b.source, b.data, b.size);
}

TensorReader::TensorReader(std::unique_ptr<ElementSource> source, DType dtype, qint64 numel, Dequantizer dequant,
    std::vector<double> channelParams)
    : m_source(std::move(source)), m_dtype(dtype), m_numel(numel), m_quantized(isQuantized(dtype)), m_dequant(dequant),
      m_channelParams(std::move(channelParams))
{
    if (m_dequant.perChannel) {
        m_dequant.channelScales = m_channelParams.data();
        m_dequant.channelZeroPoints = m_channelParams.data() + m_dequant.channels;
    }
}

void TensorReader::values(qint64 first, qint64 count, double *out, std::vector<uchar> &scratch) const
{
    decodeValues(bytes(first, count, scratch), m_dtype, count, out);
    if (m_quantized)
        m_dequant.apply(out, first, count);
}

void TensorReader::complexValues(qint64 first, qint64 count, double *out, std::vector<uchar> &scratch) const
{
    if (!isComplex(m_dtype)) { // real values, dequantized, spread out with zero imaginary parts
        values(first, count, out + count, scratch);
        for (qint64 i = 0; i < count; ++i) {
            out[2 * i] = out[count + i];
            out[2 * i + 1] = 0;
        }
        return;
    }
    decodeComplexValues(bytes(first, count, scratch), m_dtype, count, out);
}

} // namespace ckpt
