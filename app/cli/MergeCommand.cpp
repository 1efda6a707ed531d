// ckpt merge OUT A B [C ...]: the CLI face of mergeCheckpoints.
#include "app/cli/Commands.h"
#include "app/cli/TerminalStream.h"

#include "model/convert/WriterRegistry.h"
#include "model/merge/Merge.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace ckpt;

int runMerge(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Average checkpoints (a model soup, SWA over the last epochs) or add a difference, A + alpha * (B - C). "
        "Each input's state_dict is found as 'ckpt check' finds it (the file itself, model_state_dict, "
        "Lightning's state_dict ...); the output is the first input's state_dict with every floating tensor "
        "combined in float64 and stored in its dtype (rounded as torch's .to()); integer and bool tensors come "
        "from the first input. Refuses with exit 2, naming the keys, when key sets, shapes or dtypes differ, before "
        "anything is written. The recipe and each input's SHA-256 are recorded: in safetensors __metadata__ "
        "(\"ckpt_merge\"), beside a torch file as OUT.merge.json."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("file to write"));
    parser.addPositionalArgument(QStringLiteral("A B [C ...]"), QStringLiteral("checkpoints to merge"));
    const QCommandLineOption weights(QStringLiteral("weights"),
        QStringLiteral("average: one weight per input, normalised to sum 1 (default: uniform)"),
        QStringLiteral("W,..."));
    const QCommandLineOption method(QStringLiteral("method"),
        QStringLiteral("average (default) or add-difference (A + alpha * (B - C), three inputs)"), QStringLiteral("M"),
        QStringLiteral("average"));
    const QCommandLineOption alpha(
        QStringLiteral("alpha"), QStringLiteral("add-difference: the factor (default 1)"), QStringLiteral("X"));
    const QCommandLineOption format(QStringLiteral("format"),
        QStringLiteral("%1 (default: safetensors for a .safetensors OUT, else torch)").arg(writerNames()),
        QStringLiteral("F"));
    parser.addOptions({ weights, method, alpha, format });
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 3)
        return reportError(
            QString(), QStringLiteral("merge needs OUT and at least two inputs (try 'ckpt merge --help')"));

    MergeOptions o;
    o.write.output = pos.first();
    o.inputs = pos.mid(1);
    if (!parseMergeMethod(parser.value(method), &o.method))
        return reportError(
            QString(), QStringLiteral("--method wants average or add-difference, not '%1'").arg(parser.value(method)));
    if (parser.isSet(weights)) {
        if (o.method != MergeMethod::Average)
            return reportError(QString(), QStringLiteral("--weights goes with --method average"));
        for (const QString &w : parser.value(weights).split(QLatin1Char(','))) {
            bool ok = false;
            o.weights.push_back(w.trimmed().toDouble(&ok));
            if (!ok)
                return reportError(QString(), QStringLiteral("--weights wants numbers, got '%1'").arg(w));
        }
    }
    if (parser.isSet(alpha)) {
        if (o.method != MergeMethod::AddDifference)
            return reportError(QString(), QStringLiteral("--alpha goes with --method add-difference"));
        bool ok = false;
        o.alpha = parser.value(alpha).toDouble(&ok);
        if (!ok)
            return reportError(QString(), QStringLiteral("--alpha wants a number, got '%1'").arg(parser.value(alpha)));
    }
    const QString formatName = parser.isSet(format) ? parser.value(format) : writerForFileName(o.write.output).name();
    o.write.writer = findWriter(formatName);
    if (!o.write.writer)
        return reportError(o.write.output, QStringLiteral("unknown --format '%1' (%2)").arg(formatName, writerNames()));

    MergeReport r;
    {
        const InterruptFlag interrupt;
        o.write.cancel = interrupt.flag();
        r = mergeCheckpoints(o);
    }
    TerminalStream out(stdout);
    if (r.failure == MergeFailure::Mismatch) {
        TerminalStream err(stderr);
        for (const Phrase &k : r.offendingKeys.mid(0, 20))
            err << "  " << k.english() << '\n';
        if (r.offendingKeys.size() > 20)
            err << "  ... and " << r.offendingKeys.size() - 20 << " more\n";
        err.flush();
    }
    if (!r.ok())
        return reportError(r.errorFile, r.error.english());
    for (qsizetype i = 0; i < o.inputs.size(); ++i)
        out << "input " << o.inputs[i] << ": " << r.stateDicts.value(i).english() << ", sha256 " << r.sha256.value(i)
            << '\n';
    for (const Phrase &n : r.written.notes)
        out << "note: " << n.english() << '\n';
    out << "merged " << r.merged << " floating tensors (" << mergeMethodName(o.method) << "), " << r.copied
        << " taken from " << QFileInfo(o.inputs.first()).fileName() << '\n';
    out << "wrote " << r.written.output << " (" << r.written.manifest.size() << " tensors, " << o.write.writer->name()
        << "), verified on reload\n";
    if (!r.written.sidecar.isEmpty())
        out << "wrote " << r.written.sidecar << " (the recipe)\n";
    return 0;
}
