#include "Commands.h"

#include "CheckpointJson.h"
#include "CheckpointReader.h"
#include "Summary.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace ckpt;

int runScan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Say whether loading a checkpoint with torch.load is safe. Nothing in the file is run."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE..."), QStringLiteral("files to scan"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array, one object per file."));
    parser.addOption(json);
    if (!parser.parse(args))
        return reportError(QString(), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return reportError(QString(), QStringLiteral("scan takes at least one FILE"));
    QTextStream out(stdout);
    QJsonArray all;
    int exitCode = 0;
    for (const QString &file : files) {
        CheckpointPtr ckpt = openCheckpoint(file);
        const bool dangerous = ckpt->worstVerdict() == Verdict::Dangerous;
        if (dangerous)
            exitCode = qMax(exitCode, 1);
        if (!ckpt->ok() && !dangerous) {
            reportError(file, ckpt->error);
            exitCode = 2;
        }
        if (parser.isSet(json)) {
            QJsonObject o;
            o.insert(QStringLiteral("file"), ckpt->file);
            o.insert(QStringLiteral("format"), formatName(ckpt->format));
            o.insert(QStringLiteral("dangerous"), dangerous);
            o.insert(QStringLiteral("weights_only_loadable"), ckpt->weightsOnlyLoadable());
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
        for (const Finding &f : ckpt->findings)
            if (f.verdict != Verdict::Allowed)
                out << "  " << verdictName(f.verdict) << "  " << (f.global.isEmpty() ? QStringLiteral("-") : f.global)
                    << "  in " << f.where << (f.detail.isEmpty() ? QString() : QStringLiteral(": ") + f.detail) << '\n';
    }
    if (parser.isSet(json))
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return exitCode;
}
