// Hugging Face Trainer checkpoint-N/ folders (FORMATS.md D7): what one save step writes
// (the weights, optimizer.pt, scheduler.pt, rng_state.pth, training_args.bin,
// trainer_state.json, config.json ...) opened as one checkpoint with a node per file.
// Each file is read by its own reader exactly as if it were opened alone, then joined
// the way a sharded index joins its shards.
#include "model/formats/Readers.h"

#include "model/checkpoint/NaturalCompare.h"
#include "model/checkpoint/Summary.h"
#include "model/checkpoint/WeightsOnly.h"
#include "model/formats/CheckpointReader.h"
#include "model/formats/JsonScan.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ckpt {

namespace {
// JSON files (configs, trainer_state.json) become trees; tokenizer.json can be tens of MB.
constexpr qint64 kMaxJsonBytes = 16 << 20;

// The weights as transformers saves them, safetensors first (save_safetensors is the default).
const char *const kWeights[] = { "model.safetensors.index.json", "model.safetensors", "pytorch_model.bin.index.json",
    "pytorch_model.bin", "adapter_model.safetensors", "adapter_model.bin" };
// Then the training state in the order Trainer._save_checkpoint writes it.
const char *const kTrainingState[]
    = { "optimizer.pt", "scheduler.pt", "scaler.pt", "rng_state.pth", "training_args.bin", "trainer_state.json" };

bool hasWeights(const QDir &dir)
{
    return std::any_of(
        std::begin(kWeights), std::end(kWeights), [&](const char *n) { return dir.exists(QLatin1String(n)); });
}

// The folder's files in the order the tree shows them: weights, training state, the rest.
QStringList orderedFiles(const QDir &dir)
{
    QStringList rest = dir.entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
    std::sort(rest.begin(), rest.end(), [](const QString &a, const QString &b) { return naturalLess(a, b); });
    QStringList out;
    auto take = [&](const QString &name) {
        if (rest.removeOne(name))
            out << name;
    };
    for (const char *n : kWeights)
        take(QLatin1String(n));
    for (const char *n : kTrainingState)
        take(QLatin1String(n));
    static const QRegularExpression rngOfRank(QStringLiteral("^rng_state_\\d+\\.pth$"));
    for (const QString &n : QStringList(rest))
        if (rngOfRank.match(n).hasMatch())
            take(n);
    return out + rest;
}

// Shard files an index among the parts has already read.
QSet<QString> shardsNamedBy(const Checkpoint &index)
{
    QSet<QString> names;
    for (const StorageInfo &s : index.storages)
        if (!s.file.isEmpty())
            names.insert(QFileInfo(s.file).fileName());
    return names;
}

bool readJsonPart(const ByteSourcePtr &src, Checkpoint &part)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(
        quotePythonJsonSpecials(src->view(0, src->size())), &perr); // NaN as json.dump writes it
    if (perr.error != QJsonParseError::NoError)
        return readFailed(part,
            Phrase::translate("ckpt::Formats", "not valid JSON: %1 at byte %2")
                .arg(perr.errorString())
                .arg(perr.offset));
    part.root = valueFromJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    return true;
}

// A part's own grade, kept as a fact: the folder is as safe as its least safe file.
QString gradeOfPart(const Checkpoint &part)
{
    return safetyGradeName(safetyGrade(part));
}
} // namespace

const char *TrainerFolderReader::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "Hugging Face Trainer checkpoint folder");
}

QStringList TrainerFolderReader::nameFilters() const
{
    return { QStringLiteral("trainer_state.json") };
}

FormatCapabilities TrainerFolderReader::capabilities() const
{
    return FormatCapability::Read | FormatCapability::NestedObjects | FormatCapability::Metadata
        | FormatCapability::Pickle | FormatCapability::MultipleFiles;
}

bool TrainerFolderReader::recognises(const FormatProbe &probe) const
{
    Q_UNUSED(probe);
    return false; // only ever a folder
}

QString TrainerFolderReader::folderEntry(const QString &folder) const
{
    // trainer_state.json marks what Trainer._save_checkpoint wrote; without it, its
    // arguments beside the weights do.
    const QDir dir(folder);
    for (const char *marker : { "trainer_state.json", "training_args.bin" })
        if (dir.exists(QLatin1String(marker)) && hasWeights(dir))
            return dir.filePath(QLatin1String(marker));
    return dir.exists(QStringLiteral("trainer_state.json")) ? dir.filePath(QStringLiteral("trainer_state.json"))
                                                            : QString();
}

bool TrainerFolderReader::read(const ByteSourcePtr &src, Checkpoint &out) const
{
    out.format = Format::Trainer;
    const QDir dir = QFileInfo(src->path()).absoluteDir();
    auto root = Value::make(Value::Kind::Dict);
    out.root = root;
    out.fileSize = 0;
    QSet<QString> readAsShards;
    QStringList read, other, grades;
    for (const QString &name : orderedFiles(dir)) {
        if (readAsShards.contains(name))
            continue;
        const QString path = dir.filePath(name);
        Phrase openError;
        const ByteSourcePtr partSrc = ByteSource::open(path, &openError);
        if (!partSrc) {
            out.warnings << about(name, openError);
            grades << QStringLiteral("%1: %2").arg(name, safetyGradeName(SafetyGrade::Unreadable));
            continue;
        }
        Checkpoint part;
        part.file = QFileInfo(path).absoluteFilePath();
        part.fileSize = partSrc->size();
        const bool json = name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
        if (json && !name.endsWith(QLatin1String(".index.json"))) {
            if (partSrc->size() > kMaxJsonBytes) {
                other << name;
                continue;
            }
            if (!readJsonPart(partSrc, part))
                out.warnings << about(name, part.error);
        } else {
            readCheckpointInto(partSrc, part);
            if (part.format == Format::Unknown) {
                // A tokenizer's vocabulary or a README is not ours; a damaged optimizer.pt is.
                static const QRegularExpression looksLikeCheckpoint(
                    QStringLiteral("\\.(pt|pth|bin|ckpt|safetensors)$"), QRegularExpression::CaseInsensitiveOption);
                if (looksLikeCheckpoint.match(name).hasMatch()) {
                    out.warnings << about(name, part.error);
                    grades << QStringLiteral("%1: %2").arg(name, safetyGradeName(SafetyGrade::Unreadable));
                }
                other << name;
                continue;
            }
            if (!part.ok())
                out.warnings << about(name, part.error);
            if (part.format == Format::Sharded)
                readAsShards.unite(shardsNamedBy(part));
            grades << QStringLiteral("%1: %2").arg(name, gradeOfPart(part));
        }
        out.fileSize += part.fileSize;
        read << (part.format == Format::Unknown ? name : QStringLiteral("%1 (%2)").arg(name, formatName(part.format)));
        // A shard's storages already name their shard file; the rest are in this part's file.
        for (StorageInfo &s : part.storages)
            if (s.file.isEmpty())
                s.file = part.file;
        mergePart(name, part, out, *root, name, name);
    }
    out.facts.prepend(
        { Phrase::translate("ckpt::Formats", "files", "a fact's name"), Phrase(read.join(QStringLiteral(", "))) });
    if (!other.isEmpty())
        out.facts.append({ Phrase::translate("ckpt::Formats", "other files", "a fact's name"),
            Phrase(other.join(QStringLiteral(", "))) });
    out.facts.append({ trainerFileGradesFact(), Phrase(grades.join(QStringLiteral(", "))) });
    if (read.isEmpty())
        return readFailed(out, Phrase::translate("ckpt::Formats", "no file of the Trainer folder could be read"));
    return true;
}

} // namespace ckpt
