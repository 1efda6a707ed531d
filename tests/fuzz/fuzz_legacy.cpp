// The legacy (pre-1.6) reader, the raw stacked-pickle reader and format detection.
#include "model/formats/Readers.h"
#include "tests/fuzz/FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ckpt::ByteSourcePtr src = fuzz::source(data, size);
    ckpt::detectFormat(*src);
    ckpt::Checkpoint legacy;
    ckpt::readTorchLegacy(src, legacy);
    fuzz::exercise(legacy);
    ckpt::Checkpoint raw;
    ckpt::readRawPickle(src, raw);
    fuzz::exercise(raw);
    return 0;
}
