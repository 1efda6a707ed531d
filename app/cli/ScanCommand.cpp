#include "app/cli/Commands.h"
#include "app/cli/TerminalStream.h"

#include "model/checkpoint/CheckpointJson.h"
#include "model/checkpoint/Summary.h"
#include "model/checkpoint/WeightsOnly.h"
#include "model/formats/CheckpointReader.h"
#include "model/safety/WeightsOnlyDoctor.h"
#include "model/safety/ZipChecks.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace ckpt;

namespace {
// Open plus what only a scan pays for: the CRC-32 of the zip records open did not read
// (with --verify, the tensor data's too).
CheckpointPtr scanFile(const QString &file, CrcScope scope)
{
    CheckpointPtr opened = openCheckpoint(file);
    if (opened->format != Format::TorchZip && opened->format != Format::TorchScript)
        return opened;
    auto deep = std::make_shared<Checkpoint>(*opened);
    checkAllZipCrcs(*deep, scope);
    return deep;
}

QJsonObject weightsOnlyJson(const WeightsOnlyVerdict &w)
{
    QJsonObject o;
    o.insert(QStringLiteral("loadable"), w.loadable);
    o.insert(QStringLiteral("outcome"), weightsOnlyOutcomeName(w.outcome));
    o.insert(QStringLiteral("unsafe_globals"), QJsonArray::fromStringList(w.unsafeGlobals));
    o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(w.reasons));
    o.insert(QStringLiteral("release_dependent"), QJsonArray::fromStringList(w.releaseDependent));
    return o;
}

// {"1.13": {...}, "2.0-2.5": {...}, ">=2.6": {...}}
QJsonObject weightsOnlyByReleaseJson(const Checkpoint &ckpt)
{
    QJsonObject o;
    for (const WeightsOnlyVerdict &w : weightsOnlyVerdicts(ckpt)) {
        QJsonObject r = weightsOnlyJson(w);
        r.insert(QStringLiteral("default"), weightsOnlyIsDefault(w.release));
        o.insert(torchReleaseName(w.release), r);
    }
    return o;
}

QString weightsOnlyLine(const WeightsOnlyVerdict &w)
{
    const QString head = QStringLiteral("torch %1 torch.load(weights_only=True)%2: ")
                             .arg(torchReleaseName(w.release),
                                 weightsOnlyIsDefault(w.release) ? QStringLiteral(" (its default)") : QString());
    if (w.loadable)
        return head + QStringLiteral("loads");
    if (w.outcome == WeightsOnlyOutcome::DependsOnRelease)
        return head + QStringLiteral("depends on the release: ") + w.releaseDependent.join(QStringLiteral("; "));
    QStringList why;
    if (!w.unsafeGlobals.isEmpty())
        why << QStringLiteral("refuses the globals %1").arg(w.unsafeGlobals.join(QStringLiteral(", ")));
    why << w.reasons;
    const QString what
        = w.outcome == WeightsOnlyOutcome::HandedToJit ? QStringLiteral("not restricted: ") : QStringLiteral("fails: ");
    return head + what + why.join(QStringLiteral("; "));
}

QString releasesText(TorchReleases r)
{
    if (r == kAllTorchReleases)
        return QStringLiteral("every release");
    QStringList names;
    for (TorchRelease t : kTorchReleases)
        if (r & releaseBit(t))
            names << releaseKey(t);
    return names.join(QStringLiteral(", "));
}

// --explain --json: {"1.13": {"loads", "refused": [{"global", "class", "why"}], "reasons"}, ...}
QJsonObject explainJson(const WeightsOnlyExplanation &e)
{
    QJsonObject o;
    for (size_t i = 0; i < kTorchReleases.size(); ++i) {
        QJsonArray refused;
        for (const RefusedGlobal &g : e.refused[i])
            refused.append(QJsonObject { { QStringLiteral("global"), g.global },
                { QStringLiteral("class"), refusedClassName(g.cls) }, { QStringLiteral("why"), g.why.english() } });
        const WeightsOnlyVerdict &w = e.verdicts[i];
        o.insert(releaseKey(w.release),
            QJsonObject { { QStringLiteral("loads"), w.loadable }, { QStringLiteral("refused"), refused },
                { QStringLiteral("outcome"), weightsOnlyOutcomeName(w.outcome) },
                { QStringLiteral("reasons"), QJsonArray::fromStringList(w.reasons) },
                { QStringLiteral("release_dependent"), QJsonArray::fromStringList(w.releaseDependent) },
                { QStringLiteral("default"), weightsOnlyIsDefault(w.release) } });
    }
    return o;
}

// --explain as text: every refused global at once, its class and sentence, then the way out.
void printExplanation(TerminalStream &out, const QString &file, const WeightsOnlyExplanation &e)
{
    if (e.all.empty() && e.verdicts.back().loadable)
        return;
    out << "  weights_only doctor:\n";
    qsizetype width = 0;
    for (const RefusedGlobal &g : e.all)
        width = std::max(width, g.global.size());
    for (const RefusedGlobal &g : e.all)
        out << "    " << g.global.leftJustified(width) << "  " << refusedClassName(g.cls).leftJustified(9)
            << " refused by " << releasesText(g.refusedBy) << ": " << g.why.english() << '\n';
    if (!e.allowSnippet.isEmpty()) {
        out << (e.onlyDataRefused ? "  torch >= 2.6 loads it with these lines (only plain data is allowed):\n"
                                  : "  the plain-data part can be allowed with these lines; the rest needs code:\n");
        for (const QString &line : e.allowSnippet.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out << "    " << line << '\n';
    }
    if (!e.all.empty())
        out << "  or rewrite the plain data into plain values, so no release needs anything allowed:\n"
            << "    ckpt convert " << file << " OUT.pt --weights-only-safe"
            << (e.onlyDataRefused ? "" : "  (with --extract or --drop for what needs code)") << '\n';
}

// Exit status of one file. --strict: anything outside the allow-list fails as dangerous does.
int exitStatus(const Checkpoint &ckpt, bool strict)
{
    const Verdict worst = ckpt.worstVerdict();
    if (worst == Verdict::Dangerous || (strict && worst != Verdict::Allowed))
        return 1;
    return ckpt.ok() ? 0 : 2;
}
} // namespace

int runScan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Say whether loading a checkpoint with torch.load is safe. Nothing in the file is run.\n"
                       "Exit status: 1 if any file is dangerous; otherwise 2 if a file could not be read to the end;\n"
                       "otherwise 0. A payload that runs before a file breaks makes it dangerous, not unreadable.\n"
                       "With --strict, anything outside PyTorch's weights_only allow-list also exits 1."));
    parser.addPositionalArgument(QStringLiteral("FILE..."), QStringLiteral("files to scan"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array, one object per file."));
    parser.addOption(json);
    QCommandLineOption strict(QStringLiteral("strict"),
        QStringLiteral("Exit 1 for any global outside the allow-list (needs code) or any suspicious structure, "
                       "not only for dangerous ones (for CI gates)."));
    parser.addOption(strict);
    QCommandLineOption verify(QStringLiteral("verify"),
        QStringLiteral("Also check the CRC-32 of every tensor record: the file's integrity (one read of the whole "
                       "file). Without it, every record a loader might unpickle is checked, tensor data is not."));
    parser.addOption(verify);
    QCommandLineOption explain(QStringLiteral("explain"),
        QStringLiteral("The weights_only doctor: every global that stops torch.load(weights_only=True), at once, "
                       "each with what it is and a class (data you can allow, needs its code, dangerous), per "
                       "release (1.13, 2.0-2.5, 2.6+), and the lines that make torch accept the plain-data part. "
                       "With --json: \"weights_only\" per release ({\"loads\", \"refused\": [{\"global\", "
                       "\"class\", \"why\"}]}) and \"allow_snippet\"."));
    parser.addOption(explain);
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return reportError(QString(), QStringLiteral("scan takes at least one FILE"));
    TerminalStream out(stdout);
    QJsonArray all;
    bool anyDangerous = false, anyError = false;
    for (const QString &file : files) {
        CheckpointPtr ckpt
            = scanFile(file, parser.isSet(verify) ? CrcScope::TensorDataIncluded : CrcScope::AllButTensorData);
        const Verdict worst = ckpt->worstVerdict();
        const bool dangerous = worst == Verdict::Dangerous;
        const WeightsOnlyVerdict weightsOnly = weightsOnlyVerdict(*ckpt);
        // A dangerous global outranks a parse error: the payload runs before the pickle breaks.
        const int fileExit = exitStatus(*ckpt, parser.isSet(strict));
        anyDangerous |= fileExit == 1;
        anyError |= fileExit == 2;
        if (fileExit == 2)
            reportError(file, ckpt->error.english());
        if (parser.isSet(json)) {
            QJsonObject o;
            o.insert(QStringLiteral("file"), ckpt->file);
            o.insert(QStringLiteral("format"), formatName(ckpt->format));
            o.insert(QStringLiteral("verdict"), verdictName(worst));
            o.insert(QStringLiteral("dangerous"), dangerous);
            o.insert(QStringLiteral("exit"), fileExit);
            o.insert(QStringLiteral("weights_only_loadable"), weightsOnly.loadable);
            o.insert(QStringLiteral("weights_only"), weightsOnlyJson(weightsOnly));
            o.insert(QStringLiteral("weights_only_by_release"), weightsOnlyByReleaseJson(*ckpt));
            if (parser.isSet(explain)) {
                const WeightsOnlyExplanation e = explainWeightsOnly(*ckpt);
                o.insert(QStringLiteral("weights_only"), explainJson(e));
                o.insert(QStringLiteral("allow_snippet"), e.allowSnippet);
            }
            o.insert(QStringLiteral("summary"), Summary::safetyLine(*ckpt).english());
            QJsonArray findings;
            for (const Finding &f : ckpt->findings)
                findings.append(findingToJson(f));
            o.insert(QStringLiteral("findings"), findings);
            if (!ckpt->ok())
                o.insert(QStringLiteral("error"), ckpt->error.english());
            all.append(o);
            continue;
        }
        out << file << ": " << Summary::safetyLine(*ckpt).english() << '\n';
        for (const WeightsOnlyVerdict &w : weightsOnlyVerdicts(*ckpt))
            out << "  " << weightsOnlyLine(w) << '\n';
        for (const Finding &f : ckpt->findings)
            if (f.verdict != Verdict::Allowed)
                out << "  " << verdictName(f.verdict) << "  " << (f.global.isEmpty() ? QStringLiteral("-") : f.global)
                    << "  in " << f.where.english()
                    << (f.detail.isEmpty() ? QString() : QStringLiteral(": ") + f.detail.english()) << '\n';
        if (!ckpt->ok() && dangerous)
            out << "  (reading stopped: " << ckpt->error.english() << ")\n";
        if (parser.isSet(explain))
            printExplanation(out, file, explainWeightsOnly(*ckpt));
    }
    if (parser.isSet(json))
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return anyDangerous ? 1 : anyError ? 2 : 0;
}
