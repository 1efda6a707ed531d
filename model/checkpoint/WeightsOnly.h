#pragma once

#include "model/checkpoint/TorchRelease.h"
#include "model/common/Phrase.h"

#include <QStringList>

#include <array>

namespace ckpt {

struct Checkpoint;

// What torch.load(path, weights_only=True) of one PyTorch release does with a file.
enum class WeightsOnlyOutcome {
    Loads, // its restricted unpickler accepts every global and opcode
    Refuses, // it raises before anything is built
    HandedToJit, // a TorchScript archive: torch.load calls torch.jit.load and weights_only does not apply
    // Nothing is refused for sure, but some releases of the group lack what the file needs
    // (the allow-list grew during 2.x), or which of them have it is not known here.
    DependsOnRelease,
};

// The answer users need most, per release: would stock torch.load(path, weights_only=True)
// load this file, and if not, why. A value: the weights_only doctor builds on it.
struct WeightsOnlyVerdict {
    TorchRelease release = TorchRelease::Torch2_6Plus;
    WeightsOnlyOutcome outcome = WeightsOnlyOutcome::Refuses;
    bool loadable = false; // outcome == Loads
    // Globals in the stream torch.load unpickles that this release's allow-list refuses, as
    // torch.serialization.get_unsafe_globals_in_checkpoint lists them ("module.name" as
    // written in the pickle, sorted). Unlike PyTorch we also resolve STACK_GLOBAL and INST.
    QStringList unsafeGlobals;
    QStringList reasons; // everything else: the format, refused opcodes, a parse error
    // Globals and opcodes some releases of the group accept and others refuse, or may: each
    // "name (why)". Only judged when nothing above refuses the file.
    QStringList releaseDependent;
};

// The verdict of one release (the newest by default: weights_only=True is its default).
WeightsOnlyVerdict weightsOnlyVerdict(const Checkpoint &ckpt, TorchRelease release = TorchRelease::Torch2_6Plus);
// Every release, in kTorchReleases order.
std::array<WeightsOnlyVerdict, 3> weightsOnlyVerdicts(const Checkpoint &ckpt);

// The releases (torchReleaseName: "1.13", "2.0-2.5", ">=2.6") whose weights_only load
// accepts the file, those that refuse it, and (if given) those where it depends on the
// exact release (otherwise counted as refusing).
void weightsOnlyReleases(
    const Checkpoint &ckpt, QStringList *accept, QStringList *refuse, QStringList *depends = nullptr);

// "loads", "refuses", "handed-to-torch.jit.load", "depends-on-release"
QString weightsOnlyOutcomeName(WeightsOnlyOutcome o);

// Records, as a fact of the checkpoint, an opcode of a stream torch.load reads that newer
// weights_only unpicklers read and 1.13's refuses (BINFLOAT, added around 2.0: whether 2.0
// itself has it is not known here); weightsOnlyVerdict() reads it.
void noteOpcodeTorch113Refuses(Checkpoint &ckpt, const QString &opcode);
// That fact's name (its value lists the opcodes).
const Phrase &torch113OpcodesFact();
// The fact a sharded index records when shards it names are absent (their names): what
// they hold cannot be judged.
const Phrase &missingShardsFact();
// The fact a Trainer folder records: each file it read with that file's own grade
// ("optimizer.pt: safe, training_args.bin: needs-code"); safetyGrade() reads it.
const Phrase &trainerFileGradesFact();

} // namespace ckpt
