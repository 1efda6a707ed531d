#include "model/lora/LoraMerge.h"

#include "model/check/StateDict.h"
#include "model/formats/CheckpointReader.h"
#include "model/io/OutputFile.h"
#include "model/io/Sha256.h"
#include "model/lora/LoraInfo.h"
#include "model/merge/Merge.h"
#include "model/tensor/Cast.h"
#include "model/tensor/ParallelFor.h"
#include "model/tensor/TensorData.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ckpt {

namespace {
const QString kPeftPrefix = QStringLiteral("base_model.model.");

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

qint64 product(const std::vector<qint64> &shape, size_t from)
{
    qint64 n = 1;
    for (size_t i = from; i < shape.size(); ++i)
        n *= shape[i];
    return n;
}

bool isFloating(DType t)
{
    return t == DType::Float64 || t == DType::Float32 || t == DType::Float16 || t == DType::BFloat16;
}

bool readable(const TensorInfo &t)
{
    return isFloating(t.dtype) && !t.isQuantized && t.layout == TensorLayout::Strided && t.storageIndex >= 0;
}

// One adapted weight: W (rows x cols as stored) += scale * (B @ A), or its transpose.
struct Target {
    QString module, weight; // the base's key
    int a = -1, b = -1; // the adapter's tensor indices
    qint64 rank = 0, outRows = 0, inCols = 0; // B is outRows x rank, A is rank x inCols
    double scale = 0;
    bool transposed = false;
};

LoraMergeReport failed(LoraMergeFailure f, const QString &why, const QString &file = QString())
{
    LoraMergeReport r;
    r.failure = f;
    r.error = why;
    r.errorFile = file;
    return r;
}

bool readAll(const TensorData &data, int index, std::vector<double> &out, Phrase *error)
{
    const std::unique_ptr<TensorReader> r = data.reader(index, error);
    if (!r)
        return false;
    const qint64 n = data.checkpoint().tensors[size_t(index)].numel();
    out.resize(size_t(n));
    std::vector<uchar> scratch;
    r->values(0, n, out.data(), scratch);
    r->release(0, n);
    return true;
}

// kohya names a module by its path with '.' as '_' after lora_unet_ / lora_te_ / lora_te1_ ...
QString kohyaPath(const QString &module)
{
    static const QRegularExpression prefix(QStringLiteral("^lora_(?:unet|te\\d*|transformer)_"));
    return QString(module).remove(prefix);
}
} // namespace

LoraMergeReport mergeLora(const LoraMergeOptions &o)
{
    for (const QString &f : { o.adapter, o.base })
        if (sameFile(f, o.write.output)
            || QFileInfo(f).absoluteFilePath() == QFileInfo(o.write.output).absoluteFilePath())
            return failed(LoraMergeFailure::Unreadable, QStringLiteral("refusing to write over an input"), f);
    const CheckpointPtr adapter = openCheckpoint(o.adapter);
    if (!adapter->ok())
        return failed(LoraMergeFailure::Unreadable, adapter->error.english(), o.adapter);
    const LoraSummary lora = inspectLora(*adapter, o.adapter);
    if (!lora.ok())
        return failed(LoraMergeFailure::Unreadable, lora.error, o.adapter);
    const CheckpointPtr base = openCheckpoint(o.base);
    if (!base->ok())
        return failed(LoraMergeFailure::Unreadable, base->error.english(), o.base);
    const StateDict sd = findStateDict(*base);
    if (!sd.found())
        return failed(LoraMergeFailure::Unreadable, QStringLiteral("holds no state_dict (no dict of tensors)"), o.base);
    QHash<QString, int> baseAt, adapterAt;
    for (const StateDictEntry &e : sd.entries)
        if (e.tensorIndex >= 0)
            baseAt.insert(e.key, e.tensorIndex);
    for (const StateDictEntry &e : findStateDict(*adapter).entries)
        if (e.tensorIndex >= 0)
            adapterAt.insert(e.key, e.tensorIndex);
    QHash<QString, QString> kohyaWeights; // a module path with '_' for '.' -> the base's weight key
    if (lora.layout == LoraLayout::Kohya)
        for (auto it = baseAt.begin(); it != baseAt.end(); ++it)
            if (it.key().endsWith(QLatin1String(".weight")))
                kohyaWeights.insert(it.key().chopped(7).replace(QLatin1Char('.'), QLatin1Char('_')), it.key());

    // The base's keys may lack the task model's prefix (a GPT2Model's "h.0..." for an adapter
    // of GPT2ForSequenceClassification's "transformer.h.0...") or carry one more: the one
    // prefix change that finds the first module's weight is applied to every name.
    QString strip, add;
    if (lora.layout == LoraLayout::Peft && !lora.modules.empty()) {
        const QString first = lora.modules.front().module;
        if (!baseAt.contains(first + QStringLiteral(".weight"))) {
            const QStringList parts = first.split(QLatin1Char('.'));
            for (qsizetype i = 1; i < parts.size() && strip.isEmpty(); ++i)
                if (baseAt.contains(parts.mid(i).join(QLatin1Char('.')) + QStringLiteral(".weight")))
                    strip = parts.mid(0, i).join(QLatin1Char('.')) + QLatin1Char('.');
            if (strip.isEmpty()) {
                QStringList found;
                for (auto it = baseAt.begin(); it != baseAt.end(); ++it)
                    if (it.key().endsWith(QLatin1Char('.') + first + QStringLiteral(".weight")))
                        found << it.key().chopped(first.size() + 7);
                if (found.size() == 1)
                    add = found.front();
            }
        }
    }
    auto inBase = [&](QString name) {
        if (!strip.isEmpty() && name.startsWith(strip))
            name = name.mid(strip.size());
        return add + name;
    };

    // Every check before a tensor is read.
    const QString baseName = QFileInfo(o.base).fileName();
    QHash<QString, Target> targets; // by the base's weight key
    QStringList targetOrder; // the adapter's order
    for (const LoraModule &m : lora.modules) {
        Target t;
        t.module = m.module;
        t.scale = m.scale;
        t.rank = m.rank;
        t.a = adapterAt.value(m.a, -1);
        t.b = adapterAt.value(m.b, -1);
        if (t.a < 0 || t.b < 0)
            return failed(LoraMergeFailure::Unreadable,
                QStringLiteral("%1 has no %2").arg(m.module, t.a < 0 ? m.a : m.b), o.adapter);
        if (lora.layout == LoraLayout::Kohya) {
            t.weight = kohyaWeights.value(kohyaPath(m.module));
            if (t.weight.isEmpty())
                return failed(LoraMergeFailure::Mismatch,
                    QStringLiteral("kohya module %1 maps onto no weight of %2 (its name, '.' as '_', matches no module "
                                   "of the base)")
                        .arg(m.module, baseName),
                    o.base);
        } else {
            t.weight = inBase(m.module) + QStringLiteral(".weight");
        }
        const int w = baseAt.value(t.weight, -1);
        if (w < 0)
            return failed(LoraMergeFailure::Mismatch,
                QStringLiteral("has no %1, which the adapter adapts (module %2)").arg(t.weight, m.module), o.base);
        if (targets.contains(t.weight))
            return failed(LoraMergeFailure::Unreadable,
                QStringLiteral("two modules adapt %1 (%2, %3)").arg(t.weight, targets.value(t.weight).module, m.module),
                o.adapter);
        const TensorInfo &W = base->tensors[size_t(w)];
        const TensorInfo &A = adapter->tensors[size_t(t.a)];
        const TensorInfo &B = adapter->tensors[size_t(t.b)];
        if (!readable(W) || !readable(A) || !readable(B))
            return failed(LoraMergeFailure::Mismatch,
                QStringLiteral("%1, %2 or %3 is not a plain floating tensor").arg(t.weight, m.a, m.b), o.base);
        // A: rank x in (conv: rank x in x kh x kw), B: out x rank (conv: out x rank x 1 x 1).
        if (A.shape.size() < 2 || B.shape.size() < 2 || A.shape[0] != m.rank || B.shape[1] != m.rank
            || product(B.shape, 2) != 1)
            return failed(LoraMergeFailure::Unreadable,
                QStringLiteral("%1: lora A %2 and B %3 do not make B @ A")
                    .arg(m.module, shapeText(A.shape), shapeText(B.shape)),
                o.adapter);
        t.outRows = B.shape[0];
        t.inCols = product(A.shape, 1);
        t.transposed = lora.fanInFanOut || m.a.contains(QLatin1String(".lora_embedding_A"));
        const bool fits = t.transposed ? W.shape.size() == 2 && W.shape[0] == t.inCols && W.shape[1] == t.outRows
                                       : !W.shape.empty() && W.shape[0] == t.outRows && product(W.shape, 1) == t.inCols;
        if (!fits)
            return failed(LoraMergeFailure::Mismatch,
                QStringLiteral("%1 is %2, %3 is %4")
                    .arg(t.weight, shapeText(W.shape),
                        t.transposed ? QStringLiteral("(B @ A)^T") : QStringLiteral("B @ A"),
                        shapeText(t.transposed ? std::vector<qint64> { t.inCols, t.outRows }
                                               : std::vector<qint64> { t.outRows, t.inCols })),
                o.base);
        targets.insert(t.weight, t);
        targetOrder << t.weight;
    }
    QHash<QString, int> saved; // modules_to_save: the base's key -> the adapter's tensor
    QStringList warnings = lora.warnings;
    if (!strip.isEmpty() || !add.isEmpty())
        warnings << QStringLiteral("the base's names %1 '%2': the adapter's modules are matched so")
                        .arg(strip.isEmpty() ? QStringLiteral("add") : QStringLiteral("lack"), strip + add);
    const QStringList toSave = lora.layout == LoraLayout::Peft ? lora.modulesToSave : QStringList();
    for (const QString &name : toSave) {
        const int a
            = adapterAt.contains(kPeftPrefix + name) ? adapterAt.value(kPeftPrefix + name) : adapterAt.value(name, -1);
        const QString k = inBase(name);
        const int w = baseAt.value(k, -1);
        if (a < 0)
            continue;
        if (w < 0) {
            warnings << QStringLiteral("%1 (modules_to_save) is not in the base: left out").arg(name);
            continue;
        }
        const TensorInfo &W = base->tensors[size_t(w)];
        const TensorInfo &A = adapter->tensors[size_t(a)];
        if (W.shape != A.shape || !readable(W) || !readable(A))
            return failed(LoraMergeFailure::Mismatch,
                QStringLiteral("%1 is %2 %3, the adapter's (modules_to_save) %4 %5")
                    .arg(k, shapeText(W.shape), dtypeName(W.dtype), shapeText(A.shape), dtypeName(A.dtype)),
                o.base);
        saved.insert(k, a);
    }

    LoraMergeReport report;
    report.warnings = warnings;
    QString adapterSha, baseSha;
    Phrase why;
    adapterSha = QString::fromLatin1(Sha256::ofFile(o.adapter, &why).toHex());
    if (adapterSha.isEmpty())
        return failed(LoraMergeFailure::Unreadable, why.english(), o.adapter);
    baseSha = QString::fromLatin1(Sha256::ofFile(o.base, &why).toHex());
    if (baseSha.isEmpty())
        return failed(LoraMergeFailure::Unreadable, why.english(), o.base);
    QJsonArray modules;
    for (const QString &weight : targetOrder) {
        const Target &t = targets[weight];
        modules.append(QJsonObject { { QStringLiteral("module"), t.module }, { QStringLiteral("weight"), t.weight },
            { QStringLiteral("rank"), double(t.rank) }, { QStringLiteral("scale"), t.scale },
            { QStringLiteral("transposed"), t.transposed } });
    }
    const QJsonObject recipe { { QStringLiteral("tool"), QStringLiteral("ckpt lora --merge") },
        { QStringLiteral("formula"), QStringLiteral("W + scale * B @ A") },
        { QStringLiteral("adapter"),
            QJsonObject { { QStringLiteral("file"), QFileInfo(o.adapter).fileName() },
                { QStringLiteral("sha256"), adapterSha },
                { QStringLiteral("layout"),
                    lora.layout == LoraLayout::Kohya ? QStringLiteral("kohya") : QStringLiteral("peft") },
                { QStringLiteral("config"), lora.config.isEmpty() ? QJsonValue() : QFileInfo(lora.config).fileName() },
                { QStringLiteral("use_rslora"), lora.rsLora },
                { QStringLiteral("fan_in_fan_out"), lora.fanInFanOut } } },
        { QStringLiteral("base"),
            QJsonObject { { QStringLiteral("file"), baseName }, { QStringLiteral("sha256"), baseSha },
                { QStringLiteral("state_dict"), pathToString(sd.path) } } },
        { QStringLiteral("modules"), modules },
        { QStringLiteral("modules_to_save"), QJsonArray::fromStringList(saved.keys()) } };
    report.recipe = QString::fromUtf8(QJsonDocument(recipe).toJson(QJsonDocument::Compact));

    const TensorData baseData(*base), adapterData(*adapter);
    std::vector<double> w, a, b;
    const RewriteReport r = writeStateDict(
        *base, sd,
        [&](const QString &key, const TensorInfo &ti, std::vector<uchar> &bytes, Phrase *error) {
            const auto t = targets.constFind(key);
            const auto s = saved.constFind(key);
            if (t == targets.constEnd() && s == saved.constEnd())
                return true;
            if (s != saved.constEnd()) { // modules_to_save: the adapter's values in the base's dtype
                if (!readAll(adapterData, *s, w, error))
                    return false;
            } else {
                if (!readAll(baseData, baseAt.value(key), w, error) || !readAll(adapterData, t->a, a, error)
                    || !readAll(adapterData, t->b, b, error))
                    return false;
                // W viewed as rows x cols; element (p, q) is (B @ A)[p][q], or [q][p] when transposed.
                const qint64 rows = t->transposed ? t->inCols : t->outRows;
                const qint64 cols = t->transposed ? t->outRows : t->inCols;
                const qint64 rank = t->rank, in = t->inCols;
                const double scale = t->scale;
                const bool transposed = t->transposed;
                const bool done = parallelFor(
                    rows, 0,
                    [&](qint64 p, int) {
                        for (qint64 q = 0; q < cols; ++q) {
                            const qint64 i = transposed ? q : p, j = transposed ? p : q;
                            double d = 0;
                            for (qint64 k = 0; k < rank; ++k)
                                d += b[size_t(i * rank + k)] * a[size_t(k * in + j)];
                            w[size_t(p * cols + q)] += scale * d;
                        }
                    },
                    o.write.cancel);
                if (!done) {
                    *error = Phrase(QStringLiteral("cancelled")); // only `ckpt lora` merges
                    return false;
                }
            }
            bytes.resize(size_t(ti.numel() * elementSize(ti.dtype)));
            castElements(reinterpret_cast<const uchar *>(w.data()), DType::Float64, bytes.data(), ti.dtype, ti.numel());
            return true;
        },
        QStringLiteral("ckpt_lora_merge"), report.recipe, QStringLiteral(".lora-merge.json"), o.write);
    if (!r.ok())
        return failed(LoraMergeFailure::Failed, r.error.english());
    report.merged = int(targets.size());
    report.replaced = int(saved.size());
    report.copied = r.kept;
    report.written = r.written;
    return report;
}

} // namespace ckpt
