#include "model/runs/RunJson.h"

#include <QJsonArray>

namespace ckpt {
namespace {

QJsonValue numberOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject bestToJson(const RunReport &report, const RunBest &best)
{
    return { { QStringLiteral("metric"), textOrNull(best.metric) },
        { QStringLiteral("mode"), textOrNull(metricModeName(best.mode)) },
        { QStringLiteral("file"),
            best.checkpoint >= 0 ? QJsonValue(report.checkpoints[size_t(best.checkpoint)].file)
                                 : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("why"), best.why.english() } };
}

} // namespace

QJsonObject runReportToJson(const RunReport &report)
{
    QJsonArray rows;
    for (const RunCheckpoint &c : report.checkpoints) {
        QJsonObject metrics;
        for (const auto &[name, value] : c.metrics)
            // JSON has no NaN: a diverged loss is written as the text Python prints.
            metrics.insert(name,
                std::isfinite(value) ? QJsonValue(value)
                                     : QJsonValue(std::isnan(value) ? QStringLiteral("nan")
                                             : value > 0            ? QStringLiteral("inf")
                                                                    : QStringLiteral("-inf")));
        QJsonObject row { { QStringLiteral("file"), c.file }, { QStringLiteral("epoch"), numberOrNull(c.epoch) },
            { QStringLiteral("step"), numberOrNull(c.step) }, { QStringLiteral("metrics"), metrics },
            { QStringLiteral("bytes"), double(c.bytes) }, { QStringLiteral("mtime"), c.modified.toString(Qt::ISODate) },
            { QStringLiteral("run"), report.runs[size_t(c.run)].folder },
            { QStringLiteral("format"), formatName(c.format) },
            { QStringLiteral("epoch_from"), textOrNull(runValueSourceName(c.epochFrom)) },
            { QStringLiteral("step_from"), textOrNull(runValueSourceName(c.stepFrom)) },
            { QStringLiteral("tensors"), c.tensors }, { QStringLiteral("state_dict"), textOrNull(c.stateDict) } };
        if (!c.error.isEmpty())
            row.insert(QStringLiteral("error"), c.error.english());
        rows.append(row);
    }
    QJsonArray identical;
    for (const std::vector<int> &group : report.identical) {
        QJsonArray files;
        for (int r : group)
            files.append(report.checkpoints[size_t(r)].file);
        identical.append(files);
    }
    QJsonArray frozen;
    for (const FrozenTensors &f : report.frozen)
        frozen.append(QJsonObject { { QStringLiteral("run"), report.runs[size_t(f.run)].folder },
            { QStringLiteral("tensors"), QJsonArray::fromStringList(f.keys) },
            { QStringLiteral("tensors_compared"), f.tensorCount },
            { QStringLiteral("checkpoints_compared"), f.checkpointCount } });
    QJsonArray runs;
    for (const RunFolder &run : report.runs) {
        QJsonArray files;
        for (int r : run.checkpoints)
            files.append(report.checkpoints[size_t(r)].file);
        runs.append(QJsonObject { { QStringLiteral("folder"), run.folder },
            { QStringLiteral("layout"), runLayoutName(run.layout) }, { QStringLiteral("checkpoints"), files },
            { QStringLiteral("best"), bestToJson(report, run.best) } });
    }
    return { { QStringLiteral("folder"), report.folder }, { QStringLiteral("checkpoints"), rows },
        { QStringLiteral("best"), bestToJson(report, report.best) }, { QStringLiteral("identical_weights"), identical },
        { QStringLiteral("hashed"), report.hashed }, { QStringLiteral("frozen"), frozen },
        { QStringLiteral("runs"), runs },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(englishOf(report.warnings)) } };
}

} // namespace ckpt
