// The `ckpt check --json` document (issue 10): the fields the issue names, then more.
#include "model/check/Check.h"

#include "model/checkpoint/CheckpointJson.h"

#include <QJsonArray>

namespace ckpt {

namespace {
QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray shapeJson(const std::vector<qint64> &shape)
{
    QJsonArray a;
    for (qint64 d : shape)
        a.append(d);
    return a;
}

QJsonArray sizeMismatchJson(const LoadReport &r)
{
    QJsonArray a;
    for (const SizeMismatch &m : r.sizeMismatch)
        a.append(
            QJsonObject { { QStringLiteral("key"), m.key }, { QStringLiteral("checkpoint"), shapeJson(m.checkpoint) },
                { QStringLiteral("model"), shapeJson(m.model) } });
    return a;
}

QJsonObject strictFalseJson(const LoadReport &r)
{
    // load_state_dict(strict=False) still raises on size mismatches and non-tensors.
    return { { QStringLiteral("loads"), r.loadsNonStrict() }, { QStringLiteral("uninitialized"), strings(r.missing) },
        { QStringLiteral("ignored"), strings(r.unexpected) } };
}

QString stateDictSource(const CheckResult &r)
{
    if (r.scriptCheckpoint)
        return QStringLiteral("torchscript");
    switch (r.stateDict.origin) {
    case StateDictOrigin::Root:
        return QStringLiteral("root");
    case StateDictOrigin::KnownKey:
        return r.stateDict.lightning ? QStringLiteral("lightning") : QStringLiteral("known_key");
    case StateDictOrigin::Largest:
        return QStringLiteral("largest");
    case StateDictOrigin::Given:
        return QStringLiteral("given");
    }
    return QString();
}
} // namespace

QJsonObject checkToJson(const CheckResult &r)
{
    const LoadReport &rep = r.report;
    QJsonArray dtypes;
    for (const DtypeMismatch &d : rep.dtypeMismatch)
        dtypes.append(
            QJsonObject { { QStringLiteral("key"), d.key }, { QStringLiteral("checkpoint"), dtypeName(d.checkpoint) },
                { QStringLiteral("model"), dtypeName(d.model) } });
    QJsonArray fixes;
    for (const CheckFix &f : r.fixes.fixes)
        fixes.append(QJsonObject { { QStringLiteral("kind"), fixKindName(f.kind) },
            { QStringLiteral("description"), f.description.english() },
            { QStringLiteral("convert_args"), strings(f.convertArgs) }, { QStringLiteral("keys"), strings(f.keys) } });
    QJsonObject model { { QStringLiteral("file"), r.model->file },
        { QStringLiteral("kind"), modelSourceName(r.model->source) },
        { QStringLiteral("keys"), int(r.model->keys.size()) },
        { QStringLiteral("class"), r.model->className.isEmpty() ? QJsonValue() : QJsonValue(r.model->className) } };
    if (r.model->source == ModelSource::StateDict || r.model->source == ModelSource::Safetensors)
        model[QStringLiteral("state_dict")] = pathToJson(r.model->stateDictPath);

    QJsonObject doc { { QStringLiteral("file"), r.file }, { QStringLiteral("loads"), r.loads() },
        { QStringLiteral("state_dict"), pathToJson(r.stateDict.path) },
        { QStringLiteral("state_dict_source"), stateDictSource(r) },
        { QStringLiteral("state_dict_description"),
            r.scriptCheckpoint ? QStringLiteral("the TorchScript module's parameters and buffers")
                               : r.stateDict.describe().english() },
        { QStringLiteral("model"), model }, { QStringLiteral("missing"), strings(rep.missing) },
        { QStringLiteral("unexpected"), strings(rep.unexpected) },
        { QStringLiteral("size_mismatch"), sizeMismatchJson(rep) }, { QStringLiteral("dtype_mismatch"), dtypes },
        { QStringLiteral("errors"), strings(rep.errorLines()) },
        { QStringLiteral("message"), rep.message(r.className) },
        { QStringLiteral("class_name_known"), r.classNameKnown },
        { QStringLiteral("strict_false"), strictFalseJson(rep) }, { QStringLiteral("fixes"), fixes },
        { QStringLiteral("convert_args"), strings(r.fixes.convertArgs()) },
        { QStringLiteral("loads_after_fixes"), r.loadsAfterFixes() },
        { QStringLiteral("filled_by_model"), strings(rep.filled) }, { QStringLiteral("ignored"), strings(rep.ignored) },
        { QStringLiteral("notes"), strings(englishOf(r.notes)) } };
    if (r.fixesChecked) {
        const LoadReport &a = r.afterFixes;
        doc[QStringLiteral("after_fixes")] = QJsonObject { { QStringLiteral("loads"), a.loadsStrict() },
            { QStringLiteral("missing"), strings(a.missing) }, { QStringLiteral("unexpected"), strings(a.unexpected) },
            { QStringLiteral("size_mismatch"), sizeMismatchJson(a) },
            { QStringLiteral("message"), a.message(r.className) },
            { QStringLiteral("strict_false"), strictFalseJson(a) } };
    }
    return doc;
}

} // namespace ckpt
