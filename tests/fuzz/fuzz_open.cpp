// What openCheckpoint does with a file's bytes: the registry detects the format and its
// reader reads them, whichever it is.
#include "model/formats/CheckpointReader.h"
#include "tests/fuzz/FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ckpt::Checkpoint c = *ckpt::readCheckpoint(fuzz::source(data, size));
    fuzz::exercise(c);
    return 0;
}
