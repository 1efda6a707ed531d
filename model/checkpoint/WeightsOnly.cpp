#include "model/checkpoint/WeightsOnly.h"

#include "model/checkpoint/Checkpoint.h"

namespace ckpt {

WeightsOnlyVerdict weightsOnlyVerdict(const Checkpoint &ckpt)
{
    WeightsOnlyVerdict v;
    switch (ckpt.format) {
    case Format::TorchZip:
    case Format::TorchLegacy:
        break;
    case Format::TorchScript:
        v.reasons << QStringLiteral("a TorchScript archive: weights_only=True refuses it (torch.jit.load reads it)");
        break;
    case Format::Pickle:
        v.reasons << QStringLiteral("a bare pickle, not a torch.save file: torch.load expects the legacy magic number");
        break;
    case Format::Numpy:
        v.reasons << QStringLiteral("a NumPy file, not a torch.save file (np.load reads it)");
        break;
    case Format::Safetensors:
    case Format::Sharded:
    case Format::Dcp:
        v.reasons
            << QStringLiteral("not a torch.load file: %1 is read without unpickling").arg(formatName(ckpt.format));
        break;
    case Format::Unknown:
        v.reasons << QStringLiteral("not a checkpoint torch.load can read");
        break;
    }
    if (!ckpt.ok())
        v.reasons << QStringLiteral("the file does not parse: %1").arg(ckpt.error);
    if (!ckpt.nonWeightsOnlyOpcodes.isEmpty())
        v.reasons << QStringLiteral("pickle opcodes its unpickler does not support: %1")
                         .arg(ckpt.nonWeightsOnlyOpcodes.join(QStringLiteral(", ")));
    for (const Finding &f : ckpt.findings)
        if (f.readByTorchLoad && !f.global.isEmpty() && f.verdict != Verdict::Allowed
            && !v.unsafeGlobals.contains(f.global))
            v.unsafeGlobals << f.global;
    v.unsafeGlobals.sort();
    v.loadable = v.reasons.isEmpty() && v.unsafeGlobals.isEmpty();
    return v;
}

} // namespace ckpt
