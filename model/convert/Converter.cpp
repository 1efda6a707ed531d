#include "model/convert/Converter.h"

#include "model/checkpoint/TreeWalk.h"
#include "model/convert/ConvertInternal.h"
#include "model/convert/ShardPlan.h"
#include "model/convert/WriterRegistry.h"
#include "model/formats/CheckpointReader.h"
#include "model/formats/FormatRegistry.h"
#include "model/io/OutputFolder.h"
#include "model/io/Sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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
        if (v->kind == Value::Kind::Tensor || v->holdsTensor()) { // numpy arrays are tensors here too
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

QString flatKey(const Checkpoint &source, const OutputTensor &o)
{
    return source.format == Format::Dcp ? QString(o.key).replace(QLatin1Char('/'), QLatin1Char('.')) : o.key;
}

bool hashTensor(const TensorData &source, const Checkpoint &view, int tensorIndex, QByteArray *hex, Phrase *error)
{
    Sha256 h;
    const TensorInfo &t = source.checkpoint().tensors[size_t(tensorIndex)];
    if (t.storageIndex >= 0 && t.layout == TensorLayout::Strided
        && !streamTensor(
            source, view, tensorIndex, qint64(8) << 20,
            [&h](const uchar *d, qint64 n) {
                h.addData(d, n);
                return true;
            },
            error))
        return false;
    *hex = h.hexResult();
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
        report.error = Phrase::translate("ckpt::Convert", "verification failed: the written file does not open: %1")
                           .arg(back->error);
        return false;
    }
    if (back->format != writer.writtenFormat()) {
        report.error = Phrase::translate("ckpt::Convert", "verification failed: the written file reads as %1, not %2")
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
        report.error = Phrase::translate(
            "ckpt::Convert", "verification failed: the written file holds %1 tensors, expected %2 (or they differ)")
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
        Phrase error;
        if (!hashTensor(bytes, *back, o.tensorIndex, &hex, &error) || hex != want256.value(o.key)) {
            report.error = error.isEmpty()
                ? Phrase::translate("ckpt::Convert", "verification failed: tensor '%1' reads back different bytes")
                      .arg(o.key)
                : Phrase::translate(
                    "ckpt::Convert", "verification failed: tensor '%1' %2", "the tensor, then why it cannot be read")
                      .arg(o.key, error);
            return false;
        }
    }
    report.bytesVerified = true;
    return true;
}

// Writes `out` to a temp file beside `target` with its manifest (hashed if asked), syncs
// it, re-opens and checks it; the caller commits. Progress and bytes add to the report.
// A folder format's data file is committed into the temporary `folder` first, and the
// folder is what gets re-opened.
bool writeVerified(const Checkpoint &source, const Checkpoint &out, const FormatWriter &writer,
    const ConvertOptions &opts, const QString &target, bool hash, OutputFile &file, ConvertReport &report,
    const QString &folder = QString())
{
    if (!file.create(target, &report.error))
        return false;
    WriteContext ctx(source, out, opts, file, report);
    if (!writer.write(ctx))
        return false; // the temp file goes with `file`
    report.bytesWritten += file.written();
    report.tensorBytes += ctx.total;

    // The manifest: every output tensor's key, dtype, shape and (when asked) SHA-256.
    const size_t before = report.manifest.size();
    for (const OutputTensor &o : outputTensors(out)) {
        const TensorInfo &t = out.tensors[size_t(o.tensorIndex)];
        if (!writer.holds(t))
            continue;
        ManifestEntry m { o.key, t.dtype, t.shape, {} };
        if (hash && !hashTensor(ctx.bytes, out, o.tensorIndex, &m.sha256, &report.error))
            return false;
        report.manifest.push_back(m);
    }
    Phrase error;
    if (!file.syncAndClose(&error)) {
        report.error = error;
        return false;
    }
    if (opts.cancel && opts.cancel->load()) {
        report.error = cancelledError();
        return false;
    }
    if (!folder.isEmpty() && !file.commit(&report.error))
        return false;
    // verifyOutput checks this file against its own share of the manifest.
    ConvertReport mine;
    mine.manifest.assign(report.manifest.begin() + qsizetype(before), report.manifest.end());
    if (!verifyOutput(folder.isEmpty() ? file.tempPath() : folder, out, writer, mine, opts.verifyBytes)) {
        report.error = mine.error;
        return false;
    }
    report.verified = mine.verified;
    report.bytesVerified = mine.bytesVerified;
    return true;
}

// A folder format (DCP): written into a temporary sibling of the target, verified by
// re-opening it as a folder, renamed into place whole. The target must be missing, an
// empty folder, or an earlier output of the format (replaced, as a file target is).
ConvertReport &writeFolder(const Checkpoint &source, const Checkpoint &out, const FormatWriter &writer,
    const ConvertOptions &opts, bool hash, ConvertReport &report)
{
    OutputFolder folder;
    if (!folder.create(
            report.output, [&writer](const QString &name) { return writer.replaces(name); }, &report.error))
        return report;
    OutputFile file;
    if (!writeVerified(source, out, writer, opts, QDir(folder.path()).filePath(writer.folderFile()), hash, file, report,
            folder.path())
        || !folder.commit(&report.error))
        return report; // the temporary folder goes with `folder`
    writer.writeCompanions(out, report);
    report.ok = true;
    return report;
}

// Hugging Face shards (FORMATS.md D4): huggingface_hub's greedy packing in key order, each
// shard written and verified to its temp file; only when every shard is ready are they
// renamed into place, then the index last, so a failure leaves no partial set (and a
// reader that finds the index finds its shards). One shard is written as a plain file.
ConvertReport &writeSharded(const Checkpoint &source, const Checkpoint &out, const FormatWriter &writer,
    const ConvertOptions &opts, bool hash, ConvertReport &report)
{
    std::vector<OutputTensor> tensors;
    std::vector<qint64> sizes;
    QSet<QString> keys;
    for (OutputTensor o : outputTensors(out)) {
        const TensorInfo &t = out.tensors[size_t(o.tensorIndex)];
        o.key = flatKey(source, o);
        if (!writer.holds(t) || keys.contains(o.key))
            continue;
        keys.insert(o.key);
        tensors.push_back(o);
        sizes.push_back(t.nbytes());
    }
    const std::vector<std::vector<int>> plan = planShards(sizes, opts.maxShardSize);
    const ShardNames names = shardNames(report.output);
    for (size_t i = 0; i < plan.size(); ++i)
        for (const StorageInfo &s : source.storages)
            if (!s.file.isEmpty()
                && (sameFile(s.file, names.shard(int(i), int(plan.size())))
                    || QFileInfo(s.file).absoluteFilePath() == names.shard(int(i), int(plan.size())))) {
                report.error
                    = Phrase::translate("ckpt::Convert", "refusing to write over the source file %1").arg(s.file);
                return report;
            }
    if (sameFile(source.file, names.index) || source.file == names.index) {
        report.error = Phrase::translate("ckpt::Convert", "refusing to write over the source file");
        return report;
    }
    if (plan.size() <= 1) {
        report.output = names.single;
        OutputFile file;
        if (writeVerified(source, out, writer, opts, report.output, hash, file, report))
            report.ok = file.commit(&report.error);
        return report;
    }
    qint64 total = 0;
    for (qint64 n : sizes)
        total += n;
    std::vector<std::unique_ptr<OutputFile>> files;
    QJsonObject weightMap;
    QStringList order;
    qint64 base = 0;
    for (size_t i = 0; i < plan.size(); ++i) {
        Checkpoint shard = out;
        auto root = Value::make(Value::Kind::Dict);
        qint64 bytes = 0;
        const QString name = QFileInfo(names.shard(int(i), int(plan.size()))).fileName();
        for (int k : plan[i]) {
            auto v = Value::make(Value::Kind::Tensor);
            v->tensorIndex = tensors[size_t(k)].tensorIndex;
            root->entries.emplace_back(Value::fromString(tensors[size_t(k)].key), v);
            weightMap.insert(tensors[size_t(k)].key, name);
            order << tensors[size_t(k)].key;
            bytes += sizes[size_t(k)];
        }
        shard.root = root;
        shard.sideTrees.clear();
        ConvertOptions shardOpts = opts;
        if (opts.progress)
            shardOpts.progress = [&opts, base, total](qint64 done, qint64) { opts.progress(base + done, total); };
        files.push_back(std::make_unique<OutputFile>());
        if (!writeVerified(
                source, shard, writer, shardOpts, names.shard(int(i), int(plan.size())), hash, *files.back(), report)) {
            report.error = Phrase::translate("ckpt::Convert", "shard %1 of %2 (%3): %4")
                               .arg(i + 1)
                               .arg(plan.size())
                               .arg(name)
                               .arg(report.error);
            return report; // every temp file goes with `files`
        }
        base += bytes;
    }
    // The index: weight_map in key order, as written (QJsonObject would sort it).
    QByteArray json
        = "{\n  \"metadata\": {\n    \"total_size\": " + QByteArray::number(total) + "\n  },\n  \"weight_map\": {";
    for (qsizetype i = 0; i < order.size(); ++i) {
        json += i ? ",\n    " : "\n    ";
        json += QJsonDocument(QJsonArray { order[i] }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        json += ": \"" + weightMap.value(order[i]).toString().toUtf8() + "\"";
    }
    json += "\n  }\n}\n";
    OutputFile index;
    Phrase error;
    if (!index.create(names.index, &report.error) || !index.write(json.constData(), json.size(), &report.error)
        || !index.syncAndClose(&report.error))
        return report;
    for (size_t i = 0; i < files.size(); ++i)
        if (!files[i]->commit(&error)) {
            report.error = Phrase::translate("ckpt::Convert",
                "renaming shard %1 into place failed (%2); %3 shards were replaced, the index was not written")
                               .arg(i + 1)
                               .arg(error)
                               .arg(i);
            return report;
        }
    if (!index.commit(&report.error))
        return report;
    report.output = names.index;
    report.bytesWritten += json.size();
    const CheckpointPtr back = openCheckpoint(names.index);
    if (!back->ok() || !back->warnings.isEmpty() || back->tensors.size() != tensors.size()) {
        report.error = Phrase::translate(
            "ckpt::Convert", "verification failed: the written index does not open as its %1 tensors (%2)")
                           .arg(tensors.size())
                           .arg(back->ok() ? Phrase::list(back->warnings, QStringLiteral("; ")) : back->error);
        return report;
    }
    report.notes << Phrase::translate("ckpt::Convert",
        "%n shards of at most %1 bytes each (a tensor larger than that alone in its shard)", nullptr, int(plan.size()))
                        .arg(opts.maxShardSize);
    report.ok = true;
    return report;
}
} // namespace

ConvertReport convertCheckpoint(const CheckpointPtr &planSource, const EditResult &edit, const ConvertOptions &options)
{
    // A step that created tensors (numpy arrays made tensors) extended the source they index.
    const CheckpointPtr &source = edit.extendedSource ? edit.extendedSource : planSource;
    ConvertReport report;
    report.output = QFileInfo(options.output).absoluteFilePath();
    if (!source->ok()) {
        report.error = source->error;
        return report;
    }
    if (!edit.ok() || !edit.view) {
        report.error = edit.error.isEmpty() ? Phrase::translate("ckpt::Convert", "no edit plan applied") : edit.error;
        return report;
    }
    const FormatWriter &writer = options.writer ? *options.writer : defaultWriter();
    if (writer.writesFolder())
        report.output = QDir::cleanPath(report.output);
    QStringList sourceFiles { source->file };
    for (const StorageInfo &s : source->storages) {
        if (!s.file.isEmpty() && !sourceFiles.contains(s.file))
            sourceFiles << s.file;
        for (const StorageChunk &c : s.chunks)
            if (!sourceFiles.contains(c.file))
                sourceFiles << c.file;
    }
    for (const QString &f : sourceFiles) {
        const QString path = QFileInfo(f).absoluteFilePath();
        if (sameFile(f, report.output) || path == report.output
            || (writer.writesFolder() && path.startsWith(report.output + QLatin1Char('/')))) {
            report.error = Phrase::translate("ckpt::Convert", "refusing to write over the source file");
            return report;
        }
    }

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
    opts.metadata.append(edit.metadata); // and what the plan asks to record (the weights_only rewrites)
    if (!writer.prepare(*source, *out, opts, report))
        return report;
    const bool hash = options.verifyBytes || writer.can(FormatCapability::Checksums);
    if (writer.writesFolder()) {
        if (options.maxShardSize > 0) {
            report.error = Phrase::translate("ckpt::Convert",
                "a %1 folder is written as one data file: shards are written for torch and safetensors")
                               .arg(writer.name());
            return report;
        }
        return writeFolder(*source, *out, writer, opts, hash, report);
    }
    if (options.maxShardSize > 0) {
        if (!writer.writesShards()) {
            report.error
                = Phrase::translate("ckpt::Convert", "a %1 is one file: shards are written for torch and safetensors")
                      .arg(writer.name());
            return report;
        }
        return writeSharded(*source, *out, writer, opts, hash, report);
    }

    OutputFile file;
    if (!writeVerified(*source, *out, writer, opts, report.output, hash, file, report))
        return report;
    if (!file.commit(&report.error))
        return report;

    writer.writeCompanions(*out, report);
    report.ok = true;
    return report;
}

} // namespace ckpt
