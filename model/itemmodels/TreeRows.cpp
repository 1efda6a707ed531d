#include "model/itemmodels/TreeRows.h"

namespace ckpt {

using K = Value::Kind;

std::vector<TopRow> topLevelRows(const Checkpoint &ckpt)
{
    std::vector<TopRow> rows;
    if (ckpt.root) {
        // A whole-model pickle gets one row for its root object, so its class, state
        // and embedded source can be selected; a plain dict or list is unfolded.
        if (ckpt.root->kind != K::Object && childCount(*ckpt.root) > 0) {
            for (ChildRef &c : childrenOf(*ckpt.root))
                rows.push_back({ std::move(c), false });
        } else {
            rows.push_back({ { PathPart::ofKey(QString()), ckpt.root }, true });
        }
    }
    for (const auto &side : ckpt.sideTrees)
        rows.push_back({ { PathPart::ofKey(side.first), side.second }, false });
    return rows;
}

size_t childCount(const Value &v)
{
    switch (v.kind) {
    case K::List:
    case K::Tuple:
    case K::Set:
        return v.items.size();
    case K::Dict:
        return v.entries.size();
    case K::Object:
    case K::NumpyArray:
        return childrenOf(v).size();
    default:
        return 0;
    }
}

NodeKind nodeKindOf(const Checkpoint &ckpt, const Value &v, const QString &key, const QString &parentKey)
{
    switch (v.kind) {
    case K::Tensor: {
        const bool valid = v.tensorIndex >= 0 && v.tensorIndex < int(ckpt.tensors.size());
        if ((valid && ckpt.tensors[size_t(v.tensorIndex)].isParameter) || parentKey == QLatin1String("_parameters"))
            return NodeKind::Parameter;
        if (parentKey == QLatin1String("_buffers") || key.endsWith(QLatin1String("running_mean"))
            || key.endsWith(QLatin1String("running_var")) || key.endsWith(QLatin1String("num_batches_tracked")))
            return NodeKind::Buffer;
        return NodeKind::Tensor;
    }
    case K::Dict:
        return NodeKind::Dict;
    case K::List:
    case K::Tuple:
    case K::Set:
        return NodeKind::List;
    case K::Object:
    case K::Global:
    case K::NumpyArray:
        return NodeKind::Object;
    default:
        return NodeKind::Scalar;
    }
}

QString kindText(const Checkpoint &ckpt, const Value &v, NodeKind kind)
{
    switch (kind) {
    case NodeKind::Tensor:
    case NodeKind::Parameter:
    case NodeKind::Buffer: {
        const TensorInfo *t = v.tensorIndex >= 0 && v.tensorIndex < int(ckpt.tensors.size())
            ? &ckpt.tensors[size_t(v.tensorIndex)]
            : nullptr;
        QString s = kind == NodeKind::Parameter ? QCoreApplication::translate("ckpt::TreeRows", "Parameter")
            : kind == NodeKind::Buffer          ? QCoreApplication::translate("ckpt::TreeRows", "buffer")
                                                : QCoreApplication::translate("ckpt::TreeRows", "tensor");
        if (t && t->isQuantized)
            s = QCoreApplication::translate("ckpt::TreeRows", "quantized %1").arg(s);
        if (t && !t->subclass.isEmpty())
            s += QStringLiteral(" (%1)").arg(t->subclass);
        return s;
    }
    case NodeKind::Dict:
        return v.entries.size() == 1
            ? QCoreApplication::translate("ckpt::TreeRows", "%1 · 1 key").arg(v.kindName())
            : QCoreApplication::translate("ckpt::TreeRows", "%1 · %2 keys").arg(v.kindName()).arg(v.entries.size());
    case NodeKind::List:
        return v.items.size() == 1
            ? QCoreApplication::translate("ckpt::TreeRows", "%1 · 1 item").arg(v.kindName())
            : QCoreApplication::translate("ckpt::TreeRows", "%1 · %2 items").arg(v.kindName()).arg(v.items.size());
    case NodeKind::Object:
        return v.kind == K::Global ? QCoreApplication::translate("ckpt::TreeRows", "global %1").arg(v.className)
                                   : v.kindName();
    case NodeKind::Scalar:
        return v.kindName();
    }
    return QString();
}

static QString joinShape(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString shapeText(const Checkpoint &ckpt, const Value &v)
{
    if (v.kind == K::Tensor && v.tensorIndex >= 0 && v.tensorIndex < int(ckpt.tensors.size()))
        return joinShape(ckpt.tensors[size_t(v.tensorIndex)].shape);
    if (v.kind == K::NumpyArray)
        return joinShape(v.shape);
    return QString();
}

QString deviceOf(const Checkpoint &ckpt, const TensorInfo &t)
{
    if (t.storageIndex >= 0 && t.storageIndex < int(ckpt.storages.size()))
        return ckpt.storages[size_t(t.storageIndex)].device;
    return layoutName(t.layout);
}

} // namespace ckpt
