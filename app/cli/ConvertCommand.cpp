// ckpt convert IN OUT [edit options]: the CLI face of EditPlan + convertCheckpoint.
#include "app/cli/Commands.h"
#include "app/cli/ProgressLine.h"
#include "app/cli/TerminalStream.h"

#include "model/convert/CastPreview.h"
#include "model/convert/Converter.h"
#include "model/convert/EditPlanParse.h"
#include "model/convert/ShardPlan.h"
#include "model/convert/WriterRegistry.h"
#include "model/formats/CheckpointReader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace ckpt;

namespace {
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

void printPlan(TerminalStream &o, const EditPlan &plan, const EditResult &edit)
{
    o << "source: " << humanBytes(edit.bytesBefore) << " of tensors\n";
    for (size_t i = 0; i < plan.ops.size(); ++i) {
        const qint64 before = i == 0 ? edit.bytesBefore : edit.bytesAfterStep[i - 1];
        const qint64 saved = before - edit.bytesAfterStep[i];
        o << "  " << plan.ops[i].describe().english() << ": " << edit.stepNotes[i].english();
        if (saved != 0)
            o << " (" << (saved > 0 ? "saves " : "adds ") << humanBytes(std::llabs(saved)) << ")";
        o << '\n';
    }
    o << "after: " << humanBytes(edit.bytesAfter()) << " of tensors\n";
}

QJsonObject castToJson(const CastRisk &r)
{
    QJsonObject o { { QStringLiteral("path"), r.path }, { QStringLiteral("from"), dtypeName(r.from) },
        { QStringLiteral("to"), dtypeName(r.to) }, { QStringLiteral("numel"), double(r.numel) } };
    if (!r.error.isEmpty()) {
        o[QStringLiteral("error")] = r.error.english(); // counts unknown: none given
        return o;
    }
    o[QStringLiteral("overflow")] = double(r.overflow);
    o[QStringLiteral("underflow")] = double(r.underflow);
    o[QStringLiteral("max_abs_error")] = r.maxAbsError;
    return o;
}

// The dry run as JSON: the plan's steps and sizes, and what its casts do to the values.
QJsonObject dryRunJson(
    const QString &in, const EditPlan &plan, const EditResult &edit, const std::vector<CastRisk> &casts)
{
    QJsonArray steps;
    for (size_t i = 0; i < plan.ops.size(); ++i)
        steps.append(QJsonObject { { QStringLiteral("step"), plan.ops[i].describe().english() },
            { QStringLiteral("note"), edit.stepNotes[i].english() },
            { QStringLiteral("failed"), bool(edit.stepFailed[i]) },
            { QStringLiteral("bytes_after"), double(edit.bytesAfterStep[i]) } });
    QJsonArray cast;
    for (const CastRisk &r : casts)
        cast.append(castToJson(r));
    return QJsonObject { { QStringLiteral("file"), in }, { QStringLiteral("dry_run"), true },
        { QStringLiteral("bytes_before"), double(edit.bytesBefore) },
        { QStringLiteral("bytes_after"), double(edit.bytesAfter()) }, { QStringLiteral("steps"), steps },
        { QStringLiteral("cast"), cast } };
}

// The harmful casts of a dry run, most harmful first, as text.
void printCastWarnings(TerminalStream &o, std::vector<CastRisk> casts)
{
    sortByHarm(casts);
    int harmful = 0;
    for (const CastRisk &r : casts)
        harmful += r.harmful() || !r.error.isEmpty();
    o << "cast preview: " << casts.size() << " tensors cast, " << harmful << " lose values\n";
    int shown = 0;
    for (const CastRisk &r : casts) {
        if (!r.harmful() && r.error.isEmpty())
            continue;
        if (++shown > 20) {
            o << "  ... (--json lists every tensor)\n";
            break;
        }
        o << "  " << r.path << " " << dtypeName(r.from) << " -> " << dtypeName(r.to) << ": ";
        if (!r.error.isEmpty())
            o << r.error.english() << '\n';
        else
            o << r.overflow << " overflow to inf, " << r.underflow << " underflow to 0, max |error| "
              << QString::number(r.maxAbsError, 'g', 6) << " (--keep-dtype keeps it)\n";
    }
}
} // namespace

int runConvert(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Remap devices, keep or drop keys, strip or add prefixes, cast, and re-save as a torch file, safetensors, an "
        "inference package or a torch.distributed.checkpoint (DCP) folder. The source is never modified."));
    parser.addPositionalArgument(
        QStringLiteral("IN"), QStringLiteral("checkpoint to read (a file, an index, a DCP folder)"));
    parser.addPositionalArgument(QStringLiteral("OUT"),
        QStringLiteral("file to write; with --format dcp a folder (new, empty, or an earlier DCP output)"));
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
        QStringLiteral("%1 (default: OUT's suffix says, .safetensors is safetensors; else %2)")
            .arg(writerNames(), defaultWriter().name()),
        QStringLiteral("F"), defaultWriter().name());
    const QCommandLineOption config(QStringLiteral("config"),
        QStringLiteral("package: model_config as a JSON object, @file, or the PATH of a subtree of IN"),
        QStringLiteral("JSON|PATH"));
    const QCommandLineOption preprocessing(QStringLiteral("preprocessing"),
        QStringLiteral("package: preprocessing as a JSON object, @file, or the PATH of a subtree of IN"),
        QStringLiteral("JSON|PATH"));
    const QCommandLineOption classNames(QStringLiteral("class-names"),
        QStringLiteral("package: class names as A,B,..., a JSON list, @file, or the PATH of a list in IN"),
        QStringLiteral("A,B,...|JSON|PATH"));
    const QCommandLineOption metadata(
        QStringLiteral("metadata"), QStringLiteral("string metadata to record"), QStringLiteral("K=V"));
    const QCommandLineOption verify(
        QStringLiteral("verify"), QStringLiteral("re-read every written tensor and compare SHA-256"));
    const QCommandLineOption maxShard(QStringLiteral("max-shard-size"),
        QStringLiteral("write Hugging Face shards of at most SIZE each plus their index (5GB = 5,000,000,000 bytes; "
                       "MB, GiB, ... too)"),
        QStringLiteral("SIZE"));
    const QCommandLineOption keepDType(QStringLiteral("keep-dtype"),
        QStringLiteral("tensors matching GLOB keep their dtype through --dtype (repeatable: norms, embeddings)"),
        QStringLiteral("GLOB"));
    const QCommandLineOption weightsOnlySafe(QStringLiteral("weights-only-safe"),
        QStringLiteral("make the output load with torch.load(weights_only=True) and nothing allowed by hand: "
                       "argparse.Namespace and Lightning's AttributeDict into dicts, numpy scalars into Python "
                       "numbers, numpy arrays into tensors, paths into strings (tensors bit-exact, the rewrites "
                       "recorded in the output's metadata); refuses, naming them, if globals that need code or "
                       "are dangerous remain (drop them, or --extract the state_dict)"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        QStringLiteral("show the plan and sizes, and what --dtype does to the values (overflow, underflow, "
                       "largest error per tensor); write nothing"));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("with --dry-run: the plan, sizes and the cast preview as JSON "
                       "(\"cast\": [{\"path\", \"overflow\", \"underflow\", \"max_abs_error\"}])"));
    parser.addOptions({ device, mapLoc, keep, drop, strip, add, rename, extract, dtype, keepDType, dropTraining,
        weightsOnlySafe, format, config, preprocessing, classNames, metadata, verify, maxShard, dryRun, json });
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 && !(pos.size() == 1 && parser.isSet(dryRun)))
        return reportError(QString(), QStringLiteral("convert needs IN and OUT (try 'ckpt convert --help')"));
    const QString in = pos.at(0);
    const QString out = pos.value(1);

    ConvertOptions options;
    options.output = out;
    // Without --format, OUT's suffix says what to write (model.safetensors is safetensors).
    options.writer = parser.isSet(format) ? findWriter(parser.value(format)) : &writerForFileName(out);
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
    edits.keepDType = parser.values(keepDType);
    edits.weightsOnlySafe = parser.isSet(weightsOnlySafe);
    if (parser.isSet(json) && !parser.isSet(dryRun))
        return reportError(in, QStringLiteral("--json goes with --dry-run"));
    const ParsedPlan parsed = planFromConvertOptions(edits);
    if (!parsed.ok())
        return reportError(in, parsed.error.english());
    const EditPlan &plan = parsed.plan;
    for (const QString &m : parser.values(metadata)) {
        QString k, v;
        if (!splitPair(m, &k, &v))
            return reportError(in, QStringLiteral("--metadata wants K=V, got '%1'").arg(m));
        options.metadata.append({ k, v });
    }
    // A package field: typed, or "@file" (its text).
    const std::pair<const QCommandLineOption *, QString *> fields[] = { { &config, &options.config },
        { &preprocessing, &options.preprocessing }, { &classNames, &options.classNames } };
    for (const auto &[option, field] : fields) {
        const QString v = parser.value(*option);
        if (v.startsWith(QLatin1Char('@'))) {
            QFile f(v.mid(1));
            if (!f.open(QIODevice::ReadOnly))
                return reportError(v.mid(1), f.errorString());
            *field = QString::fromUtf8(f.readAll());
        } else {
            *field = v;
        }
    }
    options.verifyBytes = parser.isSet(verify);
    if (parser.isSet(maxShard)) {
        Phrase why;
        if (!parseShardSize(parser.value(maxShard), &options.maxShardSize, &why))
            return reportError(QString(), why.english());
    }

    CheckpointPtr source = openCheckpoint(in);
    if (!source->ok())
        return reportError(QString(), describeError(*source).english());
    EditResult edit = applyPlan(source, plan);
    if (!edit.ok())
        return reportError(in, edit.error.english());

    TerminalStream o(stdout);
    if (parser.isSet(dryRun)) {
        // The cast preview reads every cast tensor's values: only when asked for.
        const std::vector<CastRisk> casts = previewCasts(*source, *edit.view);
        if (parser.isSet(json)) {
            o << QJsonDocument(dryRunJson(in, plan, edit, casts)).toJson();
            return 0;
        }
        printPlan(o, plan, edit);
        if (!casts.empty())
            printCastWarnings(o, casts);
        return 0;
    }
    printPlan(o, plan, edit);
    o.flush();

    ConvertReport r;
    {
        const InterruptFlag interrupt;
        options.cancel = interrupt.flag();
        ProgressLine progress("convert", true); // tensor bytes written, on a terminal only
        options.progress = progress.sink();
        r = convertCheckpoint(source, edit, options);
    }
    for (const Phrase &n : r.notes)
        o << "note: " << n.english() << '\n';
    if (!r.ok) {
        o.flush();
        return reportError(out, r.error.english() + QStringLiteral(" (nothing was written)"));
    }
    o << "wrote " << r.output << " (" << humanBytes(r.bytesWritten) << ", " << r.manifest.size() << " tensors, "
      << options.writer->name() << "), " << (r.bytesVerified ? "verified byte for byte" : "verified on reload") << '\n';
    if (!r.sidecar.isEmpty())
        o << "wrote " << r.sidecar << '\n';
    if (options.writer->writesFolder()) {
        // .metadata needs DCP's classes (pickle.load), so weights_only says nothing here.
        o << "loads with torch.distributed.checkpoint (dcp.load into a state dict, or "
             "format_utils.dcp_to_torch_save)\n";
    } else if (options.writer->can(FormatCapability::Pickle)) {
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
