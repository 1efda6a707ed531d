#include "model/training/TrainingScalars.h"

#include "model/checkpoint/NaturalCompare.h"
#include "model/checkpoint/TreeWalk.h"
#include "model/formats/CheckpointReader.h"
#include "model/formats/JsonScan.h"
#include "model/tensor/TensorData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace ckpt {
namespace {

constexpr int kMaxDepth = 64;
constexpr qint64 kMaxSeriesLength = 100000;

// A number from a scalar leaf; false for anything else.
bool scalarValue(const TensorData &data, const Value &v, double *out, QString *source)
{
    const Checkpoint &c = data.checkpoint();
    switch (v.kind) {
    case Value::Kind::Int:
        *out = double(v.integer);
        *source = QStringLiteral("int");
        return true;
    case Value::Kind::Float:
        *out = v.real;
        *source = QStringLiteral("float");
        return true;
    case Value::Kind::NumpyScalar: {
        bool ok = false;
        *out = v.text.toDouble(&ok);
        *source = QStringLiteral("numpy ") + v.className.section(QLatin1Char('.'), -1);
        return ok;
    }
    case Value::Kind::Tensor: {
        if (v.tensorIndex < 0 || size_t(v.tensorIndex) >= c.tensors.size()
            || c.tensors[size_t(v.tensorIndex)].numel() != 1)
            return false;
        std::vector<double> vals;
        Phrase why;
        if (!data.values(v.tensorIndex, &vals, &why, 1) || vals.size() != 1)
            return false;
        *out = vals[0];
        *source
            = c.tensors[size_t(v.tensorIndex)].shape.empty() ? QStringLiteral("0-d tensor") : QStringLiteral("tensor");
        return true;
    }
    default:
        return false;
    }
}

// A list of numbers, or a 1-D tensor of one.
bool seriesValues(const TensorData &data, const Value &v, std::vector<double> *out)
{
    const Checkpoint &c = data.checkpoint();
    out->clear();
    if (v.kind == Value::Kind::List || v.kind == Value::Kind::Tuple) {
        if (v.items.size() < 2 || qint64(v.items.size()) > kMaxSeriesLength)
            return false;
        for (const ValuePtr &item : v.items) {
            double d;
            QString src;
            if (!item || item->kind == Value::Kind::Tensor || !scalarValue(data, *item, &d, &src))
                return false;
            out->push_back(d);
        }
        return true;
    }
    if (v.kind == Value::Kind::Tensor && v.tensorIndex >= 0 && size_t(v.tensorIndex) < c.tensors.size()) {
        const TensorInfo &t = c.tensors[size_t(v.tensorIndex)];
        Phrase why;
        return t.shape.size() == 1 && t.numel() >= 2 && data.values(v.tensorIndex, out, &why, kMaxSeriesLength);
    }
    return false;
}

class Scanner {
public:
    Scanner(const Checkpoint &c, int maxNodes) : m_ckpt(c), m_data(c), m_budget(maxNodes) { }

    void walk(const ValuePtr &v, Path &path, int depth)
    {
        if (!v || depth > kMaxDepth || --m_budget < 0)
            return;
        if (!path.empty() && !path.back().isIndex) {
            const QString key = path.back().key.toLower();
            if (isTrainingKey(key) && record(*v, path, key))
                return;
        }
        // Only a value held twice can be met twice (an object's __args__, made for the walk,
        // is held once, and a later one may reuse its address).
        if (!v->isContainer() || (v.use_count() > 1 && !m_seen.insert(v.get()).second))
            return;
        // Optimizer per-parameter state: thousands of "step" entries that are not metadata.
        const bool optimizerState = !path.empty() && !path.back().isIndex && path.back().key == QLatin1String("state")
            && v->kind == Value::Kind::Dict && !v->entries.empty() && v->entries.front().first
            && v->entries.front().first->kind == Value::Kind::Int;
        if (optimizerState)
            return;
        for (const ChildRef &child : childrenOf(*v)) {
            path.push_back(child.part);
            walk(child.value, path, depth + 1);
            path.pop_back();
        }
    }

    TrainingInfo info;

private:
    bool record(const Value &v, const Path &path, const QString &key)
    {
        double d;
        QString source;
        const bool oneElement = v.kind == Value::Kind::Tensor && v.tensorIndex >= 0
            && size_t(v.tensorIndex) < m_ckpt.tensors.size() && m_ckpt.tensors[size_t(v.tensorIndex)].numel() == 1;
        if (v.kind != Value::Kind::Tensor || oneElement) {
            if (scalarValue(m_data, v, &d, &source)) {
                info.scalars.push_back({ path, pathToString(path), key, d, source });
                return true;
            }
        }
        std::vector<double> values;
        if (seriesValues(m_data, v, &values)) {
            info.series.push_back({ path, pathToString(path), key, values, {} });
            return true;
        }
        return false;
    }

    const Checkpoint &m_ckpt;
    const TensorData m_data; // 0-d tensors and short 1-D series are read through the tensor layer
    int m_budget;
    std::unordered_set<const Value *> m_seen;
};

constexpr qint64 kMaxTrainerStateBytes = 256 << 20;
const QString kTrainerState = QStringLiteral("trainer_state.json");

bool number(const QJsonValue &v, double *out)
{
    if (v.isDouble()) {
        *out = v.toDouble();
        return true;
    }
    const QString s = v.toString();
    if (s == QLatin1String("NaN"))
        *out = std::nan("");
    else if (s == QLatin1String("Infinity"))
        *out = HUGE_VAL;
    else if (s == QLatin1String("-Infinity"))
        *out = -HUGE_VAL;
    else
        return false;
    return true;
}

bool readTrainerJson(const QString &path, QJsonObject *root, Phrase *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    if (f.size() > kMaxTrainerStateBytes) {
        *error = Phrase::translate("ckpt::Training", "larger than %1 MB", "a trainer_state.json too large to read")
                     .arg(kMaxTrainerStateBytes >> 20);
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(quotePythonJsonSpecials(f.readAll()), &pe);
    if (!doc.isObject()) {
        *error = pe.error != QJsonParseError::NoError ? Phrase(pe.errorString())
                                                      : Phrase::translate("ckpt::Training", "not a JSON object");
        return false;
    }
    *root = doc.object();
    return true;
}

double shallowest(const TrainingInfo &info, std::initializer_list<const char *> keys)
{
    double best = std::nan("");
    size_t depth = SIZE_MAX;
    for (const char *k : keys)
        for (const TrainingScalar &s : info.scalars)
            if (s.key == QLatin1String(k) && s.path.size() < depth) {
                depth = s.path.size();
                best = s.value;
            }
    return best;
}

} // namespace

bool isTrainingKey(const QString &k)
{
    static const QStringList exact { QStringLiteral("epoch"), QStringLiteral("epochs"), QStringLiteral("step"),
        QStringLiteral("global_step"), QStringLiteral("iteration"), QStringLiteral("iter"), QStringLiteral("lr"),
        QStringLiteral("learning_rate"), QStringLiteral("current_score"), QStringLiteral("best_model_score"),
        QStringLiteral("losses"), QStringLiteral("perplexity"), QStringLiteral("ppl") };
    if (exact.contains(k))
        return true;
    return k.contains(QLatin1String("loss")) || k.contains(QLatin1String("acc")) || k.startsWith(QLatin1String("best_"))
        || k.startsWith(QLatin1String("val_")) || k.startsWith(QLatin1String("train_"))
        || k.startsWith(QLatin1String("test_")) || k.endsWith(QLatin1String("_lr"));
}

double TrainingInfo::epoch() const
{
    return shallowest(*this, { "epoch" });
}
double TrainingInfo::step() const
{
    return shallowest(*this, { "global_step", "step", "iteration" });
}

const TrainingScalar *TrainingInfo::find(const QString &name) const
{
    for (const TrainingScalar &s : scalars)
        if (s.name == name)
            return &s;
    return nullptr;
}

TrainingInfo scanTraining(const Checkpoint &ckpt, int maxNodes)
{
    Scanner scanner(ckpt, maxNodes);
    Path path;
    if (ckpt.format == Format::Trainer && ckpt.root) {
        // A Trainer folder: its trainer_state.json is read below, as for a file beside it.
        for (const auto &[key, value] : ckpt.root->entries) {
            if (!key || key->text == kTrainerState)
                continue;
            Path part { PathPart::ofKey(key->text) };
            scanner.walk(value, part, 1);
        }
    } else {
        scanner.walk(ckpt.root, path, 0);
    }
    if (!ckpt.file.isEmpty()) {
        const QString state = ckpt.format == Format::Trainer ? QDir(ckpt.file).filePath(kTrainerState)
                                                             : QFileInfo(ckpt.file).dir().filePath(kTrainerState);
        if (QFileInfo::exists(state))
            readTrainerState(state, &scanner.info);
    }
    return std::move(scanner.info);
}

bool readTrainerState(const QString &path, TrainingInfo *info, Phrase *error)
{
    QJsonObject root;
    Phrase why;
    if (!readTrainerJson(path, &root, &why)) {
        if (error)
            *error = why;
        return false;
    }
    const QString source = kTrainerState;
    for (const char *key : { "global_step", "epoch", "best_metric" }) {
        double d;
        if (number(root.value(QLatin1String(key)), &d))
            info->scalars.push_back(
                { Path { PathPart::ofKey(QLatin1String(key)) }, QLatin1String(key), QLatin1String(key), d, source });
    }
    // One series per metric, in the order the metrics first appear.
    std::vector<TrainingSeries> series;
    std::map<QString, size_t> byName;
    for (const QJsonValue &entryValue : root.value(QStringLiteral("log_history")).toArray()) {
        const QJsonObject entry = entryValue.toObject();
        double step;
        if (!number(entry.value(QStringLiteral("step")), &step))
            continue;
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            double d;
            if (it.key() == QLatin1String("step") || it.key() == QLatin1String("epoch") || !number(it.value(), &d))
                continue;
            auto found = byName.find(it.key());
            if (found == byName.end()) {
                found = byName.emplace(it.key(), series.size()).first;
                const QString name = QStringLiteral("log_history/") + it.key();
                series.push_back({ Path { PathPart::ofKey(QStringLiteral("log_history")), PathPart::ofKey(it.key()) },
                    name, it.key().toLower(), {}, {} });
            }
            TrainingSeries &s = series[found->second];
            s.values.push_back(d);
            s.steps.push_back(step);
        }
    }
    for (TrainingSeries &s : series)
        if (s.values.size() >= 2)
            info->series.push_back(std::move(s));
    return true;
}

bool readTrainerSummary(const QString &path, TrainerSummary *out, Phrase *error)
{
    QJsonObject root;
    Phrase why;
    if (!readTrainerJson(path, &root, &why)) {
        if (error)
            *error = why;
        return false;
    }
    number(root.value(QStringLiteral("global_step")), &out->globalStep);
    number(root.value(QStringLiteral("epoch")), &out->epoch);
    number(root.value(QStringLiteral("best_metric")), &out->bestMetric);
    out->bestModelCheckpoint = root.value(QStringLiteral("best_model_checkpoint")).toString();
    return true;
}

QString trainerStateIn(const QString &folder)
{
    const QDir dir(folder);
    if (dir.exists(kTrainerState))
        return dir.filePath(kTrainerState);
    static const QRegularExpression checkpointN(QStringLiteral("^checkpoint-(\\d+)$"));
    qint64 best = -1;
    QString found;
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QRegularExpressionMatch m = checkpointN.match(sub);
        if (m.hasMatch() && m.captured(1).toLongLong() > best
            && QFileInfo::exists(dir.filePath(sub + QLatin1Char('/') + kTrainerState))) {
            best = m.captured(1).toLongLong();
            found = dir.filePath(sub + QLatin1Char('/') + kTrainerState);
        }
    }
    return found;
}

std::vector<RunPoint> trainerLogPoints(const QString &path, Phrase *error)
{
    std::vector<RunPoint> out;
    QJsonObject root;
    Phrase why;
    if (!readTrainerJson(path, &root, &why)) {
        if (error)
            *error = why;
        return out;
    }
    for (const QJsonValue &entryValue : root.value(QStringLiteral("log_history")).toArray()) {
        const QJsonObject entry = entryValue.toObject();
        RunPoint p;
        p.file = path;
        p.logEntry = true;
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            double d;
            if (number(it.value(), &d))
                p.info.scalars.push_back(
                    { Path { PathPart::ofKey(it.key()) }, it.key(), it.key().toLower(), d, kTrainerState });
        }
        if (!p.info.scalars.empty())
            out.push_back(std::move(p));
    }
    return out;
}

QStringList checkpointFilesIn(const QString &folder)
{
    QDir dir(folder);
    QStringList files = dir.entryList(
        { QStringLiteral("*.pt"), QStringLiteral("*.pth"), QStringLiteral("*.ckpt"), QStringLiteral("*.bin"),
            QStringLiteral("*.tar"), QStringLiteral("*.pkl"), QStringLiteral("*.safetensors") },
        QDir::Files);
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) { return naturalLess(a, b); });
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

std::vector<RunPoint> scanRun(const QStringList &files, const std::atomic_bool *cancel)
{
    std::vector<RunPoint> out;
    for (const QString &f : files) {
        if (cancel && cancel->load())
            break;
        if (QFileInfo(f).fileName() == kTrainerState) {
            Phrase error;
            std::vector<RunPoint> log = trainerLogPoints(f, &error);
            if (log.empty())
                out.push_back(
                    { f, {}, error.isEmpty() ? Phrase::translate("ckpt::Training", "no log_history") : error, true });
            std::move(log.begin(), log.end(), std::back_inserter(out));
            continue;
        }
        RunPoint p;
        p.file = f;
        const CheckpointPtr c = openCheckpoint(f);
        if (!c->ok())
            p.error = describeError(*c);
        p.info = scanTraining(*c);
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<RunPoint> scanRunFolder(const QString &folder, const std::atomic_bool *cancel)
{
    const QString state = trainerStateIn(folder);
    QStringList files;
    if (state.isEmpty() || QFileInfo(state).dir() != QDir(folder))
        files = checkpointFilesIn(folder);
    if (!state.isEmpty())
        files << state;
    return scanRun(files, cancel);
}

std::vector<MetricCurve> runCurves(const std::vector<RunPoint> &run, RunAxis axis, RunAxis *axisUsed)
{
    if (axis == RunAxis::Auto) {
        auto all = [&](auto fn) {
            return !run.empty()
                && std::all_of(run.begin(), run.end(), [&](const RunPoint &p) { return std::isfinite(fn(p)); });
        };
        axis = all([](const RunPoint &p) { return p.info.epoch(); }) ? RunAxis::Epoch
            : all([](const RunPoint &p) { return p.info.step(); })   ? RunAxis::Step
                                                                     : RunAxis::FileOrder;
    }
    if (axisUsed)
        *axisUsed = axis;
    std::map<QString, MetricCurve> curves; // sorted by name
    QStringList order;
    for (size_t r = 0; r < run.size(); ++r) {
        const TrainingInfo &info = run[r].info;
        const double x = axis == RunAxis::Epoch ? info.epoch() : axis == RunAxis::Step ? info.step() : double(r);
        if (!std::isfinite(x))
            continue;
        for (const TrainingScalar &s : info.scalars) {
            const bool isAxis = (axis == RunAxis::Epoch && s.key == QLatin1String("epoch"))
                || (axis == RunAxis::Step && (s.key == QLatin1String("global_step") || s.key == QLatin1String("step")));
            if (isAxis && s.path.size() == 1)
                continue;
            MetricCurve &c = curves[s.name];
            c.name = s.name;
            c.points.push_back({ x, s.value, int(r) });
        }
    }
    std::vector<MetricCurve> out;
    for (auto &entry : curves) {
        MetricCurve &c = entry.second;
        if (c.points.size() < 2)
            continue;
        std::stable_sort(
            c.points.begin(), c.points.end(), [](const MetricPoint &a, const MetricPoint &b) { return a.x < b.x; });
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<double> smoothEma(const std::vector<double> &values, double weight)
{
    weight = std::clamp(weight, 0.0, 0.999);
    std::vector<double> out;
    out.reserve(values.size());
    double last = 0;
    int n = 0;
    for (double v : values) {
        if (!std::isfinite(v)) { // a NaN loss must not poison the rest of the curve
            out.push_back(v);
            continue;
        }
        last = last * weight + (1 - weight) * v;
        ++n;
        const double debias = 1 - std::pow(weight, n);
        out.push_back(debias > 0 ? last / debias : v);
    }
    return out;
}

} // namespace ckpt
