#include "app/cli/Commands.h"

#include "model/checkpoint/CheckpointJson.h"
#include "model/checkpoint/Summary.h"
#include "model/checkpoint/WeightsOnly.h"
#include "model/formats/CheckpointReader.h"
#include "model/safety/ZipChecks.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace ckpt;

namespace {
// Open plus what only a scan pays for: the CRC-32 of every zip record (tensor data too).
CheckpointPtr scanFile(const QString &file)
{
    CheckpointPtr opened = openCheckpoint(file);
    if (opened->format != Format::TorchZip && opened->format != Format::TorchScript)
        return opened;
    auto deep = std::make_shared<Checkpoint>(*opened);
    checkAllZipCrcs(*deep);
    return deep;
}

QJsonObject weightsOnlyJson(const WeightsOnlyVerdict &w)
{
    QJsonObject o;
    o.insert(QStringLiteral("loadable"), w.loadable);
    o.insert(QStringLiteral("unsafe_globals"), QJsonArray::fromStringList(w.unsafeGlobals));
    o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(w.reasons));
    return o;
}

QString weightsOnlyLine(const WeightsOnlyVerdict &w)
{
    if (w.loadable)
        return QStringLiteral("torch.load(weights_only=True): loads");
    QStringList why;
    if (!w.unsafeGlobals.isEmpty())
        why << QStringLiteral("refuses the globals %1").arg(w.unsafeGlobals.join(QStringLiteral(", ")));
    why << w.reasons;
    return QStringLiteral("torch.load(weights_only=True): fails: %1").arg(why.join(QStringLiteral("; ")));
}
} // namespace

int runScan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Say whether loading a checkpoint with torch.load is safe. Nothing in the file is run.\n"
                       "Exit status: 1 if any file is dangerous; otherwise 2 if a file could not be read to the end;\n"
                       "otherwise 0. A payload that runs before a file breaks makes it dangerous, not unreadable."));
    parser.addPositionalArgument(QStringLiteral("FILE..."), QStringLiteral("files to scan"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array, one object per file."));
    parser.addOption(json);
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return reportError(QString(), QStringLiteral("scan takes at least one FILE"));
    QTextStream out(stdout);
    QJsonArray all;
    bool anyDangerous = false, anyError = false;
    for (const QString &file : files) {
        CheckpointPtr ckpt = scanFile(file);
        const Verdict worst = ckpt->worstVerdict();
        const bool dangerous = worst == Verdict::Dangerous;
        const WeightsOnlyVerdict weightsOnly = weightsOnlyVerdict(*ckpt);
        // A dangerous global outranks a parse error: the payload runs before the pickle breaks.
        const int fileExit = dangerous ? 1 : ckpt->ok() ? 0 : 2;
        anyDangerous |= fileExit == 1;
        anyError |= fileExit == 2;
        if (fileExit == 2)
            reportError(file, ckpt->error);
        if (parser.isSet(json)) {
            QJsonObject o;
            o.insert(QStringLiteral("file"), ckpt->file);
            o.insert(QStringLiteral("format"), formatName(ckpt->format));
            o.insert(QStringLiteral("verdict"), verdictName(worst));
            o.insert(QStringLiteral("dangerous"), dangerous);
            o.insert(QStringLiteral("exit"), fileExit);
            o.insert(QStringLiteral("weights_only_loadable"), weightsOnly.loadable);
            o.insert(QStringLiteral("weights_only"), weightsOnlyJson(weightsOnly));
            o.insert(QStringLiteral("summary"), Summary::safetyLine(*ckpt));
            QJsonArray findings;
            for (const Finding &f : ckpt->findings)
                findings.append(findingToJson(f));
            o.insert(QStringLiteral("findings"), findings);
            if (!ckpt->ok())
                o.insert(QStringLiteral("error"), ckpt->error);
            all.append(o);
            continue;
        }
        out << file << ": " << Summary::safetyLine(*ckpt) << '\n';
        out << "  " << weightsOnlyLine(weightsOnly) << '\n';
        for (const Finding &f : ckpt->findings)
            if (f.verdict != Verdict::Allowed)
                out << "  " << verdictName(f.verdict) << "  " << (f.global.isEmpty() ? QStringLiteral("-") : f.global)
                    << "  in " << f.where << (f.detail.isEmpty() ? QString() : QStringLiteral(": ") + f.detail) << '\n';
        if (!ckpt->ok() && dangerous)
            out << "  (reading stopped: " << ckpt->error << ")\n";
    }
    if (parser.isSet(json))
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return anyDangerous ? 1 : anyError ? 2 : 0;
}
