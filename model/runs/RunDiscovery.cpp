#include "model/runs/RunDiscovery.h"

#include "model/checkpoint/NaturalCompare.h"

#include "model/training/TrainingScalars.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace ckpt {
namespace {

constexpr int kMaxDepth = 4;

const QRegularExpression &trainerFolderName()
{
    static const QRegularExpression re(QStringLiteral("^checkpoint-(\\d+)$"));
    return re;
}

// The weights of a Trainer checkpoint folder, as transformers saves them (safetensors
// first: save_safetensors is the default), sharded or not, or a PEFT adapter.
QString trainerWeights(const QDir &dir)
{
    for (const char *name : { "model.safetensors", "model.safetensors.index.json", "pytorch_model.bin",
             "pytorch_model.bin.index.json", "adapter_model.safetensors", "adapter_model.bin" })
        if (dir.exists(QLatin1String(name)))
            return dir.filePath(QLatin1String(name));
    return QString();
}

QStringList naturalSorted(QStringList names)
{
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return naturalLess(a, b); });
    return names;
}

void walk(const QDir &root, const QDir &dir, int depth, std::vector<FoundCheckpoint> *out, Phrases *warnings)
{
    const QString rel = root.relativeFilePath(dir.absolutePath());
    const QString runFolder = rel == QLatin1String(".") ? QString() : rel;
    for (const QString &file : checkpointFilesIn(dir.absolutePath())) {
        // A Trainer's arguments beside its checkpoints are not a checkpoint.
        if (QFileInfo(file).fileName() == QLatin1String("training_args.bin"))
            continue;
        FoundCheckpoint c;
        c.path = QFileInfo(file).absoluteFilePath();
        c.file = root.relativeFilePath(c.path);
        c.weightsPath = c.path;
        c.runFolder = runFolder;
        out->push_back(c);
    }
    const QStringList subs = naturalSorted(dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks));
    // Trainer folders in step order (checkpoint-500 before checkpoint-1000), then runs.
    std::vector<std::pair<qint64, QString>> trainerFolders;
    for (const QString &sub : subs)
        if (const QRegularExpressionMatch m = trainerFolderName().match(sub); m.hasMatch())
            trainerFolders.emplace_back(m.captured(1).toLongLong(), sub);
    std::sort(trainerFolders.begin(), trainerFolders.end());
    for (const auto &[step, sub] : trainerFolders) {
        const QDir d(dir.filePath(sub));
        FoundCheckpoint c;
        c.path = d.absolutePath();
        c.file = root.relativeFilePath(c.path);
        c.weightsPath = trainerWeights(d);
        c.runFolder = runFolder;
        c.trainerFolder = true;
        if (d.exists(QStringLiteral("trainer_state.json")))
            c.trainerState = d.filePath(QStringLiteral("trainer_state.json"));
        if (d.exists(QStringLiteral("training_args.bin")))
            c.trainingArgs = d.filePath(QStringLiteral("training_args.bin"));
        out->push_back(c);
    }
    for (const QString &sub : subs) {
        if (trainerFolderName().match(sub).hasMatch())
            continue;
        if (depth >= kMaxDepth) {
            warnings->append(
                Phrase::translate("ckpt::Runs", "%1: not searched (more than %n folders deep)", nullptr, kMaxDepth)
                    .arg(root.relativeFilePath(dir.filePath(sub))));
            continue;
        }
        walk(root, QDir(dir.filePath(sub)), depth + 1, out, warnings);
    }
}

double firstNumber(const QString &name, const QRegularExpression &re)
{
    const QRegularExpressionMatch m = re.match(name);
    return m.hasMatch() ? m.captured(1).toDouble() : std::nan("");
}

} // namespace

std::vector<FoundCheckpoint> findRunCheckpoints(const QString &folder, Phrases *warnings)
{
    std::vector<FoundCheckpoint> out;
    const QDir root(QFileInfo(folder).absoluteFilePath());
    walk(root, root, 0, &out, warnings);
    return out;
}

double epochFromName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("(?:^|[^a-z])(?:epoch|ep)[=_-]?(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    return firstNumber(QFileInfo(name).fileName(), re);
}

double stepFromName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("(?:^|[^a-z])(?:global_step|step|iter|iteration|checkpoint)[=_-]?(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    return firstNumber(QFileInfo(name).fileName(), re);
}

} // namespace ckpt
