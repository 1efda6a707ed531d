// The inference package PyTorch tutorials teach: {model_state_dict, model_config,
// preprocessing, class_names, metadata}. Everything but tensors becomes plain Python
// values (no Namespace, numpy or torch objects), so weights_only=True always loads it.
#include "model/convert/ConvertInternal.h"
#include "model/convert/TreeEdit.h"
#include "model/convert/Writers.h"

#include "model/checkpoint/TreeWalk.h"
#include "model/io/ByteSource.h"
#include "model/io/Sha256.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace ckpt {

namespace {
using K = Value::Kind;

bool holdsTensors(const ValuePtr &v)
{
    if (!v || v->kind != K::Dict)
        return false;
    for (const auto &kv : v->entries)
        if (kv.second->kind == K::Tensor)
            return true;
    return false;
}

ValuePtr fromJson(const QJsonValue &j)
{
    switch (j.type()) {
    case QJsonValue::Bool:
        return Value::fromBool(j.toBool());
    case QJsonValue::Double: {
        const double d = j.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9e15)
            return Value::fromInt(qint64(d));
        return Value::fromFloat(d);
    }
    case QJsonValue::String:
        return Value::fromString(j.toString());
    case QJsonValue::Array: {
        auto l = Value::make(K::List);
        for (const QJsonValue &e : j.toArray())
            l->items.push_back(fromJson(e));
        return l;
    }
    case QJsonValue::Object: {
        auto d = Value::make(K::Dict);
        const QJsonObject o = j.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            d->entries.emplace_back(Value::fromString(it.key()), fromJson(it.value()));
        return d;
    }
    default:
        return Value::none();
    }
}

ValuePtr plainDictOf(const std::vector<std::pair<ValuePtr, ValuePtr>> &entries, int depth, Phrases *notes);

// Plain Python values only: containers, numbers, strings, None and tensors.
ValuePtr toPlain(const ValuePtr &v, int depth, Phrases *notes)
{
    if (!v || depth > 64)
        return Value::none();
    switch (v->kind) {
    case K::None:
    case K::Bool:
    case K::Int:
    case K::Float:
    case K::String:
    case K::Tensor:
        return v;
    case K::BigInt:
        return Value::fromString(v->text);
    case K::Bytes:
        return Value::fromString(QString::fromLatin1(v->bytes()));
    case K::List:
    case K::Tuple:
    case K::Set: {
        auto out = Value::make(v->kind == K::Tuple && v->className.isEmpty() ? K::Tuple : K::List);
        for (const ValuePtr &i : v->items)
            out->items.push_back(toPlain(i, depth + 1, notes));
        return out;
    }
    case K::Dict:
        return plainDictOf(v->entries, depth, notes);
    case K::Object:
        if (v->state() && v->state()->kind == K::Dict)
            return plainDictOf(v->state()->entries, depth, notes);
        if (!v->entries.empty())
            return plainDictOf(v->entries, depth, notes);
        *notes << Phrase::translate("ckpt::Convert", "%1 kept as its class name").arg(v->className);
        return Value::fromString(v->className);
    case K::NumpyScalar: {
        const QString code = v->className;
        if (code.startsWith(QLatin1Char('f')))
            return Value::fromFloat(v->text.toDouble());
        if (code == QLatin1String("b1"))
            return Value::fromBool(v->text == QLatin1String("True"));
        if (code.startsWith(QLatin1Char('i')) || code.startsWith(QLatin1Char('u')))
            return Value::fromInt(v->text.toLongLong());
        return Value::fromString(v->text);
    }
    case K::NumpyArray:
        *notes << Phrase::translate("ckpt::Convert", "a numpy array was replaced by a description");
        return Value::fromString(QStringLiteral("numpy array %1").arg(v->text));
    case K::Dtype:
        return Value::fromString(QStringLiteral("torch.") + v->text);
    case K::Device:
    case K::Layout:
        return Value::fromString(v->text);
    case K::Global:
        return Value::fromString(v->className);
    default:
        return Value::fromString(v->scalarText());
    }
}

ValuePtr plainDictOf(const std::vector<std::pair<ValuePtr, ValuePtr>> &entries, int depth, Phrases *notes)
{
    auto d = Value::make(K::Dict);
    for (const auto &kv : entries) {
        ValuePtr key = kv.first->kind == K::Int || kv.first->kind == K::String
            ? kv.first
            : Value::fromString(kv.first->scalarText());
        d->entries.emplace_back(key, toPlain(kv.second, depth + 1, notes));
    }
    return d;
}

ValuePtr firstOf(const ValuePtr &root, std::initializer_list<const char *> keys)
{
    if (!root || root->kind != K::Dict)
        return nullptr;
    for (const char *k : keys)
        if (ValuePtr v = root->child(QLatin1String(k)))
            return v;
    return nullptr;
}

QString sha256OfFile(const QString &path)
{
    return QString::fromLatin1(Sha256::ofFile(path).toHex());
}
QJsonValue valueToJson(const Checkpoint &c, const ValuePtr &v, int depth = 0)
{
    using K = Value::Kind;
    if (!v || depth > 64)
        return QJsonValue();
    switch (v->kind) {
    case K::None:
        return QJsonValue();
    case K::Bool:
        return v->boolean;
    case K::Int:
        return v->integer;
    case K::Float:
        return std::isfinite(v->real) ? QJsonValue(v->real) : QJsonValue(QString::number(v->real));
    case K::String:
        return v->text;
    case K::Tensor: {
        const TensorInfo &t = c.tensors[size_t(v->tensorIndex)];
        QJsonArray shape;
        for (qint64 d : t.shape)
            shape.append(d);
        return QJsonObject { { QStringLiteral("tensor"),
            QJsonObject { { QStringLiteral("dtype"), dtypeName(t.dtype) }, { QStringLiteral("shape"), shape } } } };
    }
    case K::List:
    case K::Tuple:
    case K::Set: {
        QJsonArray a;
        for (const ValuePtr &i : v->items)
            a.append(valueToJson(c, i, depth + 1));
        return a;
    }
    case K::Dict: {
        QJsonObject o;
        for (const auto &kv : v->entries)
            o.insert(kv.first->kind == K::String ? kv.first->text : kv.first->scalarText(),
                valueToJson(c, kv.second, depth + 1));
        return o;
    }
    default:
        return v->scalarText();
    }
}

enum class PackageFieldKind { Object, List };

// class_names from a list, or a dict {index: name} (its values, in order).
ValuePtr classList(const ValuePtr &plain)
{
    if (plain->kind != K::Dict)
        return plain;
    auto classes = Value::make(K::List);
    for (const auto &kv : plain->entries)
        classes->items.push_back(kv.second);
    return classes;
}

// A package field as typed (ConvertOptions): JSON, the slash path of a subtree of the
// source, or for class names "A,B,...". Sets *out (null when nothing was typed).
bool packageField(const Checkpoint &source, const QString &typed, PackageFieldKind kind, const QString &field,
    Phrases *notes, ValuePtr *out, Phrase *error)
{
    const QString text = typed.trimmed();
    *out = nullptr;
    if (text.isEmpty())
        return true;
    const bool list = kind == PackageFieldKind::List;
    if (text.startsWith(QLatin1Char(list ? '[' : '{'))) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || (list ? !doc.isArray() : !doc.isObject())) {
            const QString why = pe.error != QJsonParseError::NoError ? pe.errorString() : QString();
            if (list)
                *error = why.isEmpty()
                    ? Phrase::translate("ckpt::Convert", "%1 is not a JSON list: another JSON value").arg(field)
                    : Phrase::translate("ckpt::Convert", "%1 is not a JSON list: %2").arg(field, why);
            else
                *error = why.isEmpty()
                    ? Phrase::translate("ckpt::Convert", "%1 is not a JSON object: another JSON value").arg(field)
                    : Phrase::translate("ckpt::Convert", "%1 is not a JSON object: %2").arg(field, why);
            return false;
        }
        *out = list ? fromJson(doc.array()) : fromJson(doc.object());
        return true;
    }
    if (ValuePtr node = nodeAt(source.root, text)) {
        ValuePtr plain = toPlain(node, 0, notes);
        if (list) {
            plain = classList(plain);
            if (plain->kind != K::List && plain->kind != K::Tuple) {
                *error = Phrase::translate("ckpt::Convert", "%1: '%2' in the checkpoint is not a list or dict")
                             .arg(field, text);
                return false;
            }
        } else if (plain->kind != K::Dict) {
            *error = Phrase::translate("ckpt::Convert", "%1: '%2' in the checkpoint is not a dict").arg(field, text);
            return false;
        }
        *out = plain;
        return true;
    }
    if (list) { // names typed one after the other
        auto classes = Value::make(K::List);
        for (const QString &c : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            classes->items.push_back(Value::fromString(c.trimmed()));
        *out = classes;
        return true;
    }
    *error = Phrase::translate("ckpt::Convert", "%1: '%2' is neither a JSON object nor a path in the checkpoint")
                 .arg(field, text);
    return false;
}

} // namespace

ValuePtr buildPackage(
    const Checkpoint &source, const Checkpoint &view, const ConvertOptions &options, Phrases *notes, Phrase *error)
{
    // The weights: the edited root if it is a state dict, else the usual keys.
    ValuePtr state;
    const char *stateKey = nullptr;
    for (const char *k : { "model_state_dict", "state_dict", "model", "net", "network", "weights" })
        if (!state
            && holdsTensors(view.root && view.root->kind == K::Dict ? view.root->child(QLatin1String(k)) : nullptr)) {
            state = view.root->child(QLatin1String(k));
            stateKey = k;
        }
    if (!state && holdsTensors(view.root))
        state = view.root;
    if (!state) {
        *error = Phrase::translate(
            "ckpt::Convert", "no state_dict found for the package (choose one with --extract PATH)");
        return nullptr;
    }
    // Lightning keeps the LightningModule's weights under "model.": a bare model wants them without.
    if (stateKey && qstrcmp(stateKey, "state_dict") == 0
        && view.root->child(QStringLiteral("pytorch-lightning_version"))) {
        bool all = true;
        for (const auto &kv : state->entries)
            all = all && kv.first->kind == K::String && kv.first->text.startsWith(QLatin1String("model."));
        if (all) {
            int n = 0;
            state = renameStateDictKeys(
                state, [](const QString &k) { return k.mid(6); },
                [](const QString &k) {
                    return k == QLatin1String("model")          ? QString()
                        : k.startsWith(QLatin1String("model.")) ? k.mid(6)
                                                                : k;
                },
                &n);
            *notes << Phrase::translate(
                "ckpt::Convert", "Lightning state_dict: stripped the 'model.' prefix from %n keys", nullptr, n);
        }
    }

    ValuePtr config;
    if (!packageField(
            source, options.config, PackageFieldKind::Object, QStringLiteral("model_config"), notes, &config, error))
        return nullptr;
    if (!config) {
        const ValuePtr found = firstOf(
            source.root, { "model_config", "config", "hyper_parameters", "hparams", "args", "model_args", "cfg" });
        config = found ? toPlain(found, 0, notes) : Value::make(K::Dict);
        if (!found)
            *notes << Phrase::translate(
                "ckpt::Convert", "the source has no model config: model_config is empty (use --config)");
    }

    ValuePtr prep;
    if (!packageField(source, options.preprocessing, PackageFieldKind::Object, QStringLiteral("preprocessing"), notes,
            &prep, error))
        return nullptr;
    if (prep) {
        // as typed
    } else if (ValuePtr found = firstOf(source.root, { "preprocessing" })) {
        prep = toPlain(found, 0, notes);
    } else {
        prep = Value::make(K::Dict);
        for (const char *k : { "input_mean", "input_std", "mean", "std", "input_size", "image_size", "img_size",
                 "crop_size", "resize", "normalize" })
            if (ValuePtr v = firstOf(source.root, { k }))
                prep->entries.emplace_back(Value::fromString(QLatin1String(k)), toPlain(v, 0, notes));
    }

    ValuePtr classes;
    if (!packageField(
            source, options.classNames, PackageFieldKind::List, QStringLiteral("class_names"), notes, &classes, error))
        return nullptr;
    if (!classes) {
        classes = Value::make(K::List);
        if (ValuePtr c = firstOf(source.root, { "class_names", "classes", "labels", "idx_to_class" }))
            classes = classList(toPlain(c, 0, notes));
    }

    auto meta = Value::make(K::Dict);
    auto put = [&](const QString &k, const ValuePtr &v) { meta->entries.emplace_back(Value::fromString(k), v); };
    put(QStringLiteral("created"), Value::fromString(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    put(QStringLiteral("source_file"), Value::fromString(QFileInfo(source.file).absoluteFilePath()));
    put(QStringLiteral("source_sha256"), Value::fromString(sha256OfFile(source.file)));
    put(QStringLiteral("tool"), Value::fromString(QStringLiteral("ckpt-inspector " CKPT_VERSION)));
    if (ValuePtr v = firstOf(source.root, { "pytorch_version", "torch_version" }); v && v->kind == K::String)
        put(QStringLiteral("pytorch_version"), v);
    for (const auto &kv : options.metadata)
        put(kv.first, Value::fromString(kv.second));

    auto root = Value::make(K::Dict);
    root->entries.emplace_back(Value::fromString(QStringLiteral("model_state_dict")), state);
    root->entries.emplace_back(Value::fromString(QStringLiteral("model_config")), config);
    root->entries.emplace_back(Value::fromString(QStringLiteral("preprocessing")), prep);
    root->entries.emplace_back(Value::fromString(QStringLiteral("class_names")), classes);
    root->entries.emplace_back(Value::fromString(QStringLiteral("metadata")), meta);
    return root;
}

const char *PackageWriter::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "Inference package (.pt + _metadata.json)");
}

QStringList PackageWriter::nameFilters() const
{
    return { QStringLiteral("*.pt"), QStringLiteral("*.pth") };
}

FormatCapabilities PackageWriter::capabilities() const
{
    return TorchWriter::capabilities() | FormatCapability::Checksums;
}

bool PackageWriter::prepare(
    const Checkpoint &source, Checkpoint &out, const ConvertOptions &options, ConvertReport &report) const
{
    out.root = buildPackage(source, out, options, &report.notes, &report.error);
    if (!out.root)
        return false;
    for (TensorInfo &t : out.tensors) {
        t.reached = false;
        t.path.clear();
    }
    assignTensorPaths(out);
    return true;
}

void PackageWriter::writeCompanions(const Checkpoint &out, ConvertReport &report) const
{
    // NAME_metadata.json: everything but the weights, and the manifest with SHA-256s.
    QJsonObject sidecar { { QStringLiteral("format"), QStringLiteral("inference-package") } };
    const QFileInfo info(report.output);
    report.sidecar = info.dir().filePath(info.completeBaseName() + QStringLiteral("_metadata.json"));
    const QJsonObject tree = valueToJson(out, out.root).toObject();
    for (auto it = tree.begin(); it != tree.end(); ++it)
        if (it.key() != QLatin1String("model_state_dict"))
            sidecar.insert(it.key(), it.value());
    sidecar.insert(QStringLiteral("file"), info.fileName());
    QJsonArray manifest;
    for (const ManifestEntry &m : report.manifest) {
        QJsonArray shape;
        for (qint64 d : m.shape)
            shape.append(d);
        QString key = m.key; // keys as load_state_dict sees them
        if (key.startsWith(QLatin1String("model_state_dict/")))
            key = key.mid(17);
        manifest.append(QJsonObject { { QStringLiteral("key"), key }, { QStringLiteral("dtype"), dtypeName(m.dtype) },
            { QStringLiteral("shape"), shape }, { QStringLiteral("sha256"), QString::fromLatin1(m.sha256) } });
    }
    sidecar.insert(QStringLiteral("manifest"), manifest);
    QSaveFile json(report.sidecar);
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(sidecar).toJson()) < 0 || !json.commit())
        report.notes
            << Phrase::translate("ckpt::Convert", "could not write %1: %2").arg(report.sidecar, json.errorString());
}

} // namespace ckpt
