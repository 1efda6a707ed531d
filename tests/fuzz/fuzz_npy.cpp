// NumPy .npy headers and object-array pickles (and .npz archives), through the registry.
#include "tests/fuzz/FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::read(ckpt::Format::Numpy, fuzz::source(data, size));
    return 0;
}
