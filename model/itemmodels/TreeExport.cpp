#include "model/itemmodels/TreeExport.h"

#include "model/itemmodels/CheckpointTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ckpt {

namespace {
using M = CheckpointTreeModel;

struct Row {
    QString path, kind, shape, dtype, device, value;
    QVariant parameters, bytes;
};

Row rowAt(const QAbstractItemModel &m, const QModelIndex &index)
{
    auto text = [&](int column) { return m.index(index.row(), column, index.parent()).data().toString(); };
    Row r;
    r.path = index.data(M::PathRole).toString();
    r.kind = text(M::KindColumn);
    r.shape = text(M::ShapeColumn);
    r.dtype = text(M::DTypeColumn);
    r.device = text(M::DeviceColumn);
    r.value = text(M::ValueColumn);
    r.parameters = index.data(M::ParametersRole);
    r.bytes = index.data(M::BytesRole);
    return r;
}

// Depth-first in display order; calls `visit(index, depth)`.
template <typename F> void walk(const QAbstractItemModel &m, const QModelIndex &parent, int depth, F &&visit)
{
    const int rows = m.rowCount(parent);
    for (int i = 0; i < rows; ++i) {
        const QModelIndex child = m.index(i, 0, parent);
        visit(child, depth);
        walk(m, child, depth + 1, visit);
    }
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString mdField(const QString &s)
{
    return QString(s).replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QJsonArray jsonChildren(const QAbstractItemModel &m, const QModelIndex &parent)
{
    QJsonArray out;
    const int rows = m.rowCount(parent);
    for (int i = 0; i < rows; ++i) {
        const QModelIndex child = m.index(i, 0, parent);
        const Row r = rowAt(m, child);
        QJsonObject o;
        o.insert(QStringLiteral("key"), child.data(M::KeyRole).toString());
        o.insert(QStringLiteral("path"), r.path);
        o.insert(QStringLiteral("kind"), r.kind);
        if (child.data(M::IsModuleRole).toBool())
            o.insert(QStringLiteral("module"), true);
        if (!r.shape.isEmpty())
            o.insert(QStringLiteral("shape"), r.shape);
        if (!r.dtype.isEmpty())
            o.insert(QStringLiteral("dtype"), r.dtype);
        if (!r.device.isEmpty())
            o.insert(QStringLiteral("device"), r.device);
        if (r.parameters.isValid())
            o.insert(QStringLiteral("parameters"), r.parameters.toLongLong());
        if (r.bytes.isValid())
            o.insert(QStringLiteral("bytes"), r.bytes.toLongLong());
        if (!r.value.isEmpty())
            o.insert(QStringLiteral("value"), r.value);
        const QJsonArray kids = jsonChildren(m, child);
        if (!kids.isEmpty())
            o.insert(QStringLiteral("children"), kids);
        out.append(o);
    }
    return out;
}
} // namespace

QByteArray exportTree(const QAbstractItemModel &m, ExportFormat format)
{
    if (format == ExportFormat::Json)
        return QJsonDocument(jsonChildren(m, QModelIndex())).toJson(QJsonDocument::Indented);
    QStringList lines;
    if (format == ExportFormat::Csv)
        lines << QStringLiteral("path,kind,shape,dtype,device,parameters,bytes,value");
    else
        lines << QStringLiteral("| path | kind | shape | dtype | device | parameters | bytes | value |")
              << QStringLiteral("|---|---|---|---|---|---:|---:|---|");
    walk(m, QModelIndex(), 0, [&](const QModelIndex &index, int) {
        const Row r = rowAt(m, index);
        const QStringList fields { r.path, r.kind, r.shape, r.dtype, r.device,
            r.parameters.isValid() ? QString::number(r.parameters.toLongLong()) : QString(),
            r.bytes.isValid() ? QString::number(r.bytes.toLongLong()) : QString(), r.value };
        QStringList out;
        for (const QString &f : fields)
            out << (format == ExportFormat::Csv ? csvField(f) : mdField(f));
        lines << (format == ExportFormat::Csv
                ? out.join(QLatin1Char(','))
                : QStringLiteral("| ") + out.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    });
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

bool exportFormatFromSuffix(const QString &suffix, ExportFormat *format)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("csv"))
        *format = ExportFormat::Csv;
    else if (s == QLatin1String("json"))
        *format = ExportFormat::Json;
    else if (s == QLatin1String("md") || s == QLatin1String("markdown"))
        *format = ExportFormat::Markdown;
    else
        return false;
    return true;
}

} // namespace ckpt
