#include "model/checkpoint/Summary.h"

#include "model/checkpoint/ReadState.h"
#include "model/checkpoint/WeightsOnly.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace ckpt {

Summary Summary::of(const Checkpoint &ckpt)
{
    Summary s;
    // Per dtype and device without a string lookup per tensor (100k tensors are common):
    // dtypes by value, devices by the storage's string, compared only when it changes.
    std::map<DType, qint64> byDtype;
    QString lastDevice;
    qint64 *lastDeviceBytes = nullptr;
    for (const TensorInfo &t : ckpt.tensors) {
        if (!t.reached)
            continue; // quantizer scales and other arguments that are not in the tree
        ++s.tensors;
        const qint64 numel = qMax<qint64>(0, t.numel());
        s.parameters += numel;
        const qint64 used = qMax<qint64>(0, t.nbytes());
        s.bytesUsed += used;
        byDtype[t.dtype] += used;
        const QString &device
            = t.storageIndex >= 0 ? ckpt.storages[size_t(t.storageIndex)].device : layoutName(t.layout);
        if (!lastDeviceBytes || device != lastDevice) {
            lastDevice = device;
            lastDeviceBytes = &s.bytesByDevice[device];
        }
        *lastDeviceBytes += used;
        if (isFloatingPoint(t.dtype) && !t.isQuantized)
            s.floatingElements += numel;
        else
            s.otherBytes += used;
        if (used > s.largestBytes || s.largestTensor < 0) {
            s.largestBytes = used;
            s.largestTensor = int(&t - ckpt.tensors.data());
        }
    }
    for (const auto &[dtype, bytes] : byDtype)
        s.bytesByDtype[dtypeName(dtype)] += bytes;
    s.bytesStored = ckpt.storedBytes();
    QSet<QString> seen;
    for (const Finding &f : ckpt.findings) {
        const QString key = f.global.isEmpty() ? f.detail.english() : f.global;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        s.verdictCounts[verdictName(f.verdict)] += 1;
    }
    return s;
}

qint64 Summary::bytesAt(int bitsPerWeight) const
{
    return (floatingElements * bitsPerWeight + 7) / 8 + otherBytes;
}

QString Summary::memoryLine() const
{
    return QStringLiteral("fp32 %1 · fp16 %2 · int8 %3 · 4-bit %4")
        .arg(formatBytes(bytesAt(32)), formatBytes(bytesAt(16)), formatBytes(bytesAt(8)), formatBytes(bytesAt(4)));
}

QString Summary::oneLine() const
{
    return QStringLiteral("%1 tensors, %2 parameters, %3")
        .arg(tensors)
        .arg(formatCount(parameters), formatBytes(bytesUsed));
}

namespace {
// Shards a sharded index names that are absent and could hold a pickle (not safetensors).
QStringList unjudgedShards(const Checkpoint &ckpt)
{
    QStringList out;
    if (ckpt.format != Format::Sharded)
        return out;
    for (const auto &f : ckpt.facts)
        if (f.first == missingShardsFact())
            for (const QString &name : f.second.english().split(QStringLiteral(", ")))
                if (!name.endsWith(QLatin1String(".safetensors"), Qt::CaseInsensitive))
                    out << name;
    return out;
}
// A Trainer folder is as safe as its least safe file: the grades its reader recorded.
SafetyGrade trainerFolderGrade(const Checkpoint &ckpt)
{
    bool needsCode = false, unjudged = false;
    for (const auto &f : ckpt.facts)
        if (f.first == trainerFileGradesFact())
            for (const QString &entry : f.second.english().split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
                const QString grade = entry.section(QStringLiteral(": "), -1);
                needsCode |= grade == safetyGradeName(SafetyGrade::NeedsCode);
                unjudged
                    |= grade != safetyGradeName(SafetyGrade::Safe) && grade != safetyGradeName(SafetyGrade::NeedsCode);
            }
    return needsCode ? SafetyGrade::NeedsCode : unjudged ? SafetyGrade::NotChecked : SafetyGrade::Safe;
}

// The files of a Trainer folder whose own grade is `grade`.
QStringList trainerFilesGraded(const Checkpoint &ckpt, SafetyGrade grade)
{
    QStringList out;
    for (const auto &f : ckpt.facts)
        if (f.first == trainerFileGradesFact())
            for (const QString &entry : f.second.english().split(QStringLiteral(", "), Qt::SkipEmptyParts))
                if (entry.section(QStringLiteral(": "), -1) == safetyGradeName(grade))
                    out << entry.section(QStringLiteral(": "), 0, -2);
    return out;
}
} // namespace

SafetyGrade safetyGrade(const Checkpoint &ckpt)
{
    const Verdict worst = ckpt.worstVerdict();
    if (worst == Verdict::Dangerous)
        return SafetyGrade::Dangerous;
    if (worst == Verdict::Invalid)
        return SafetyGrade::Suspicious;
    if (readState(ckpt) == ReadState::Failed)
        return SafetyGrade::Unreadable;
    if (worst == Verdict::NeedsCode)
        return SafetyGrade::NeedsCode;
    if (!unjudgedShards(ckpt).isEmpty())
        return SafetyGrade::NotChecked;
    if (ckpt.format == Format::Trainer)
        return trainerFolderGrade(ckpt);
    if (ckpt.format == Format::Safetensors || ckpt.format == Format::Sharded)
        return SafetyGrade::Safe;
    // Read in part (a cut file) with nothing that needs code so far: what it would need
    // whole is not known, and no stock loader reads it as it is.
    if (readState(ckpt) == ReadState::Partial)
        return SafetyGrade::Unreadable;
    for (const WeightsOnlyVerdict &v : weightsOnlyVerdicts(ckpt))
        if (v.loadable)
            return SafetyGrade::Safe;
    return SafetyGrade::NeedsCode;
}

QString safetyGradeName(SafetyGrade g)
{
    switch (g) {
    case SafetyGrade::Dangerous:
        return QStringLiteral("dangerous");
    case SafetyGrade::Suspicious:
        return QStringLiteral("suspicious");
    case SafetyGrade::NeedsCode:
        return QStringLiteral("needs-code");
    case SafetyGrade::NotChecked:
        return QStringLiteral("not-checked");
    case SafetyGrade::Safe:
        return QStringLiteral("safe");
    case SafetyGrade::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

Phrase Summary::safetyLine(const Checkpoint &ckpt)
{
    Phrases dangerous, needsCode, invalid;
    bool dangerInTorchLoad = false; // else only in parts torch.load does not unpickle
    for (const Finding &f : ckpt.findings) {
        dangerInTorchLoad |= f.verdict == Verdict::Dangerous && f.readByTorchLoad;
        const Phrase name = f.global.isEmpty() ? f.detail : Phrase(f.global);
        Phrases *list = f.verdict == Verdict::Dangerous ? &dangerous
            : f.verdict == Verdict::NeedsCode           ? &needsCode
            : f.verdict == Verdict::Invalid             ? &invalid
                                                        : nullptr;
        if (list && !list->contains(name))
            *list << name;
    }
    auto some = [](const Phrases &l) { return someOf(l, 3); };
    if (!dangerous.isEmpty() && dangerInTorchLoad)
        return Phrase::translate("ckpt::Summary", "DANGEROUS: torch.load would run code: %1").arg(some(dangerous));
    if (!dangerous.isEmpty()) // a payload hidden where another loader or tool reads the file
        return Phrase::translate(
            "ckpt::Summary", "DANGEROUS: code hidden where torch.load does not read but other loaders and tools do: %1")
            .arg(some(dangerous));
    if (!invalid.isEmpty())
        return Phrase::translate("ckpt::Summary", "suspicious structure: %1").arg(some(invalid));
    if (readState(ckpt) == ReadState::Failed)
        return Phrase::translate("ckpt::Summary", "unreadable: %1").arg(ckpt.error);
    if (ckpt.format == Format::Trainer && needsCode.isEmpty()) {
        if (const QStringList files = trainerFilesGraded(ckpt, SafetyGrade::NeedsCode); !files.isEmpty())
            return Phrase::translate("ckpt::Summary", "needs weights_only=False: %1").arg(some(verbatim(files)));
        if (trainerFolderGrade(ckpt) == SafetyGrade::Safe)
            return Phrase::translate("ckpt::Summary",
                "safe: every file of the folder is safetensors, JSON or loads with torch.load(weights_only=True)");
        return Phrase::translate("ckpt::Summary", "not checked: some files of the folder could not be read");
    }
    if (weightsOnlyVerdict(ckpt).loadable) {
        // Which releases' weights-only unpicklers accept it: they differ (1.13 lacks BINFLOAT).
        QStringList accept, refuse, depends;
        weightsOnlyReleases(ckpt, &accept, &refuse, &depends);
        if (refuse.isEmpty() && depends.isEmpty())
            return Phrase::translate(
                "ckpt::Summary", "safe: loads with torch.load(weights_only=True) in every torch from 1.13");
        QString opcodes;
        for (const auto &f : ckpt.facts)
            if (f.first == torch113OpcodesFact() && refuse.contains(torchReleaseName(TorchRelease::Torch1_13)))
                opcodes = f.second.english();
        // Clauses joined as the language joins them: "...; 1.13 refuses it; in 2.0-2.5 ...".
        auto then = [](const Phrase &line, const Phrase &clause) {
            return Phrase::translate("ckpt::Summary", "%1; %2", "two clauses of one sentence").arg(line, clause);
        };
        Phrase line = Phrase::translate("ckpt::Summary", "safe: loads with torch.load(weights_only=True) in torch %1")
                          .arg(accept.join(QStringLiteral(", ")));
        const QString refusing = refuse.join(QStringLiteral(" and "));
        if (!refuse.isEmpty() && refuse.size() == 1)
            line = then(line,
                opcodes.isEmpty() ? Phrase::translate("ckpt::Summary", "%1 refuses it").arg(refusing)
                                  : Phrase::translate("ckpt::Summary", "%1 refuses it (its unpickler lacks %2)")
                                        .arg(refusing, opcodes));
        else if (!refuse.isEmpty())
            line = then(line,
                opcodes.isEmpty() ? Phrase::translate("ckpt::Summary", "%1 refuse it").arg(refusing)
                                  : Phrase::translate("ckpt::Summary", "%1 refuse it (its unpickler lacks %2)")
                                        .arg(refusing, opcodes));
        if (!depends.isEmpty())
            line = then(line,
                Phrase::translate("ckpt::Summary", "in %1 it depends on the release (the allow-list grew during 2.x)")
                    .arg(depends.join(QStringLiteral(", "))));
        return line;
    }
    if (!needsCode.isEmpty() && ckpt.format == Format::Dcp)
        return Phrase::translate("ckpt::Summary", "needs code: DCP's pickle.load imports %1 (no dangerous globals)")
            .arg(some(needsCode));
    if (!needsCode.isEmpty())
        return Phrase::translate(
            "ckpt::Summary", "needs code: importing and calling %1 is what torch.load(weights_only=False) would do")
            .arg(some(needsCode));
    if (!ckpt.nonWeightsOnlyOpcodes.isEmpty())
        return Phrase::translate("ckpt::Summary", "needs weights_only=False: opcodes %1")
            .arg(ckpt.nonWeightsOnlyOpcodes.join(QStringLiteral(", ")));
    // Sharded: only when no shard held a pickle (every pickle names at least one global),
    // and no shard that could hold one is absent.
    const bool anyPickle
        = std::any_of(ckpt.findings.begin(), ckpt.findings.end(), [](const Finding &f) { return !f.global.isEmpty(); });
    if (const QStringList unjudged = unjudgedShards(ckpt); !unjudged.isEmpty())
        return Phrase::translate(
            "ckpt::Summary", "not checked: shards missing (%1); the shards present hold nothing that needs code")
            .arg(some(verbatim(unjudged)));
    if (ckpt.format == Format::Safetensors || (ckpt.format == Format::Sharded && !anyPickle))
        return Phrase::translate("ckpt::Summary", "safe: no code can be stored in this format");
    return Phrase::translate("ckpt::Summary", "no dangerous globals");
}

QString formatBytes(qint64 bytes)
{
    const char *units[] = { "B", "kB", "MB", "GB", "TB", "PB" };
    double v = double(bytes);
    int u = 0;
    while (v >= 1000.0 && u < 5) {
        v /= 1000.0;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', v < 10 ? 2 : 1).arg(QLatin1String(units[u]));
}

QString formatCount(qint64 n)
{
    if (n < 1000)
        return QString::number(n);
    const char *units[] = { "k", "M", "B", "T" };
    double v = double(n);
    int u = -1;
    while (v >= 1000.0 && u < 3) {
        v /= 1000.0;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

} // namespace ckpt
