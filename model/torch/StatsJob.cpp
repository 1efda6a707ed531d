// Schedules the statistics work: maps each file read-only, runs the two passes (moments,
// then histogram over the now known range) on a few worker threads and keeps the
// resident set small by dropping the pages of each piece once it is done.
#include "model/torch/StatsJob.h"

#include "model/torch/StatsKernel.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ckpt::torchstats {
namespace {

// A read-only mapping of a whole file that can hand pages back to the kernel.
class MappedFile {
public:
    ~MappedFile()
    {
        if (m_data)
            ::munmap(const_cast<uchar *>(m_data), size_t(m_size));
    }
    bool open(const QString &path, QString *error)
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        struct stat st { };
        if (fd < 0 || ::fstat(fd, &st) != 0) {
            *error = QStringLiteral("cannot open %1").arg(path);
            if (fd >= 0)
                ::close(fd);
            return false;
        }
        m_size = st.st_size;
        if (m_size > 0) {
            void *p = ::mmap(nullptr, size_t(m_size), PROT_READ, MAP_SHARED, fd, 0);
            if (p == MAP_FAILED) {
                ::close(fd);
                *error = QStringLiteral("cannot map %1").arg(path);
                return false;
            }
            m_data = static_cast<const uchar *>(p);
        }
        ::close(fd);
        return true;
    }
    const uchar *data() const { return m_data; }
    qint64 size() const { return m_size; }
    // Drops our mapping of [offset, offset+len): the page cache keeps the data, RSS shrinks.
    void release(qint64 offset, qint64 len) const
    {
        static const qint64 page = ::sysconf(_SC_PAGESIZE);
        const qint64 begin = offset / page * page;
        const qint64 end = std::min(m_size, offset + len);
        if (m_data && end > begin)
            ::madvise(const_cast<uchar *>(m_data) + begin, size_t(end - begin), MADV_DONTNEED);
    }

private:
    const uchar *m_data = nullptr;
    qint64 m_size = 0;
};

// Runs fn(i) for i in [0, n) on `threads` threads (the caller's included).
template <typename Fn> void parallelFor(qint64 n, int threads, const Fn &fn)
{
    std::atomic<qint64> next { 0 };
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto work = [&] {
        initTorchThreads();
        for (qint64 i; (i = next.fetch_add(1)) < n;) {
            try {
                fn(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
            }
        }
    };
    const int extra = int(std::min<qint64>(threads, n)) - 1;
    std::vector<std::thread> pool;
    for (int t = 0; t < extra; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
}

// Element range [first, last] a piece touches, for bounds checks and page release.
std::pair<qint64, qint64> elementSpan(const StatsPiece &p)
{
    qint64 last = p.offset;
    for (size_t i = 0; i < p.sizes.size(); ++i)
        last += (p.sizes[i] - 1) * p.strides[i];
    return { p.offset, last };
}

qint64 packedPerByte(DType t)
{
    return t == DType::QUInt4x2 ? 2 : t == DType::QUInt2x4 ? 4 : 1;
}

// The bytes one piece reads, in native byte order. Big-endian files are copied and
// swapped (a piece is bounded, so is the copy); otherwise it is the mapping itself.
struct PieceBytes {
    std::vector<uchar> swapped;
    const uchar *storage = nullptr;
    StatsPiece piece;
};

PieceBytes bytesFor(const StatsRequest &req, const uchar *storage, const StatsPiece &piece)
{
    PieceBytes out;
    out.piece = piece;
    out.storage = storage;
    // Complex numbers swap each half; the module does not link ckpt_core's DType helpers.
    const bool complex
        = req.dtype == DType::Complex128 || req.dtype == DType::Complex64 || req.dtype == DType::Complex32;
    const int unit = complex ? req.elementSize / 2 : req.elementSize;
    if (!req.bigEndian || unit <= 1)
        return out;
    const auto span = elementSpan(piece);
    const size_t es = size_t(req.elementSize);
    const uchar *src = storage + span.first * req.elementSize;
    out.swapped.assign(src, src + size_t(span.second - span.first + 1) * es);
    for (size_t i = 0; i < out.swapped.size(); i += size_t(unit))
        std::reverse(out.swapped.begin() + qptrdiff(i), out.swapped.begin() + qptrdiff(i) + unit);
    out.storage = out.swapped.data();
    out.piece.offset = 0;
    return out;
}

QString checkRequest(const StatsRequest &req, qint64 available)
{
    if (!req.error.isEmpty())
        return req.error;
    if (req.storageFileOffset < 0 || req.storageNbytes < 0 || req.storageNbytes > available - req.storageFileOffset)
        return QStringLiteral("storage bytes lie outside the file");
    const qint64 per = packedPerByte(req.dtype);
    const qint64 capacity = req.storageNbytes / req.elementSize * per;
    for (const StatsPiece &p : req.pieces) {
        if (p.sizes.size() != p.strides.size())
            return QStringLiteral("bad piece");
        for (size_t i = 0; i < p.sizes.size(); ++i)
            if (p.sizes[i] <= 0 || p.strides[i] < 0)
                return QStringLiteral("bad piece");
        if (p.offset < 0 || elementSpan(p).second >= capacity)
            return QStringLiteral("tensor reaches past the end of its storage");
    }
    return {};
}

} // namespace

bool runJob(const std::vector<StatsRequest> &requests, const StatsOptions &options, const StatsControl &control,
    std::vector<TensorStats> *out, QString *error)
{
    out->assign(requests.size(), TensorStats());
    const int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    qint64 total = 0;
    for (const StatsRequest &r : requests)
        total += 2 * r.numel;
    std::atomic<qint64> done { 0 };
    auto advance = [&](qint64 n) {
        const qint64 now = done.fetch_add(n) + n;
        if (control.progress)
            control.progress(now, total);
    };

    QHash<QString, std::shared_ptr<MappedFile>> files;
    // Keep a tensor's pages mapped between its two passes only while they are few.
    constexpr qint64 kKeepMappedBytes = qint64(64) << 20;

    // One tensor, both passes; the pieces of a large tensor run in parallel.
    auto runTensorBody = [&](size_t index, int pieceThreads) {
        const StatsRequest &req = requests[index];
        TensorStats &st = (*out)[index];
        st.numel = req.numel;
        const uchar *storage = nullptr;
        const MappedFile *map = nullptr;
        qint64 available = 0;
        if (!req.inlineData.isEmpty() || req.file.isEmpty()) {
            storage = reinterpret_cast<const uchar *>(req.inlineData.constData()) + req.storageFileOffset;
            available = req.inlineData.size();
        } else {
            map = files.value(req.file).get();
            available = map ? map->size() : 0;
            storage = map ? map->data() + req.storageFileOffset : nullptr;
        }
        if (!req.error.isEmpty() || (req.numel > 0 && !storage && req.error.isEmpty())) {
            st.error = req.error.isEmpty() ? QStringLiteral("cannot read %1").arg(req.file) : req.error;
            return;
        }
        if (const QString bad = checkRequest(req, available); !bad.isEmpty()) {
            st.error = bad;
            return;
        }
        const qint64 spanBytes = req.storageNbytes;
        const bool dropEachPiece = map && spanBytes > kKeepMappedBytes;
        auto releasePiece = [&](const StatsPiece &p) {
            if (!dropEachPiece)
                return;
            const auto span = elementSpan(p);
            map->release(
                req.storageFileOffset + span.first * req.elementSize, (span.second - span.first + 1) * req.elementSize);
        };
        std::vector<Partial> partials(req.pieces.size());
        parallelFor(qint64(req.pieces.size()), pieceThreads, [&](qint64 i) {
            if (control.cancelled())
                return;
            const PieceBytes b = bytesFor(req, storage, req.pieces[size_t(i)]);
            partials[size_t(i)] = firstPass(req, b.storage, b.piece);
            releasePiece(req.pieces[size_t(i)]);
            advance(req.pieces[size_t(i)].numel());
        });
        Partial all;
        for (const Partial &p : partials)
            all.merge(p);
        st.zeros = all.zeros;
        st.nan = all.nan;
        st.inf = all.inf;
        st.finite = all.finite;
        if (all.finite > 0) {
            st.min = all.min;
            st.max = all.max;
            st.mean = all.mean;
            st.std = std::sqrt(all.m2 / double(all.finite));
            st.absMean = all.sumAbs / double(all.finite);
            Binning bin;
            bin.mode = options.binMode;
            bin.bins = std::max(1, options.bins);
            bin.min = all.min;
            bin.max = all.max;
            bin.edges = options.edges;
            bin.collectValues = all.finite <= options.exactPercentileLimit && !options.percentiles.empty();
            if (!bin.collectValues && !options.percentiles.empty()) {
                bin.fineBins = bin.bins; // about 2048 fine bins, a power-of-two multiple
                while (bin.fineBins < 2048)
                    bin.fineBins *= 2;
            }
            std::vector<PieceBins> bins(req.pieces.size());
            parallelFor(qint64(req.pieces.size()), pieceThreads, [&](qint64 i) {
                if (control.cancelled())
                    return;
                const PieceBytes b = bytesFor(req, storage, req.pieces[size_t(i)]);
                secondPass(req, b.storage, b.piece, bin, partials[size_t(i)].allFinite(), &bins[size_t(i)]);
                releasePiece(req.pieces[size_t(i)]);
                advance(req.pieces[size_t(i)].numel());
            });
            finishHistogram(bin, bins, options, &st);
        } else {
            advance(req.numel);
        }
        if (map && !dropEachPiece)
            map->release(req.storageFileOffset, spanBytes);
        st.ok = true;
    };
    auto runTensor = [&](size_t index, int pieceThreads) {
        try {
            runTensorBody(index, pieceThreads);
        } catch (const std::exception &e) { // a bad tensor must not stop the others
            (*out)[index].ok = false;
            (*out)[index].error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
        }
    };

    try {
        for (const StatsRequest &r : requests) {
            if (r.file.isEmpty() || !r.inlineData.isEmpty() || files.contains(r.file))
                continue;
            auto m = std::make_shared<MappedFile>();
            QString why;
            if (!m->open(r.file, &why))
                m.reset(); // each tensor of this file reports it
            files.insert(r.file, m);
        }
        // Small tensors go to the workers whole, large ones piece by piece.
        size_t i = 0;
        while (i < requests.size()) {
            if (control.cancelled())
                break;
            if (requests[i].pieces.size() > 1) {
                runTensor(i++, threads);
                continue;
            }
            size_t j = i;
            while (j < requests.size() && requests[j].pieces.size() <= 1 && j - i < 512)
                ++j;
            parallelFor(qint64(j - i), threads, [&](qint64 k) {
                if (!control.cancelled())
                    runTensor(i + size_t(k), 1);
            });
            i = j;
        }
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
        return false;
    }
    if (control.cancelled()) {
        *error = QStringLiteral("cancelled");
        return false;
    }
    return true;
}

} // namespace ckpt::torchstats
