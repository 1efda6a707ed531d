#include "model/merge/Merge.h"

#include "model/check/StateDict.h"
#include "model/convert/Converter.h"
#include "model/convert/WriterRegistry.h"
#include "model/formats/CheckpointReader.h"
#include "model/io/OutputFile.h"
#include "model/io/Sha256.h"
#include "model/tensor/Cast.h"
#include "model/tensor/ParallelFor.h"
#include "model/tensor/TensorData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <cmath>
#include <cstring>

namespace ckpt {

namespace {
constexpr qint64 kBlock = qint64(1) << 18; // elements per block: a worker's buffers stay in L2

bool isFloating(DType t)
{
    return t == DType::Float64 || t == DType::Float32 || t == DType::Float16 || t == DType::BFloat16;
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

struct Input {
    QString file;
    CheckpointPtr ckpt;
    StateDict sd;
    QHash<QString, int> tensorAt; // key -> tensor index
};

MergeReport failed(MergeFailure f, const Phrase &why, const QString &file = QString())
{
    MergeReport r;
    r.failure = f;
    r.error = why;
    r.errorFile = file;
    return r;
}

bool sha256Of(const QString &path, QString *hex, Phrase *error)
{
    const QByteArray digest = Sha256::ofFile(path, error);
    *hex = QString::fromLatin1(digest.toHex());
    return !digest.isEmpty();
}

// The preflight: every input has the first one's tensor keys with their shapes and dtypes.
Phrases mismatches(const std::vector<Input> &in)
{
    Phrases out;
    const Input &a = in.front();
    for (size_t i = 1; i < in.size(); ++i) {
        const Input &b = in[i];
        const QString bName = QFileInfo(b.file).fileName(), aName = QFileInfo(a.file).fileName();
        for (const StateDictEntry &e : a.sd.entries) {
            if (e.tensorIndex < 0)
                continue;
            const int j = b.tensorAt.value(e.key, -1);
            if (j < 0) {
                out << Phrase::translate(
                    "ckpt::Merge", "%1: missing in %2", "a key of the first checkpoint, then the file without it")
                           .arg(e.key, bName);
                continue;
            }
            const TensorInfo &ta = a.ckpt->tensors[size_t(e.tensorIndex)];
            const TensorInfo &tb = b.ckpt->tensors[size_t(j)];
            if (ta.shape != tb.shape)
                out << Phrase::translate("ckpt::Merge", "%1: shape %2 in %3, %4 in %5")
                           .arg(e.key, shapeText(ta.shape), aName, shapeText(tb.shape), bName);
            else if (ta.dtype != tb.dtype)
                out << Phrase::translate("ckpt::Merge", "%1: %2 in %3, %4 in %5", "a key, then its dtype in two files")
                           .arg(e.key, dtypeName(ta.dtype), aName, dtypeName(tb.dtype), bName);
        }
        for (const StateDictEntry &e : b.sd.entries)
            if (e.tensorIndex >= 0 && !a.tensorAt.contains(e.key))
                out << Phrase::translate("ckpt::Merge", "%1: only in %2, not in %3").arg(e.key, bName, aName);
    }
    return out;
}

// Average: per-input coefficients, result = sum(c_i * x_i).
std::vector<double> coefficients(const MergeOptions &o)
{
    const size_t n = size_t(o.inputs.size());
    std::vector<double> w = o.weights.empty() ? std::vector<double>(n, 1.0) : o.weights;
    double sum = 0;
    for (double x : w)
        sum += x;
    for (double &x : w)
        x /= sum;
    return w;
}

QString recipeJson(const MergeOptions &o, const std::vector<Input> &in, const QStringList &sha)
{
    QJsonArray inputs;
    for (size_t i = 0; i < in.size(); ++i)
        inputs.append(QJsonObject { { QStringLiteral("file"), QFileInfo(in[i].file).fileName() },
            { QStringLiteral("sha256"), sha.value(qsizetype(i)) },
            { QStringLiteral("state_dict"), pathToString(in[i].sd.path) } });
    QJsonObject r { { QStringLiteral("tool"), QStringLiteral("ckpt merge") },
        { QStringLiteral("method"), mergeMethodName(o.method) }, { QStringLiteral("inputs"), inputs } };
    if (o.method == MergeMethod::AddDifference) {
        r[QStringLiteral("alpha")] = o.alpha;
        r[QStringLiteral("formula")] = QStringLiteral("A + alpha * (B - C)");
    } else {
        QJsonArray w;
        for (double x : coefficients(o))
            w.append(x);
        r[QStringLiteral("weights")] = w; // normalised to sum 1
    }
    return QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact));
}

struct Scratch {
    std::vector<uchar> bytes;
    std::vector<double> values, other, acc;
};

// In float64, in the order PyTorch evaluates the same expression on float64 tensors
// (each product rounded, then added), so that the result is PyTorch's bit for bit.
void combineBlock(const std::vector<std::unique_ptr<TensorReader>> &readers, const MergeOptions &o,
    const std::vector<double> &coef, qint64 first, qint64 count, Scratch &s)
{
    s.values.resize(size_t(count));
    auto read = [&](size_t i, std::vector<double> &to) {
        to.resize(size_t(count));
        readers[i]->values(first, count, to.data(), s.bytes);
        readers[i]->release(first, count);
    };
    if (o.method == MergeMethod::AddDifference) { // a + alpha * (b - c)
        read(0, s.acc);
        read(1, s.values);
        read(2, s.other);
        for (qint64 k = 0; k < count; ++k) {
            const double d = s.values[size_t(k)] - s.other[size_t(k)];
            const double scaled = o.alpha * d;
            s.acc[size_t(k)] += scaled;
        }
        return;
    }
    s.acc.assign(size_t(count), 0.0);
    for (size_t i = 0; i < readers.size(); ++i) {
        read(i, s.values);
        const double c = coef[i];
        for (qint64 k = 0; k < count; ++k) {
            const double term = c * s.values[size_t(k)];
            s.acc[size_t(k)] += term;
        }
    }
}

// Combines tensor `key` of every input into `out` (the first input's dtype, row-major).
bool combine(const std::vector<Input> &in, const std::vector<std::unique_ptr<TensorData>> &data, const MergeOptions &o,
    const std::vector<double> &coef, const QString &key, std::vector<uchar> &out, std::vector<Scratch> &scratch,
    Phrase *error)
{
    std::vector<std::unique_ptr<TensorReader>> readers;
    for (size_t i = 0; i < in.size(); ++i) {
        Phrase why;
        readers.push_back(data[i]->reader(in[i].tensorAt.value(key), &why));
        if (!readers.back()) {
            *error = Phrase::translate("ckpt::Merge", "%1: tensor '%2': %3").arg(in[i].file, key).arg(why);
            return false;
        }
    }
    const TensorInfo &t = in.front().ckpt->tensors[size_t(in.front().tensorAt.value(key))];
    const qint64 numel = t.numel();
    const int esz = elementSize(t.dtype);
    out.resize(size_t(numel * esz));
    const qint64 blocks = (numel + kBlock - 1) / kBlock;
    const bool done = parallelFor(
        blocks, int(scratch.size()),
        [&](qint64 b, int worker) {
            Scratch &s = scratch[size_t(worker)];
            const qint64 first = b * kBlock, count = std::min(kBlock, numel - first);
            combineBlock(readers, o, coef, first, count, s);
            castElements(reinterpret_cast<const uchar *>(s.acc.data()), DType::Float64, out.data() + first * esz,
                t.dtype, count);
        },
        o.write.cancel);
    if (!done)
        *error = Phrase::translate("ckpt::Merge", "cancelled");
    return done;
}
} // namespace

QString mergeMethodName(MergeMethod m)
{
    return m == MergeMethod::AddDifference ? QStringLiteral("add-difference") : QStringLiteral("average");
}

bool parseMergeMethod(const QString &name, MergeMethod *out)
{
    if (name == QLatin1String("average"))
        *out = MergeMethod::Average;
    else if (name == QLatin1String("add-difference"))
        *out = MergeMethod::AddDifference;
    else
        return false;
    return true;
}

namespace {
// A merged tensor: floating and strided; everything else is the first input's.
bool combines(const TensorInfo &t)
{
    return isFloating(t.dtype) && !t.isQuantized && t.layout == TensorLayout::Strided && t.storageIndex >= 0;
}

// Checks the request, opens every input and runs the preflight; on success `in` holds the
// inputs and `report` what would be merged and copied.
bool prepare(const MergeOptions &o, bool checkOutput, std::vector<Input> &in, MergeReport &report)
{
    auto fail = [&report](MergeFailure f, const Phrase &why, const QString &file = QString()) {
        report = failed(f, why, file);
        return false;
    };
    if (const Phrase why = mergeRequestProblem(o); !why.isEmpty())
        return fail(MergeFailure::BadRequest, why);
    if (checkOutput)
        for (const QString &f : o.inputs)
            if (sameFile(f, o.write.output)
                || QFileInfo(f).absoluteFilePath() == QFileInfo(o.write.output).absoluteFilePath())
                return fail(
                    MergeFailure::BadRequest, Phrase::translate("ckpt::Merge", "refusing to write over an input"), f);

    in.clear();
    for (const QString &f : o.inputs) {
        Input i;
        i.file = f;
        i.ckpt = openCheckpoint(f);
        if (!i.ckpt->ok())
            return fail(MergeFailure::Unreadable, i.ckpt->error, f);
        i.sd = findStateDict(*i.ckpt);
        if (!i.sd.found())
            return fail(MergeFailure::Unreadable,
                Phrase::translate("ckpt::Merge", "holds no state_dict (no dict of tensors)"), f);
        for (const StateDictEntry &e : i.sd.entries)
            if (e.tensorIndex >= 0)
                i.tensorAt.insert(e.key, e.tensorIndex);
        in.push_back(std::move(i));
    }
    report = MergeReport();
    for (const Input &i : in)
        report.stateDicts << i.sd.describe();
    report.offendingKeys = mismatches(in);
    if (!report.offendingKeys.isEmpty()) {
        report.failure = MergeFailure::Mismatch;
        report.error = Phrase::translate("ckpt::Merge",
            "the checkpoints do not have the same tensors: %n keys differ (nothing was written)", nullptr,
            int(report.offendingKeys.size()));
        return false;
    }
    const Checkpoint &first = *in.front().ckpt;
    std::vector<bool> seen(first.tensors.size(), false);
    for (const StateDictEntry &e : in.front().sd.entries) {
        if (e.tensorIndex < 0 || seen[size_t(e.tensorIndex)])
            continue;
        seen[size_t(e.tensorIndex)] = true;
        const TensorInfo &t = first.tensors[size_t(e.tensorIndex)];
        ++(combines(t) ? report.merged : report.copied);
        report.resultBytes += t.nbytes();
    }
    return true;
}
} // namespace

Phrase mergeRequestProblem(const MergeOptions &o)
{
    const qsizetype n = o.inputs.size();
    if (n < 2)
        return Phrase::translate("ckpt::Merge", "merge needs at least two checkpoints");
    if (o.method == MergeMethod::AddDifference && n != 3)
        return Phrase::translate(
            "ckpt::Merge", "add-difference takes exactly three checkpoints (A + alpha * (B - C)), got %1")
            .arg(n);
    if (o.method == MergeMethod::Average && !o.weights.empty()) {
        if (qsizetype(o.weights.size()) != n)
            return Phrase::translate("ckpt::Merge", "%1 weights for %2 checkpoints").arg(o.weights.size()).arg(n);
        double sum = 0;
        for (double w : o.weights) {
            if (!std::isfinite(w))
                return Phrase::translate("ckpt::Merge", "weights must be finite numbers");
            sum += w;
        }
        if (sum == 0)
            return Phrase::translate("ckpt::Merge", "the weights sum to 0");
    }
    if (o.method == MergeMethod::AddDifference && !std::isfinite(o.alpha))
        return Phrase::translate("ckpt::Merge", "alpha must be a finite number");
    return Phrase();
}

MergeReport preflightMerge(const MergeOptions &o)
{
    std::vector<Input> in;
    MergeReport report;
    prepare(o, false, in, report);
    return report;
}

MergeReport mergeCheckpoints(const MergeOptions &o)
{
    std::vector<Input> in;
    MergeReport report;
    if (!prepare(o, true, in, report))
        return report;
    report.merged = report.copied = 0; // counted again as they are made
    // Each input hashed on a core of its own: reading them is most of a merge's I/O.
    std::vector<QString> hexes(in.size());
    std::vector<Phrase> whys(in.size());
    std::vector<char> hashed(in.size(), 0);
    parallelFor(qint64(in.size()), 0,
        [&](qint64 i, int) { hashed[size_t(i)] = sha256Of(in[size_t(i)].file, &hexes[size_t(i)], &whys[size_t(i)]); });
    for (size_t i = 0; i < in.size(); ++i) {
        if (!hashed[i])
            return failed(MergeFailure::Unreadable, whys[i], in[i].file);
        report.sha256 << hexes[i];
    }
    report.recipe = recipeJson(o, in, report.sha256);

    std::vector<std::unique_ptr<TensorData>> data;
    for (const Input &i : in)
        data.push_back(std::make_unique<TensorData>(*i.ckpt));
    const std::vector<double> coef = o.method == MergeMethod::Average ? coefficients(o) : std::vector<double>();
    std::vector<Scratch> scratch(size_t(workerCount(0)));
    const RewriteReport w = writeStateDict(
        *in.front().ckpt, in.front().sd,
        [&](const QString &key, const TensorInfo &t, std::vector<uchar> &bytes, Phrase *error) {
            return !combines(t) || combine(in, data, o, coef, key, bytes, scratch, error);
        },
        QStringLiteral("ckpt_merge"), report.recipe, QStringLiteral(".merge.json"), o.write);
    if (!w.ok())
        return failed(MergeFailure::Failed, w.error);
    report.merged = w.replaced;
    report.copied = w.kept;
    report.written = w.written;
    return report;
}

RewriteReport writeStateDict(const Checkpoint &base, const StateDict &sd, const TensorProducer &produce,
    const QString &recipeKey, const QString &recipe, const QString &sidecarSuffix, const ConvertOptions &o)
{
    RewriteReport report;
    auto fail = [&report](const Phrase &why) {
        RewriteReport r;
        r.error = why;
        return r;
    };
    // Made tensors go to a scratch file as they are made (memory stays near the largest
    // tensor); the output is the base's state_dict with those tensors on storages in that
    // file, written by the same writer as `ckpt convert`.
    QTemporaryFile scratchFile(QDir(QDir::tempPath()).filePath(QStringLiteral("ckpt-merge-XXXXXX.raw")));
    if (!scratchFile.open())
        return fail(Phrase::translate("ckpt::Merge", "no scratch file: %1").arg(scratchFile.errorString()));
    auto out = std::make_shared<Checkpoint>(base);
    out->root = sd.node;
    qint64 total = 0, done = 0;
    for (const StateDictEntry &e : sd.entries)
        if (e.tensorIndex >= 0)
            total += out->tensors[size_t(e.tensorIndex)].nbytes();
    std::vector<uchar> bytes;
    std::vector<bool> handled(out->tensors.size(), false);
    for (const StateDictEntry &e : sd.entries) {
        if (e.tensorIndex < 0 || handled[size_t(e.tensorIndex)])
            continue;
        handled[size_t(e.tensorIndex)] = true; // the same tensor under two keys: once
        TensorInfo &t = out->tensors[size_t(e.tensorIndex)];
        bytes.clear();
        Phrase error;
        if (!produce(e.key, t, bytes, &error))
            return fail(error);
        if (bytes.empty()) {
            ++report.kept;
            continue;
        }
        StorageInfo s;
        s.key = QStringLiteral("merged%1").arg(report.replaced);
        s.dtype = t.dtype;
        s.device = t.storageIndex >= 0 ? out->storages[size_t(t.storageIndex)].device : QStringLiteral("cpu");
        s.numel = t.numel();
        s.fileOffset = scratchFile.pos();
        s.nbytes = qint64(bytes.size());
        s.file = scratchFile.fileName();
        if (scratchFile.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size()))
            != qint64(bytes.size()))
            return fail(Phrase::translate("ckpt::Merge", "scratch file: %1").arg(scratchFile.errorString()));
        t.storageIndex = int(out->storages.size());
        t.storageOffset = 0;
        t.strides.assign(t.shape.size(), 1);
        for (int d = int(t.shape.size()) - 2; d >= 0; --d)
            t.strides[size_t(d)] = t.strides[size_t(d) + 1] * std::max<qint64>(1, t.shape[size_t(d) + 1]);
        out->storages.push_back(s);
        ++report.replaced;
        done += qint64(bytes.size());
        if (o.progress)
            o.progress(done, total * 2); // the first half: making tensors; the writer does the rest
    }
    if (!scratchFile.flush())
        return fail(Phrase::translate("ckpt::Merge", "scratch file: %1").arg(scratchFile.errorString()));

    const EditResult edit = applyPlan(out, EditPlan());
    ConvertOptions write = o;
    const FormatWriter &writer = write.writer ? *write.writer : defaultWriter();
    if (writer.can(FormatCapability::Metadata))
        write.metadata.append({ recipeKey, recipe });
    if (o.progress)
        write.progress
            = [&o, total](qint64 d, qint64 t) { o.progress(total + d * total / std::max<qint64>(1, t), total * 2); };
    report.written = convertCheckpoint(out, edit, write);
    if (!report.written.ok)
        return fail(Phrase::translate("ckpt::Merge", "%1 (nothing was written)").arg(report.written.error));
    if (!writer.can(FormatCapability::Metadata)) {
        // Formats without file metadata get the recipe beside them.
        OutputFile sidecar;
        Phrase error;
        const QByteArray text = recipe.toUtf8() + '\n';
        const QString path = report.written.output + sidecarSuffix;
        if (!sidecar.create(path, &error) || !sidecar.write(text.constData(), text.size(), &error)
            || !sidecar.syncAndClose(&error) || !sidecar.commit(&error))
            report.written.notes
                << Phrase::translate("ckpt::Merge", "the recipe could not be written beside it: %1").arg(error);
        else
            report.written.sidecar = path;
    }
    return report;
}

} // namespace ckpt
