// ckpt convert IN OUT [edit options]: the CLI face of EditPlan + convertCheckpoint.
#include "app/cli/Commands.h"
#include "app/cli/TerminalStream.h"

#include "model/convert/Converter.h"
#include "model/convert/EditPlanParse.h"
#include "model/convert/ShardPlan.h"
#include "model/convert/WriterRegistry.h"
#include "model/formats/CheckpointReader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <atomic>
#include <csignal>

using namespace ckpt;

namespace {
std::atomic_bool s_cancel { false };
extern "C" void onInterrupt(int)
{
    s_cancel.store(true);
}

QString humanBytes(qint64 n)
{
    const double a = double(std::llabs(n));
    if (a >= 1e9)
        return QString::number(double(n) / 1e9, 'f', 2) + QStringLiteral(" GB");
    if (a >= 1e6)
        return QString::number(double(n) / 1e6, 'f', 1) + QStringLiteral(" MB");
    if (a >= 1e3)
        return QString::number(double(n) / 1e3, 'f', 1) + QStringLiteral(" kB");
    return QString::number(n) + QStringLiteral(" B");
}

// K=V (the value may be empty or hold '=').
bool splitPair(const QString &arg, QString *a, QString *b)
{
    const int eq = arg.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    *a = arg.left(eq);
    *b = arg.mid(eq + 1);
    return true;
}
} // namespace

int runConvert(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Remap devices, keep or drop keys, strip or add prefixes, cast, and re-save as a torch file, safetensors or an "
        "inference package. The source is never modified."));
    parser.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("checkpoint to read"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("file to write"));
    const QCommandLineOption device(QStringLiteral("device"),
        QStringLiteral("map every storage to DEV (cpu, cuda:0, mps ...)"), QStringLiteral("DEV"));
    const QCommandLineOption mapLoc(
        QStringLiteral("map-location"), QStringLiteral("map storages on SRC to DST"), QStringLiteral("SRC=DST"));
    const QCommandLineOption keep(QStringLiteral("keep"),
        QStringLiteral("keep only paths matching GLOB (with parents and children)"), QStringLiteral("GLOB"));
    const QCommandLineOption drop(
        QStringLiteral("drop"), QStringLiteral("drop paths matching GLOB"), QStringLiteral("GLOB"));
    const QCommandLineOption strip(
        QStringLiteral("strip-prefix"), QStringLiteral("remove P from state_dict keys"), QStringLiteral("P"));
    const QCommandLineOption add(
        QStringLiteral("add-prefix"), QStringLiteral("add P to state_dict keys"), QStringLiteral("P"));
    const QCommandLineOption rename(
        QStringLiteral("rename"), QStringLiteral("rename the node at PATH to KEY"), QStringLiteral("PATH=KEY"));
    const QCommandLineOption extract(
        QStringLiteral("extract"), QStringLiteral("make the subtree at PATH the new root"), QStringLiteral("PATH"));
    const QCommandLineOption dtype(QStringLiteral("dtype"),
        QStringLiteral("cast floating tensors: float16, bfloat16 or float32"), QStringLiteral("T"));
    const QCommandLineOption dropTraining(QStringLiteral("drop-training-state"),
        QStringLiteral("drop optimizer, schedulers, scaler, RNG states, loops, callbacks"));
    const QCommandLineOption format(QStringLiteral("format"),
        QStringLiteral("%1 (default %2)").arg(writerNames(), defaultWriter().name()), QStringLiteral("F"),
        defaultWriter().name());
    const QCommandLineOption config(QStringLiteral("config"),
        QStringLiteral("package: model_config as a JSON object (or @file)"), QStringLiteral("JSON"));
    const QCommandLineOption classNames(
        QStringLiteral("class-names"), QStringLiteral("package: class names"), QStringLiteral("A,B,..."));
    const QCommandLineOption metadata(
        QStringLiteral("metadata"), QStringLiteral("string metadata to record"), QStringLiteral("K=V"));
    const QCommandLineOption verify(
        QStringLiteral("verify"), QStringLiteral("re-read every written tensor and compare SHA-256"));
    const QCommandLineOption maxShard(QStringLiteral("max-shard-size"),
        QStringLiteral("write Hugging Face shards of at most SIZE each plus their index (5GB = 5,000,000,000 bytes; "
                       "MB, GiB, ... too)"),
        QStringLiteral("SIZE"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QStringLiteral("show the plan and sizes, write nothing"));
    parser.addOptions({ device, mapLoc, keep, drop, strip, add, rename, extract, dtype, dropTraining, format, config,
        classNames, metadata, verify, maxShard, dryRun });
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 && !(pos.size() == 1 && parser.isSet(dryRun)))
        return reportError(QString(), QStringLiteral("convert needs IN and OUT (try 'ckpt convert --help')"));
    const QString in = pos.at(0);
    const QString out = pos.value(1);

    ConvertOptions options;
    options.output = out;
    options.writer = findWriter(parser.value(format));
    if (!options.writer)
        return reportError(out, QStringLiteral("unknown --format '%1' (%2)").arg(parser.value(format), writerNames()));
    ConvertEditOptions edits;
    edits.keep = parser.values(keep);
    edits.drop = parser.values(drop);
    edits.dropTrainingState = parser.isSet(dropTraining);
    auto given = [&parser](const QCommandLineOption &o) {
        return parser.isSet(o) ? std::optional<QString>(parser.value(o)) : std::nullopt;
    };
    edits.extract = given(extract);
    edits.stripPrefix = given(strip);
    edits.addPrefix = given(add);
    edits.renames = parser.values(rename);
    edits.mapLocations = parser.values(mapLoc);
    edits.device = given(device);
    edits.dtype = given(dtype);
    const ParsedPlan parsed = planFromConvertOptions(edits);
    if (!parsed.ok())
        return reportError(in, parsed.error);
    const EditPlan &plan = parsed.plan;
    for (const QString &m : parser.values(metadata)) {
        QString k, v;
        if (!splitPair(m, &k, &v))
            return reportError(in, QStringLiteral("--metadata wants K=V, got '%1'").arg(m));
        options.metadata.append({ k, v });
    }
    QString cfg = parser.value(config);
    if (cfg.startsWith(QLatin1Char('@'))) {
        QFile f(cfg.mid(1));
        if (!f.open(QIODevice::ReadOnly))
            return reportError(cfg.mid(1), f.errorString());
        options.configJson = f.readAll();
    } else {
        options.configJson = cfg.toUtf8();
    }
    if (parser.isSet(classNames))
        options.classNames = parser.value(classNames).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.verifyBytes = parser.isSet(verify);
    if (parser.isSet(maxShard)) {
        QString why;
        if (!parseShardSize(parser.value(maxShard), &options.maxShardSize, &why))
            return reportError(QString(), why);
    }

    CheckpointPtr source = openCheckpoint(in);
    if (!source->ok())
        return reportError(QString(), describeError(*source));
    EditResult edit = applyPlan(source, plan);
    if (!edit.ok())
        return reportError(in, edit.error);

    TerminalStream o(stdout);
    o << "source: " << humanBytes(edit.bytesBefore) << " of tensors\n";
    for (size_t i = 0; i < plan.ops.size(); ++i) {
        const qint64 before = i == 0 ? edit.bytesBefore : edit.bytesAfterStep[i - 1];
        const qint64 saved = before - edit.bytesAfterStep[i];
        o << "  " << plan.ops[i].describe() << ": " << edit.stepNotes[i];
        if (saved != 0)
            o << " (" << (saved > 0 ? "saves " : "adds ") << humanBytes(std::llabs(saved)) << ")";
        o << '\n';
    }
    o << "after: " << humanBytes(edit.bytesAfter()) << " of tensors\n";
    if (parser.isSet(dryRun))
        return 0;
    o.flush();

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    options.cancel = &s_cancel;
    const ConvertReport r = convertCheckpoint(source, edit, options);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    for (const QString &n : r.notes)
        o << "note: " << n << '\n';
    if (!r.ok) {
        o.flush();
        return reportError(out, r.error + QStringLiteral(" (nothing was written)"));
    }
    o << "wrote " << r.output << " (" << humanBytes(r.bytesWritten) << ", " << r.manifest.size() << " tensors, "
      << options.writer->name() << "), " << (r.bytesVerified ? "verified byte for byte" : "verified on reload") << '\n';
    if (!r.sidecar.isEmpty())
        o << "wrote " << r.sidecar << '\n';
    if (options.writer->can(FormatCapability::Pickle)) {
        if (r.globalsNeedingCode.isEmpty())
            o << "loads with torch.load(weights_only=True)"
              << (r.opcodesBeyondTorch113.isEmpty() ? QString()
                                                    : QStringLiteral(" in torch >= 2.0 (1.13's lacks %1)")
                                                          .arg(r.opcodesBeyondTorch113.join(QStringLiteral(", "))))
              << '\n';
        else
            o << "needs torch.load(weights_only=False) for: " << r.globalsNeedingCode.join(QStringLiteral(", "))
              << '\n';
    }
    return 0;
}
