#pragma once

#include "model/stats/StatsTypes.h"

#include <vector>

namespace ckpt {

// Splits a strided view into pieces of at most about `budget` elements. Statistics do
// not depend on element order, so dimensions are reordered by falling stride and merged
// where contiguous: every piece then reads one short span of the storage, even for a
// transposed tensor. With keepAxis >= 0 (per-channel quantized) the dimension order is
// kept and only dimension 0 is split, so each piece knows its first channel.
std::vector<StatsPiece> planPieces(const std::vector<qint64> &shape, const std::vector<qint64> &strides,
    qint64 storageOffset, qint64 budget, int keepAxis = -1);

} // namespace ckpt
