// ckpt check CKPT --against REF: would model.load_state_dict(state_dict) accept it?
// Reads keys, shapes and dtypes only; never loads LibTorch. Exit 0 loads strictly,
// 1 does not, 2 error.
#include "app/cli/Commands.h"
#include "app/cli/TerminalStream.h"

#include "model/check/Check.h"
#include "model/formats/CheckpointReader.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <future>

using namespace ckpt;

namespace {
// Python that writes a key manifest; tests/fixtures/check_models.py runs the same line.
const char kManifestSnippet[]
    = "json.dump({k: {\"shape\": list(v.shape), \"dtype\": str(v.dtype).split(\".\")[1]} for k, v in "
      "model.state_dict().items() if torch.is_tensor(v)}, open(\"model.json\", \"w\"))";

QString shellQuote(const QString &arg)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./=:,+-]+$"));
    if (plain.match(arg).hasMatch())
        return arg;
    QString q = arg;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString commandLine(const QStringList &args)
{
    QStringList q;
    for (const QString &a : args)
        q << shellQuote(a);
    return q.join(QLatin1Char(' '));
}

void printReport(const CheckResult &r, const QString &file, const QString &ref, TerminalStream &out)
{
    const LoadReport &rep = r.report;
    out << "checkpoint: " << file << '\n';
    out << "  state_dict: "
        << (r.scriptCheckpoint ? QStringLiteral("the TorchScript module's parameters and buffers")
                               : r.stateDict.describe().english())
        << " (" << (r.scriptCheckpoint ? rep.loaded + rep.missing.size() : qsizetype(r.stateDict.entries.size()))
        << " keys)\n";
    out << "model: " << ref << " (" << modelSourceName(r.model->source);
    if (!r.model->className.isEmpty())
        out << ", class " << r.model->className;
    if (r.model->source == ModelSource::StateDict && !r.model->stateDictPath.empty())
        out << ", " << r.model->stateDictDescription.english();
    out << ", " << r.model->keys.size() << " keys)\n\n";
    out << (r.loads() ? "loads with load_state_dict(strict=True)\n"
                      : "does not load with load_state_dict(strict=True)\n");
    if (!r.loads()) {
        // PyTorch's message, line by line: each line's file-given text is escaped on its own.
        out << "\nError(s) in loading state_dict for " << r.className << ":\n";
        for (const QString &line : rep.errorLines())
            out << '\t' << line << '\n';
    }
    if (!rep.dtypeMismatch.empty()) {
        out << "\ndtype differences (load_state_dict casts them without a word):\n";
        for (const DtypeMismatch &d : rep.dtypeMismatch)
            out << "  " << d.key << ": " << dtypeName(d.checkpoint) << " in the checkpoint, " << dtypeName(d.model)
                << " in the model\n";
    }
    if (!r.loads()) {
        out << "\nwith strict=False: ";
        if (!rep.loadsNonStrict())
            out << "fails too (size mismatches and non-tensors are errors either way)\n";
        else if (rep.missing.isEmpty())
            out << "loads" << (rep.unexpected.isEmpty() ? "" : "; the unexpected keys are ignored") << '\n';
        else
            out << "loads; these keep the model's own initialisation: " << rep.missing.join(QStringLiteral(", "))
                << '\n';
    }
    if (!r.fixes.fixes.empty()) {
        out << "\nfixes:\n";
        int n = 0;
        for (const CheckFix &f : r.fixes.fixes)
            out << "  " << ++n << ". " << f.description.english() << "\n       " << commandLine(f.convertArgs) << '\n';
        if (r.fixesChecked) {
            const LoadReport &a = r.afterFixes;
            out << "after the fixes: "
                << (a.loadsStrict()             ? QStringLiteral("loads with strict=True")
                           : a.loadsNonStrict() ? QStringLiteral("loads with strict=False; the model initialises %1")
                                                      .arg(a.missing.join(QStringLiteral(", ")))
                                                : QStringLiteral("still does not load"))
                << "\n  ckpt convert " << commandLine({ file, QStringLiteral("FIXED.pt") }) << ' '
                << commandLine(r.fixes.convertArgs()) << '\n';
        }
    }
    if (!r.notes.isEmpty()) {
        out << "\nnotes:\n";
        for (const Phrase &n : r.notes)
            out << "  " << n.english() << '\n';
    }
}
} // namespace

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Would model.load_state_dict(state_dict) accept CKPT? Says what PyTorch would say (missing, unexpected "
        "and size-mismatched keys, in its words and order), lists dtype differences apart, and proposes fixes as "
        "'ckpt convert' arguments. Exit 0 loads with strict=True, 1 does not, 2 error. Never loads LibTorch.\n\n"
        "REF is the model's side: its state_dict or a training checkpoint, a TorchScript archive, a safetensors "
        "file or Hugging Face index, or a key manifest {\"key\": {\"shape\": [...], \"dtype\": \"float32\"}}, "
        "which this Python line writes from your model:\n  %1\n\n"
        "The state_dict inside a training checkpoint (model_state_dict, Lightning's state_dict, model, module, "
        "ema ...) is found on both sides; the output says which one was used.")
                                         .arg(QLatin1String(kManifestSnippet)));
    parser.addPositionalArgument(QStringLiteral("CKPT"), QStringLiteral("checkpoint to load"));
    const QCommandLineOption against(QStringLiteral("against"),
        QStringLiteral("the model: state_dict, TorchScript, manifest ..."), QStringLiteral("REF"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("one JSON object"));
    const QCommandLineOption statePath(QStringLiteral("state-dict"),
        QStringLiteral("use the state_dict at PATH in CKPT (slash path) instead of finding it"),
        QStringLiteral("PATH"));
    const QCommandLineOption refStatePath(QStringLiteral("against-state-dict"),
        QStringLiteral("use the state_dict at PATH in REF instead of finding it"), QStringLiteral("PATH"));
    const QCommandLineOption modelClass(QStringLiteral("model-class"),
        QStringLiteral("the model's class name for PyTorch's message (TorchScript names it)"), QStringLiteral("NAME"));
    parser.addOptions({ against, json, statePath, refStatePath, modelClass });
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(against))
        return reportError(QString(), QStringLiteral("check takes CKPT and --against REF (try 'ckpt check --help')"));
    const QString file = files[0], ref = parser.value(against);

    // The two files are read at once, one per core: each open is a single-threaded parse.
    std::future<CheckpointPtr> opening = std::async(std::launch::async, [&file] { return openCheckpoint(file); });
    ModelSpec model;
    QString error;
    CheckpointPtr reference;
    const bool specRead = loadModelSpec(ref, parser.value(refStatePath), &model, &error, &reference);
    keepUntilExit(reference); // the spec holds copies; releasing 100k values would cost more than the check
    const CheckpointPtr c = opening.get();
    keepUntilExit(c);
    if (!c->ok())
        return reportError(QString(), describeError(*c).english());
    if (!specRead)
        return reportError(ref, error);
    CheckOptions options;
    options.statePath = parser.value(statePath);
    options.modelClass = parser.value(modelClass);
    model.file = ref;
    auto result = std::make_shared<CheckResult>(
        checkCheckpoint(c, std::make_shared<const ModelSpec>(std::move(model)), options));
    keepUntilExit(result); // with the model spec it holds: 100k keys each
    CheckResult &r = *result;
    if (!r.ok())
        return reportError(file, r.error.english());
    r.file = file;

    TerminalStream out(stdout);
    if (parser.isSet(json))
        out << QJsonDocument(checkToJson(r)).toJson(QJsonDocument::Compact) << '\n';
    else
        printReport(r, file, ref, out);
    return r.loads() ? 0 : 1;
}
