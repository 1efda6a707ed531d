// NumPy .npy headers and object-array pickles.
#include "model/formats/NumpyReader.h"
#include "tests/fuzz/FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ckpt::Checkpoint c;
    ckpt::readNumpy(fuzz::source(data, size), c);
    fuzz::exercise(c);
    return 0;
}
