#pragma once

// Our statistics of a fixture against the ones PyTorch computed for it (the
// fixtures' expected JSON, see tests/fixtures/fixture_oracle.py): shared by test_stats and
// test_tensor_variants.
#include "model/checkpoint/CheckpointJson.h"
#include "model/formats/CheckpointReader.h"
#include "model/stats/StatsRunner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace statsoracle {

// Moments depend on the order of summation: relative 1e-8 (1e-12 absolute near zero).
inline bool closeMoment(double got, const QJsonValue &want)
{
    if (want.isNull())
        return !std::isfinite(got);
    const double w = want.toDouble();
    return std::fabs(got - w) <= 1e-8 * std::fabs(w) + 1e-12;
}

inline QString pathKey(const QJsonArray &path)
{
    return QString::fromUtf8(QJsonDocument(path).toJson(QJsonDocument::Compact));
}

// Compares every tensor the expectation lists. Returns how many tensors were checked
// (each with stats, or an empty one without), or -1 with *why set at the first mismatch.
inline int compareWithPyTorch(
    const QString &file, const QJsonObject &expected, const ckpt::StatsOptions &options, QString *why)
{
    using namespace ckpt;
    const CheckpointPtr c = openCheckpoint(file);
    const std::vector<int> idx = statsTensorIndexes(*c);
    std::vector<TensorStats> stats;
    QString error;
    if (!computeTensorStats(*c, idx, options, StatsControl(), &stats, &error)) {
        *why = file + QStringLiteral(": ") + error;
        return -1;
    }
    QHash<QString, int> byPath;
    for (size_t i = 0; i < idx.size(); ++i)
        byPath.insert(pathKey(pathToJson(c->tensors[size_t(idx[i])].path)), int(i));
    int checked = 0;
    for (const QJsonValue &tv : expected.value(QStringLiteral("tensors")).toArray()) {
        const QJsonObject t = tv.toObject();
        const QString key = pathKey(t.value(QStringLiteral("path")).toArray());
        auto fail = [&](const QString &what) {
            *why = QStringLiteral("%1 %2: %3").arg(file, key, what);
            return -1;
        };
        if (!byPath.contains(key))
            return fail(QStringLiteral("not among the tensors with statistics"));
        const TensorStats &s = stats[size_t(byPath.value(key))];
        if (!s.ok)
            return fail(QStringLiteral("not computed: ") + s.error.english());
        const QJsonObject e = t.value(QStringLiteral("stats")).toObject();
        if (t.value(QStringLiteral("stats")).isNull()) {
            if (s.numel != 0)
                return fail(QStringLiteral("PyTorch has no elements, we have %1").arg(s.numel));
            ++checked;
            continue;
        }
        if (s.zeros != e.value(QStringLiteral("zeros")).toInteger()
            || s.nan != e.value(QStringLiteral("nan")).toInteger()
            || s.inf != e.value(QStringLiteral("inf")).toInteger())
            return fail(QStringLiteral("zero/NaN/Inf counts %1/%2/%3").arg(s.zeros).arg(s.nan).arg(s.inf));
        if (e.value(QStringLiteral("min")).isNull()) {
            if (s.finite != 0 || !s.histogram.empty() || !s.percentiles.empty())
                return fail(QStringLiteral("finite values where PyTorch has none"));
            ++checked;
            continue;
        }
        if (s.min != e.value(QStringLiteral("min")).toDouble() || s.max != e.value(QStringLiteral("max")).toDouble())
            return fail(QStringLiteral("min/max %1/%2").arg(s.min).arg(s.max));
        if (!closeMoment(s.mean, e.value(QStringLiteral("mean"))) || !closeMoment(s.std, e.value(QStringLiteral("std")))
            || !closeMoment(s.stdPopulation, e.value(QStringLiteral("std_population")))
            || !closeMoment(s.absMean, e.value(QStringLiteral("abs_mean"))))
            return fail(QStringLiteral("moments mean %1 std %2 std_population %3 abs_mean %4")
                            .arg(s.mean, 0, 'g', 17)
                            .arg(s.std, 0, 'g', 17)
                            .arg(s.stdPopulation, 0, 'g', 17)
                            .arg(s.absMean, 0, 'g', 17));
        const QJsonObject h = e.value(QStringLiteral("histogram")).toObject();
        const QJsonArray counts = h.value(QStringLiteral("counts")).toArray();
        const QJsonArray edges = h.value(QStringLiteral("edges")).toArray();
        if (int(s.histogram.counts.size()) != counts.size() || int(s.histogram.edges.size()) != edges.size())
            return fail(QStringLiteral("histogram size"));
        for (int i = 0; i < counts.size(); ++i)
            if (s.histogram.counts[size_t(i)] != counts[i].toInteger())
                return fail(QStringLiteral("histogram count %1").arg(i));
        for (int i = 0; i < edges.size(); ++i)
            if (s.histogram.edges[size_t(i)] != edges[i].toDouble())
                return fail(QStringLiteral("histogram edge %1").arg(i));
        const QJsonArray pct = e.value(QStringLiteral("percentiles")).toArray();
        if (options.percentiles.size() == size_t(pct.size())) {
            if (s.percentiles.size() != size_t(pct.size()))
                return fail(QStringLiteral("%1 percentiles").arg(s.percentiles.size()));
            for (int i = 0; i < pct.size(); ++i) {
                const double want = pct[i].toArray().at(1).toDouble();
                if (s.percentiles[size_t(i)].first != pct[i].toArray().at(0).toDouble()
                    || s.percentiles[size_t(i)].second != want) // exact, as torch.quantile
                    return fail(QStringLiteral("percentile %1: %2, PyTorch %3")
                                    .arg(s.percentiles[size_t(i)].first)
                                    .arg(s.percentiles[size_t(i)].second, 0, 'g', 17)
                                    .arg(want, 0, 'g', 17));
            }
        }
        ++checked;
    }
    return checked;
}

} // namespace statsoracle
