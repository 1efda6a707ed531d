// Value comparison of aligned tensors: bytes read through the mmaps in bounded chunks,
// work split into segments so both cores stay busy even on one large tensor.
#include "model/diff/Diff.h"

#include "model/io/ByteSource.h"
#include "model/tensor/TensorValues.h"

#include <QHash>
#include <QThread>

#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <thread>

namespace ckpt {
namespace {

constexpr qint64 kSegment = qint64(1) << 22; // elements per work item

// Open files, shared by the workers (a shard set maps several).
class Sources {
public:
    ByteSourcePtr get(const QString &file, QString *error)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        auto it = m_open.find(file);
        if (it != m_open.end())
            return it.value();
        ByteSourcePtr s = ByteSource::open(file, error);
        if (s)
            m_open.insert(file, s);
        return s;
    }

private:
    std::mutex m_mutex;
    QHash<QString, ByteSourcePtr> m_open;
};

// Where one tensor's elements are and how to decode them.
struct View {
    const uchar *base = nullptr;
    DType dtype = DType::Unknown;
    int es = 0;
    bool bigEndian = false;
    bool contiguous = false;
    bool quant = false;
    double scale = 1, zero = 0;
    std::vector<qint64> shape, strides;
    qint64 offset = 0;
    ByteSourcePtr src; // keeps the mapping alive
    QByteArray inflated; // a deflated record, inflated (bounded by locateStorage)

    double value(qint64 elem) const
    {
        const double v = decodeElement(base + elem * es, dtype, bigEndian);
        return quant ? (v - zero) * scale : v;
    }
};

bool makeView(const Checkpoint &c, int index, Sources &sources, View *v, QString *error)
{
    const TensorInfo &t = c.tensors[size_t(index)];
    if (t.layout != QLatin1String("strided") || t.storageIndex < 0 || size_t(t.storageIndex) >= c.storages.size())
        return *error = QStringLiteral("no data in the file (%1 tensor)").arg(t.layout), false;
    if (t.dtype == DType::Unknown || t.dtype == DType::QUInt4x2 || t.dtype == DType::QUInt2x4
        || t.strides.size() != t.shape.size() || t.numel() < 0)
        return *error = QStringLiteral("unsupported dtype or layout"), false;
    const StorageInfo &s = c.storages[size_t(t.storageIndex)];
    StorageLocation loc = locateStorage(c, s);
    if (!loc.error.isEmpty())
        return *error = loc.error, false;
    qint64 available = 0;
    if (s.compressed) {
        v->inflated = loc.inflated;
        v->base = reinterpret_cast<const uchar *>(v->inflated.constData());
        available = v->inflated.size();
    } else {
        v->src = sources.get(loc.file, error);
        if (!v->src)
            return false;
        if (!v->src->contains(loc.offset, s.nbytes))
            return *error = QStringLiteral("storage bytes lie outside the file"), false;
        v->base = v->src->data() + loc.offset;
        available = s.nbytes;
    }
    v->dtype = t.dtype;
    v->es = elementSize(t.dtype);
    v->bigEndian = s.bigEndian;
    v->shape = t.shape;
    v->strides = t.strides;
    v->offset = t.storageOffset;
    v->contiguous = t.isContiguous();
    v->quant = t.isQuantized && t.quant.scheme.startsWith(QLatin1String("per_tensor"));
    v->scale = t.quant.scale;
    v->zero = double(t.quant.zeroPoint);
    if (t.numel() == 0)
        return true;
    // Every element the strides can reach must lie inside the storage: checked once here.
    qint64 lo = t.storageOffset, hi = t.storageOffset;
    for (size_t d = 0; d < t.shape.size(); ++d) {
        const qint64 reach = (t.shape[d] - 1) * t.strides[d];
        (reach < 0 ? lo : hi) += reach;
    }
    if (lo < 0 || (hi + 1) * v->es > available)
        return *error = QStringLiteral("tensor reaches past the end of its storage"), false;
    return true;
}

// Element offsets of a strided view in row-major order, from a flat start index.
class Cursor {
public:
    Cursor(const View &v, qint64 start) : m_v(v), m_idx(v.shape.size(), 0), m_elem(v.offset)
    {
        for (size_t d = v.shape.size(); d-- > 0;) {
            m_idx[d] = start % v.shape[d];
            start /= v.shape[d];
            m_elem += m_idx[d] * v.strides[d];
        }
    }
    qint64 next()
    {
        const qint64 e = m_elem;
        for (size_t d = m_idx.size(); d-- > 0;) {
            m_elem += m_v.strides[d];
            if (++m_idx[d] < m_v.shape[d])
                break;
            m_elem -= m_idx[d] * m_v.strides[d];
            m_idx[d] = 0;
        }
        return e;
    }

private:
    const View &m_v;
    std::vector<qint64> m_idx;
    qint64 m_elem;
};

struct Accumulator {
    qint64 n = 0, differing = 0;
    double sumAbs = 0, sumSqD = 0, sumSqA = 0, sumSqB = 0, dot = 0, maxAbs = 0;
    bool nan = false;

    void merge(const Accumulator &o)
    {
        n += o.n;
        differing += o.differing;
        sumAbs += o.sumAbs;
        sumSqD += o.sumSqD;
        sumSqA += o.sumSqA;
        sumSqB += o.sumSqB;
        dot += o.dot;
        maxAbs = std::max(maxAbs, o.maxAbs);
        nan = nan || o.nan;
    }
};

struct Pair {
    TensorDiff *diff = nullptr;
    View a, b;
    qint64 numel = 0;
    std::atomic_bool differs { false };
    std::mutex mutex;
    Accumulator acc;
};

struct Item {
    Pair *pair;
    qint64 begin, end;
};

bool bytesEqual(const Pair &p, qint64 begin, qint64 end)
{
    const int es = p.a.es;
    if (p.a.contiguous && p.b.contiguous)
        return std::memcmp(p.a.base + (p.a.offset + begin) * es, p.b.base + (p.b.offset + begin) * es,
                   size_t((end - begin) * es))
            == 0;
    Cursor ca(p.a, begin), cb(p.b, begin);
    for (qint64 k = begin; k < end; ++k)
        if (std::memcmp(p.a.base + ca.next() * es, p.b.base + cb.next() * es, size_t(es)) != 0)
            return false;
    return true;
}

void accumulate(Pair &p, qint64 begin, qint64 end, qint64 chunk, const std::atomic_bool *cancel,
    const std::function<void(qint64)> &advance)
{
    Accumulator acc;
    Cursor ca(p.a, begin), cb(p.b, begin);
    for (qint64 k = begin; k < end; k += chunk) {
        if (cancel && cancel->load())
            return;
        const qint64 stop = std::min(end, k + chunk);
        for (qint64 i = k; i < stop; ++i) {
            const double x = p.a.value(ca.next()), y = p.b.value(cb.next());
            const double d = std::abs(x - y);
            if (std::isnan(d))
                acc.nan = true;
            else if (d > acc.maxAbs)
                acc.maxAbs = d;
            acc.differing += !(x == y);
            acc.sumAbs += d;
            acc.sumSqD += d * d;
            acc.sumSqA += x * x;
            acc.sumSqB += y * y;
            acc.dot += x * y;
        }
        acc.n += stop - k;
        advance(stop - k);
    }
    std::lock_guard<std::mutex> lock(p.mutex);
    p.acc.merge(acc);
}

ValueMetrics finish(const Accumulator &acc)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    ValueMetrics m;
    m.valid = true;
    m.numel = acc.n;
    m.differing = acc.differing;
    m.maxAbs = acc.nan ? nan : acc.maxAbs;
    m.meanAbs = acc.n ? acc.sumAbs / double(acc.n) : 0.0;
    const double na = std::sqrt(acc.sumSqA), nb = std::sqrt(acc.sumSqB), nd = std::sqrt(acc.sumSqD);
    m.relL2 = na > 0 ? nd / na : (nd == 0 ? 0.0 : nan);
    m.cosine = na > 0 && nb > 0 ? acc.dot / (na * nb) : nan;
    return m;
}

// Runs `work` on each item from `threads` threads (the calling thread is one of them).
void runItems(const std::vector<Item> &items, int threads, const std::function<void(const Item &)> &work)
{
    std::atomic<size_t> next { 0 };
    auto loop = [&] {
        for (size_t i = next++; i < items.size(); i = next++)
            work(items[i]);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && size_t(t) < items.size(); ++t)
        pool.emplace_back(loop);
    loop();
    for (std::thread &t : pool)
        t.join();
}

std::vector<Item> segments(std::vector<std::unique_ptr<Pair>> &pairs, bool (*wanted)(const Pair &))
{
    std::vector<Item> items;
    for (auto &p : pairs)
        if (wanted(*p))
            for (qint64 s = 0; s < p->numel; s += kSegment)
                items.push_back(Item { p.get(), s, std::min(p->numel, s + kSegment) });
    return items;
}

} // namespace

void compareValues(const Checkpoint &a, const Checkpoint &b, DiffResult *result, const DiffOptions &options,
    const DiffControl &control)
{
    Sources sources;
    std::vector<std::unique_ptr<Pair>> pairs;
    for (TensorDiff &d : result->tensors) {
        const bool sameLayout = d.status == DiffStatus::Changed;
        if (!sameLayout && !(d.status == DiffStatus::DtypeMismatch))
            continue;
        auto p = std::make_unique<Pair>();
        p->diff = &d;
        QString whyA, whyB;
        const bool okA = makeView(a, d.indexA, sources, &p->a, &whyA);
        const bool okB = makeView(b, d.indexB, sources, &p->b, &whyB);
        if (!okA || !okB) {
            // Two data-less tensors (meta) of one shape and dtype have nothing more to compare.
            if (!okA && !okB && sameLayout && whyA == whyB && whyA.startsWith(QLatin1String("no data"))) {
                d.status = DiffStatus::Same;
            } else {
                d.status = DiffStatus::Error;
                d.error = !okA ? QStringLiteral("A: ") + whyA : QStringLiteral("B: ") + whyB;
            }
            continue;
        }
        p->numel = a.tensors[size_t(d.indexA)].numel();
        p->differs = !sameLayout; // a dtype mismatch always gets value metrics
        pairs.push_back(std::move(p));
    }

    const int threads = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
    const qint64 chunk = std::max<qint64>(1024, options.chunkElements);
    std::mutex progressMutex;
    std::atomic<qint64> done { 0 };
    qint64 total = 1, base = 0, span = 100;
    qint64 lastReported = -1;
    auto advance = [&](qint64 n) {
        const qint64 d = done += n;
        if (!control.progress)
            return;
        const qint64 permille = base + span * std::min(d, total) / total;
        std::lock_guard<std::mutex> lock(progressMutex);
        if (permille > lastReported) {
            lastReported = permille;
            control.progress(permille, 1000);
        }
    };
    const std::atomic_bool *cancel = control.cancel;

    // Phase 1: bit-identical? Same dtype and shape only; stops a tensor at its first difference.
    std::vector<Item> p1 = segments(pairs, [](const Pair &p) { return !p.differs.load(); });
    for (const Item &it : p1)
        total += it.end - it.begin;
    runItems(p1, threads, [&](const Item &it) {
        if ((cancel && cancel->load()) || it.pair->differs.load()) {
            advance(it.end - it.begin);
            return;
        }
        for (qint64 s = it.begin; s < it.end && !it.pair->differs.load(); s += chunk) {
            const qint64 e = std::min(it.end, s + chunk);
            if (!bytesEqual(*it.pair, s, e))
                it.pair->differs = true;
            advance(e - s);
            if (cancel && cancel->load())
                return;
        }
    });

    // Phase 2: metrics in double for what differs.
    std::vector<Item> p2 = segments(pairs, [](const Pair &p) { return p.differs.load(); });
    done = 0;
    total = 1;
    base = 100;
    span = 900;
    for (const Item &it : p2)
        total += it.end - it.begin;
    runItems(p2, threads, [&](const Item &it) { accumulate(*it.pair, it.begin, it.end, chunk, cancel, advance); });

    if (cancel && cancel->load()) {
        result->cancelled = true;
        return;
    }
    for (auto &p : pairs) {
        if (!p->differs) {
            p->diff->status = DiffStatus::Same;
            continue;
        }
        p->diff->metrics = finish(p->acc);
    }
    if (control.progress)
        control.progress(1000, 1000);
}

} // namespace ckpt
