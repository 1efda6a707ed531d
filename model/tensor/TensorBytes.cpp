#include "model/tensor/TensorBytes.h"

#include "model/tensor/Cast.h"

namespace ckpt {

bool outputStorage(const TensorData &source, const Checkpoint &view, int index, std::vector<uchar> &buffer,
    const uchar **data, Phrase *error)
{
    const StorageInfo &in = source.checkpoint().storages[size_t(index)];
    const StorageInfo &out = view.storages[size_t(index)];
    if (in.dtype == out.dtype) {
        *data = source.storageLittleEndian(index, buffer, error);
        return *data != nullptr;
    }
    std::vector<uchar> swapped;
    const uchar *src = source.storageLittleEndian(index, swapped, error);
    if (!src)
        return false;
    buffer.resize(size_t(out.nbytes));
    if (!castElements(src, in.dtype, buffer.data(), out.dtype, in.numel)) {
        *error
            = Phrase::translate("ckpt::Tensor", "cannot cast %1 to %2").arg(dtypeName(in.dtype), dtypeName(out.dtype));
        return false;
    }
    *data = buffer.data();
    return true;
}

bool streamTensor(const TensorData &source, const Checkpoint &view, int tensorIndex, qint64 chunkBytes,
    const std::function<bool(const uchar *, qint64)> &sink, Phrase *error)
{
    const TensorInfo &t = source.checkpoint().tensors[size_t(tensorIndex)];
    const DType outType = view.tensors[size_t(tensorIndex)].dtype;
    if (t.numel() == 0)
        return true;
    const std::unique_ptr<TensorReader> reader = source.reader(tensorIndex, error);
    if (!reader)
        return false;
    const qint64 numel = reader->numel();
    const bool cast = t.dtype != outType;
    const int widest = std::max(elementSize(t.dtype), elementSize(outType));
    const qint64 align = reader->alignment();
    const qint64 perChunk = std::max<qint64>(align, chunkBytes / widest / align * align);
    std::vector<uchar> scratch, converted;
    for (qint64 done = 0, n = 0; done < numel; done += n) {
        // Up to perChunk elements, in one piece of the source (so never copied to be joined).
        const qint64 want = std::min(perChunk, numel - done);
        const qint64 whole = reader->piece(done, want) / align * align;
        n = whole > 0 ? whole : want;
        const uchar *chunk = reader->bytes(done, n, scratch);
        qint64 size = bytesForValues(t.dtype, n);
        if (cast) {
            converted.resize(size_t(n * elementSize(outType)));
            if (!castElements(chunk, t.dtype, converted.data(), outType, n)) {
                *error = Phrase::translate("ckpt::Tensor", "cannot cast %1 to %2")
                             .arg(dtypeName(t.dtype), dtypeName(outType));
                return false;
            }
            chunk = converted.data();
            size = n * elementSize(outType);
        }
        if (!sink(chunk, size)) {
            if (error->isEmpty())
                *error = Phrase::translate("ckpt::Tensor", "writing stopped");
            return false;
        }
        reader->release(done, n);
    }
    return true;
}

} // namespace ckpt
