#include "model/convert/Converter.h"

#include "model/checkpoint/TreeWalk.h"
#include "model/convert/ConvertInternal.h"
#include "model/convert/WriterRegistry.h"
#include "model/formats/CheckpointReader.h"
#include "model/formats/FormatRegistry.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <unordered_set>

namespace ckpt {

std::vector<OutputTensor> outputTensors(const Checkpoint &view)
{
    // Every path to a tensor (the same tensor under two keys is listed twice); containers
    // are entered once each so a cycle cannot loop.
    std::vector<OutputTensor> out;
    std::unordered_set<const Value *> seen;
    std::function<void(const ValuePtr &, const QString &, int)> walk = [&](const ValuePtr &v, const QString &path,
                                                                           int depth) {
        if (!v || depth > 2000)
            return;
        if (v->kind == Value::Kind::Tensor) {
            out.push_back({ v->tensorIndex, path });
            return;
        }
        if (!v->isContainer() || (v.use_count() > 1 && !seen.insert(v.get()).second))
            return;
        for (const ChildRef &c : childrenOf(*v))
            walk(c.value, path.isEmpty() ? c.part.toString() : path + QLatin1Char('/') + c.part.toString(), depth + 1);
    };
    walk(view.root, QString(), 0);
    return out;
}

bool hashTensor(const TensorData &source, const Checkpoint &view, int tensorIndex, QByteArray *hex, QString *error)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const TensorInfo &t = source.checkpoint().tensors[size_t(tensorIndex)];
    if (t.storageIndex >= 0 && t.layout == TensorLayout::Strided
        && !streamTensor(
            source, view, tensorIndex, qint64(8) << 20,
            [&h](const uchar *d, qint64 n) {
                h.addData(QByteArrayView(reinterpret_cast<const char *>(d), n));
                return true;
            },
            error))
        return false;
    *hex = h.result().toHex();
    return true;
}

namespace {
using Entry = std::tuple<QString, QString, std::vector<qint64>>;

std::vector<Entry> tensorSummary(const Checkpoint &c)
{
    std::vector<Entry> out;
    for (const OutputTensor &o : outputTensors(c)) {
        const TensorInfo &t = c.tensors[size_t(o.tensorIndex)];
        out.emplace_back(o.key, dtypeName(t.dtype), t.shape);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Re-opens what was written and checks it against what we meant to write.
bool verifyOutput(
    const QString &path, const Checkpoint &expected, const FormatWriter &writer, ConvertReport &report, bool bytesToo)
{
    CheckpointPtr back = openCheckpoint(path);
    if (!back->ok()) {
        report.error = QStringLiteral("verification failed: the written file does not open: %1").arg(back->error);
        return false;
    }
    if (back->format != writer.writtenFormat()) {
        report.error = QStringLiteral("verification failed: the written file reads as %1, not %2")
                           .arg(formatName(back->format), formatName(writer.writtenFormat()));
        return false;
    }
    // What the format holds of what we meant to write: the manifest's tensors.
    std::vector<Entry> want = tensorSummary(expected);
    want.erase(std::remove_if(want.begin(), want.end(),
                   [&](const Entry &e) {
                       return std::none_of(report.manifest.begin(), report.manifest.end(),
                           [&](const ManifestEntry &m) { return m.key == std::get<0>(e); });
                   }),
        want.end());
    const std::vector<Entry> got = tensorSummary(*back);
    if (want != got) {
        report.error
            = QStringLiteral("verification failed: the written file holds %1 tensors, expected %2 (or they differ)")
                  .arg(got.size())
                  .arg(want.size());
        return false;
    }
    report.verified = true;
    if (!bytesToo)
        return true;
    const TensorData bytes(*back);
    QHash<QString, QByteArray> want256;
    for (const ManifestEntry &m : report.manifest)
        want256.insert(m.key, m.sha256);
    for (const OutputTensor &o : outputTensors(*back)) {
        QByteArray hex;
        QString error;
        if (!hashTensor(bytes, *back, o.tensorIndex, &hex, &error) || hex != want256.value(o.key)) {
            report.error = QStringLiteral("verification failed: tensor '%1' %2")
                               .arg(o.key, error.isEmpty() ? QStringLiteral("reads back different bytes") : error);
            return false;
        }
    }
    report.bytesVerified = true;
    return true;
}
} // namespace

ConvertReport convertCheckpoint(const CheckpointPtr &source, const EditResult &edit, const ConvertOptions &options)
{
    ConvertReport report;
    report.output = QFileInfo(options.output).absoluteFilePath();
    if (!source->ok()) {
        report.error = source->error;
        return report;
    }
    if (!edit.ok() || !edit.view) {
        report.error = edit.error.isEmpty() ? QStringLiteral("no edit plan applied") : edit.error;
        return report;
    }
    QStringList sourceFiles { source->file };
    for (const StorageInfo &s : source->storages)
        if (!s.file.isEmpty() && !sourceFiles.contains(s.file))
            sourceFiles << s.file;
    for (const QString &f : sourceFiles)
        if (sameFile(f, report.output) || QFileInfo(f).absoluteFilePath() == report.output) {
            report.error = QStringLiteral("refusing to write over the source file");
            return report;
        }

    const FormatWriter &writer = options.writer ? *options.writer : defaultWriter();
    // What gets written: the edited tree, or what the writer builds around it.
    auto out = std::make_shared<Checkpoint>(*edit.view);
    ConvertOptions opts = options;
    // A safetensors header's __metadata__ is file metadata, not an entry of the state dict.
    const FormatReader *reader = findReader(source->format);
    if (reader && reader->can(FormatCapability::Metadata) && out->root && out->root->kind == Value::Kind::Dict) {
        auto root = Value::make(Value::Kind::Dict);
        for (const auto &kv : out->root->entries) {
            if (kv.first->kind == Value::Kind::String && kv.first->text == QLatin1String("__metadata__")
                && kv.second->kind == Value::Kind::Dict) {
                for (const auto &m : kv.second->entries)
                    if (m.first->kind == Value::Kind::String && m.second->kind == Value::Kind::String
                        && m.first->text != QLatin1String("format"))
                        opts.metadata.prepend({ m.first->text, m.second->text });
                continue;
            }
            root->entries.push_back(kv);
        }
        out->root = root;
    }
    if (!writer.can(FormatCapability::Metadata))
        opts.metadata = options.metadata; // the others record only what the user typed
    if (!writer.prepare(*source, *out, opts, report))
        return report;
    const bool hash = options.verifyBytes || writer.can(FormatCapability::Checksums);

    OutputFile file;
    if (!file.create(report.output, &report.error))
        return report;
    WriteContext ctx(*source, *out, opts, file, report);
    if (!writer.write(ctx))
        return report; // the temp file goes with `file`
    report.bytesWritten = file.written();
    report.tensorBytes = ctx.total;

    // The manifest: every output tensor's key, dtype, shape and (when asked) SHA-256.
    for (const OutputTensor &o : outputTensors(*out)) {
        const TensorInfo &t = out->tensors[size_t(o.tensorIndex)];
        if (!writer.holds(t))
            continue;
        ManifestEntry m { o.key, t.dtype, t.shape, {} };
        if (hash && !hashTensor(ctx.bytes, *out, o.tensorIndex, &m.sha256, &report.error))
            return report;
        report.manifest.push_back(m);
    }
    QString error;
    if (!file.syncAndClose(&error)) {
        report.error = error;
        return report;
    }
    if (options.cancel && options.cancel->load()) {
        report.error = QStringLiteral("cancelled");
        return report;
    }
    if (!verifyOutput(file.tempPath(), *out, writer, report, options.verifyBytes))
        return report;
    if (!file.commit(&report.error))
        return report;

    writer.writeCompanions(*out, report);
    report.ok = true;
    return report;
}

} // namespace ckpt
