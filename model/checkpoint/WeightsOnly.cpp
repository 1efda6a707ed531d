#include "model/checkpoint/WeightsOnly.h"

#include "model/checkpoint/Checkpoint.h"
#include "model/checkpoint/WeightsOnlyAllowList.h"

namespace ckpt {

namespace {
// The opcodes a release's weights_only unpickler refuses: nonWeightsOnlyOpcodes holds those
// 2.x refuses (the Unpickler's protocol-2 subset); 1.13's torch/_weights_only_unpickler.py
// also has no BINFLOAT.
QStringList refusedOpcodes(const Checkpoint &ckpt, TorchRelease release)
{
    QStringList ops = ckpt.nonWeightsOnlyOpcodes;
    if (release == TorchRelease::Torch1_13)
        for (const auto &fact : ckpt.facts)
            if (fact.first == torch113OpcodesFact())
                ops << fact.second.english().split(QStringLiteral(", "));
    return ops;
}
} // namespace

void weightsOnlyReleases(const Checkpoint &ckpt, QStringList *accept, QStringList *refuse, QStringList *depends)
{
    for (const WeightsOnlyVerdict &v : weightsOnlyVerdicts(ckpt)) {
        QStringList *into = v.loadable                                     ? accept
            : v.outcome == WeightsOnlyOutcome::DependsOnRelease && depends ? depends
                                                                           : refuse;
        into->append(torchReleaseName(v.release));
    }
}

const Phrase &missingShardsFact()
{
    static const Phrase name = Phrase::translate(
        "ckpt::Formats", "missing shards", "a fact's name: the shard files an index names that are absent");
    return name;
}

const Phrase &trainerFileGradesFact()
{
    static const Phrase name = Phrase::translate(
        "ckpt::Formats", "file grades", "a fact's name: each file of a folder with its safety grade");
    return name;
}

const Phrase &torch113OpcodesFact()
{
    static const Phrase name = Phrase::translate("ckpt::Formats", "opcodes 1.13's weights_only lacks",
        "a fact's name: pickle opcodes torch 1.13's weights_only unpickler refuses");
    return name;
}

QString torchReleaseName(TorchRelease r)
{
    switch (r) {
    case TorchRelease::Torch1_13:
        return QStringLiteral("1.13");
    case TorchRelease::Torch2_0To2_5:
        return QStringLiteral("2.0-2.5");
    case TorchRelease::Torch2_6Plus:
        return QStringLiteral(">=2.6");
    }
    return QString();
}

void noteOpcodeTorch113Refuses(Checkpoint &ckpt, const QString &opcode)
{
    for (auto &fact : ckpt.facts)
        if (fact.first == torch113OpcodesFact()) {
            if (!fact.second.english().split(QStringLiteral(", ")).contains(opcode))
                fact.second = fact.second.english() + QStringLiteral(", ") + opcode;
            return;
        }
    ckpt.facts << qMakePair(torch113OpcodesFact(), Phrase(opcode));
}

QString weightsOnlyOutcomeName(WeightsOnlyOutcome o)
{
    switch (o) {
    case WeightsOnlyOutcome::Loads:
        return QStringLiteral("loads");
    case WeightsOnlyOutcome::Refuses:
        return QStringLiteral("refuses");
    case WeightsOnlyOutcome::HandedToJit:
        return QStringLiteral("handed-to-torch.jit.load");
    case WeightsOnlyOutcome::DependsOnRelease:
        return QStringLiteral("depends-on-release");
    }
    return QString();
}

WeightsOnlyVerdict weightsOnlyVerdict(const Checkpoint &ckpt, TorchRelease release)
{
    WeightsOnlyVerdict v;
    v.release = release;
    switch (ckpt.format) {
    case Format::TorchZip:
        break;
    case Format::TorchLegacy:
        // torch/serialization.py since 2.6 (PR #145020): legacy_load of the tar layout is refused
        // under weights_only; before, its pickles went through the restricted unpickler.
        if (release == TorchRelease::Torch2_6Plus)
            for (const auto &fact : ckpt.facts)
                if (fact.first.english() == QLatin1String("layout")
                    && fact.second.english().startsWith(QLatin1String("tar")))
                    v.reasons << QStringLiteral("the pre-1.6 tar layout: weights_only=True refuses it since 2.6");
        break;
    case Format::TorchScript:
        if (release != TorchRelease::Torch2_6Plus) {
            // torch/serialization.py before PR #143326 (2.6): the archive goes to torch.jit.load
            // before weights_only is looked at (CVE-2025-32434).
            v.outcome = WeightsOnlyOutcome::HandedToJit;
            v.reasons << QStringLiteral("a TorchScript archive: torch.load hands it to torch.jit.load, which "
                                        "ignores weights_only and runs the archive's TorchScript code");
            return v;
        }
        v.reasons << QStringLiteral("a TorchScript archive: weights_only=True refuses it (torch.jit.load reads it)");
        break;
    case Format::Pickle:
        v.reasons << QStringLiteral("a bare pickle, not a torch.save file: torch.load expects the legacy magic number");
        break;
    case Format::Numpy:
        v.reasons << QStringLiteral("a NumPy file, not a torch.save file (np.load reads it)");
        break;
    case Format::Dcp:
        v.reasons << QStringLiteral("a DCP folder, not a torch.load file: DCP unpickles .metadata with plain "
                                    "pickle.load, where weights_only does not apply");
        break;
    case Format::Trainer:
        v.reasons << QStringLiteral("a Trainer checkpoint folder, not a torch.load file: each of its files is loaded "
                                    "on its own (open one to see its verdict)");
        break;
    case Format::Safetensors:
    case Format::Sharded:
        v.reasons
            << QStringLiteral("not a torch.load file: %1 is read without unpickling").arg(formatName(ckpt.format));
        break;
    case Format::Unknown:
        v.reasons << QStringLiteral("not a checkpoint torch.load can read");
        break;
    }
    if (!ckpt.ok())
        v.reasons << QStringLiteral("the file does not parse: %1").arg(ckpt.error.english());
    if (const QStringList ops = refusedOpcodes(ckpt, release); !ops.isEmpty())
        v.reasons
            << QStringLiteral("pickle opcodes its unpickler does not support: %1").arg(ops.join(QStringLiteral(", ")));
    QStringList dependent;
    if (release == TorchRelease::Torch2_0To2_5)
        for (const auto &fact : ckpt.facts)
            if (fact.first == torch113OpcodesFact())
                for (const QString &op : fact.second.english().split(QStringLiteral(", ")))
                    dependent << QStringLiteral("opcode %1 (1.13 lacks it; it was added around 2.0)").arg(op);
    for (const Finding &f : ckpt.findings) {
        if (!f.readByTorchLoad || f.global.isEmpty() || v.unsafeGlobals.contains(f.global))
            continue;
        // Graded by name (a STACK_GLOBAL or INST is refused for its opcode as well). The
        // finding keeps "module.name" joined: Python-2 module names have no dot.
        const qsizetype dot = f.global.indexOf(QLatin1Char('.'));
        const QString module = f.global.left(dot), name = f.global.mid(dot + 1);
        const bool allowed = f.verdict == Verdict::Allowed;
        if (allowed && (weightsOnlyAcceptance(module, name) & releaseBit(release)))
            continue;
        if (allowed && (weightsOnlyPossibleAcceptance(module, name) & releaseBit(release)))
            dependent << QStringLiteral("%1 (allowed by a later release than the first of %2)")
                             .arg(f.global, torchReleaseName(release));
        else
            v.unsafeGlobals << f.global;
    }
    v.unsafeGlobals.sort();
    dependent.sort();
    dependent.removeDuplicates();
    const bool refused = !v.reasons.isEmpty() || !v.unsafeGlobals.isEmpty();
    if (!refused)
        v.releaseDependent = dependent;
    v.loadable = !refused && v.releaseDependent.isEmpty();
    v.outcome = v.loadable ? WeightsOnlyOutcome::Loads
        : refused          ? WeightsOnlyOutcome::Refuses
                           : WeightsOnlyOutcome::DependsOnRelease;
    return v;
}

std::array<WeightsOnlyVerdict, 3> weightsOnlyVerdicts(const Checkpoint &ckpt)
{
    std::array<WeightsOnlyVerdict, 3> all;
    for (size_t i = 0; i < kTorchReleases.size(); ++i)
        all[i] = weightsOnlyVerdict(ckpt, kTorchReleases[i]);
    return all;
}

} // namespace ckpt
