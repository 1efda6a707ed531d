#include "widgets/details/DetailsHtml.h"

#include "model/checkpoint/Summary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace ckpt::DetailsHtml {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DetailsHtml)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &name, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='color:#666; padding-right:12px; white-space:nowrap;'>%1</td><td>%2</td></tr>")
        .arg(esc(name), valueHtml);
}

QString heading(const QString &title, const QString &path)
{
    return QStringLiteral(
        "<h3 style='margin-bottom:2px'>%1</h3><p style='margin-top:0; color:#555'><code>%2</code></p>")
        .arg(esc(title), esc(path.isEmpty() ? Text::tr("(root)") : path));
}

QString list(const std::vector<qint64> &v)
{
    QStringList parts;
    for (qint64 x : v)
        parts << QString::number(x);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString yesNo(bool b)
{
    return b ? Text::tr("yes") : Text::tr("no");
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString pre(const QString &text)
{
    return QStringLiteral("<pre style='background:rgba(128,128,128,0.15); white-space:pre-wrap;'>%1</pre>")
        .arg(esc(text));
}
} // namespace

QString tensor(const Checkpoint &ckpt, int tensorIndex, const QString &path, NodeKind kind)
{
    const TensorInfo &t = ckpt.tensors[size_t(tensorIndex)];
    const StorageInfo *s = t.storageIndex >= 0 && t.storageIndex < int(ckpt.storages.size())
        ? &ckpt.storages[size_t(t.storageIndex)]
        : nullptr;
    const QString title = !t.numpyDtype.isEmpty() ? Text::tr("NumPy array (numpy.ndarray %1)").arg(t.numpyDtype)
        : kind == NodeKind::Parameter             ? Text::tr("Parameter")
        : kind == NodeKind::Buffer                ? Text::tr("Buffer")
                                                  : Text::tr("Tensor");
    QString html = heading(title, path) + QStringLiteral("<table>");
    html += row(Text::tr("dtype"), esc(dtypeName(t.dtype)));
    html += row(Text::tr("shape"), esc(list(t.shape)));
    html += row(Text::tr("elements"), number(t.numel()));
    html += row(Text::tr("strides"), esc(list(t.strides)));
    html += row(Text::tr("contiguous"), yesNo(t.isContiguous()));
    html += row(Text::tr("device as saved"), esc(deviceOf(ckpt, t)));
    html += row(Text::tr("requires_grad"), yesNo(t.requiresGrad));
    if (!t.subclass.isEmpty())
        html += row(Text::tr("subclass"), esc(t.subclass));
    if (t.layout != TensorLayout::Strided)
        html += row(Text::tr("layout"), esc(layoutName(t.layout)));
    if (t.isQuantized)
        html += row(Text::tr("quantization"),
            esc(QStringLiteral("%1, scale %2, zero point %3")
                    .arg(qschemeName(t.quant.scheme))
                    .arg(t.quant.scale)
                    .arg(t.quant.zeroPoint)));
    if (s) {
        html += row(Text::tr("storage key"),
            esc(s->recordDir.isEmpty() ? s->key : QStringLiteral("%1 (%2)").arg(s->key, s->recordName())));
        html += row(Text::tr("storage offset"), Text::tr("%1 elements").arg(number(t.storageOffset)));
        html += row(Text::tr("bytes used / stored"),
            esc(QStringLiteral("%1 / %2").arg(formatBytes(t.nbytes()), formatBytes(s->nbytes))));
        if (s->fileOffset >= 0)
            html += row(Text::tr("at file offset"),
                number(s->fileOffset) + (s->compressed ? Text::tr(" (compressed)") : QString()));
        if (!s->file.isEmpty() && s->file != ckpt.file)
            html += row(Text::tr("in file"), esc(s->file));
        if (s->chunked) {
            // DCP: the blocks the ranks saved, each a torch.save blob in a .distcp file.
            QStringList chunks;
            for (size_t i = 0; i < s->chunks.size() && i < 64; ++i) {
                const StorageChunk &c = s->chunks[i];
                chunks << esc(Text::tr("%1 at offsets %2, sizes %3: bytes %4..%5 (data at %6)")
                                  .arg(QFileInfo(c.file).fileName(), list(c.offsets), list(c.sizes))
                                  .arg(c.itemOffset)
                                  .arg(c.itemOffset + c.itemLength)
                                  .arg(c.dataOffset));
            }
            if (s->chunks.size() > 64)
                chunks << Text::tr("and %1 more").arg(s->chunks.size() - 64);
            html += row(Text::tr("DCP chunks"),
                s->chunks.empty() ? esc(Text::tr("not located (see the file's warnings)"))
                                  : chunks.join(QStringLiteral("<br>")));
        }
    }
    const std::vector<int> sharing = ckpt.sharingStorage(tensorIndex);
    if (!sharing.empty()) {
        QStringList keys;
        for (size_t i = 0; i < sharing.size() && i < 12; ++i)
            keys << QStringLiteral("<code>%1</code>").arg(esc(pathToString(ckpt.tensors[size_t(sharing[i])].path)));
        if (sharing.size() > 12)
            keys << Text::tr("and %1 more").arg(sharing.size() - 12);
        html += row(Text::tr("shares storage with"), keys.join(QStringLiteral("<br>")));
    }
    if (!t.rebuiltBy.isEmpty())
        html += row(Text::tr("rebuilt by"), esc(t.rebuiltBy));
    return html + QStringLiteral("</table>");
}

QString values(const TensorPreview *p)
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(Text::tr("First values")));
    if (!p)
        return html + QStringLiteral("<p><i>%1</i></p>").arg(esc(Text::tr("reading…")));
    if (!p->values.isEmpty()) {
        QString text = p->values.join(QStringLiteral(", "));
        if (p->total > p->values.size())
            text += Text::tr(", … (%1 of %2 shown)").arg(p->values.size()).arg(number(p->total));
        html += pre(text);
    }
    if (!p->note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(p->note));
    return html;
}

QString container(const Checkpoint &ckpt, const Value &v, const QString &path, const SubtreeTotals &totals)
{
    const size_t n = childCount(v);
    QString html = heading(v.kindName(), path) + QStringLiteral("<table>");
    html += row(Text::tr("entries"), number(qint64(n)));
    html += row(Text::tr("tensors below"), number(totals.tensors));
    html += row(Text::tr("parameters below"),
        QStringLiteral("%1 (%2)").arg(formatCount(totals.parameters), number(totals.parameters)));
    html += row(Text::tr("bytes below"), formatBytes(totals.bytes));
    if (!v.className.isEmpty())
        html += row(Text::tr("class"), esc(v.className));
    return html + QStringLiteral("</table>");
}

QString module(const QString &prefix, const QString &path, const SubtreeTotals &totals)
{
    QString html = heading(Text::tr("Module"), path) + QStringLiteral("<table>");
    html += row(Text::tr("tensors below"), number(totals.tensors));
    html += row(Text::tr("parameters below"),
        QStringLiteral("%1 (%2)").arg(formatCount(totals.parameters), number(totals.parameters)));
    html += row(Text::tr("bytes below"), formatBytes(totals.bytes));
    html += QStringLiteral("</table>");
    return html
        + QStringLiteral("<p><i>%1</i></p>")
              .arg(esc(Text::tr("Grouped by module: each key below begins with '%1'. Select a key to see its tensor.")
                           .arg(prefix + QLatin1Char('.'))));
}

QString object(const Checkpoint &ckpt, const Value &v, const QString &path)
{
    QString html = heading(Text::tr("Object"), path) + QStringLiteral("<table>");
    html += row(Text::tr("class"), QStringLiteral("<code>%1</code>").arg(esc(v.className)));
    if (!v.items.empty()) {
        QStringList args;
        for (const ValuePtr &a : v.items)
            args << (a ? (a->isContainer() ? a->kindName() : a->scalarText()) : QStringLiteral("?"));
        html += row(Text::tr("args"), esc(QLatin1Char('(') + args.join(QStringLiteral(", ")) + QLatin1Char(')')));
    }
    QStringList state;
    for (const ChildRef &c : childrenOf(v)) {
        if (c.part.key == QLatin1String("__args__") || !c.value)
            continue;
        const QString shown = c.value->isContainer() || c.value->kind == Value::Kind::Tensor ? c.value->kindName()
                                                                                             : c.value->scalarText();
        state << QStringLiteral("<code>%1</code> = %2").arg(esc(c.part.toString()), esc(shown));
        if (state.size() == 40) {
            state << Text::tr("…");
            break;
        }
    }
    if (!state.isEmpty())
        html += row(Text::tr("state"), state.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    const auto source = ckpt.moduleSources.constFind(v.className);
    if (source != ckpt.moduleSources.constEnd())
        html += QStringLiteral("<h4>%1</h4>").arg(esc(Text::tr("Source embedded in the file (shown, never run)")))
            + pre(source.value());
    return html;
}

QString scalar(const Value &v, const QString &path)
{
    QString html = heading(v.kindName(), path);
    QString full;
    switch (v.kind) {
    case Value::Kind::String:
        full = v.text;
        break;
    case Value::Kind::Bytes:
        full = Text::tr("%1 bytes: %2").arg(v.bytes().size()).arg(QString::fromLatin1(v.bytes().left(256).toHex(' ')));
        break;
    default:
        full = v.scalarText();
    }
    return html + pre(full);
}

QString scriptClass(const ScriptCode &code, const QString &className)
{
    const QString file = code.fileForClass(className);
    if (file.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(esc(Text::tr("The archive has no code for this class.")));
    const int line = code.classLine(className);
    return QStringLiteral("<h4>%1</h4><p><code>%2</code>%3</p>")
        .arg(esc(Text::tr("TorchScript code (shown below, never run)")), esc(file),
            line > 0 ? esc(Text::tr(", line %1").arg(line)) : QString());
}

QString scriptConstant(const ScriptCode &code, int index)
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(Text::tr("Used in the code as CONSTANTS.c%1").arg(index)));
    const std::vector<ScriptCodeLine> uses = code.constantUses(index);
    if (uses.empty())
        return html + QStringLiteral("<p><i>%1</i></p>").arg(esc(Text::tr("No line of the archive's code uses it.")));
    html += QStringLiteral("<table>");
    for (size_t i = 0; i < uses.size() && i < 40; ++i) {
        const ScriptCodeLine &u = uses[i];
        html += row(QStringLiteral("%1:%2").arg(u.file).arg(u.line),
            (u.op.isEmpty() ? QString() : QStringLiteral("<b>%1</b><br>").arg(esc(u.op)))
                + QStringLiteral("<code>%1</code>").arg(esc(u.text)));
    }
    if (uses.size() > 40)
        html += row(QString(), esc(Text::tr("and %1 more").arg(uses.size() - 40)));
    return html + QStringLiteral("</table>");
}

} // namespace ckpt::DetailsHtml
