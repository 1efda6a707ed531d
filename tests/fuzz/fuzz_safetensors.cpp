// The safetensors header (length prefix, JSON, offsets and dtypes), through the registry.
#include "tests/fuzz/FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::read(ckpt::Format::Safetensors, fuzz::source(data, size));
    return 0;
}
