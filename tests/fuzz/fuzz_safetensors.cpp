// The safetensors header (length prefix, JSON, offsets and dtypes).
#include "model/formats/Readers.h"
#include "tests/fuzz/FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ckpt::Checkpoint c;
    ckpt::readSafetensors(fuzz::source(data, size), c);
    fuzz::exercise(c);
    return 0;
}
