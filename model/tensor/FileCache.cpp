#include "model/tensor/FileCache.h"

#include "model/io/ZipDirectory.h"

#include <algorithm>

#include <sys/mman.h>
#include <unistd.h>

namespace ckpt {

FileCache::FileCache() = default;
FileCache::~FileCache() = default;

ByteSourcePtr FileCache::file(const QString &path, Phrase *error)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (ByteSourcePtr s = m_files.value(path))
        return s;
    ByteSourcePtr s = ByteSource::open(path, error);
    if (s)
        m_files.insert(path, s);
    return s;
}

ByteSourcePtr FileCache::inflated(const QString &path, const QString &recordName, Phrase *error)
{
    const QString key = path + QLatin1Char('\n') + recordName;
    std::shared_ptr<ZipDirectory> zip;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (ByteSourcePtr s = m_inflated.value(key))
            return s;
        zip = m_zips.value(path);
    }
    if (!zip) {
        const ByteSourcePtr src = file(path, error);
        if (!src)
            return nullptr;
        zip = std::make_shared<ZipDirectory>();
        if (!zip->read(src)) {
            *error = zip->error();
            return nullptr;
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_zips.insert(path, zip);
    }
    const ZipEntry *e = zip->find(recordName);
    if (!e) {
        *error = Phrase::translate("ckpt::Tensor", "record %1 is not in the zip directory").arg(recordName);
        return nullptr;
    }
    if (e->uncompressedSize > kMaxInflatedRecord) {
        *error = Phrase::translate(
            "ckpt::Tensor", "deflated record %1 is too large to inflate (%2 bytes, the limit is %3)")
                     .arg(recordName)
                     .arg(e->uncompressedSize)
                     .arg(kMaxInflatedRecord);
        return nullptr;
    }
    QByteArray bytes;
    Phrase why;
    if (!zip->readEntry(*e, &bytes, &why, true)) {
        *error = why;
        return nullptr;
    }
    ByteSourcePtr s = ByteSource::fromBytes(bytes, recordName);
    std::lock_guard<std::mutex> lock(m_mutex);
    if (ByteSourcePtr other = m_inflated.value(key))
        return other; // another thread inflated it meanwhile
    for (auto it = m_inflated.begin(); it != m_inflated.end() && m_inflatedBytes + s->size() > kInflatedBudget;) {
        if (it.value().use_count() == 1) { // nobody reads it now
            m_inflatedBytes -= it.value()->size();
            it = m_inflated.erase(it);
        } else {
            ++it;
        }
    }
    m_inflated.insert(key, s);
    m_inflatedBytes += s->size();
    return s;
}

void releaseMappedPages(const uchar *data, qint64 size)
{
    static const quintptr page = quintptr(::sysconf(_SC_PAGESIZE));
    const quintptr begin = (quintptr(data) + page - 1) & ~(page - 1);
    const quintptr end = (quintptr(data) + quintptr(size)) & ~(page - 1);
    if (end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED);
}

void releaseMappedRange(const ByteSource &mapping, const uchar *data, qint64 size)
{
    static const quintptr page = quintptr(::sysconf(_SC_PAGESIZE));
    constexpr quintptr kLargestFolio = quintptr(2) << 20; // a PMD with 4 KiB pages
    constexpr quintptr kFaultAround = quintptr(64) << 10; // the kernel's fault_around_bytes
    if (!mapping.isMapped() || size <= 0)
        return;
    // Offsets in the file, where folios are aligned; the mapping starts on a page boundary
    // and ends on one (mmap maps whole pages).
    const quintptr lo = quintptr(mapping.data());
    const quintptr mapped = (quintptr(mapping.size()) + page - 1) & ~(page - 1);
    const quintptr first = quintptr(data) - lo;
    const quintptr begin = first & ~(kLargestFolio - 1);
    const quintptr end = std::min(mapped, ((first + quintptr(size) + page - 1) & ~(page - 1)) + kFaultAround);
    if (end > begin)
        ::madvise(reinterpret_cast<void *>(lo + begin), end - begin, MADV_DONTNEED);
}

} // namespace ckpt
