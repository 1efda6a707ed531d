#include "model/convert/CastPreview.h"

#include "model/tensor/Cast.h"
#include "model/tensor/TensorData.h"

#include <algorithm>
#include <cmath>

namespace ckpt {

namespace {
constexpr qint64 kBlock = qint64(1) << 18; // elements: the four buffers stay in L2

struct Block {
    int risk = 0;
    qint64 first = 0, count = 0;
    qint64 overflow = 0, underflow = 0;
    double maxAbsError = 0;
};

struct Scratch {
    std::vector<uchar> gathered, cast;
    std::vector<double> before, after;
};
} // namespace

std::vector<CastRisk> previewCasts(const Checkpoint &source, const Checkpoint &view, const WorkControl &control)
{
    std::vector<CastRisk> risks;
    const TensorData data(source);
    std::vector<std::unique_ptr<TensorReader>> readers;
    std::vector<Block> blocks;
    for (size_t i = 0; i < view.tensors.size() && i < source.tensors.size(); ++i) {
        const TensorInfo &out = view.tensors[i];
        const TensorInfo &in = source.tensors[i];
        if (!out.reached || out.storageIndex < 0 || out.layout != TensorLayout::Strided || in.isQuantized
            || in.dtype == out.dtype || !canCast(in.dtype, out.dtype))
            continue;
        CastRisk r;
        r.tensorIndex = int(i);
        r.path = pathToString(out.path);
        r.from = in.dtype;
        r.to = out.dtype;
        r.numel = in.numel();
        std::unique_ptr<TensorReader> reader = data.reader(int(i), &r.error, ElementOrder::Storage);
        if (reader)
            for (qint64 first = 0; first < r.numel; first += kBlock)
                blocks.push_back({ int(risks.size()), first, std::min(kBlock, r.numel - first) });
        readers.push_back(std::move(reader));
        risks.push_back(std::move(r));
    }

    qint64 total = 0;
    for (const Block &b : blocks)
        total += b.count;
    Progress progress(control, total);
    std::vector<Scratch> scratch(size_t(workerCount(0)));
    const bool finished = parallelFor(
        qint64(blocks.size()), int(scratch.size()),
        [&](qint64 item, int worker) {
            Block &b = blocks[size_t(item)];
            const CastRisk &r = risks[size_t(b.risk)];
            const TensorReader &reader = *readers[size_t(b.risk)];
            Scratch &s = scratch[size_t(worker)];
            s.cast.resize(size_t(b.count * elementSize(r.to)));
            s.before.resize(size_t(b.count));
            s.after.resize(size_t(b.count));
            const uchar *bytes = reader.bytes(b.first, b.count, s.gathered);
            castElements(bytes, r.from, s.cast.data(), r.to, b.count);
            decodeValues(bytes, r.from, b.count, s.before.data());
            decodeValues(s.cast.data(), r.to, b.count, s.after.data());
            reader.release(b.first, b.count);
            qint64 overflow = 0, underflow = 0;
            double err = 0;
            for (qint64 k = 0; k < b.count; ++k) {
                const double x = s.before[size_t(k)], y = s.after[size_t(k)];
                const bool finiteX = std::isfinite(x), finiteY = std::isfinite(y);
                overflow += finiteX && std::isinf(y);
                underflow += x != 0 && y == 0;
                if (finiteX && finiteY)
                    err = std::max(err, std::fabs(y - x));
            }
            b.overflow = overflow;
            b.underflow = underflow;
            b.maxAbsError = err;
            progress.advance(b.count);
        },
        control.cancel);
    if (!finished)
        return {}; // cancelled: nothing half-counted is shown
    for (const Block &b : blocks) {
        CastRisk &r = risks[size_t(b.risk)];
        r.overflow += b.overflow;
        r.underflow += b.underflow;
        r.maxAbsError = std::max(r.maxAbsError, b.maxAbsError);
    }
    progress.finish();
    return risks;
}

void sortByHarm(std::vector<CastRisk> &risks)
{
    std::stable_sort(risks.begin(), risks.end(), [](const CastRisk &a, const CastRisk &b) {
        if (a.overflow != b.overflow)
            return a.overflow > b.overflow;
        if (a.underflow != b.underflow)
            return a.underflow > b.underflow;
        return a.maxAbsError > b.maxAbsError;
    });
}

} // namespace ckpt
