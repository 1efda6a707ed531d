// ckpt runs DIR: a training run at a glance. One row per checkpoint (epoch, step, its
// scalar metrics, size, time), the best one and why, identical weights and tensors that
// never changed. Reads metadata, then the weights' bytes to hash them (--no-hash skips
// that). Exit 0, 2 on error.
#include "app/cli/Commands.h"
#include "app/cli/TerminalStream.h"

#include "model/checkpoint/Summary.h"
#include "model/runs/RunJson.h"
#include "model/runs/RunReport.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <map>

using namespace ckpt;

namespace {

constexpr int kMetricColumns = 5;

QString cell(double v)
{
    return std::isfinite(v) || std::isinf(v) ? QString::number(v, 'g', 6) : QStringLiteral("-");
}

// The metrics most rows carry, the deciding one first.
QStringList metricColumns(const RunReport &r)
{
    std::map<QString, int> counts;
    for (const RunCheckpoint &c : r.checkpoints)
        for (const auto &m : c.metrics)
            ++counts[m.first];
    std::vector<std::pair<int, QString>> byCount;
    for (const auto &[name, count] : counts)
        if (name != r.best.metric)
            byCount.emplace_back(-count, name);
    std::sort(byCount.begin(), byCount.end());
    QStringList out;
    if (!r.best.metric.isEmpty() && counts.count(r.best.metric))
        out << r.best.metric;
    for (const auto &entry : byCount)
        if (out.size() < kMetricColumns)
            out << entry.second;
    return out;
}

void printTable(const RunReport &r, TerminalStream &out)
{
    const QStringList metrics = metricColumns(r);
    QStringList header { QStringLiteral("file"), QStringLiteral("epoch"), QStringLiteral("step") };
    header << metrics << QStringLiteral("size") << QStringLiteral("modified");
    std::vector<QStringList> lines { header };
    for (size_t i = 0; i < r.checkpoints.size(); ++i) {
        const RunCheckpoint &c = r.checkpoints[i];
        QStringList line { (int(i) == r.best.checkpoint ? QStringLiteral("* ") : QStringLiteral("  ")) + c.file,
            cell(c.epoch), cell(c.step) };
        for (const QString &m : metrics) {
            const double *v = c.metric(m);
            line << (v ? cell(*v) : QStringLiteral("-"));
        }
        line << formatBytes(c.bytes) << c.modified.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        lines.push_back(line);
    }
    lines.front()[0].prepend(QStringLiteral("  "));
    std::vector<int> width(size_t(header.size()), 0);
    for (const QStringList &l : lines)
        for (int k = 0; k < l.size(); ++k)
            width[size_t(k)] = std::max(width[size_t(k)], int(l[k].size()));
    for (const QStringList &l : lines) {
        QString text;
        for (int k = 0; k < l.size(); ++k)
            text += (k == 0 ? l[k].leftJustified(width[0])
                            : QStringLiteral("  ") + l[k].rightJustified(width[size_t(k)]));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    }
}

} // namespace

int runRuns(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A training run at a glance: one row per checkpoint of DIR (plain series such as epoch_N.pt, PyTorch "
        "Lightning folders, Hugging Face Trainer checkpoint-N/ folders, and version_N/ or run folders below DIR "
        "listed together) with its epoch, step, scalar metrics, size and time; the best checkpoint and which "
        "metric decided (the one the run monitors: Lightning's ModelCheckpoint, the Trainer's "
        "metric_for_best_model; else --metric; else a validation loss); checkpoints whose weights are "
        "bit-identical (a best.pt saved by reference, a safetensors copy) and tensors that never changed. "
        "Reads metadata, then hashes the weights (only tensors that could be equal to another). Exit 0, 2 on "
        "error. Never loads LibTorch."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("the run's folder"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("one JSON object"));
    const QCommandLineOption metric(QStringLiteral("metric"),
        QStringLiteral("choose the best by NAME when the run monitors no metric"), QStringLiteral("NAME"));
    const QCommandLineOption mode(QStringLiteral("mode"),
        QStringLiteral("min or max for --metric (default: min for a loss or error, else max)"), QStringLiteral("MODE"));
    const QCommandLineOption noHash(
        QStringLiteral("no-hash"), QStringLiteral("list only: do not read the weights to find identical ones"));
    parser.addOptions({ json, metric, mode, noHash });
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    const QStringList dirs = parser.positionalArguments();
    if (dirs.size() != 1)
        return reportError(QString(), QStringLiteral("runs takes one folder (try 'ckpt runs --help')"));
    RunOptions options;
    options.metric = parser.value(metric);
    options.hash = !parser.isSet(noHash);
    if (parser.isSet(mode)) {
        options.mode = parseMetricMode(parser.value(mode));
        if (options.mode == MetricMode::Unknown)
            return reportError(QString(), QStringLiteral("--mode takes min or max, not '%1'").arg(parser.value(mode)));
        if (options.metric.isEmpty())
            return reportError(QString(), QStringLiteral("--mode needs --metric"));
    }
    const RunReport r = analyseRun(dirs[0], options);
    if (!r.ok())
        return reportError(dirs[0], r.error.english());

    TerminalStream out(stdout);
    if (parser.isSet(json)) {
        out << QJsonDocument(runReportToJson(r)).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "run: " << r.folder << " (" << r.checkpoints.size() << " checkpoints";
    if (r.runs.size() > 1)
        out << " in " << r.runs.size() << " runs";
    else if (!r.runs.empty())
        out << ", " << runLayoutName(r.runs[0].layout);
    out << ")\n\n";
    printTable(r, out);
    out << "\nbest: "
        << (r.best.checkpoint >= 0 ? r.checkpoints[size_t(r.best.checkpoint)].file : QStringLiteral("none")) << "\n  "
        << r.best.why.english() << '\n';
    if (r.runs.size() > 1)
        for (const RunFolder &run : r.runs)
            out << "  " << (run.folder.isEmpty() ? QStringLiteral(".") : run.folder) << ": "
                << (run.best.checkpoint >= 0 ? r.checkpoints[size_t(run.best.checkpoint)].file : QStringLiteral("none"))
                << '\n';
    if (!r.hashed)
        out << "\nidentical weights: not looked for (--no-hash)\n";
    else if (r.identical.empty())
        out << "\nidentical weights: none\n";
    else {
        out << "\nidentical weights:\n";
        for (const std::vector<int> &g : r.identical) {
            QStringList files;
            for (int i : g)
                files << r.checkpoints[size_t(i)].file;
            out << "  " << files.join(QStringLiteral(" = ")) << '\n';
        }
    }
    if (!r.warnings.isEmpty()) {
        out << "\nwarnings:\n";
        for (const Phrase &w : r.warnings)
            out << "  " << w.english() << '\n';
    }
    return 0;
}
