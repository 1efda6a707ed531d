// The pickle VM with both hook sets: plain (scanner) and TorchObjects (tensor rebuilds).
#include "model/formats/TorchObjects.h"
#include "model/safety/PickleFindings.h"
#include "tests/fuzz/FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ckpt::Checkpoint scanned;
    ckpt::Phrase error;
    scanned.root = ckpt::scanPickles(scanned, bytes, 0, QStringLiteral("fuzz"), &error);
    fuzz::exercise(scanned);

    ckpt::Checkpoint torch;
    ckpt::TorchObjects hooks(torch, [](ckpt::StorageInfo &) {});
    ckpt::Unpickler vm(bytes, &hooks);
    torch.root = vm.run();
    if (!torch.root)
        torch.root = vm.partialResult();
    fuzz::exercise(torch);
    return 0;
}
