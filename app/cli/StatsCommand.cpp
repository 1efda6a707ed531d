// ckpt stats: statistics and histograms of tensors, computed in the core straight from
// the file's bytes through the tensor-data layer (no LibTorch).
#include "app/cli/Commands.h"
#include "app/cli/ProgressLine.h"
#include "app/cli/TerminalStream.h"

#include "model/checkpoint/CheckpointJson.h"
#include "model/formats/CheckpointReader.h"
#include "model/stats/StatsRunner.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <atomic>
#include <cmath>

using namespace ckpt;

namespace {

QString num(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 6) : QStringLiteral("-");
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

void printTable(
    const Checkpoint &c, const std::vector<int> &idx, const std::vector<TensorStats> &stats, TerminalStream &out)
{
    const QStringList head { QStringLiteral("tensor"), QStringLiteral("dtype"), QStringLiteral("shape"),
        QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("mean"), QStringLiteral("std"),
        QStringLiteral("abs_mean"), QStringLiteral("zeros"), QStringLiteral("nan"), QStringLiteral("inf") };
    std::vector<QStringList> rows { head };
    for (size_t i = 0; i < idx.size(); ++i) {
        const TensorInfo &t = c.tensors[size_t(idx[i])];
        const TensorStats &s = stats[i];
        QString name = pathToString(t.path);
        if (name.isEmpty())
            name = QStringLiteral("(root)");
        QStringList row { name, dtypeName(t.dtype), shapeText(t.shape) };
        if (!s.ok) {
            row << QStringLiteral("(%1)").arg(s.error.english());
        } else {
            row << num(s.min) << num(s.max) << num(s.mean) << num(s.std) << num(s.absMean) << QString::number(s.zeros)
                << QString::number(s.nan) << QString::number(s.inf);
        }
        rows.push_back(row);
    }
    // Names left-aligned, numbers right-aligned; an error row ends with its message.
    std::vector<int> width(size_t(head.size()), 0);
    for (const QStringList &r : rows)
        for (int k = 0; k < r.size(); ++k)
            if (r.size() == head.size() || k < 3)
                width[size_t(k)] = std::max(width[size_t(k)], int(r[k].size()));
    for (const QStringList &r : rows) {
        QStringList cells;
        for (int k = 0; k < r.size(); ++k) {
            if (r.size() != head.size() && k == 3)
                cells << r[k];
            else
                cells << (k < 3 ? r[k].leftJustified(width[size_t(k)]) : r[k].rightJustified(width[size_t(k)]));
        }
        out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    }
}

} // namespace

int runStats(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Statistics and histograms of a checkpoint's tensors."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("checkpoint to read"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("one JSON object with stats and histograms"));
    const QCommandLineOption match(QStringLiteral("match"),
        QStringLiteral("only tensors whose slash-joined path matches GLOB"), QStringLiteral("GLOB"));
    const QCommandLineOption bins(QStringLiteral("bins"), QStringLiteral("uniform histogram bins (default 64)"),
        QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption expBins(
        QStringLiteral("exp-bins"), QStringLiteral("TensorBoard's exponential bins (±1e-12·1.1^k) instead"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("worker threads (default: all cores)"),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ json, match, bins, expBins, threads });
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    if (parser.positionalArguments().size() != 1)
        return reportError(QString(), QStringLiteral("stats takes one FILE"));
    const QString file = parser.positionalArguments().first();
    bool okBins = false;
    StatsOptions options;
    options.bins = parser.value(bins).toInt(&okBins);
    if (!okBins || options.bins < 1 || options.bins > 100000)
        return reportError(QString(), QStringLiteral("--bins wants a number from 1 to 100000"));
    options.binMode = parser.isSet(expBins) ? BinMode::Exponential : BinMode::Uniform;
    options.threads = parser.value(threads).toInt();

    const CheckpointPtr ckpt = openCheckpoint(file);
    keepUntilExit(ckpt);
    if (!ckpt->ok())
        return reportError(file, ckpt->error.english());
    const std::vector<int> idx = statsTensorIndexes(*ckpt, parser.value(match));

    std::atomic_bool cancel { false };
    StatsControl control;
    control.cancel = &cancel;
    ProgressLine progress("stats", !parser.isSet(json));
    control.progress = progress.sink();
    std::vector<TensorStats> stats;
    QString error;
    const bool computed = computeTensorStats(*ckpt, idx, options, control, &stats, &error);
    progress.clear();
    if (!computed)
        return reportError(file, error);

    TerminalStream out(stdout);
    if (parser.isSet(json)) {
        QJsonArray tensors;
        for (size_t i = 0; i < idx.size(); ++i) {
            const TensorInfo &t = ckpt->tensors[size_t(idx[i])];
            QJsonObject o = tensorToJson(*ckpt, t);
            const TensorStats &s = stats[i];
            if (!s.ok)
                o[QStringLiteral("error")] = s.error.english();
            o[QStringLiteral("stats")] = s.ok && s.numel > 0 ? QJsonValue(statsToJson(s)) : QJsonValue();
            tensors.append(o);
        }
        const QJsonObject doc { { QStringLiteral("file"), file },
            { QStringLiteral("format"), formatName(ckpt->format) }, { QStringLiteral("tensors"), tensors } };
        out << QJsonDocument(doc).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << file << "  (" << formatName(ckpt->format) << ", " << idx.size() << " tensors)\n";
        printTable(*ckpt, idx, stats, out);
    }
    return 0;
}
