#include "model/checkpoint/CheckpointJson.h"

#include "model/checkpoint/IndentedJson.h"
#include "model/checkpoint/Summary.h"
#include "model/checkpoint/WeightsOnly.h"

#include <QIODevice>
#include <QJsonDocument>

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

namespace {
// tensorFields() into a QJsonObject.
struct JsonFields {
    QJsonObject o;
    void string(const char *key, const QString &v) { o.insert(QLatin1String(key), v); }
    void integer(const char *key, qint64 v) { o.insert(QLatin1String(key), v); }
    void real(const char *key, double v) { o.insert(QLatin1String(key), v); }
    void boolean(const char *key, bool v) { o.insert(QLatin1String(key), v); }
    void integers(const char *key, const std::vector<qint64> &v) { o.insert(QLatin1String(key), intsToJson(v)); }
    void path(const char *key, const Path &p) { o.insert(QLatin1String(key), pathToJson(p)); }
    template <typename Fill> void object(const char *key, Fill fill)
    {
        JsonFields inner;
        fill(inner);
        o.insert(QLatin1String(key), inner.o);
    }
};

// tensorFields() as the text QJsonDocument::Indented would print for that QJsonObject.
struct TextFields {
    IndentedObject &o;
    void string(const char *key, const QString &v) { o.string(key, v); }
    void integer(const char *key, qint64 v) { o.integer(key, v); }
    void real(const char *key, double v) { o.real(key, v); }
    void boolean(const char *key, bool v) { o.boolean(key, v); }
    void integers(const char *key, const std::vector<qint64> &v) { o.integers(key, v); }
    void path(const char *key, const Path &p)
    {
        std::string &out = o.member(key);
        appendJsonArray(out, o.level() + 1, p.size(), [&](size_t i) {
            if (p[i].isIndex)
                appendJsonInteger(out, p[i].index);
            else
                appendJsonString(out, p[i].key);
        });
    }
    template <typename Fill> void object(const char *key, Fill fill)
    {
        o.object(key, [&](IndentedObject &inner) {
            TextFields f { inner };
            fill(f);
        });
    }
};

// One tensor's fields, handed to a JsonFields or a TextFields. In key order, as a
// QJsonObject keeps them: the text must come out as Qt would print the object.
template <typename Out> void tensorFields(const Checkpoint &ckpt, const TensorInfo &t, Out &out)
{
    const StorageInfo *s = t.storageIndex >= 0 ? &ckpt.storages[size_t(t.storageIndex)] : nullptr;
    if (s && s->chunked)
        out.integer("chunks", qint64(s->chunks.size())); // DCP: the blocks the ranks saved
    if (s)
        out.string("device", s->device);
    else
        out.string("device", t.layout == TensorLayout::Meta ? QStringLiteral("meta") : QString());
    out.string("dtype", dtypeName(t.dtype));
    if (s && s->fileOffset >= 0)
        out.integer("file_offset", s->fileOffset + t.storageOffset * elementSize(t.dtype));
    out.boolean("is_parameter", t.isParameter);
    if (t.layout != TensorLayout::Strided)
        out.string("layout", layoutName(t.layout));
    out.integer("nbytes", t.nbytes());
    out.integer("numel", t.numel());
    out.path("path", t.path);
    if (t.isQuantized) {
        out.object("quantized", [&](auto &q) {
            if (isPerTensor(t.quant.scheme)) {
                q.real("scale", t.quant.scale);
                q.string("scheme", qschemeName(t.quant.scheme));
                q.integer("zero_point", t.quant.zeroPoint);
            } else {
                q.integer("axis", t.quant.axis);
                q.string("scheme", qschemeName(t.quant.scheme));
            }
        });
    }
    out.boolean("requires_grad", t.requiresGrad);
    out.integers("shape", t.shape);
    if (s) {
        out.string("storage_key", s->key);
        out.integer("storage_nbytes", s->nbytes);
    }
    out.integer("storage_offset", t.storageOffset);
    out.integers("stride", t.strides);
    if (!t.subclass.isEmpty())
        out.string("subclass", t.subclass);
}
} // namespace

QJsonObject tensorToJson(const Checkpoint &ckpt, const TensorInfo &t)
{
    JsonFields f;
    tensorFields(ckpt, t, f);
    return f.o;
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

namespace {
// Every member of the document but "tensors".
QJsonObject summaryToJson(const Checkpoint &ckpt)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), ckpt.file);
    o.insert(QStringLiteral("format"), formatName(ckpt.format));
    o.insert(QStringLiteral("file_size"), ckpt.fileSize);
    QJsonObject facts;
    for (const auto &f : ckpt.facts)
        facts.insert(f.first, f.second);
    o.insert(QStringLiteral("facts"), facts);
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
    o.insert(QStringLiteral("weights_only_loadable"), weightsOnlyVerdict(ckpt).loadable);
    o.insert(QStringLiteral("safety"), Summary::safetyLine(ckpt));
    if (!ckpt.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(ckpt.warnings));
    if (!ckpt.ok())
        o.insert(QStringLiteral("error"), ckpt.error);
    return o;
}
} // namespace

QJsonObject checkpointToJson(const Checkpoint &ckpt)
{
    QJsonObject o = summaryToJson(ckpt);
    QJsonArray tensors;
    for (const TensorInfo &t : ckpt.tensors)
        if (t.reached)
            tensors.append(tensorToJson(ckpt, t));
    o.insert(QStringLiteral("tensors"), tensors);
    return o;
}

void writeCheckpointJson(const Checkpoint &ckpt, QIODevice *out)
{
    // The small members through QJsonDocument, with an empty "tensors" array whose place
    // the tensors' text then takes. Only structure puts a raw newline in the text, and
    // no other top-level key is "tensors": the placeholder is found exactly once.
    QJsonObject doc = summaryToJson(ckpt);
    doc.insert(QStringLiteral("tensors"), QJsonArray());
    const QByteArray text = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    const QByteArray placeholder("\n    \"tensors\": [\n    ]");
    const qsizetype at = text.indexOf(placeholder);
    constexpr size_t kChunk = size_t(1) << 20;
    std::string buf;
    buf.reserve(kChunk + 4096);
    buf.append(text.constData(), size_t(at));
    buf += "\n    \"tensors\": [\n";
    bool first = true;
    for (const TensorInfo &t : ckpt.tensors) {
        if (!t.reached)
            continue;
        if (!first)
            buf += ",\n";
        first = false;
        appendIndent(buf, 2);
        IndentedObject o(buf, 2);
        TextFields f { o };
        tensorFields(ckpt, t, f);
        o.finish();
        if (buf.size() >= kChunk) {
            out->write(buf.data(), qint64(buf.size()));
            buf.clear();
        }
    }
    if (first) {
        out->write(text);
        return;
    }
    buf += "\n    ]";
    buf.append(text.constData() + at + placeholder.size(), size_t(text.size() - at - placeholder.size()));
    out->write(buf.data(), qint64(buf.size()));
}

} // namespace ckpt
