#include "model/stats/StatsRunner.h"

#include "model/backend/TorchBackend.h"
#include "model/tensor/ChunkPlanner.h"
#include "model/tensor/TensorValues.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <unordered_set>

namespace ckpt {
namespace {

// A per-channel quantized tensor's scales and zero points, as the reader recorded them.
bool perChannelParams(const Checkpoint &ckpt, int index, std::vector<int> *params)
{
    const TensorInfo &t = ckpt.tensors[size_t(index)];
    if (t.quant.scalesTensor < 0 || t.quant.zeroPointsTensor < 0 || t.quant.axis < 0
        || size_t(t.quant.axis) >= t.shape.size())
        return false;
    const qint64 channels = t.shape[size_t(t.quant.axis)];
    if (ckpt.tensors[size_t(t.quant.scalesTensor)].numel() != channels
        || ckpt.tensors[size_t(t.quant.zeroPointsTensor)].numel() != channels)
        return false;
    *params = { t.quant.scalesTensor, t.quant.zeroPointsTensor };
    return true;
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

std::vector<int> statsTensorIndexes(const Checkpoint &ckpt, const QString &glob)
{
    std::unordered_set<int> hidden;
    for (size_t i = 0; i < ckpt.tensors.size(); ++i) {
        std::vector<int> params;
        if (ckpt.tensors[i].isQuantized && perChannelParams(ckpt, int(i), &params))
            hidden.insert(params.begin(), params.end());
    }
    QRegularExpression re;
    if (!glob.isEmpty())
        re.setPattern(
            QRegularExpression::wildcardToRegularExpression(glob, QRegularExpression::UnanchoredWildcardConversion));
    std::vector<int> out;
    for (size_t i = 0; i < ckpt.tensors.size(); ++i) {
        const TensorInfo &t = ckpt.tensors[i];
        if (!t.reached || hidden.count(int(i)))
            continue;
        if (!glob.isEmpty()) {
            const QRegularExpressionMatch m = re.match(pathToString(t.path));
            if (!m.hasMatch() || m.capturedLength() != pathToString(t.path).size())
                continue;
        }
        out.push_back(int(i));
    }
    return out;
}

StatsRequest buildStatsRequest(const Checkpoint &ckpt, int tensorIndex, const StatsOptions &options)
{
    StatsRequest r;
    const TensorInfo &t = ckpt.tensors[size_t(tensorIndex)];
    r.dtype = t.dtype;
    r.elementSize = elementSize(t.dtype);
    r.numel = std::max<qint64>(t.numel(), 0);
    if (t.layout != QLatin1String("strided") || t.storageIndex < 0 || size_t(t.storageIndex) >= ckpt.storages.size()) {
        r.error = QStringLiteral("no data in the file (%1 tensor)").arg(t.layout);
        return r;
    }
    if (t.dtype == DType::Unknown) {
        r.error = QStringLiteral("unknown dtype");
        return r;
    }
    const StorageInfo &s = ckpt.storages[size_t(t.storageIndex)];
    StorageLocation loc = locateStorage(ckpt, s);
    if (!loc.error.isEmpty()) {
        r.error = loc.error;
        return r;
    }
    r.file = loc.file;
    r.inlineData = loc.inflated;
    r.storageFileOffset = loc.offset;
    r.storageNbytes = s.nbytes;
    r.bigEndian = s.bigEndian;

    int keepAxis = -1;
    if (t.isQuantized) {
        const bool packed = t.dtype == DType::QUInt4x2 || t.dtype == DType::QUInt2x4;
        if (t.quant.scheme.startsWith(QLatin1String("per_channel"))) {
            std::vector<int> params;
            std::vector<double> scales, zps;
            QString why;
            if (packed || !perChannelParams(ckpt, tensorIndex, &params)
                || !readTensorValues(ckpt, params[0], &scales, &why, 1 << 20)
                || !readTensorValues(ckpt, params[1], &zps, &why, 1 << 20)) {
                r.error = QStringLiteral("per-channel quantization parameters not found");
                return r;
            }
            r.perChannel = true;
            r.axis = keepAxis = t.quant.axis;
            r.channelScales = scales;
            for (double z : zps)
                r.channelZeroPoints.push_back(qint64(z));
        } else {
            r.scale = t.quant.scale;
            r.zeroPoint = t.quant.zeroPoint;
        }
        if (packed) {
            if (!t.isContiguous()) {
                r.error = QStringLiteral("non-contiguous packed quantized tensor");
                return r;
            }
            StatsPiece p; // packed values cannot be split at arbitrary elements
            p.offset = t.storageOffset;
            p.sizes = { r.numel };
            p.strides = { 1 };
            if (r.numel > 0)
                r.pieces.push_back(p);
            return r;
        }
    }
    r.pieces = planPieces(t.shape, t.strides, t.storageOffset, options.chunkElements, keepAxis);
    return r;
}

bool computeTensorStats(const Checkpoint &ckpt, const std::vector<int> &tensorIndexes, const StatsOptions &options,
    const StatsControl &control, std::vector<TensorStats> *out, QString *error)
{
    TorchBackend *backend = torchBackend(error);
    if (!backend)
        return false;
    StatsOptions opts = options;
    if (opts.binMode == BinMode::Exponential && opts.edges.empty())
        opts.edges = exponentialEdges();
    std::vector<StatsRequest> requests;
    requests.reserve(tensorIndexes.size());
    for (int i : tensorIndexes)
        requests.push_back(buildStatsRequest(ckpt, i, opts));
    return backend->computeStats(requests, opts, control, out, error);
}

std::vector<double> exponentialEdges()
{
    std::vector<double> positive;
    for (double v = 1e-12; v < 1e20; v *= 1.1)
        positive.push_back(v);
    std::vector<double> edges;
    edges.reserve(positive.size() * 2 + 1);
    for (auto it = positive.rbegin(); it != positive.rend(); ++it)
        edges.push_back(-*it);
    edges.push_back(0.0);
    edges.insert(edges.end(), positive.begin(), positive.end());
    return edges;
}

QJsonObject statsToJson(const TensorStats &st)
{
    QJsonObject o;
    o[QStringLiteral("numel")] = st.numel;
    o[QStringLiteral("finite")] = st.finite;
    o[QStringLiteral("min")] = number(st.min);
    o[QStringLiteral("max")] = number(st.max);
    o[QStringLiteral("mean")] = number(st.mean);
    o[QStringLiteral("std")] = number(st.std);
    o[QStringLiteral("abs_mean")] = number(st.absMean);
    o[QStringLiteral("zeros")] = st.zeros;
    o[QStringLiteral("nan")] = st.nan;
    o[QStringLiteral("inf")] = st.inf;
    QJsonObject pct;
    for (const auto &p : st.percentiles)
        pct[QString::number(p.first)] = number(p.second);
    o[QStringLiteral("percentiles")] = pct;
    o[QStringLiteral("percentiles_exact")] = st.percentilesExact;
    if (st.histogram.empty()) {
        o[QStringLiteral("histogram")] = QJsonValue();
    } else {
        QJsonArray edges, counts;
        for (double e : st.histogram.edges)
            edges.append(e);
        for (qint64 c : st.histogram.counts)
            counts.append(c);
        o[QStringLiteral("histogram")] = QJsonObject { { QStringLiteral("bins"), int(st.histogram.counts.size()) },
            { QStringLiteral("edges"), edges }, { QStringLiteral("counts"), counts } };
    }
    return o;
}

} // namespace ckpt
