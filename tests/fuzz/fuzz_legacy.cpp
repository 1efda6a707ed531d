// The legacy (pre-1.6) reader, the bare-pickle reader and format detection, through the
// registry as openCheckpoint reaches them.
#include "model/formats/FormatRegistry.h"
#include "tests/fuzz/FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ckpt::ByteSourcePtr src = fuzz::source(data, size);
    ckpt::detectFormat(src);
    fuzz::read(ckpt::Format::TorchLegacy, src);
    fuzz::read(ckpt::Format::Pickle, src);
    return 0;
}
