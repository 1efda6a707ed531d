#include "model/training/TrainingMonitor.h"

#include "model/checkpoint/TreeWalk.h"
#include "model/tensor/TensorData.h"

#include <QRegularExpression>

namespace ckpt {
namespace {

ValuePtr entry(const Value &dict, const QString &key)
{
    for (const auto &e : dict.entries)
        if (e.first && e.first->kind == Value::Kind::String && e.first->text == key)
            return e.second;
    return nullptr;
}

// An int, a float or a one-element tensor as a number.
double number(const TensorData &data, const ValuePtr &v)
{
    if (!v)
        return std::nan("");
    if (v->kind == Value::Kind::Int)
        return double(v->integer);
    if (v->kind == Value::Kind::Float)
        return v->real;
    if (v->kind == Value::Kind::Tensor && v->tensorIndex >= 0) {
        std::vector<double> vals;
        Phrase why;
        if (data.values(v->tensorIndex, &vals, &why, 1) && vals.size() == 1)
            return vals[0];
    }
    return std::nan("");
}

QString text(const ValuePtr &v)
{
    return v && v->kind == Value::Kind::String ? v->text : QString();
}

// The attribute dict of a pickled object (its BUILD state), or a dict itself.
const Value *attributes(const ValuePtr &v)
{
    if (!v)
        return nullptr;
    if (v->kind == Value::Kind::Object && v->state() && v->state()->kind == Value::Kind::Dict)
        return v->state().get();
    if (v->kind == Value::Kind::Object && !v->entries.empty())
        return v.get();
    return v->kind == Value::Kind::Dict ? v.get() : nullptr;
}

} // namespace

QString metricModeName(MetricMode m)
{
    switch (m) {
    case MetricMode::Min:
        return QStringLiteral("min");
    case MetricMode::Max:
        return QStringLiteral("max");
    case MetricMode::Unknown:
        break;
    }
    return QString();
}

MetricMode parseMetricMode(const QString &text)
{
    if (text == QLatin1String("min"))
        return MetricMode::Min;
    if (text == QLatin1String("max"))
        return MetricMode::Max;
    return MetricMode::Unknown;
}

std::vector<LightningMonitor> lightningMonitors(const Checkpoint &ckpt)
{
    std::vector<LightningMonitor> out;
    if (!ckpt.root || ckpt.root->kind != Value::Kind::Dict)
        return out;
    const ValuePtr callbacks = entry(*ckpt.root, QStringLiteral("callbacks"));
    if (!callbacks || callbacks->kind != Value::Kind::Dict)
        return out;
    static const QRegularExpression modeInKey(QStringLiteral("'mode':\\s*'(min|max)'"));
    const TensorData data(ckpt);
    for (const auto &[key, state] : callbacks->entries) {
        const QString name = text(key);
        if (!name.startsWith(QLatin1String("ModelCheckpoint")) || !state || state->kind != Value::Kind::Dict)
            continue;
        LightningMonitor m;
        m.callbackKey = name;
        m.metric = text(entry(*state, QStringLiteral("monitor")));
        m.mode = parseMetricMode(modeInKey.match(name).captured(1));
        m.bestScore = number(data, entry(*state, QStringLiteral("best_model_score")));
        m.currentScore = number(data, entry(*state, QStringLiteral("current_score")));
        m.bestPath = text(entry(*state, QStringLiteral("best_model_path")));
        if (const ValuePtr k = entry(*state, QStringLiteral("best_k_models")); k && k->kind == Value::Kind::Dict)
            for (const auto &[path, score] : k->entries)
                m.bestK.emplace_back(text(path), number(data, score));
        out.push_back(std::move(m));
    }
    return out;
}

TrainerMonitor trainerMonitor(const Checkpoint &trainingArgs)
{
    TrainerMonitor m;
    const ValuePtr &root = trainingArgs.root;
    if (!root || root->kind != Value::Kind::Object || !root->className.endsWith(QLatin1String("TrainingArguments")))
        return m;
    const Value *attrs = attributes(root);
    if (!attrs)
        return m;
    m.found = true;
    QString metric = text(entry(*attrs, QStringLiteral("metric_for_best_model")));
    const ValuePtr loadBest = entry(*attrs, QStringLiteral("load_best_model_at_end"));
    // transformers' TrainingArguments.__post_init__: load_best_model_at_end without a
    // metric means "loss".
    if (metric.isEmpty() && loadBest && loadBest->kind == Value::Kind::Bool && loadBest->boolean)
        metric = QStringLiteral("loss");
    if (metric.isEmpty())
        return m;
    const ValuePtr greater = entry(*attrs, QStringLiteral("greater_is_better"));
    m.greaterIsBetterSet = greater && greater->kind == Value::Kind::Bool;
    const bool max = m.greaterIsBetterSet ? greater->boolean : !metric.endsWith(QLatin1String("loss"));
    // Trainer._save_checkpoint: `if not metric_to_check.startswith("eval_"): metric_to_check = f"eval_{...}"`.
    m.metric = metric.startsWith(QLatin1String("eval_")) ? metric : QStringLiteral("eval_") + metric;
    m.mode = max ? MetricMode::Max : MetricMode::Min;
    return m;
}

} // namespace ckpt
