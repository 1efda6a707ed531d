#include "model/check/ModelSpec.h"

#include "model/check/ScriptModules.h"
#include "model/formats/CheckpointReader.h"
#include "model/formats/JsonScan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ckpt {

namespace {
constexpr qint64 kMaxManifestBytes = qint64(256) << 20;
const QString kExtraState = QStringLiteral("_extra_state");
const QString kNumBatchesTracked = QStringLiteral("num_batches_tracked");

void addTensorKey(const Checkpoint &c, const QString &key, int tensorIndex, ModelSpec *out)
{
    ModelKey k;
    k.key = key;
    if (tensorIndex >= 0 && size_t(tensorIndex) < c.tensors.size()) {
        k.dtype = c.tensors[size_t(tensorIndex)].dtype;
        k.shape = c.tensors[size_t(tensorIndex)].shape;
    }
    out->keys.push_back(std::move(k));
}

bool fromScript(const Checkpoint &c, ModelSpec *out, QString *error)
{
    std::vector<ScriptModule> modules;
    if (!readScriptModules(c, &modules, error))
        return false;
    out->source = ModelSource::TorchScript;
    out->className = scriptClassShortName(modules.front().className);
    for (const ScriptModule &s : modules) {
        ModelModule m;
        m.prefix = s.prefix;
        m.className = s.className;
        m.children = s.children;
        for (const auto &[name, v] : s.parameters) {
            m.local.push_back(int(out->keys.size()));
            addTensorKey(c, s.prefix + name, v->tensorIndex, out);
        }
        for (const auto &[name, v] : s.buffers) {
            m.local.push_back(int(out->keys.size()));
            addTensorKey(c, s.prefix + name, v->tensorIndex, out);
            out->keys.back().mayBeNonPersistent = true;
            m.fillsNumBatchesTracked = m.fillsNumBatchesTracked || name == kNumBatchesTracked;
        }
        out->modules.push_back(std::move(m));
    }
    return true;
}

bool fromStateDict(const CheckpointPtr &c, const QString &statePath, ModelSpec *out, QString *error)
{
    QString why;
    StateDict sd = statePath.isEmpty() ? findStateDict(*c) : stateDictAt(*c, statePath, &why);
    if (!sd.found()) {
        if (!why.isEmpty())
            *error = why;
        else if (c->root && c->root->kind == Value::Kind::Object)
            *error = QStringLiteral("a pickled %1 object, not a state_dict (save model.state_dict() instead)")
                         .arg(c->root->className);
        else
            *error = QStringLiteral("no state_dict in the file (no dict holds tensors)");
        return false;
    }
    out->source = c->format == Format::Safetensors || c->format == Format::Sharded ? ModelSource::Safetensors
                                                                                   : ModelSource::StateDict;
    out->stateDictPath = sd.path;
    out->stateDictDescription = sd.describe();
    QStringList skipped, extraState;
    out->keys.reserve(sd.entries.size());
    for (const StateDictEntry &e : sd.entries) {
        if (e.key.endsWith(kExtraState)) {
            extraState << e.key.chopped(kExtraState.size()); // its module, marked by inferModules()
            continue;
        }
        if (e.tensorIndex < 0) {
            skipped << e.key;
            continue;
        }
        addTensorKey(*c, e.key, e.tensorIndex, out);
    }
    if (!skipped.isEmpty())
        out->notes << Phrase::translate("ckpt::Check", "%n non-tensor entries of the reference are not model keys: %1",
            nullptr, int(skipped.size()))
                          .arg(skipped.mid(0, 5).join(QStringLiteral(", ")));
    out->inferModules(extraState);
    if (out->source == ModelSource::Safetensors) {
        out->orderKnown = false;
        out->notes << Phrase::translate("ckpt::Check",
            "safetensors does not keep the model's key order: lists follow the file's order, not PyTorch's");
    }
    return true;
}
} // namespace

QString modelSourceName(ModelSource s)
{
    switch (s) {
    case ModelSource::StateDict:
        return QStringLiteral("state_dict");
    case ModelSource::TorchScript:
        return QStringLiteral("torchscript");
    case ModelSource::Safetensors:
        return QStringLiteral("safetensors");
    case ModelSource::Manifest:
        return QStringLiteral("manifest");
    }
    return QString();
}

void ModelSpec::index()
{
    m_keyIndex.clear();
    m_moduleIndex.clear();
    m_keyIndex.reserve(qsizetype(keys.size()));
    for (size_t i = 0; i < keys.size(); ++i)
        m_keyIndex.insert(keys[i].key, int(i));
    m_moduleIndex.reserve(qsizetype(modules.size()));
    for (size_t i = 0; i < modules.size(); ++i)
        m_moduleIndex.insert(modules[i].prefix, int(i));
}

void ModelSpec::inferModules(const QStringList &extraState)
{
    // A trie of module prefixes in first-seen order; pre-order over it is the order in
    // which load_state_dict visits the modules (state_dict() writes a module's own
    // state, then each child's, depth first).
    struct Node {
        ModelModule module;
        std::vector<int> childNodes;
    };
    std::vector<Node> nodes(1);
    QHash<QString, int> byPrefix { { QString(), 0 } };
    byPrefix.reserve(qsizetype(keys.size()));
    auto nodeFor = [&](const QString &prefix, auto &self) -> int {
        if (auto it = byPrefix.constFind(prefix); it != byPrefix.constEnd())
            return it.value();
        const qsizetype dot = prefix.lastIndexOf(QLatin1Char('.'), prefix.size() - 2);
        const QString parentPrefix = dot < 0 ? QString() : prefix.left(dot + 1);
        const int parent = self(parentPrefix, self);
        const int id = int(nodes.size());
        nodes.push_back({});
        nodes.back().module.prefix = prefix;
        nodes[size_t(parent)].module.children << prefix.mid(parentPrefix.size()).chopped(1);
        nodes[size_t(parent)].childNodes.push_back(id);
        byPrefix.insert(prefix, id);
        return id;
    };
    int lastNode = -1; // a module's keys come one after another: skip the lookup for them
    for (size_t i = 0; i < keys.size(); ++i) {
        const QString &key = keys[i].key;
        const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
        if (lastNode < 0 || nodes[size_t(lastNode)].module.prefix.size() != dot + 1
            || !key.startsWith(nodes[size_t(lastNode)].module.prefix))
            lastNode = nodeFor(dot < 0 ? QString() : key.left(dot + 1), nodeFor);
        ModelModule &m = nodes[size_t(lastNode)].module;
        m.local.push_back(int(i));
        m.fillsNumBatchesTracked = m.fillsNumBatchesTracked || QStringView(key).mid(dot + 1) == kNumBatchesTracked;
    }
    for (const QString &prefix : extraState) // possibly a module whose only state it is
        nodes[size_t(nodeFor(prefix, nodeFor))].module.hasExtraState = true;
    modules.clear();
    modules.reserve(nodes.size());
    std::vector<int> stack { 0 };
    while (!stack.empty()) {
        Node &n = nodes[size_t(stack.back())];
        stack.pop_back();
        modules.push_back(std::move(n.module));
        for (auto it = n.childNodes.rbegin(); it != n.childNodes.rend(); ++it)
            stack.push_back(*it);
    }
    index();
}

namespace {
bool fromManifest(const QString &file, const QByteArray &json, const QJsonDocument &doc, const QJsonParseError &perr,
    ModelSpec *out, QString *error)
{
    if (!doc.isObject()) {
        *error = perr.error != QJsonParseError::NoError
            ? QStringLiteral("not valid JSON: %1 at byte %2").arg(perr.errorString()).arg(perr.offset)
            : QStringLiteral("a key manifest is a JSON object {\"key\": {\"shape\": [...], \"dtype\": ...}}");
        return false;
    }
    std::vector<JsonMember> members; // QJsonObject sorts keys; the model's order matters
    if (!scanJsonObject(json, 0, &members)) {
        *error = QStringLiteral("not a well-formed JSON object");
        return false;
    }
    *out = ModelSpec();
    out->file = file;
    out->source = ModelSource::Manifest;
    const QJsonObject o = doc.object();
    QSet<QString> seen;
    for (const JsonMember &m : members) {
        if (seen.contains(m.key)) {
            *error = QStringLiteral("key '%1' appears twice").arg(m.key);
            return false;
        }
        seen.insert(m.key);
        const QJsonObject spec = o.value(m.key).toObject();
        const QJsonValue shape = spec.value(QStringLiteral("shape"));
        if (!shape.isArray()) {
            *error = QStringLiteral("key '%1': \"shape\" must be a list of integers").arg(m.key);
            return false;
        }
        ModelKey k;
        k.key = m.key;
        for (const QJsonValue &d : shape.toArray()) {
            if (!d.isDouble() || d.toDouble() < 0 || d.toDouble() != double(qint64(d.toDouble()))) {
                *error = QStringLiteral("key '%1': \"shape\" must be a list of non-negative integers").arg(m.key);
                return false;
            }
            k.shape.push_back(qint64(d.toDouble()));
        }
        const QJsonValue dtype = spec.value(QStringLiteral("dtype"));
        if (!dtype.isUndefined()) {
            k.dtype = dtypeFromName(dtype.toString());
            if (k.dtype == DType::Unknown) {
                *error = QStringLiteral("key '%1': unknown dtype '%2'").arg(m.key, dtype.toString());
                return false;
            }
        }
        out->keys.push_back(std::move(k));
    }
    out->inferModules();
    return true;
}
} // namespace

bool modelSpecFromCheckpoint(const CheckpointPtr &c, const QString &statePath, ModelSpec *out, QString *error)
{
    *out = ModelSpec();
    out->file = c->file;
    if (c->format == Format::TorchScript && statePath.isEmpty()) {
        if (!fromScript(*c, out, error))
            return false;
        out->index();
        return true;
    }
    return fromStateDict(c, statePath, out, error);
}

bool modelSpecFromManifest(const QString &file, const QByteArray &json, ModelSpec *out, QString *error)
{
    QJsonParseError perr;
    return fromManifest(file, json, QJsonDocument::fromJson(json, &perr), perr, out, error);
}

bool loadModelSpec(const QString &file, const QString &statePath, ModelSpec *out, QString *error, CheckpointPtr *opened)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    // A manifest is JSON; so is a Hugging Face index, which openCheckpoint reads.
    if (const QByteArray head = f.peek(64).trimmed(); head.startsWith('{') || head.startsWith('[')) {
        if (f.size() > kMaxManifestBytes) {
            *error = QStringLiteral("JSON file of %1 bytes is too large for a key manifest").arg(f.size());
            return false;
        }
        const QByteArray json = f.readAll();
        QJsonParseError perr; // parsed once: 100k keys are 5 MB of JSON
        const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
        if (!doc.object().contains(QStringLiteral("weight_map")))
            return fromManifest(file, json, doc, perr, out, error);
    }
    f.close();
    const CheckpointPtr c = openCheckpoint(file);
    if (opened)
        *opened = c;
    if (!c->ok()) {
        *error = c->error.english(); // only `ckpt check` loads a reference by its name
        return false;
    }
    return modelSpecFromCheckpoint(c, statePath, out, error);
}

} // namespace ckpt
