#include "app/cli/Commands.h"
#include "app/cli/TerminalStream.h"

#include "model/checkpoint/CheckpointJson.h"
#include "model/checkpoint/ReadState.h"
#include "model/checkpoint/Summary.h"
#include "model/checkpoint/TreeWalk.h"
#include "model/formats/CheckpointReader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <unordered_set>

using namespace ckpt;

namespace {
QString shapeText(const std::vector<qint64> &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// One line per node: "key  kind  shape  dtype  device" or "key  value".
class TreePrinter {
public:
    TreePrinter(const Checkpoint &c, TerminalStream &out, int maxDepth, int maxItems)
        : m_ckpt(c), m_out(out), m_maxDepth(maxDepth), m_maxItems(maxItems)
    {
    }

    void print(const QString &label, const ValuePtr &v, int depth)
    {
        if (!v)
            return;
        const QString indent(depth * 2, QLatin1Char(' '));
        m_out << indent << label << (label.isEmpty() ? QString() : QStringLiteral("  ")) << describe(*v) << '\n';
        if (!v->isContainer() && v->kind != Value::Kind::NumpyArray)
            return;
        // Only a value held twice can be met twice; one held once may be a tuple made for this
        // walk (an object's __args__), whose address a later one reuses.
        if (v.use_count() > 1 && !m_seen.insert(v.get()).second) {
            m_out << indent << "  (shown above)\n";
            return;
        }
        if (depth >= m_maxDepth)
            return;
        const auto children = childrenOf(*v);
        int shown = 0;
        for (const ChildRef &c : children) {
            if (++shown > m_maxItems) {
                m_out << indent << "  … " << (children.size() - size_t(m_maxItems)) << " more\n";
                break;
            }
            print(c.part.isIndex && !(v->kind == Value::Kind::Dict) ? QStringLiteral("[%1]").arg(c.part.index)
                                                                    : c.part.toString(),
                c.value, depth + 1);
        }
    }

private:
    QString describe(const Value &v) const
    {
        using K = Value::Kind;
        switch (v.kind) {
        case K::Tensor: {
            const TensorInfo &t = m_ckpt.tensors[size_t(v.tensorIndex)];
            const QString device
                = t.storageIndex >= 0 ? m_ckpt.storages[size_t(t.storageIndex)].device : layoutName(t.layout);
            QString kind = t.isParameter ? QStringLiteral("parameter") : QStringLiteral("tensor");
            if (t.isQuantized)
                kind += QStringLiteral(" (quantized)");
            return QStringLiteral("%1  %2  %3  %4").arg(kind, shapeText(t.shape), dtypeName(t.dtype), device);
        }
        case K::List:
        case K::Tuple:
        case K::Set:
            return QStringLiteral("%1 (%2 items)").arg(v.kindName()).arg(v.items.size());
        case K::Dict:
            return QStringLiteral("%1 (%2 keys)").arg(v.kindName()).arg(v.entries.size());
        case K::Object:
            return QStringLiteral("object %1").arg(v.className);
        case K::NumpyArray:
            if (v.holdsTensor()) // read as a tensor
                return QStringLiteral("numpy.ndarray  %1  %2  %3")
                    .arg(shapeText(v.shape()), v.text, dtypeName(m_ckpt.tensors[size_t(v.tensorIndex)].dtype));
            return QStringLiteral("numpy.ndarray  %1  %2").arg(shapeText(v.shape()), v.text);
        case K::Storage:
            return QStringLiteral("storage '%1'").arg(m_ckpt.storages[size_t(v.storageIndex)].key);
        default:
            return QStringLiteral("%1  %2").arg(v.kindName(), v.scalarText());
        }
    }

    const Checkpoint &m_ckpt;
    TerminalStream &m_out;
    int m_maxDepth;
    int m_maxItems;
    std::unordered_set<const Value *> m_seen;
};

void printText(const Checkpoint &ckpt, TerminalStream &out, int depth)
{
    out << ckpt.file << "  (" << formatName(ckpt.format) << ", " << formatBytes(ckpt.fileSize) << ")\n";
    TreePrinter printer(ckpt, out, depth, 200);
    printer.print(QString(), ckpt.root, 0);
    for (const auto &side : ckpt.sideTrees)
        printer.print(side.first, side.second, 0);
    const Summary s = Summary::of(ckpt);
    out << "\nTotals: " << s.oneLine();
    if (s.bytesStored != s.bytesUsed)
        out << " (" << formatBytes(s.bytesStored) << " stored)";
    out << '\n';
    auto printMap = [&out](const char *title, const QMap<QString, qint64> &m) {
        QStringList parts;
        for (auto it = m.begin(); it != m.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key(), formatBytes(it.value()));
        if (!parts.isEmpty())
            out << "  " << title << ": " << parts.join(QStringLiteral(", ")) << '\n';
    };
    printMap("by dtype", s.bytesByDtype);
    printMap("by device", s.bytesByDevice);
    if (s.floatingElements > 0 && s.largestTensor >= 0)
        out << "  weights in: " << s.memoryLine() << "; largest tensor "
            << pathToString(ckpt.tensors[size_t(s.largestTensor)].path) << " (" << formatBytes(s.largestBytes) << ")\n";
    out << "Format:";
    for (const auto &f : ckpt.facts)
        out << "  " << f.first.english() << "=" << f.second.english();
    out << "\nSafety: " << Summary::safetyLine(ckpt).english() << '\n';
    for (const Phrase &w : ckpt.warnings)
        out << "Warning: " << w.english() << '\n';
    if (!ckpt.ok())
        out << "Incomplete: " << ckpt.error.english() << " (the rest of the file could not be read)\n";
}
} // namespace

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show the tree of a checkpoint without loading it.\n"
                       "Exit status: 0 the whole file was read; 1 it was read in part: what was read is printed\n"
                       "(JSON: \"complete\": false and \"error\"), and the line on stderr says what could not be\n"
                       "read; 2 nothing could be read: only that line."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("checkpoint to inspect"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    QCommandLineOption depth(QStringLiteral("depth"), QStringLiteral("Levels of the tree to print (default 50)."),
        QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({ json, depth });
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    if (parser.positionalArguments().size() != 1)
        return reportError(QString(), QStringLiteral("info takes one FILE"));
    const QString file = parser.positionalArguments().first();
    CheckpointPtr ckpt = openCheckpoint(file);
    // A file that breaks part-way still shows what was read (a payload before the break,
    // say), then the one-line error, and exits 1; a file where nothing could be read
    // prints nothing and exits 2.
    const ReadState state = readState(*ckpt);
    if (state != ReadState::Failed && parser.isSet(json)) {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly))
            writeCheckpointJson(*ckpt, &out);
    } else if (state != ReadState::Failed) {
        TerminalStream out(stdout);
        printText(*ckpt, out, parser.value(depth).toInt());
    }
    keepUntilExit(ckpt);
    if (state == ReadState::Partial) {
        reportError(file, ckpt->error.english() + QStringLiteral(" (read in part: what could be read is printed)"));
        return 1;
    }
    if (state == ReadState::Failed)
        return reportError(file, ckpt->error.english());
    return 0;
}
