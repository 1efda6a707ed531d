#include "model/tensor/TensorBytes.h"

#include "model/tensor/Cast.h"

#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

namespace ckpt {

const uchar *SourceBytes::storage(int index, QString *error)
{
    if (index < 0 || size_t(index) >= m_source.storages.size()) {
        *error = QStringLiteral("storage index out of range");
        return nullptr;
    }
    const StorageInfo &s = m_source.storages[size_t(index)];
    if (s.compressed && !s.recordName.isEmpty()) {
        auto it = m_inflated.find(index);
        if (it != m_inflated.end())
            return reinterpret_cast<const uchar *>(it->constData());
        ByteSourcePtr src = ByteSource::open(s.file.isEmpty() ? m_source.file : s.file, error);
        ZipDirectory zip;
        if (!src || !zip.read(src)) {
            if (error->isEmpty())
                *error = zip.error();
            return nullptr;
        }
        const ZipEntry *e = zip.find(s.recordName);
        QByteArray data;
        if (!e || !zip.readEntry(*e, &data, error, true) || data.size() < s.nbytes) {
            if (error->isEmpty())
                *error = QStringLiteral("storage '%1' cannot be read").arg(s.key);
            return nullptr;
        }
        return reinterpret_cast<const uchar *>(m_inflated.insert(index, data)->constData());
    }
    if (s.fileOffset < 0) {
        *error = QStringLiteral("storage '%1' is missing from the file").arg(s.key);
        return nullptr;
    }
    if (s.bigEndian && elementSize(s.dtype) > 1) {
        *error = QStringLiteral("storage '%1' is big-endian (not supported)").arg(s.key);
        return nullptr;
    }
    const QString file = s.file.isEmpty() ? m_source.file : s.file;
    ByteSourcePtr src = m_files.value(file);
    if (!src) {
        src = ByteSource::open(file, error);
        if (!src)
            return nullptr;
        m_files.insert(file, src);
    }
    if (!src->contains(s.fileOffset, s.nbytes)) {
        *error = QStringLiteral("storage '%1' runs past the end of %2").arg(s.key, file);
        return nullptr;
    }
    return src->data() + s.fileOffset;
}

bool outputStorage(const Checkpoint &source, const Checkpoint &view, int index, SourceBytes &bytes,
    std::vector<uchar> &buffer, const uchar **data, QString *error)
{
    const uchar *src = bytes.storage(index, error);
    if (!src)
        return false;
    const StorageInfo &in = source.storages[size_t(index)];
    const StorageInfo &out = view.storages[size_t(index)];
    if (in.dtype == out.dtype) {
        *data = src;
        return true;
    }
    buffer.resize(size_t(out.nbytes));
    if (!castElements(src, in.dtype, buffer.data(), out.dtype, in.numel)) {
        *error = QStringLiteral("cannot cast %1 to %2").arg(dtypeName(in.dtype), dtypeName(out.dtype));
        return false;
    }
    *data = buffer.data();
    return true;
}

bool streamTensor(const Checkpoint &source, const Checkpoint &view, int tensorIndex, SourceBytes &bytes,
    qint64 chunkBytes, const std::function<bool(const uchar *, qint64)> &sink, QString *error)
{
    const TensorInfo &t = source.tensors[size_t(tensorIndex)];
    const DType outType = view.tensors[size_t(tensorIndex)].dtype;
    const qint64 numel = t.numel();
    if (numel == 0)
        return true;
    const uchar *base = bytes.storage(t.storageIndex, error);
    if (!base)
        return false;
    const int inSize = elementSize(t.dtype);
    const int outSize = elementSize(outType);
    const bool cast = t.dtype != outType;
    const qint64 perChunk = std::max<qint64>(1, chunkBytes / std::max(inSize, outSize));
    std::vector<uchar> gathered, converted;
    const bool contiguous = t.isContiguous();
    // Multi-index over the shape for strided views (stride 0, transposes, steps).
    std::vector<qint64> idx(t.shape.size(), 0);
    qint64 done = 0;
    while (done < numel) {
        const qint64 n = std::min(perChunk, numel - done);
        const uchar *chunk;
        if (contiguous) {
            chunk = base + (t.storageOffset + done) * inSize;
        } else {
            gathered.resize(size_t(n * inSize));
            for (qint64 i = 0; i < n; ++i) {
                qint64 off = t.storageOffset;
                for (size_t d = 0; d < idx.size(); ++d)
                    off += idx[d] * t.strides[d];
                std::memcpy(gathered.data() + i * inSize, base + off * inSize, size_t(inSize));
                for (size_t d = idx.size(); d-- > 0;) {
                    if (++idx[d] < t.shape[d])
                        break;
                    idx[d] = 0;
                }
            }
            chunk = gathered.data();
        }
        if (cast) {
            converted.resize(size_t(n * outSize));
            if (!castElements(chunk, t.dtype, converted.data(), outType, n)) {
                *error = QStringLiteral("cannot cast %1 to %2").arg(dtypeName(t.dtype), dtypeName(outType));
                return false;
            }
            chunk = converted.data();
        }
        if (!sink(chunk, n * outSize)) {
            if (error->isEmpty())
                *error = QStringLiteral("writing stopped");
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace ckpt

namespace ckpt {

void releasePages(const uchar *data, qint64 size)
{
    // Read-only file mappings: dropping them only forgets our copy of the page-cache pages,
    // so peak memory stays near the largest cast storage instead of the file size.
    static const quintptr page = quintptr(::sysconf(_SC_PAGESIZE));
    const quintptr begin = (quintptr(data) + page - 1) & ~(page - 1);
    const quintptr end = (quintptr(data) + quintptr(size)) & ~(page - 1);
    if (end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED);
}

} // namespace ckpt
