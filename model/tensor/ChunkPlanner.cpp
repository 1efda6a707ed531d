#include "model/tensor/ChunkPlanner.h"

#include <algorithm>

namespace ckpt {
namespace {

struct Dim {
    qint64 size;
    qint64 stride;
};

void split(const std::vector<Dim> &dims, size_t k, qint64 offset, qint64 budget, std::vector<StatsPiece> *out)
{
    qint64 rest = 1; // elements below dimension k
    for (size_t i = k + 1; i < dims.size(); ++i)
        rest *= dims[i].size;
    auto piece = [&](qint64 off, qint64 rows) {
        StatsPiece p;
        p.offset = off;
        for (size_t i = k; i < dims.size(); ++i) {
            p.sizes.push_back(i == k ? rows : dims[i].size);
            p.strides.push_back(dims[i].stride);
        }
        out->push_back(std::move(p));
    };
    if (k >= dims.size()) {
        StatsPiece p;
        p.offset = offset;
        p.sizes = { 1 };
        p.strides = { 1 };
        out->push_back(std::move(p));
        return;
    }
    if (rest * dims[k].size <= budget) {
        piece(offset, dims[k].size);
        return;
    }
    if (rest <= budget) {
        const qint64 rows = std::max<qint64>(1, budget / rest);
        for (qint64 r = 0; r < dims[k].size; r += rows)
            piece(offset + r * dims[k].stride, std::min(rows, dims[k].size - r));
        return;
    }
    for (qint64 r = 0; r < dims[k].size; ++r)
        split(dims, k + 1, offset + r * dims[k].stride, budget, out);
}

} // namespace

std::vector<StatsPiece> planPieces(const std::vector<qint64> &shape, const std::vector<qint64> &strides,
    qint64 storageOffset, qint64 budget, int keepAxis)
{
    std::vector<StatsPiece> out;
    budget = std::max<qint64>(budget, 1);
    if (shape.size() != strides.size())
        return out;
    for (qint64 s : shape)
        if (s <= 0)
            return out; // no elements

    if (keepAxis >= 0) {
        qint64 rest = 1;
        for (size_t i = 1; i < shape.size(); ++i)
            rest *= shape[i];
        const qint64 rows = shape.empty() ? 1 : std::max<qint64>(1, budget / std::max<qint64>(rest, 1));
        const qint64 n0 = shape.empty() ? 1 : shape[0];
        for (qint64 r = 0; r < n0; r += rows) {
            StatsPiece p;
            p.sizes = shape;
            p.strides = strides;
            p.offset = storageOffset + (shape.empty() ? 0 : r * strides[0]);
            if (!shape.empty())
                p.sizes[0] = std::min(rows, n0 - r);
            p.channelStart = keepAxis == 0 ? r : 0;
            out.push_back(std::move(p));
        }
        return out;
    }

    std::vector<Dim> dims;
    for (size_t i = 0; i < shape.size(); ++i)
        if (shape[i] != 1)
            dims.push_back({ shape[i], strides[i] });
    std::stable_sort(dims.begin(), dims.end(), [](const Dim &a, const Dim &b) { return a.stride > b.stride; });
    std::vector<Dim> merged;
    for (const Dim &d : dims) {
        if (!merged.empty() && merged.back().stride == d.stride * d.size) {
            merged.back().size *= d.size;
            merged.back().stride = d.stride;
        } else {
            merged.push_back(d);
        }
    }
    split(merged, 0, storageOffset, budget, &out);
    return out;
}

} // namespace ckpt
