#include "model/checkpoint/CheckpointJson.h"

#include "model/checkpoint/Summary.h"

namespace ckpt {

namespace {
QJsonArray intsToJson(const std::vector<qint64> &v)
{
    QJsonArray a;
    for (qint64 x : v)
        a.append(x);
    return a;
}

QJsonObject mapToJson(const QMap<QString, qint64> &m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

QJsonArray pathToJson(const Path &path)
{
    QJsonArray a;
    for (const PathPart &p : path) {
        if (p.isIndex)
            a.append(p.index);
        else
            a.append(p.key);
    }
    return a;
}

QJsonObject tensorToJson(const Checkpoint &ckpt, const TensorInfo &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), pathToJson(t.path));
    o.insert(QStringLiteral("dtype"), dtypeName(t.dtype));
    o.insert(QStringLiteral("shape"), intsToJson(t.shape));
    o.insert(QStringLiteral("stride"), intsToJson(t.strides));
    o.insert(QStringLiteral("storage_offset"), t.storageOffset);
    o.insert(QStringLiteral("numel"), t.numel());
    o.insert(QStringLiteral("nbytes"), t.nbytes());
    o.insert(QStringLiteral("requires_grad"), t.requiresGrad);
    o.insert(QStringLiteral("is_parameter"), t.isParameter);
    if (t.layout != QLatin1String("strided"))
        o.insert(QStringLiteral("layout"), t.layout);
    if (!t.subclass.isEmpty())
        o.insert(QStringLiteral("subclass"), t.subclass);
    if (t.storageIndex >= 0) {
        const StorageInfo &s = ckpt.storages[size_t(t.storageIndex)];
        o.insert(QStringLiteral("device"), s.device);
        o.insert(QStringLiteral("storage_key"), s.key);
        o.insert(QStringLiteral("storage_nbytes"), s.nbytes);
        if (s.fileOffset >= 0)
            o.insert(QStringLiteral("file_offset"), s.fileOffset + t.storageOffset * elementSize(t.dtype));
    } else {
        o.insert(QStringLiteral("device"), t.layout == QLatin1String("meta") ? QStringLiteral("meta") : QString());
    }
    if (t.isQuantized) {
        QJsonObject q;
        q.insert(QStringLiteral("scheme"), t.quant.scheme);
        if (t.quant.scheme.startsWith(QLatin1String("per_tensor"))) {
            q.insert(QStringLiteral("scale"), t.quant.scale);
            q.insert(QStringLiteral("zero_point"), t.quant.zeroPoint);
        } else {
            q.insert(QStringLiteral("axis"), t.quant.axis);
        }
        o.insert(QStringLiteral("quantized"), q);
    }
    return o;
}

QJsonObject findingToJson(const Finding &f)
{
    QJsonObject o;
    if (!f.global.isEmpty())
        o.insert(QStringLiteral("global"), f.global);
    o.insert(QStringLiteral("verdict"), verdictName(f.verdict));
    o.insert(QStringLiteral("where"), f.where);
    if (!f.detail.isEmpty())
        o.insert(QStringLiteral("detail"), f.detail);
    return o;
}

QJsonObject checkpointToJson(const Checkpoint &ckpt)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), ckpt.file);
    o.insert(QStringLiteral("format"), formatName(ckpt.format));
    o.insert(QStringLiteral("file_size"), ckpt.fileSize);
    QJsonObject facts;
    for (const auto &f : ckpt.facts)
        facts.insert(f.first, f.second);
    o.insert(QStringLiteral("facts"), facts);
    QJsonArray tensors;
    for (const TensorInfo &t : ckpt.tensors)
        if (t.reached)
            tensors.append(tensorToJson(ckpt, t));
    o.insert(QStringLiteral("tensors"), tensors);
    const Summary s = Summary::of(ckpt);
    QJsonObject totals;
    totals.insert(QStringLiteral("tensors"), s.tensors);
    totals.insert(QStringLiteral("parameters"), s.parameters);
    totals.insert(QStringLiteral("bytes_used"), s.bytesUsed);
    totals.insert(QStringLiteral("bytes_stored"), s.bytesStored);
    totals.insert(QStringLiteral("bytes_by_dtype"), mapToJson(s.bytesByDtype));
    totals.insert(QStringLiteral("bytes_by_device"), mapToJson(s.bytesByDevice));
    o.insert(QStringLiteral("totals"), totals);
    QJsonArray findings;
    for (const Finding &f : ckpt.findings)
        findings.append(findingToJson(f));
    o.insert(QStringLiteral("findings"), findings);
    o.insert(QStringLiteral("weights_only_loadable"), ckpt.weightsOnlyLoadable());
    o.insert(QStringLiteral("safety"), Summary::safetyLine(ckpt));
    if (!ckpt.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(ckpt.warnings));
    if (!ckpt.ok())
        o.insert(QStringLiteral("error"), ckpt.error);
    return o;
}

} // namespace ckpt
