#include "model/checkpoint/CheckpointJson.h"

#include "model/checkpoint/IndentedJson.h"
#include "model/checkpoint/ReadState.h"
#include "model/checkpoint/Summary.h"
#include "model/checkpoint/TreeWalk.h"
#include "model/checkpoint/WeightsOnly.h"

#include <QIODevice>
#include <QJsonDocument>

#include <unordered_map>

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
    void paths(const char *key, const std::vector<const Path *> &ps)
    {
        QJsonArray a;
        for (const Path *p : ps)
            a.append(pathToJson(*p));
        o.insert(QLatin1String(key), a);
    }
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
    static void appendPath(std::string &out, int level, const Path &p)
    {
        appendJsonArray(out, level, p.size(), [&](size_t i) {
            if (p[i].isIndex)
                appendJsonInteger(out, p[i].index);
            else
                appendJsonString(out, p[i].key);
        });
    }
    void path(const char *key, const Path &p) { appendPath(o.member(key), o.level() + 1, p); }
    void paths(const char *key, const std::vector<const Path *> &ps)
    {
        std::string &out = o.member(key);
        appendJsonArray(out, o.level() + 1, ps.size(), [&](size_t i) { appendPath(out, o.level() + 2, *ps[i]); });
    }
    template <typename Fill> void object(const char *key, Fill fill)
    {
        o.object(key, [&](IndentedObject &inner) {
            TextFields f { inner };
            fill(f);
        });
    }
};

// One entry of "tensors": a tensor at one of the paths it appears at. A tensor two keys
// hold (tied weights) has an entry under each, naming the other paths; the paths of the
// other tensors on its storage (views) are named too, up to kMaxListed.
struct TensorPlace {
    int index = -1;
    const Path *path = nullptr;
    std::vector<const Path *> same; // its other paths
    std::vector<const Path *> views; // other tensors' paths on its storage
};
constexpr size_t kMaxListed = 100;

// Every entry, in tensor order, each tensor's paths in the order the tree reaches them.
// `paths` must outlive the result.
std::vector<TensorPlace> tensorPlaces(const Checkpoint &ckpt, const std::vector<std::vector<Path>> &paths)
{
    std::unordered_map<int, std::vector<int>> byStorage;
    for (int i = 0; i < int(ckpt.tensors.size()); ++i)
        if (ckpt.tensors[size_t(i)].storageIndex >= 0 && !paths[size_t(i)].empty())
            byStorage[ckpt.tensors[size_t(i)].storageIndex].push_back(i);
    std::vector<TensorPlace> places;
    places.reserve(ckpt.tensors.size());
    for (int i = 0; i < int(ckpt.tensors.size()); ++i) {
        const std::vector<Path> &at = paths[size_t(i)];
        if (at.empty())
            continue; // not reached from the tree (a rebuild argument)
        std::vector<const Path *> views;
        const int storage = ckpt.tensors[size_t(i)].storageIndex;
        if (storage >= 0)
            for (int other : byStorage[storage])
                for (size_t k = 0; other != i && k < paths[size_t(other)].size() && views.size() < kMaxListed; ++k)
                    views.push_back(&paths[size_t(other)][k]);
        for (size_t k = 0; k < at.size(); ++k) {
            TensorPlace p;
            p.index = i;
            p.path = &at[k];
            for (size_t j = 0; j < at.size() && p.same.size() < kMaxListed; ++j)
                if (j != k)
                    p.same.push_back(&at[j]);
            p.views = views;
            places.push_back(std::move(p));
        }
    }
    return places;
}

// One tensor's fields, handed to a JsonFields or a TextFields. In key order, as a
// QJsonObject keeps them: the text must come out as Qt would print the object.
template <typename Out> void tensorFields(const Checkpoint &ckpt, const TensorPlace &place, Out &out)
{
    const TensorInfo &t = ckpt.tensors[size_t(place.index)];
    const StorageInfo *s = t.storageIndex >= 0 ? &ckpt.storages[size_t(t.storageIndex)] : nullptr;
    if (s && s->chunked)
        out.integer("chunks", qint64(s->chunks.size())); // DCP: the blocks the ranks saved
    if (s)
        out.string("device", s->device);
    else
        out.string("device", t.layout == TensorLayout::Meta ? QStringLiteral("meta") : QString());
    out.string("dtype", dtypeName(t.dtype));
    // A crafted storage offset can overflow the byte position: then there is none to give.
    qint64 at = 0;
    if (s && s->fileOffset >= 0 && !__builtin_mul_overflow(t.storageOffset, qint64(elementSize(t.dtype)), &at)
        && !__builtin_add_overflow(at, s->fileOffset, &at))
        out.integer("file_offset", at);
    out.integer("index", place.index);
    out.boolean("is_parameter", t.isParameter);
    if (t.layout != TensorLayout::Strided)
        out.string("layout", layoutName(t.layout));
    out.integer("nbytes", t.nbytes());
    out.integer("numel", t.numel());
    if (!t.numpyDtype.isEmpty()) // a numpy.ndarray in the file, read as a tensor
        out.string("numpy_dtype", t.numpyDtype);
    out.path("path", *place.path);
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
    if (!place.same.empty())
        out.paths("same_tensor_as", place.same);
    out.integers("shape", t.shape);
    if (!place.same.empty() || !place.views.empty())
        out.boolean("shared_storage", true);
    if (!place.views.empty())
        out.paths("shares_storage_with", place.views);
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
    TensorPlace place;
    place.index = int(&t - ckpt.tensors.data());
    place.path = &t.path;
    JsonFields f;
    tensorFields(ckpt, place, f);
    return f.o;
}

QJsonArray tensorsToJson(const Checkpoint &ckpt)
{
    const std::vector<std::vector<Path>> paths = tensorPaths(ckpt);
    QJsonArray out;
    for (const TensorPlace &place : tensorPlaces(ckpt, paths)) {
        JsonFields f;
        tensorFields(ckpt, place, f);
        out.append(f.o);
    }
    return out;
}

QJsonObject findingToJson(const Finding &f)
{
    QJsonObject o;
    if (!f.global.isEmpty())
        o.insert(QStringLiteral("global"), f.global);
    o.insert(QStringLiteral("verdict"), verdictName(f.verdict));
    o.insert(QStringLiteral("where"), f.where.english());
    if (!f.detail.isEmpty())
        o.insert(QStringLiteral("detail"), f.detail.english());
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
        facts.insert(f.first.english(), f.second.english());
    o.insert(QStringLiteral("facts"), facts);
    const Summary s = Summary::of(ckpt);
    QJsonObject totals;
    totals.insert(QStringLiteral("tensors"), s.tensors);
    totals.insert(QStringLiteral("parameters"), s.parameters);
    totals.insert(QStringLiteral("bytes_used"), s.bytesUsed);
    totals.insert(QStringLiteral("bytes_stored"), s.bytesStored);
    totals.insert(QStringLiteral("bytes_by_dtype"), mapToJson(s.bytesByDtype));
    totals.insert(QStringLiteral("bytes_by_device"), mapToJson(s.bytesByDevice));
    // Memory at a glance: every floating tensor at each width, the others as they are.
    QJsonObject memory;
    for (const auto &[name, bits] : { std::pair { "float32", 32 }, std::pair { "float16", 16 },
             std::pair { "bfloat16", 16 }, std::pair { "int8", 8 }, std::pair { "int4", 4 } })
        memory.insert(QLatin1String(name), s.bytesAt(bits));
    totals.insert(QStringLiteral("memory"), memory);
    if (s.largestTensor >= 0)
        totals.insert(QStringLiteral("largest_tensor"), tensorToJson(ckpt, ckpt.tensors[size_t(s.largestTensor)]));
    o.insert(QStringLiteral("totals"), totals);
    QJsonArray findings;
    for (const Finding &f : ckpt.findings)
        findings.append(findingToJson(f));
    o.insert(QStringLiteral("findings"), findings);
    o.insert(QStringLiteral("weights_only_loadable"), weightsOnlyVerdict(ckpt).loadable);
    o.insert(QStringLiteral("safety"), Summary::safetyLine(ckpt).english());
    o.insert(QStringLiteral("safety_grade"), safetyGradeName(safetyGrade(ckpt)));
    if (!ckpt.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(englishOf(ckpt.warnings)));
    if (!ckpt.ok())
        o.insert(QStringLiteral("error"), ckpt.error.english());
    // Partial reads say so: the tree above is what was read before `error`.
    o.insert(QStringLiteral("complete"), readState(ckpt) == ReadState::Complete);
    return o;
}
} // namespace

QJsonObject checkpointToJson(const Checkpoint &ckpt)
{
    QJsonObject o = summaryToJson(ckpt);
    o.insert(QStringLiteral("tensors"), tensorsToJson(ckpt));
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
    const std::vector<std::vector<Path>> paths = tensorPaths(ckpt);
    for (const TensorPlace &place : tensorPlaces(ckpt, paths)) {
        if (!first)
            buf += ",\n";
        first = false;
        appendIndent(buf, 2);
        IndentedObject o(buf, 2);
        TextFields f { o };
        tensorFields(ckpt, place, f);
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
