// Hugging Face sharded checkpoints (FORMATS.md D4): an index JSON naming the shard
// files beside it. Each shard is opened with its own reader; the root is one merged
// state dict in weight_map order, so paths are the tensor names, as in a single file.
#include "model/formats/Readers.h"

#include "model/checkpoint/TreeWalk.h"
#include "model/checkpoint/WeightsOnly.h"
#include "model/formats/FormatRegistry.h"
#include "model/formats/JsonScan.h"
#include "model/formats/NumpyTensors.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <unordered_set>

namespace ckpt {

ValuePtr valueFromJson(const QJsonValue &v, int depth)
{
    if (depth > 64)
        return Value::fromString(QStringLiteral("..."));
    switch (v.type()) {
    case QJsonValue::Bool:
        return Value::fromBool(v.toBool());
    case QJsonValue::Double: {
        const qint64 i = v.toInteger(0);
        return double(i) == v.toDouble() ? Value::fromInt(i) : Value::fromFloat(v.toDouble());
    }
    case QJsonValue::String:
        return Value::fromString(v.toString());
    case QJsonValue::Array: {
        auto list = Value::make(Value::Kind::List);
        for (const QJsonValue &item : v.toArray())
            list->items.push_back(valueFromJson(item, depth + 1));
        return list;
    }
    case QJsonValue::Object: {
        auto dict = Value::make(Value::Kind::Dict);
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            dict->entries.emplace_back(Value::fromString(it.key()), valueFromJson(it.value(), depth + 1));
        return dict;
    }
    default:
        return Value::none();
    }
}

// Shard tensor nodes index the shard's own table; shift them to the merged one. Pickle
// trees may share nodes (memo) or even loop, so visit each node once, without recursion.
void rebaseTensors(const std::vector<ValuePtr> &roots, int base)
{
    std::unordered_set<const Value *> seen;
    std::vector<Value *> stack;
    auto push = [&](const ValuePtr &v) {
        if (v && seen.insert(v.get()).second)
            stack.push_back(v.get());
    };
    for (const ValuePtr &root : roots)
        push(root);
    while (!stack.empty()) {
        Value *v = stack.back();
        stack.pop_back();
        if (v->kind == Value::Kind::Tensor && v->tensorIndex >= 0)
            v->tensorIndex += base;
        for (const ValuePtr &c : v->items)
            push(c);
        for (const auto &[k, c] : v->entries) {
            push(k);
            push(c);
        }
        for (const ValuePtr &c : v->appended())
            push(c);
        push(v->state());
    }
}

void mergePart(const QString &name, Checkpoint &part, Checkpoint &out, Value &parts, const QString &sidePrefix,
    const Phrase &warningPrefix)
{
    const int tensorBase = int(out.tensors.size());
    const int storageBase = int(out.storages.size());
    std::vector<ValuePtr> trees { part.root };
    for (const auto &side : part.sideTrees) {
        trees.push_back(side.second);
        out.sideTrees.emplace_back(QStringLiteral("%1/%2").arg(sidePrefix, side.first), side.second);
    }
    rebaseTensors(trees, tensorBase);
    for (TensorInfo &t : part.tensors) {
        t.reached = false; // the walk over the merged root assigns the final paths
        t.path.clear();
        if (t.storageIndex >= 0)
            t.storageIndex += storageBase;
        out.tensors.push_back(std::move(t));
    }
    for (StorageInfo &s : part.storages)
        out.storages.push_back(std::move(s));
    for (Finding &f : part.findings) {
        f.where = f.where.isEmpty() ? Phrase(name) : Phrase(QStringLiteral("%1: %2")).arg(name, f.where);
        out.findings.push_back(std::move(f));
    }
    for (auto it = part.moduleSources.constBegin(); it != part.moduleSources.constEnd(); ++it)
        out.moduleSources.insert(it.key(), it.value());
    for (const QString &op : std::as_const(part.nonWeightsOnlyOpcodes))
        if (!out.nonWeightsOnlyOpcodes.contains(op))
            out.nonWeightsOnlyOpcodes << op;
    for (const auto &fact : std::as_const(part.facts)) // a part's opcodes 1.13 refuses are the whole's
        if (fact.first == torch113OpcodesFact())
            noteOpcodeTorch113Refuses(out, fact.second.english());
    for (const Phrase &w : std::as_const(part.warnings))
        out.warnings << about(warningPrefix, w);
    parts.entries.emplace_back(Value::fromString(name), part.root ? part.root : Value::none());
}

namespace {
// Index files are a few hundred KiB at most; do not search big files for a JSON key.
constexpr qint64 kMaxIndexJson = 64 << 20;

bool readShard(const ByteSourcePtr &src, Checkpoint &shard)
{
    // What Hugging Face writes as shards: safetensors or torch.save files.
    const FormatProbe probe(src);
    const FormatReader *reader = detectFormat(probe);
    const Format f = reader ? reader->format() : Format::Unknown;
    if (f == Format::Pickle) {
        // transformers torch.loads a .bin shard: a bare pickle is unpickled (its globals called)
        // before the magic number is checked, so it is graded as the pickle it is.
        reader->read(src, shard);
        shard.findings.push_back({ QString(), Verdict::Invalid, QString(),
            Phrase::translate(
                "ckpt::Safety", "a bare pickle, not a torch.save file: torch.load unpickles it, then fails"),
            true });
        if (shard.ok())
            shard.error = Phrase::translate("ckpt::Formats", "a bare pickle, not a safetensors or torch file");
        return false;
    }
    if (f != Format::Safetensors && f != Format::TorchZip && f != Format::TorchScript && f != Format::TorchLegacy)
        return readFailed(shard, Phrase::translate("ckpt::Formats", "not a safetensors or torch file"));
    return reader->readProbed(probe, shard);
}

// The merged state dict: each name of the weight map from its shard, then anything a
// shard holds that the index does not list.
void buildMergedRoot(const QStringList &names, const QHash<QString, QString> &shardOf, const Value &shards, Value &root)
{
    QSet<QString> placed;
    for (const QString &name : names) {
        const ValuePtr shardRoot = shards.child(shardOf.value(name));
        const ValuePtr value = shardRoot ? shardRoot->child(name) : nullptr;
        if (value && !placed.contains(name)) {
            root.entries.emplace_back(Value::fromString(name), value);
            placed.insert(name);
        }
    }
    for (const auto &shard : shards.entries)
        for (const auto &kv : shard.second->entries)
            if (kv.first->kind == Value::Kind::String && !placed.contains(kv.first->text)
                && kv.first->text != QLatin1String("__metadata__")) {
                root.entries.push_back(kv);
                placed.insert(kv.first->text);
            }
}
} // namespace

const char *ShardedIndexReader::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "Sharded checkpoint index (Hugging Face)");
}

QStringList ShardedIndexReader::nameFilters() const
{
    return { QStringLiteral("*.index.json") };
}

FormatCapabilities ShardedIndexReader::capabilities() const
{
    // Torch shards hold pickles (scanned like any torch file).
    return FormatCapability::Read | FormatCapability::Metadata | FormatCapability::MultipleFiles
        | FormatCapability::Pickle;
}

bool ShardedIndexReader::recognises(const FormatProbe &probe) const
{
    // A JSON object (after a byte order mark and white space) that has a "weight_map".
    const ByteSource &src = probe.bytes();
    const qint64 size = src.size();
    const uchar *d = src.data();
    if (size > kMaxIndexJson)
        return false;
    qint64 i = 0;
    if (size >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF)
        i = 3;
    while (i < size && (d[i] == ' ' || d[i] == '\t' || d[i] == '\r' || d[i] == '\n'))
        ++i;
    if (i >= size || d[i] != '{')
        return false;
    return src.view(0, size).contains("\"weight_map\"");
}

bool ShardedIndexReader::read(const ByteSourcePtr &src, Checkpoint &out) const
{
    out.format = Format::Sharded;

    const QByteArray json = src->view(0, src->size());
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return readFailed(out,
            Phrase::translate("ckpt::Formats", "index is not valid JSON: %1 at byte %2")
                .arg(perr.errorString())
                .arg(perr.offset));
    if (!doc.isObject())
        return readFailed(out, Phrase::translate("ckpt::Formats", "index is not a JSON object"));
    const QJsonObject obj = doc.object();
    const QJsonValue weightMap = obj.value(QLatin1String("weight_map"));
    if (!weightMap.isObject())
        return readFailed(out, Phrase::translate("ckpt::Formats", "index has no weight_map object"));
    const QJsonObject map = weightMap.toObject();

    // weight_map in the order written (QJsonObject sorts), found by scanning the text.
    QStringList names;
    std::vector<JsonMember> top, inner;
    if (scanJsonObject(json, 0, &top)) {
        for (const JsonMember &m : top)
            if (m.key == QLatin1String("weight_map") && scanJsonObject(json, m.valueBegin, &inner))
                for (const JsonMember &w : inner)
                    names << w.key;
    }
    if (names.size() != map.size())
        names = map.keys();

    auto root = Value::make(Value::Kind::Dict);
    out.root = root;
    const QJsonValue metadata = obj.value(QLatin1String("metadata"));
    auto shards = Value::make(Value::Kind::Dict); // shard file -> its own root
    QHash<QString, QString> shardOf;

    QStringList shardNames; // distinct, in first-seen order
    QHash<QString, QStringList> tensorsOf;
    for (const QString &name : std::as_const(names)) {
        const QJsonValue file = map.value(name);
        if (!file.isString())
            return readFailed(
                out, Phrase::translate("ckpt::Formats", "weight_map entry '%1' is not a file name").arg(name));
        const QString shard = file.toString();
        shardOf.insert(name, shard);
        if (!tensorsOf.contains(shard))
            shardNames << shard;
        tensorsOf[shard] << name;
    }

    if (metadata.isObject()) {
        const QJsonValue total = metadata.toObject().value(QLatin1String("total_size"));
        if (total.isDouble())
            out.facts.append({ Phrase(QStringLiteral("total_size")),
                Phrase(QString::number(total.toInteger(qint64(total.toDouble())))) });
    }
    out.facts.append({ Phrase::translate("ckpt::Formats", "weight_map entries", "a fact's name"),
        Phrase(QString::number(names.size())) });

    const QDir dir = QFileInfo(src->path()).absoluteDir();
    int present = 0;
    QStringList absent;
    for (const QString &name : std::as_const(shardNames)) {
        // Only plain file names beside the index: never follow a path out of the folder.
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
            || name == QLatin1String(".") || name == QLatin1String("..")) {
            out.warnings
                << Phrase::translate("ckpt::Formats", "shard name '%1' is not a plain file name; not opened").arg(name);
            continue;
        }
        const QString path = dir.filePath(name);
        if (!QFileInfo::exists(path)) {
            out.warnings << Phrase::translate("ckpt::Formats", "shard %1 is missing").arg(name);
            absent << name;
            continue;
        }
        Phrase openError;
        const ByteSourcePtr shardSrc = ByteSource::open(path, &openError);
        if (!shardSrc) {
            out.warnings << about(Phrase::translate("ckpt::Formats", "shard %1").arg(name), openError);
            continue;
        }
        ++present;
        Checkpoint shard;
        shard.file = path;
        if (!readShard(shardSrc, shard))
            out.warnings << about(Phrase::translate("ckpt::Formats", "shard %1").arg(name), shard.error);
        addPickledNumpyTensors(shard);
        assignTensorPaths(shard); // torch readers leave paths to the tree walk

        // Tensors the index promises but the shard lacks (first path part is the key).
        QSet<QString> keys;
        for (const TensorInfo &t : shard.tensors)
            if (!t.path.empty())
                keys.insert(t.path.front().toString());
        const QStringList &promised = tensorsOf.value(name);
        int missing = 0;
        QString example;
        for (const QString &t : promised)
            if (!keys.contains(t) && missing++ == 0)
                example = t;
        if (missing && shard.ok())
            out.warnings << Phrase::translate(
                "ckpt::Formats", "shard %1 lacks %2 of the %3 tensors the index lists (e.g. '%4')")
                                .arg(name)
                                .arg(missing)
                                .arg(promised.size())
                                .arg(example);
        for (StorageInfo &st : shard.storages)
            st.file = path;
        mergePart(name, shard, out, *shards, QStringLiteral("shards/%1").arg(name),
            Phrase::translate("ckpt::Formats", "shard %1").arg(name));
    }
    out.facts.append({ Phrase::translate("ckpt::Formats", "shards", "a fact's name"),
        Phrase::translate("ckpt::Formats", "%1 of %2 present", "shards").arg(present).arg(shardNames.size()) });
    if (!absent.isEmpty())
        out.facts.append({ missingShardsFact(), Phrase(absent.join(QStringLiteral(", "))) });
    buildMergedRoot(names, shardOf, *shards, *root);
    if (metadata.isObject())
        out.sideTrees.emplace_back(QStringLiteral("index metadata"), valueFromJson(metadata));
    return true;
}

} // namespace ckpt
